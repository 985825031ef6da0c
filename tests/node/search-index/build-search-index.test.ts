import { describe, expect, it } from "vitest";
import {
  COLUMN_FACETS,
  DOCS_CHUNK,
  POSTINGS_FILE_TARGET,
  decodeColumn,
  encodeKey,
  readVarints,
  searchFiles,
  shardKeyFor,
  decodePostings,
  TOP_DOCS,
  shardKeysForPrefix,
  type DateRuns,
  type DictShard,
  type DocsChunk,
  type SpeakerRuns,
} from "../../../src/lib/search-format.ts";
import { termOf } from "../../../src/lib/search-text.ts";
import { buildSearchIndex } from "../../../src/pipeline/search-index/build-search-index.ts";
import { DICT_SHARD_SPLIT } from "../../../src/pipeline/search-index/term-index.ts";
import { FIXTURES, IndexReader, para, release, summariesOf } from "./fixtures.ts";

const summaries = summariesOf(FIXTURES);
const build = (options = {}) => new IndexReader(buildSearchIndex(FIXTURES, summaries, options));
const index = build();

describe("release index", () => {
  it("finds a word in exactly the releases that have it, in list order", () => {
    expect(index.word("r", "lighthouse")?.docs).toEqual([1, 2, 3]);
    expect(index.word("r", "turbines")?.docs).toEqual([0]);
    // Stemmed: "grain" and "grains" are one term; accents and case do not matter.
    expect(index.word("r", "Grains")?.docs).toEqual([1]);
    expect(index.word("r", "zanzibar")).toBeNull();
    expect(index.meta.releases.docs).toBe(FIXTURES.length);
  });

  it("weighs a title word above the same word in the body of a similar release", () => {
    const hit = index.word("r", "lighthouse")!;
    const weightOf = (doc: number) => hit.weights[hit.docs.indexOf(doc)]!;
    // Doc 3 has it in its title and once in its body, doc 1 once in a longer body only.
    expect(weightOf(3)).toBeGreaterThan(weightOf(1));
    expect(hit.weights.every((w) => w >= 1 && w <= 255)).toBe(true);
  });

  it("keeps pair postings for adjacent words only, never across paragraphs", () => {
    // Adjacent in doc 0's title; doc 1 has both words apart ("energy from the tidal").
    expect(index.pair("r", "tidal", "energy")).toEqual([0]);
    expect(index.pair("r", "grain", "corridors")).toEqual([1]);
    expect(index.pair("r", "energy", "tidal")).toEqual([]);
  });
});

describe("speaker index", () => {
  const runs = (id: string) => index.json<SpeakerRuns>(searchFiles.speakerRuns(id.slice(0, 2)))[id];
  const recordDocs = () => [...readVarints(index.bytes(searchFiles.speakerRecords(0)), 0, index.meta.speakers!.docs).values];

  it("has one record per speaker and release, sorted by person then release", () => {
    expect(index.meta.speakers?.docs).toBe(3);
    expect(runs("ana-lindqvist")).toEqual([0, 1]);
    expect(runs("kofi-tembe")).toEqual([1, 2]);
    expect(recordDocs()).toEqual([0, 0, 1]);
  });

  it("holds only the words that person speaks: not the title, not narration, not others", () => {
    // "turbines": narration and Kofi in doc 0, so only Kofi's record 1.
    expect(index.word("s", "turbines")?.docs).toEqual([1]);
    // "decade": Ana only. "harbour": title and narration only.
    expect(index.word("s", "decade")?.docs).toEqual([0]);
    expect(index.word("s", "harbour")).toBeNull();
    expect(index.word("s", "corridor")?.docs).toEqual([2]);
  });

  it("pairs do not join the end of one spoken paragraph to the start of the next", () => {
    // Kofi's doc 0 record ends a paragraph with "tidal" and starts the next with "energy".
    expect(index.word("s", "tidal")?.docs).toEqual([0, 1]);
    expect(index.pair("s", "tidal", "energy")).toEqual([0]);
  });

  it("is absent, with no files, when no release has a speaker", () => {
    const quiet = FIXTURES.map((r) => ({ ...r, paragraphs: r.paragraphs.map((p) => ({ ...p, speakers: [], kind: "narration" as const })) }));
    const files = buildSearchIndex(quiet, summariesOf(quiet));
    const reader = new IndexReader(files);
    expect(reader.meta.speakers).toBeNull();
    expect([...files.keys()].filter((f) => f.startsWith("search/s/"))).toEqual([]);
    expect(reader.word("r", "turbines")?.docs).toEqual([0]);
  });
});

