import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const good = join(dir, "good.md");
writeFileSync(
  good,
  `---
date: '2023-05-02'
source_url: https://www.whitehouse.gov/briefing-room/statements-releases/2023/05/02/readout-fictional/
title: Readout of a Fictional Call with Prime Minister Trentino
---

President Nowak spoke today with Prime Minister Lena Trentino of Sylvania.
The leaders discussed the harbour project.
`,
);
const bad = join(dir, "bad.json");
writeFileSync(bad, JSON.stringify({ unrelated: true }));
const empty = join(dir, "empty.html");
writeFileSync(empty, "");

function extract(...files: string[]) {
  const run = spawnSync("npx", ["tsx", "scripts/extract.ts", ...files], { cwd: process.cwd(), encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run extract", () => {
  it("prints one JSON array, one element per file in order, and exits 1 when any file failed", () => {
    const { status, stdout } = extract(good, bad, empty, join(dir, "missing.html"));
    expect(status).toBe(1);
    const out = JSON.parse(stdout) as { file: string; ok: boolean; release?: { title: string; date: string; paragraphs: unknown[] }; error?: string }[];
    expect(out.map((r) => [r.file, r.ok])).toEqual([
      [good, true],
      [bad, false],
      [empty, false],
      [join(dir, "missing.html"), false],
    ]);
    expect(out[0]!.release).toMatchObject({ title: "Readout of a Fictional Call with Prime Minister Trentino", date: "2023-05-02" });
    expect(out[0]!.release!.paragraphs).toHaveLength(1);
    expect(out[1]!.error).toMatch(/bad\.json: JSON of an unknown shape/);
    expect(out[2]!.error).toMatch(/empty\.html: empty file/);
    expect(out[3]!.error).toMatch(/missing\.html: no such file/);
    for (const r of out) if (r.error) expect(r.error).not.toContain("\n");
  });

  it("exits 0 when every file was read", () => {
    const { status, stdout } = extract(good);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(1);
  });
});
