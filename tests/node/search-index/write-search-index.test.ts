import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COLUMN_FACETS, decodeColumn, searchFiles, type DocsChunk, type SearchMeta } from "../../../src/lib/search-format.ts";
import type { FacetIndex, FacetPostings, Manifest, ReleaseSummary } from "../../../src/lib/corpus-schema.ts";
import { corpusFiles } from "../../../src/lib/corpus-files.ts";
import { buildCorpus } from "../../../src/pipeline/build/build-corpus.ts";
import { buildSearchIndex } from "../../../src/pipeline/search-index/build-search-index.ts";
import { writeSearchIndex } from "../../../src/pipeline/search-index/write-search-index.ts";
import { SAMPLE, readJson, tempDir, treeHashes } from "../build/helpers.ts";
import { FIXTURES, summariesOf } from "./fixtures.ts";

const tmp = tempDir("search-index");
afterAll(tmp.cleanup);

describe("writeSearchIndex", () => {
  it("writes the same files as the in-memory builder", async () => {
    const outDir = join(tmp.dir, "written");
    const summaries = summariesOf(FIXTURES);
    const written = await writeSearchIndex({
      outDir,
      summaries,
      releases: async function* () {
        yield* FIXTURES;
      },
    });
    expect(written).toBe(true);
    const expected = buildSearchIndex(FIXTURES, summaries);
    const onDisk = [...treeHashes(outDir).keys()];
    expect(onDisk.sort()).toEqual([...expected.keys()].sort());
    for (const [path, data] of expected) {
      const bytes = readFileSync(join(outDir, path));
      expect(typeof data === "string" ? bytes.toString("utf8") : new Uint8Array(bytes)).toEqual(data);
    }
  });

  it("names the release and its source file when one is missing", async () => {
    const summaries = summariesOf(FIXTURES);
    const run = writeSearchIndex({
      outDir: join(tmp.dir, "missing"),
      summaries,
      releases: async function* () {
        yield FIXTURES[0]!;
        yield FIXTURES[2]!;
      },
    });
    await expect(run).rejects.toThrow(/release 2023-11-05-minsk-meeting-cccccc \(fixtures\/2023-11-05-minsk-meeting-cccccc\.md\): arrived at list position 1/);
  });
});

describe("in a corpus build", () => {
  const out = join(tmp.dir, "corpus");
  let searchWritten = false;
  beforeAll(async () => {
    searchWritten = (await buildCorpus({ input: SAMPLE, out, workers: 0 })).search;
  });

  it("stamps the manifest's build id into meta.json", () => {
    expect(searchWritten).toBe(true);
    const manifest = readJson<Manifest>(join(out, corpusFiles.manifest()));
    const meta = readJson<SearchMeta>(join(out, searchFiles.meta()));
    expect(meta.buildId).toBe(manifest.buildId);
    expect(meta.releases.docs).toBe(manifest.count);
    expect(existsSync(join(out, "search", "shards.json"))).toBe(false);
  });

  it("columns hold the values of the corpus facet postings, numbered as the facet index lists them", () => {
    const manifest = readJson<Manifest>(join(out, corpusFiles.manifest()));
    for (const facet of COLUMN_FACETS) {
      const { values: index } = readJson<FacetIndex>(join(out, corpusFiles.facetIndex(facet)));
      const { offsets, values } = decodeColumn(new Uint8Array(readFileSync(join(out, searchFiles.column(facet)))), manifest.count);
      const fromColumn = new Map<string, number[]>();
      for (let doc = 0; doc < manifest.count; doc++)
        for (const v of values.slice(offsets[doc]!, offsets[doc + 1]!)) {
          const value = index[v]!.value;
          fromColumn.set(value, [...(fromColumn.get(value) ?? []), doc]);
        }
      expect(fromColumn.size, facet).toBe(index.length);
      for (const { value } of index)
        expect(fromColumn.get(value), `${facet} ${value}`).toEqual(readJson<FacetPostings>(join(out, corpusFiles.facetPostings(facet, value))).positions);
    }
  });

  it("numbers documents by list position", () => {
    const list = readJson<{ items: ReleaseSummary[] }>(join(out, corpusFiles.listPage(0))).items;
    const rows = readJson<DocsChunk>(join(out, searchFiles.docs(0)));
    expect(rows.docs.slice(0, list.length).map((r) => r[0])).toEqual(list.map((s) => s.id));
  });
});