describe("documents and filters line up with the list", () => {
  it("ids, dates and years follow the summaries", () => {
    const rows = index.json<DocsChunk>(searchFiles.docs(0));
    expect(rows.first).toBe(0);
    expect(rows.docs.map((r) => r[0])).toEqual(summaries.map((s) => s.id));
    // What a result row shows, without the release file.
    expect(rows.docs[0]).toEqual(["2024-02-10-harbour-talks-aaaaaa", "Harbour talks on tidal energy", "2024-02-10", "foreign-office", "talks", ["Ana Lindqvist", "Kofi Tembe"]]);
    expect(index.meta.publishers).toEqual({ "foreign-office": "Foreign Office of Norvania", presidency: "Presidency of Estmark" });
    expect(index.json<DateRuns>(searchFiles.dates())).toEqual({
      runs: [
        ["2024-02-10", 0],
        ["2023-11-05", 2],
      ],
      dated: 3,
    });
    expect(index.meta.years).toEqual([
      { year: "2024", first: 0, count: 2 },
      { year: "2023", first: 2, count: 1 },
      { year: "", first: 3, count: 1 },
    ]);
  });

  it("columns number values in the given facet order, ascending per release", () => {
    const country = ["estmark", "norvania", "cote-blanche"];
    const reader = build({ facetValues: { country } });
    const { offsets, values } = decodeColumn(reader.bytes(searchFiles.column("country")), FIXTURES.length);
    const of = (d: number) => [...values.slice(offsets[d]!, offsets[d + 1]!)].map((v) => country[v]);
    expect(of(0)).toEqual(["norvania", "cote-blanche"]);
    expect(of(1)).toEqual(["estmark"]);
    expect(of(2)).toEqual(["norvania"]);
    expect(of(3)).toEqual([]);
    expect(reader.meta.columns).toEqual([...COLUMN_FACETS]);
  });

  it("without a given order, numbers values most releases first, as the facet index does", () => {
    const { offsets, values } = decodeColumn(index.bytes(searchFiles.column("organisation")), FIXTURES.length);
    // "tidal-council" is in two releases, "northern-ports-forum" in one.
    expect([...values.slice(offsets[2]!, offsets[3]!)]).toEqual([0, 1]);
    expect([...values.slice(offsets[0]!, offsets[1]!)]).toEqual([0]);
  });

  it("names people for facet labels", () => {
    expect(index.json<Record<string, string>>(searchFiles.peopleNames("an"))).toEqual({ "ana-lindqvist": "Ana Lindqvist" });
    const named = build({ personName: (id: string) => id.toUpperCase() });
    expect(named.json<Record<string, string>>(searchFiles.peopleNames("ko"))).toEqual({ "kofi-tembe": "KOFI-TEMBE" });
  });
});

