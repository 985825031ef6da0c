import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCorpus, BuildError, type BuildReport } from "../../../src/pipeline/build/build-corpus.ts";
import { BAD_INPUTS, GOOD, writeFixtureFolder } from "./fixtures.ts";
import { REPO, tempDir, treeHashes } from "./helpers.ts";

function runCli(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", join(REPO, "scripts/corpus.ts"), ...args], { cwd: REPO, encoding: "utf8" });
}

describe("bad input", () => {
  const tmp = tempDir("bad");
  const input = join(tmp.dir, "raw");
  let report: BuildReport;

  beforeAll(async () => {
    writeFixtureFolder(input);
    report = await buildCorpus({ input, out: join(tmp.dir, "out") });
  });
  afterAll(() => tmp.cleanup());

  it("reports each bad file once, naming it and its problem, and builds the rest", () => {
    const got = report.issues.map((i) => ({ file: i.file.slice(input.length + 1), kind: i.kind, reason: i.reason }));
    const want = BAD_INPUTS.map((f) => ({ file: f.name, ...f.expect }));
    expect(got.sort((a, b) => a.file.localeCompare(b.file))).toEqual(want.sort((a, b) => a.file.localeCompare(b.file)));
    for (const issue of report.issues) expect(issue.message).not.toMatch(/\n/);
    // The good release and the one with a stray byte are built; the later copy (in walk order) is merged.
    expect(report.built).toBe(2);
    expect(report.merged).toBe(1);
    expect(report.skipped).toBe(BAD_INPUTS.filter((f) => f.expect.kind === "skipped").length);
  });

  it("ignores the folder's own description files and dotfiles without reporting them", () => {
    expect(report.files).toBe(BAD_INPUTS.length + 1);
    expect(report.issues.some((i) => /SOURCES|MANIFEST|README|\.DS_Store|\.git/.test(i.file))).toBe(false);
  });

  it("skips a file over the size limit with the sizes in the message", async () => {
    const big = join(tmp.dir, "big");
    writeFixtureFolder(big);
    writeFileSync(join(big, "huge.md"), GOOD + "x".repeat(5000));
    const r = await buildCorpus({ input: big, out: join(tmp.dir, "big-out"), maxBytes: 4000 });
    const huge = r.issues.find((i) => i.file.endsWith("huge.md"));
    expect(huge).toMatchObject({ kind: "skipped", reason: "too-large" });
    expect(huge!.message).toMatch(/\d+ bytes.*4000/);
  });

  it("fails with a clear error when nothing could be built, writing nothing", async () => {
    const empty = join(tmp.dir, "only-bad");
    writeFixtureFolder(empty);
    const out = join(tmp.dir, "never");
    const none = buildCorpus({ input: empty, out, extract: () => ({ ok: false, error: "no title" }) });
    await expect(none).rejects.toThrow(BuildError);
    await expect(none).rejects.toThrow(/no release could be built/);
    expect(existsSync(out)).toBe(false);
  });

  describe("from the command line", () => {
    it("prints one line per problem naming the file, then one summary line, and exits 0", () => {
      const out = join(tmp.dir, "cli-out");
      const run = runCli([input, "--out", out]);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe("");
      const lines = run.stderr.trim().split("\n");
      for (const f of BAD_INPUTS) expect(lines.filter((l) => l.includes(join(input, f.name)))).toHaveLength(1);
      expect(lines.at(-1)).toMatch(/^corpus: built 2, merged 1, skipped 5 \(.*no-date 1.*\), warnings 1 from 8 files/);
      expect(existsSync(join(out, "manifest.json"))).toBe(true);
    });

    it("with --strict, fails on any skipped file and keeps the previous output", () => {
      const out = join(tmp.dir, "strict-out");
      expect(runCli([input, "--out", out]).status).toBe(0);
      const before = treeHashes(out);
      const run = runCli([input, "--out", out, "--strict"]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/--strict: 5 file\(s\) skipped/);
      expect(treeHashes(out)).toEqual(before);
    });

    it("explains its usage when the input folder is missing", () => {
      const run = runCli([]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/usage: npm run corpus -- <input folder>/);
      const missing = runCli([join(tmp.dir, "no-such-folder"), "--out", join(tmp.dir, "x")]);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(/no-such-folder: not a folder/);
    });
  });
});
