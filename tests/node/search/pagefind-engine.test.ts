import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Release } from "../../../src/lib/corpus-schema.ts";
import type { SearchEngine, SearchFilters } from "../../../src/features/search/engine.ts";
import { createPagefindEngine, dateRangeCover, type PagefindModule } from "../../../src/features/search/pagefind-engine.ts";
import type { ShardList } from "../../../src/lib/search-index-format.ts";
import { parseQuery } from "../../../src/features/search/query.ts";
import { emptyFacets } from "../../../src/features/search/url-state.ts";
import { writeSearchIndex } from "../../../src/pipeline/search-index/write-search-index.ts";
import { FIXTURES, summariesOf } from "./fixtures.ts";

const BASE = "http://corpus.test/";

async function build(releases: readonly Release[], shardSize?: number) {
  const outDir = await mkdtemp(join(tmpdir(), "readout-search-"));
  if (shardSize) vi.stubEnv("READOUT_SEARCH_SHARD_SIZE", String(shardSize));
  const written = await writeSearchIndex({
    outDir,
    summaries: summariesOf(releases),
    releases: async function* () {
      yield* releases;
    },
  });
  vi.unstubAllEnvs();
  return { outDir, written };
}

/** Serves the index folder to Pagefind's browser code through fetch, and counts what it asks for. */
function engineOver(outDir: string) {
  const fetched: string[] = [];
  const read = async (url: string) => {
    fetched.push(url);
    return readFile(join(outDir, url.slice(BASE.length).split("?")[0]!));
  };
  vi.stubGlobal("fetch", async (url: string | URL) => new Response(await read(String(url))));
  const engine = createPagefindEngine({
    base: BASE,
    fetchJson: async <T,>(file: string) => JSON.parse((await read(BASE + file)).toString("utf8")) as T,
    loadModule: (url) => import(pathToFileURL(join(outDir, url.slice(BASE.length))).href) as Promise<PagefindModule>,
    publisherNames: async () => ({ "state-dept": "U.S. Department of State", kremlin: "President of Russia", "white-house": "The White House" }),
  });
  return { engine, fetched };
}

const noFilters = (over: Partial<SearchFilters> = {}): SearchFilters => ({ facets: emptyFacets(), from: null, to: null, speaker: null, ...over });
const ids = (r: { hits: { releaseId: string }[] }) => r.hits.map((h) => h.releaseId);
const [SHIPPING, CALL, SIGNING] = FIXTURES.map((r) => r.id) as [string, string, string];

