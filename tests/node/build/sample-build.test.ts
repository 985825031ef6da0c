import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FACETS, corpusFiles } from "../../../src/lib/corpus-files.ts";
import {
  FacetIndexSchema,
  FacetPostingsSchema,
  ListPageSchema,
  ManifestSchema,
  PersonPageSchema,
  RelatedReleasesSchema,
  ReleaseSchema,
  type ListPage,
  type Manifest,
  type Release,
  type ReleaseSummary,
} from "../../../src/lib/corpus-schema.ts";
import { buildCorpus, type BuildReport } from "../../../src/pipeline/build/build-corpus.ts";
import { SAMPLE, readJson, tempDir, treeHashes } from "./helpers.ts";

// The sample corpus is the fixture: 13 releases written for Readout, in all five raw formats.
const SAMPLE_FILES = 13;

describe("building the sample corpus", () => {
  const tmp = tempDir("sample");
  const out = join(tmp.dir, "corpus");
  let report: BuildReport;
  let manifest: Manifest;
  let list: ReleaseSummary[];

  beforeAll(async () => {
    report = await buildCorpus({ input: SAMPLE, out, pageSize: 5 });
    manifest = readJson<Manifest>(join(out, corpusFiles.manifest()));
    list = [];
    for (let n = 0; n < manifest.pages; n++) list.push(...readJson<ListPage>(join(out, corpusFiles.listPage(n))).items);
  });
  afterAll(() => tmp.cleanup());

  it("builds every sample release, from all five formats, with nothing skipped", () => {
    expect(report.issues).toEqual([]);
    expect(report.built).toBe(SAMPLE_FILES);
    expect(manifest.count).toBe(SAMPLE_FILES);
    const formats = new Set(list.map((s) => readJson<Release>(join(out, corpusFiles.release(s.id))).format));
    expect([...formats].sort()).toEqual(["feed-json", "html", "markdown", "row-json", "text"]);
  });

  it("writes only files that match the corpus schema", () => {
    const check = (dir: string, schema: { parse: (v: unknown) => unknown }) => {
      const files = readdirSync(join(out, dir)).filter((f) => f.endsWith(".json"));
      for (const f of files) expect(() => schema.parse(readJson(join(out, dir, f))), `${dir}/${f}`).not.toThrow();
      return files.length;
    };
    expect(() => ManifestSchema.parse(manifest)).not.toThrow();
    expect(check("releases", ReleaseSchema)).toBe(SAMPLE_FILES);
    expect(check("list", ListPageSchema)).toBe(manifest.pages);
    if (existsSync(join(out, "people"))) check("people", PersonPageSchema);
    for (const facet of FACETS) {
      const index = FacetIndexSchema.parse(readJson(join(out, corpusFiles.facetIndex(facet))));
      for (const v of index.values) FacetPostingsSchema.parse(readJson(join(out, corpusFiles.facetPostings(facet, v.value))));
    }
  });

  it("pages the list newest first, each row pointing at a release file", () => {
    expect(manifest.pages).toBe(Math.ceil(SAMPLE_FILES / 5));
    expect(list).toHaveLength(SAMPLE_FILES);
    const dates = list.map((s) => s.date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    for (const s of list) expect(existsSync(join(out, corpusFiles.release(s.id)))).toBe(true);
  });

  it("keeps facet positions ascending and true to the list", () => {
    for (const facet of FACETS) {
      const index = readJson<{ values: { value: string; count: number }[] }>(join(out, corpusFiles.facetIndex(facet)));
      for (const v of index.values) {
        const { positions } = readJson<{ positions: number[] }>(join(out, corpusFiles.facetPostings(facet, v.value)));
        expect(positions.length).toBe(v.count);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        for (const p of positions) {
          const row = list[p]!;
          if (facet === "publisher") expect(row.publisher).toBe(v.value);
          if (facet === "kind") expect(row.kind).toBe(v.value);
          if (facet === "year") expect(row.date?.slice(0, 4)).toBe(v.value);
        }
      }
    }
    const byYear = readJson<{ values: { value: string; count: number }[] }>(join(out, corpusFiles.facetIndex("year"))).values;
    expect(Object.fromEntries(byYear.map((v) => [v.value, v.count]))).toEqual({ "2025": 2, "2026": 11 });
  });

  it("writes each release's related releases: others sharing its principals, nearest in date first", () => {
    const dayOf = (d: string | null) => (d ? Date.parse(d) / 86_400_000 : Number.POSITIVE_INFINITY);
    let listed = 0;
    for (const s of list) {
      const related = RelatedReleasesSchema.parse(readJson(join(out, corpusFiles.related(s.id))));
      expect(related.id).toBe(s.id);
      expect(related.items.map((r) => r.id)).not.toContain(s.id);
      if (related.items.length > 0) expect(related.with.length).toBeGreaterThan(0);
      for (const item of related.items) {
        expect(list.find((r) => r.id === item.id), item.id).toEqual(item);
        const named = readJson<Release>(join(out, corpusFiles.release(item.id))).people.map((p) => p.id);
        for (const id of related.with) expect(named, `${item.id} names ${id}`).toContain(id);
      }
      const gaps = related.items.map((r) => Math.abs(dayOf(r.date) - dayOf(s.date)));
      expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
      listed += related.items.length;
    }
    expect(listed, "the sample has releases that share principals").toBeGreaterThan(0);
  });

  it("keeps the manifest small and of fixed shape", () => {
    expect(statSync(join(out, corpusFiles.manifest())).size).toBeLessThan(8 * 1024);
    expect(manifest.publishers.reduce((n, p) => n + p.count, 0)).toBe(SAMPLE_FILES);
    expect(manifest.topPeople.length).toBeLessThanOrEqual(50);
  });

  it("keeps markup in release text as inert data", () => {
    const row = list.find((s) => s.title.includes("<script>"));
    expect(row, "the XSS sample release").toBeDefined();
    const text = readFileSync(join(out, corpusFiles.release(row!.id)), "utf8");
    const release = ReleaseSchema.parse(JSON.parse(text));
    const body = release.paragraphs.map((p) => p.text).join("\n");
    expect(body).toContain("<img src=x onerror=alert(1)>");
    expect(body).toContain("javascript:alert(document.cookie)");
    // The live script element of the feed body is markup, not text, and must not survive as either.
    expect(body).not.toContain('document.title = "owned"');
  });

  it("gives every release a stable, slug-shaped id that starts with its date", () => {
    for (const s of list) expect(s.id).toMatch(new RegExp(`^${s.date}-[a-z0-9-]+$`));
  });

  it("is deterministic: a second build is byte-identical, build id included", async () => {
    const again = join(tmp.dir, "again");
    const second = await buildCorpus({ input: SAMPLE, out: again, pageSize: 5 });
    expect(second.buildId).toBe(report.buildId);
    expect(treeHashes(again)).toEqual(treeHashes(out));
  });

  it("gives the same bytes when extraction runs on worker threads", async () => {
    const threaded = join(tmp.dir, "threaded");
    const r = await buildCorpus({ input: SAMPLE, out: threaded, pageSize: 5, workers: 2 });
    expect(r.built).toBe(SAMPLE_FILES);
    expect(treeHashes(threaded)).toEqual(treeHashes(out));
  });

  it("builds twice at the same time in one process, search index included", async () => {
    const [a, b] = await Promise.all([
      buildCorpus({ input: SAMPLE, out: join(tmp.dir, "twin-a"), pageSize: 5 }),
      buildCorpus({ input: SAMPLE, out: join(tmp.dir, "twin-b"), pageSize: 5 }),
    ]);
    expect([a.search, b.search]).toEqual([true, true]);
    expect(b.buildId).toBe(a.buildId);
  });

  it("leaves no staging folder behind", () => {
    expect(readdirSync(tmp.dir).filter((f) => f.startsWith("."))).toEqual([]);
  });
});