describe("dictionary shards", () => {
  it("puts a non-Latin term in a shard whose file name is plain ASCII", () => {
    const term = termOf("встреча");
    const key = shardKeyFor(index.meta.releases.dictKeys, term)!;
    expect(key).toBe("вс");
    expect(searchFiles.dict("r", key)).toBe("search/r/d/_0432_0441.json");
    expect(index.word("r", "Встреча")?.docs).toEqual([2]);
    // One-character terms get one-character keys.
    expect(index.meta.releases.dictKeys).toContain("京");
    expect(index.word("r", "京")?.docs).toEqual([2]);
    for (const path of index.files.keys()) expect(path).toMatch(/^search\/[a-z0-9_/]+\.(?:json|bin)$/);
  });

  it("splits a crowded two-character shard into three-character keys, keeping shorter terms", () => {
    const many = Array.from({ length: DICT_SHARD_SPLIT + 100 }, (_, i) => `zq${1000 + i}`);
    const crowd = release({ id: "2024-03-01-crowd-eeeeee", title: "zq", date: "2024-03-01", paragraphs: [para(many.join(" "))] });
    const releases = [crowd, ...FIXTURES];
    const reader = new IndexReader(buildSearchIndex(releases, summariesOf(releases)));
    const keys = reader.meta.releases.dictKeys;
    expect(keys).toEqual([...keys].sort());
    expect(keys).toEqual(expect.arrayContaining(["zq", "zq1", "zq2"]));
    expect(reader.json<DictShard>(searchFiles.dict("r", "zq")).terms.map((t) => t[0])).toEqual(["zq"]);
    const shard = reader.json<DictShard>(searchFiles.dict("r", "zq1")).terms.map((t) => t[0]);
    expect(shard).toEqual([...shard].sort());
    expect(shard).toContain("zq1999");
    expect(shardKeysForPrefix(keys, "zq")).toEqual(["zq", "zq1", "zq2"]);
    expect(reader.word("r", "zq1042")?.docs).toEqual([0]);
    expect(reader.word("r", "zq")?.docs).toEqual([0]);
  });

  it("packs postings into files near the target size, an entry never split", () => {
    const vocabulary = Array.from({ length: 400 }, (_, i) => `w${i}`);
    const releases = Array.from({ length: 600 }, (_, d) =>
      release({
        id: `2020-01-01-bulk-${String(d).padStart(4, "0")}`,
        title: `Bulk ${d}`,
        date: "2020-01-01",
        paragraphs: [para(vocabulary.filter((_, i) => (i * 7 + d) % 3 !== 0).join(" "))],
      }),
    );
    const files = buildSearchIndex(releases, summariesOf(releases));
    const reader = new IndexReader(files);
    const info = reader.meta.releases;
    expect(info.postingsFiles).toBeGreaterThan(3);
    const sizes = Array.from({ length: info.postingsFiles }, (_, n) => reader.bytes(searchFiles.postings("r", n)).length);
    for (const size of sizes.slice(0, -1)) expect(size).toBeLessThanOrEqual(POSTINGS_FILE_TARGET);
    expect(files.has(searchFiles.postings("r", info.postingsFiles))).toBe(false);
    for (const key of info.dictKeys)
      for (const [, , file, offset, length] of reader.json<DictShard>(searchFiles.dict("r", key)).terms) expect(offset + length).toBeLessThanOrEqual(sizes[file]!);
    expect(reader.word("r", "w5")?.docs.length).toBe(releases.filter((_, d) => (5 * 7 + d) % 3 !== 0).length);
    expect(reader.json<DocsChunk>(searchFiles.docs(2)).first).toBe(2 * DOCS_CHUNK);
  });

  it("ends each release entry with the rows of its best documents by weight, as the docs files have them", () => {
    const releases = Array.from({ length: 30 }, (_, d) =>
      release({ id: `2020-01-01-gale-${String(d).padStart(3, "0")}`, title: `Note ${d}`, date: "2020-01-01", paragraphs: [para(`${"gale ".repeat((d % 7) + 1)}over the moor.`)] }),
    );
    const reader = new IndexReader(buildSearchIndex(releases, summariesOf(releases)));
    const { docs, weights, top } = reader.word("r", "gale")!;
    const expected = docs
      .map((d, i) => [d, weights[i]!] as const)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, TOP_DOCS)
      .map(([d]) => d);
    expect(top.map(([d]) => d)).toEqual(expected);
    expect(top).toHaveLength(TOP_DOCS);
    for (const [d, row] of top) {
      const chunk = reader.json<DocsChunk>(searchFiles.docs(Math.floor(d / DOCS_CHUNK)));
      expect(row).toEqual(chunk.docs[d - chunk.first]);
    }
    // A rare word carries all of its documents; speaker records are never a result page: no rows.
    expect(reader.word("r", "note")!.top.length).toBe(Math.min(TOP_DOCS, reader.word("r", "note")!.docs.length));
    let speakerEntries = 0;
    for (const key of index.meta.speakers!.dictKeys)
      for (const [, df, file, offset, length] of index.json<DictShard>(searchFiles.dict("s", key)).terms) {
        expect(decodePostings(index.bytes(searchFiles.postings("s", file)), offset, length, df, true).top).toEqual([]);
        speakerEntries++;
      }
    expect(speakerEntries).toBeGreaterThan(0);
  });

  it("encodes keys outside [a-z0-9] so no two differ only by case", () => {
    expect(encodeKey("Ab")).not.toBe(encodeKey("ab"));
  });
});

describe("output", () => {
  it("is byte-identical across two runs", () => {
    const a = buildSearchIndex(FIXTURES, summaries);
    const b = buildSearchIndex([...FIXTURES], summariesOf(FIXTURES));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, data] of a) expect(b.get(path)).toEqual(data);
    expect(new IndexReader(a).meta.buildId).toMatch(/^[0-9a-f]{16}$/);
  });

  it("takes the build id when given", () => {
    expect(build({ buildId: "build-1" }).meta.buildId).toBe("build-1");
  });

  it("names the release and its source file when a release is out of list order", () => {
    expect(() => buildSearchIndex([FIXTURES[1]!, FIXTURES[0]!], summariesOf(FIXTURES.slice(0, 2)))).toThrow(
      /release 2024-02-10-grain-statement-bbbbbb \(fixtures\/2024-02-10-grain-statement-bbbbbb\.md\)/,
    );
    expect(() => buildSearchIndex(FIXTURES.slice(0, 2), summaries)).toThrow(/received 2 releases for 4 summaries/);
  });

  it("names the release whose facet value is missing from the given order", () => {
    expect(() => build({ facetValues: { country: ["estmark"] } })).toThrow(/release 2024-02-10-harbour-talks-aaaaaa \(fixtures\/.*\): country value "norvania"/);
  });
});
