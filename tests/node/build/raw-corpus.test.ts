import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Manifest } from "../../../src/lib/corpus-schema.ts";
import { buildCorpus, type BuildReport } from "../../../src/pipeline/build/build-corpus.ts";
import { rawCorpus, readJson, tempDir, treeHashes } from "./helpers.ts";

// The real corpus lives beside the repository on the team's machines, not in it; elsewhere this is skipped.
const raw = rawCorpus();
const RAW = raw.path;

/** Which publisher each raw folder is from (SOURCES.md). */
const PUBLISHER_OF_FOLDER: Record<string, string> = {
  kremlin_en_html: "kremlin",
  kremlin_en_2021_2022_csv_json: "kremlin",
  state_dept_rss_json: "state-department",
  whitehouse_briefing_room_md: "white-house",
  ukraine_president_csv_json: "president-of-ukraine",
  cn_embassy_seed: "chinese-embassy-greece",
};

describe.skipIf(!raw.present)(raw.name("building the real raw corpus"), { timeout: 600_000 }, () => {
  const tmp = tempDir("raw");
  const out = join(tmp.dir, "a");
  let report: BuildReport;
  let manifest: Manifest;

  beforeAll(async () => {
    report = await buildCorpus({ input: RAW, out });
    manifest = readJson<Manifest>(join(out, "manifest.json"));
  }, 600_000);
  afterAll(() => tmp.cleanup(), 120_000);

  it("accounts for every file: built, merged as a duplicate, or skipped with a named reason", () => {
    const files = Object.keys(PUBLISHER_OF_FOLDER).reduce((n, d) => n + readdirSync(join(RAW, d)).length, 0);
    expect(report.files).toBe(files);
    expect(report.built + report.merged + report.skipped).toBe(files);
    for (const issue of report.issues) {
      expect(issue.file.startsWith(RAW)).toBe(true);
      expect(issue.message.length).toBeGreaterThan(0);
      if (issue.kind === "skipped") expect(issue.reason).not.toBe("error");
    }
    expect(report.built).toBeGreaterThanOrEqual(2200);
  });

  it("attributes every built release to the publisher of its folder", () => {
    const expected: Record<string, number> = {};
    for (const [folder, publisher] of Object.entries(PUBLISHER_OF_FOLDER)) {
      const notBuilt = report.issues.filter((i) => i.kind !== "warning" && i.file.startsWith(join(RAW, folder) + "/")).length;
      expected[publisher] = (expected[publisher] ?? 0) + readdirSync(join(RAW, folder)).length - notBuilt;
    }
    expect(Object.fromEntries(manifest.publishers.map((p) => [p.id, p.count]))).toEqual(expected);
  });

  it("writes one release file per built release and a manifest that stays small", () => {
    expect(readdirSync(join(out, "releases"))).toHaveLength(report.built);
    expect(manifest.count).toBe(report.built);
    expect(JSON.stringify(manifest).length).toBeLessThan(16 * 1024);
  });

  // Sequential, not concurrent: the search index writer keeps one indexing service per process.
  // In a working tree that teammates are editing, the pipeline code can change between the two
  // builds; on a clean clone (CI) it cannot.
  it("is deterministic: a second build is byte-identical", async () => {
    const second = join(tmp.dir, "b");
    const again = await buildCorpus({ input: RAW, out: second });
    expect(again.buildId).toBe(report.buildId);
    expect(treeHashes(second)).toEqual(treeHashes(out));
  }, 600_000);
});
