import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { genCorpus } from "../../../scripts/gen-corpus.ts";
import { createGenerator, VARIANT_FOLDERS } from "../../../src/pipeline/synthetic/generate.ts";

const root = resolve(import.meta.dirname, "../../..");
const work = mkdtempSync(join(tmpdir(), "readout-gen-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) visit(full);
      else out.push(full);
    }
  };
  visit(dir);
  return out.sort();
}

function digest(dir: string): string {
  const hash = createHash("sha256");
  for (const file of listFiles(dir)) hash.update(relative(dir, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

describe("gen-corpus", () => {
  it("writes byte-identical folders for the same seed and different ones for another seed", async () => {
    await genCorpus({ count: 400, out: join(work, "a"), seed: 7 });
    await genCorpus({ count: 400, out: join(work, "b"), seed: 7 });
    await genCorpus({ count: 400, out: join(work, "c"), seed: 8 });
    expect(listFiles(join(work, "a"))).toHaveLength(400);
    expect(digest(join(work, "a"))).toBe(digest(join(work, "b")));
    expect(digest(join(work, "a"))).not.toBe(digest(join(work, "c")));
  });

  it("writes all five raw formats, each readable the way its real source is", () => {
    const files = listFiles(join(work, "a"));
    const byFolder = new Map<string, string[]>();
    for (const f of files) {
      const folder = relative(join(work, "a"), f).split("/")[0] as string;
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), f]);
    }
    expect([...byFolder.keys()].sort()).toEqual(Object.values(VARIANT_FOLDERS).filter((v, i, all) => all.indexOf(v) === i).sort());

    const html = (byFolder.get("kremlin_en_html") ?? []).map((f) => readFileSync(f, "utf8"));
    expect(html.every((s) => s.includes('itemprop="articleBody"') && /<h1[^>]*>[^<]+<\/h1>/.test(s) && s.includes("<time"))).toBe(true);
    expect(html.some((s) => s.includes('class="tooltip_title'))).toBe(true);
    expect(html.some((s) => s.includes(">See also<"))).toBe(true);
    expect(html.some((s) => /<p><b>[^<]+:<\/b> /.test(s))).toBe(true);

    for (const f of byFolder.get("state_dept_rss_json") ?? []) {
      const item = JSON.parse(readFileSync(f, "utf8"));
      expect(item).toMatchObject({ title: expect.any(String), "dc:creator": expect.any(String), "content:encoded": expect.stringContaining("<p>") });
      expect(item.description.slice(0, 40)).toBe(item["content:encoded"].slice(0, 40));
    }
    for (const folder of ["kremlin_en_2021_2022_csv_json", "ukraine_president_csv_json"]) {
      const rows = (byFolder.get(folder) ?? []).map((f) => JSON.parse(readFileSync(f, "utf8")));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => typeof r.headline === "string" && typeof r.body === "string" && !r.body.includes("\n"))).toBe(true);
    }
    const md = (byFolder.get("whitehouse_briefing_room_md") ?? []).map((f) => readFileSync(f, "utf8"));
    for (const s of md) {
      const [, front, body] = s.split(/^---$/m);
      const meta = parseYaml(front ?? "");
      expect(meta.title).toEqual(expect.any(String));
      expect(meta.title).not.toContain("\\");
      expect(String(meta.date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Math.max(...(body ?? "").split("\n").map((l) => l.length))).toBeLessThanOrEqual(80);
    }
    expect(md.some((s) => /^[A-Z][A-Z .-]+:  /m.test(s))).toBe(true);
    const text = (byFolder.get("cn_embassy_seed") ?? []).map((f) => readFileSync(f, "utf8"));
    expect(text.length).toBeGreaterThan(0);
    expect(text.every((s) => s.split("\n")[1] === " Home > China News" && /\S Suggest To A Friend|[^\n]Suggest To A Friend/.test(s))).toBe(true);
  });

  it("spreads dates over 25+ years and skews people so the most named appear in thousands of releases", () => {
    const generator = createGenerator({ seed: 3 });
    const years = new Set<number>();
    const counts = new Map<string, number>();
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const { release } = generator.file(i);
      years.add(Number(release.date.slice(0, 4)));
      for (const p of [release.host, release.guest, ...release.attendees]) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
    }
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(25);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    // At 20k releases the top people already appear in over a thousand; at 100k in several thousand.
    expect(sorted[0]).toBeGreaterThan(1000);
    const median = sorted[Math.floor(sorted.length / 2)] as number;
    expect(median).toBeLessThan(20);
    expect(sorted.length).toBeGreaterThan(1000);
  });

  it("shards 100,000 releases so no folder holds more than 2,000 files", () => {
    const generator = createGenerator({ seed: 1 });
    const perFolder = new Map<string, number>();
    for (let i = 0; i < 100_000; i++) {
      const { relPath } = generator.file(i);
      const dir = relPath.slice(0, relPath.lastIndexOf("/"));
      perFolder.set(dir, (perFolder.get(dir) ?? 0) + 1);
    }
    expect(Math.max(...perFolder.values())).toBeLessThanOrEqual(2000);
  });

  it("makes long transcripts when asked, and short readouts otherwise", () => {
    const long = createGenerator({ seed: 5, longShare: 1 });
    const short = createGenerator({ seed: 5, longShare: 0 });
    const longTurns = long.file(0).release.blocks.filter((b) => b.kind === "turn").length;
    expect(longTurns).toBeGreaterThanOrEqual(100);
    const sizes = Array.from({ length: 200 }, (_, i) => short.file(i).release.blocks.length);
    expect(Math.max(...sizes)).toBeLessThan(60);
  });

  it("refuses a non-empty output folder and bad options with a one-line error", () => {
    writeFileSync(join(work, "a", "keep.txt"), "mine");
    const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/gen-corpus.ts", ...args], { cwd: root, encoding: "utf8" });
    const full = run(["--count", "3", "--out", join(work, "a")]);
    expect(full.status).toBe(1);
    expect(full.stderr.trim()).toBe(`${join(work, "a")}: folder is not empty; give a new or empty folder`);
    expect(readFileSync(join(work, "a", "keep.txt"), "utf8")).toBe("mine");
    const bad = run(["--count", "ten", "--out", join(work, "d")]);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe('gen-corpus: --count must be a whole number, got "ten"');
  });
});
