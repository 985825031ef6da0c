import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../../src/pipeline/build/build-corpus.ts";
import { extractRelease } from "../../../src/pipeline/extract-release.ts";
import { SAMPLE, tempDir, treeHashes } from "./helpers.ts";

describe("the build swaps its output in atomically", () => {
  const tmp = tempDir("atomic");
  const out = join(tmp.dir, "corpus");
  let before: Map<string, string>;

  beforeAll(async () => {
    await buildCorpus({ input: SAMPLE, out });
    before = treeHashes(out);
  });
  afterAll(() => tmp.cleanup());

  const staging = () => readdirSync(tmp.dir).filter((f) => f.startsWith("."));

  it("keeps the previous output and leaves no staging folder when a build is cancelled halfway", async () => {
    const cancel = new AbortController();
    let seen = 0;
    const build = buildCorpus({
      input: SAMPLE,
      out,
      signal: cancel.signal,
      extract: (file) => {
        // Half the releases are already written into the staging folder when the build stops.
        if (++seen === 6) cancel.abort();
        return extractRelease(file);
      },
    });
    await expect(build).rejects.toThrow(/cancelled.*previous output is untouched/);
    expect(treeHashes(out)).toEqual(before);
    expect(staging()).toEqual([]);
  });

  it("refuses to replace a folder that is not a built corpus", async () => {
    const precious = join(tmp.dir, "precious");
    mkdirSync(precious);
    writeFileSync(join(precious, "notes.txt"), "mine");
    await expect(buildCorpus({ input: SAMPLE, out: precious })).rejects.toThrow(/does not look like a built corpus/);
    expect(readdirSync(precious)).toEqual(["notes.txt"]);
  });

  it("sweeps staging folders left by a build that was killed", async () => {
    // A pid that cannot be running: beyond the kernel's pid range.
    const stale = join(tmp.dir, ".corpus.tmp-99999999-deadbeef");
    mkdirSync(stale);
    writeFileSync(join(stale, "manifest.json"), "{}");
    await buildCorpus({ input: SAMPLE, out });
    expect(existsSync(stale)).toBe(false);
    expect(treeHashes(out)).toEqual(before);
    expect(staging()).toEqual([]);
  });
});