describe("writeSearchIndex + Pagefind engine", () => {
  let outDir: string;
  let engine: SearchEngine;
  const search = (q: string, f: Partial<SearchFilters> = {}, sort: "relevance" | "date" = "relevance") => engine.search(parseQuery(q), noFilters(f), sort, 1);

  beforeAll(async () => {
    const built = await build(FIXTURES);
    expect(built.written).toBe(true);
    outDir = built.outDir;
  });
  afterEach(() => vi.unstubAllGlobals());
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it("writes one shard with the search bundle, without Pagefind's UI files", async () => {
    const list = JSON.parse(await readFile(join(outDir, "search/shards.json"), "utf8")) as ShardList;
    expect(list.shards).toEqual([{ dir: "s0", from: "2020-11-20", to: "2022-03-10", releases: 3, records: 3 }]);
    // One record per speaker and release, in a bundle of its own.
    expect(list.speakerShards).toEqual([{ dir: "k0", from: "2020-11-20", to: "2022-03-10", releases: 3, records: 5 }]);
    const files = await readdir(join(outDir, "search/s0"));
    expect(files).toContain("pagefind.js");
    expect(files.filter((f) => f.includes("-ui"))).toEqual([]);
    expect(JSON.parse(await readFile(join(outDir, "search/people/ma.json"), "utf8"))).toEqual({ "mara-quell": "Mara Quell" });
  });

  it("finds words by prefix and stem, all of them, and marks them in the snippet", async () => {
    ({ engine } = engineOver(outDir));
    const r = await search("dredg");
    expect(ids(r)).toEqual([SHIPPING]);
    expect(r.hits[0]!.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(["dredging"]);
    expect(r.hits[0]!.paragraphId).toBe("p-1");
    expect(r.hits[0]!.publisher).toBe("U.S. Department of State");
    expect(ids(await search("fisheries"))).toHaveLength(2);
    expect(ids(await search("grain energy"))).toEqual([CALL]);
    expect(ids(await search("fisheries zanzibarite"))).toEqual([]);
    expect((await search("cooperating")).total).toBe(2);
  });

  it("can warm up before the first query, which then fetches only its word chunk and results", async () => {
    const { engine: warm, fetched } = engineOver(outDir);
    await warm.prepare!();
    expect(fetched.some((u) => u.endsWith(".pf_meta"))).toBe(true);
    fetched.length = 0;
    expect((await warm.search(parseQuery("dredging"), noFilters(), "relevance", 1)).total).toBe(1);
    expect(fetched.filter((u) => /wasm|pf_meta|pagefind\.js|pf_filter/.test(u))).toEqual([]);
  });

  it("matches quoted phrases in order only", async () => {
    ({ engine } = engineOver(outDir));
    expect(ids(await search('"grain exports"')).sort()).toEqual([SHIPPING, CALL].sort());
    expect(ids(await search('"exports grain"'))).toEqual([]);
    expect(ids(await search('"grain exports" telephone'))).toEqual([CALL]);
  });

  it("restricts a query to one speaker's words and points at their paragraph", async () => {
    let fetched: string[];
    ({ engine, fetched } = engineOver(outDir));
    await search("grain");
    expect(fetched.some((u) => u.includes("/k0/"))).toBe(false);
    const r = await search("grain", { speaker: "tomas-brenn" });
    expect(ids(r)).toEqual([SHIPPING]);
    expect(r.hits[0]!.paragraphId).toBe("p-3");
    expect(r.hits[0]!.speakers).toEqual(["Tomas Brenn"]);
    expect(fetched.some((u) => u.includes("/k0/"))).toBe(true);
    // In the title and the narration, but never in Tomas Brenn's words.
    expect((await search("shipping", { speaker: "tomas-brenn" })).total).toBe(0);
    expect((await search("brenn", { speaker: "tomas-brenn" })).total).toBe(0);
  });

  it("counts facets among the results and filters with any-of within a facet", async () => {
    ({ engine } = engineOver(outDir));
    // The results come first and count only the selected facets; the full counts are asked after.
    expect((await search("grain")).facets.person).toEqual([]);
    const r = { facets: await engine.facets!(parseQuery("grain"), noFilters()) };
    expect(r.facets.person.find((v) => v.value === "mara-quell")).toEqual({ value: "mara-quell", label: "Mara Quell", count: 2 });
    expect(r.facets.year.map((v) => v.value)).toEqual(["2022", "2021"]);
    const narrowed = await engine.facets!(parseQuery("grain"), noFilters({ facets: { ...emptyFacets(), year: ["2022"] } }));
    expect(narrowed.person.map((v) => [v.value, v.count])).toEqual([["mara-quell", 1], ["tomas-brenn", 1]]);
    expect(ids(await search("grain", { facets: { ...emptyFacets(), person: ["ilse-varn"] } }))).toEqual([CALL]);
    expect((await search("fisheries", { facets: { ...emptyFacets(), person: ["ilse-varn", "tomas-brenn"] } })).total).toBe(2);
    expect((await search("grain", { facets: { ...emptyFacets(), person: ["ilse-varn"], year: ["2022"] } })).total).toBe(0);
  });

  it("filters by a date range, inclusive, and sorts by date", async () => {
    ({ engine } = engineOver(outDir));
    expect(ids(await search("fisheries", { from: "2020-11-20", to: "2021-12-31" }))).toEqual([SIGNING]);
    expect(ids(await search("fisheries", { from: "2020-11-21" }))).toEqual([SHIPPING]);
    expect(ids(await search("delegations", {}, "date"))).toEqual([SHIPPING, SIGNING]);
    expect(ids(await search("", { from: "2021-01-01" }, "date"))).toEqual([SHIPPING, CALL]);
  });

  it("answers bad queries with no results instead of an error", async () => {
    ({ engine } = engineOver(outDir));
    for (const q of ["", "the of and", '"unbalanced', "* ( ) [ ] < > &", "x".repeat(1000), '""']) {
      await expect(search(q)).resolves.toMatchObject({ page: 1 });
    }
    expect((await search('"fisheries')).total).toBe(2);
  });
});

describe("sharded index", () => {
  let outDir: string;
  beforeAll(async () => {
    ({ outDir } = await build(FIXTURES, 1));
  });
  afterEach(() => vi.unstubAllGlobals());
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it("splits by year, merges results in the browser and keeps date order across shards", async () => {
    const list = JSON.parse(await readFile(join(outDir, "search/shards.json"), "utf8")) as ShardList;
    expect(list.shards.map((s) => [s.dir, s.from])).toEqual([
      ["s0", "2022-03-10"],
      ["s1", "2021-07-01"],
      ["s2", "2020-11-20"],
    ]);
    const { engine } = engineOver(outDir);
    const all = await engine.search(parseQuery("fisheries grain delegations"), noFilters(), "relevance", 1);
    expect(ids(all)).toEqual([SHIPPING]);
    const byDate = await engine.search(parseQuery("fisheries"), noFilters(), "date", 1);
    expect(ids(byDate)).toEqual([SHIPPING, SIGNING]);
    const years = await engine.facets!(parseQuery("fisheries"), noFilters());
    expect(years.year.map((y) => [y.value, y.count])).toEqual([["2022", 1], ["2020", 1]]);
    const grain = await engine.search(parseQuery("grain"), noFilters(), "date", 1);
    expect(ids(grain)).toEqual([SHIPPING, CALL]);
    const old = await engine.search(parseQuery("fisheries"), noFilters({ facets: { ...emptyFacets(), year: ["2020"] } }), "date", 1);
    expect(ids(old)).toEqual([SIGNING]);
  });

  it("answers the first query from the newest shard alone, then from all once they are merged", async () => {
    const { engine, fetched } = engineOver(outDir);
    const first = await engine.search(parseQuery("fisheries"), noFilters(), "relevance", 1);
    expect(ids(first)).toEqual([SHIPPING]);
    expect(first.partialFrom).toBe("2022-03-10");
    expect(fetched.filter((u) => u.includes("/s1/") || u.includes("/s2/"))).toEqual([]);
    await engine.complete!();
    const all = await engine.search(parseQuery("fisheries"), noFilters(), "relevance", 1);
    expect(ids(all).sort()).toEqual([SHIPPING, SIGNING].sort());
    expect(all.partialFrom).toBeUndefined();
  });

  it("waits for every shard when the newest one cannot answer the filters", async () => {
    const { engine } = engineOver(outDir);
    const old = await engine.search(parseQuery("fisheries"), noFilters({ facets: { ...emptyFacets(), year: ["2020"] } }), "relevance", 1);
    expect(ids(old)).toEqual([SIGNING]);
    expect(old.partialFrom).toBeUndefined();
  });

  it("names the release when one is missing from the summaries", async () => {
    const out = await mkdtemp(join(tmpdir(), "readout-search-"));
    const stray = { ...FIXTURES[0]!, id: "2022-01-01-stray-dddddd" };
    await expect(
      writeSearchIndex({ outDir: out, summaries: summariesOf(FIXTURES), releases: async function* () { yield stray; } }),
    ).rejects.toThrow(/2022-01-01-stray-dddddd \(fixtures\/2022-03-10-talks-on-river-shipping-aaaaaa\.json\) is not in the summaries/);
    await rm(out, { recursive: true, force: true });
  });
});

describe("dateRangeCover", () => {
  it("covers a range exactly with years, months and days", () => {
    expect(dateRangeCover("2020-12-30", "2022-02-01")).toEqual([
      { day: "2020-12-30" },
      { day: "2020-12-31" },
      { year: "2021" },
      { month: "2022-01" },
      { day: "2022-02-01" },
    ]);
  });
});
