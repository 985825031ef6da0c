import { describe, expect, it } from "vitest";
import type { SearchEngine, SearchFilters, SearchResults } from "../../../src/features/search/engine.ts";
import { backoffPrefixes, parseQuery } from "../../../src/features/search/query.ts";
import { createStaticEngine, planExpansions } from "../../../src/features/search/static-engine.ts";
import { emptyFacets, type SortOrder } from "../../../src/features/search/url-state.ts";
import type { Release } from "../../../src/lib/corpus-schema.ts";
import { corpusFiles } from "../../../src/lib/corpus-files.ts";
import type { DictEntry } from "../../../src/lib/search-format.ts";
import { termOf } from "../../../src/lib/search-text.ts";
import { BRIEFING, CALL, fixtureCorpus, fixtureRelease, FIXTURES, para, PRESS, SHIPPING, SIGNING, UNDATED } from "./fixtures.ts";

class Missing extends Error {}

/** The engine over an in-memory corpus, recording every file it fetches; `fail` makes a fetch fail once. */
function engineOver(files: Map<string, string | Uint8Array>, hold?: { prefix: string; until: Promise<void> }) {
  const fetched: string[] = [];
  const failing = new Set<string>();
  const get = async (path: string) => {
    fetched.push(path);
    if (hold && path.startsWith(hold.prefix)) await hold.until;
    if (failing.delete(path)) throw new Error(`network down for ${path}`);
    const data = files.get(path);
    if (data === undefined) throw new Missing(path);
    return data;
  };
  const engine = createStaticEngine({
    fetchJson: async <T,>(path: string) => JSON.parse(String(await get(path))) as T,
    fetchBytes: async (path) => {
      const data = await get(path);
      return typeof data === "string" ? new TextEncoder().encode(data) : data;
    },
    loadRelease: async (id) => JSON.parse(String(await get(corpusFiles.release(id)))) as Release,
    isMissing: (e) => e instanceof Missing,
  });
  return { engine, fetched, fail: (path: string) => failing.add(path) };
}

const filters = (over: Partial<Omit<SearchFilters, "facets">> & { facets?: Partial<SearchFilters["facets"]> } = {}): SearchFilters => ({
  from: null,
  to: null,
  speaker: null,
  ...over,
  facets: { ...emptyFacets(), ...over.facets },
});
const ids = (r: SearchResults) => r.hits.map((h) => h.releaseId);
const marks = (r: SearchResults, i = 0) => r.hits[i]!.snippet.filter((p) => p.mark).map((p) => p.text);
const counts = (r: SearchResults | SearchResults["facets"], facet: keyof SearchResults["facets"]) =>
  Object.fromEntries(("facets" in r ? r.facets : r)[facet].map((v) => [v.value, v.count]));

describe("planExpansions", () => {
  const entry = (term: string, df: number): DictEntry => [term, df, 0, 0, 1];
  const shard = [entry("meet", 40), entry("meeti", 1), entry("meetinghous", 2), entry("meetup", 5), entry("melt", 9), entry("presid", 30), entry("presidenti", 3)];
  const terms = (out: DictEntry[]) => out.map((e) => e[0]);

  it("takes the word's own term first", () => {
    expect(terms(planExpansions([shard], "melt", null))).toEqual(["melt"]);
    expect(terms(planExpansions([shard], "molten", null))).toEqual([]);
  });

  it("adds the terms the typed word starts, commonest first", () => {
    expect(terms(planExpansions([shard], "meetup", "meetu"))).toEqual(["meetup"]);
    expect(terms(planExpansions([shard], "meet", "meet"))).toEqual(["meet", "meetup", "meetinghous", "meeti"]);
  });

  it("adds the longest term the word starts with, 4+ characters and at most 4 shorter than the word", () => {
    const plan = (word: string) => terms(planExpansions([shard], termOf(word), word, backoffPrefixes(word)));
    expect(plan("presiden")).toEqual(["presid", "presidenti"]);
    // "meetin" backs off to "meeti" (the longest such term), not to "meet".
    expect(plan("meetin")).toEqual(["meeti", "meetinghous"]);
    // Too far: "melt" is 5 characters shorter than "meltdowns".
    expect(plan("meltdowns")).toEqual([]);
    expect(plan("meltdown")).toEqual(["melt"]);
    // Too short: a 3-letter term is never a backoff.
    expect(terms(planExpansions([[entry("mel", 3)]], "melo", "melo", backoffPrefixes("melo")))).toEqual([]);
  });
});

describe("static search engine over an index built from fixture releases", () => {
  const files = fixtureCorpus();
  // The answer as the page ends up showing it: rows first, then their snippets (details).
  const run = async (engine: SearchEngine, q: string, f: SearchFilters = filters(), sort: SortOrder = "relevance", page = 1) => {
    const r = await engine.search(parseQuery(q), f, sort, page);
    return r.detailsPending ? { ...r, hits: await engine.details!(parseQuery(q), f, r.hits) } : r;
  };

  it("answers the count and the rows from the index alone, then fills snippets in from the release files", async () => {
    const { engine, fetched } = engineOver(files);
    const rows = await engine.search(parseQuery("grain energy"), filters(), "relevance", 1);
    expect(rows.total).toBe(1);
    expect(rows.detailsPending).toBe(true);
    expect(rows.hits).toEqual([
      {
        releaseId: CALL,
        title: "Call with the Prime Minister of Estmark",
        date: "2021-07-01",
        publisher: "Estmark Palace",
        speakers: ["Ilse Varn", "Mara Quell"],
        kind: "call",
        snippet: [],
        paragraphId: null,
      },
    ]);
    expect(fetched.filter((f) => f.startsWith("releases/"))).toEqual([]);
    const [hit] = await engine.details!(parseQuery("grain energy"), filters(), rows.hits);
    expect(hit).toMatchObject({ releaseId: CALL, title: "Call with the Prime Minister of Estmark", paragraphId: "p-1" });
    expect(hit!.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(["grain", "energy"]);
    expect(fetched.filter((f) => f.startsWith("releases/"))).toEqual([corpusFiles.release(CALL)]);
  });

  it("answers a one-word best-match page from the postings, whose entries carry their best rows, with no docs file", async () => {
    const { engine, fetched } = engineOver(files);
    const r = await engine.search(parseQuery("grain"), filters(), "relevance", 1);
    expect(r.total).toBe(4);
    // The right releases, not only rows consistent with themselves.
    expect(new Set(ids(r))).toEqual(new Set(FIXTURES.filter((f) => f.paragraphs.some((p) => /\bgrain\b/i.test(p.text))).map((f) => f.id)));
    expect(r.hits.map((h) => h.title)).toEqual(r.hits.map((h) => FIXTURES.find((f) => f.id === h.releaseId)!.title));
    expect(fetched.filter((f) => f.startsWith("search/docs/"))).toEqual([]);
    // Rows no entry has brought (a filter alone matches no word) come from the docs files.
    const fresh = engineOver(files);
    const byFilter = await fresh.engine.search(parseQuery(""), filters({ facets: { publisher: ["state-dept"] } }), "relevance", 1);
    expect(byFilter.total).toBeGreaterThan(0);
    expect(byFilter.hits.map((h) => h.title)).toEqual(byFilter.hits.map((h) => FIXTURES.find((f) => f.id === h.releaseId)!.title));
    expect(fresh.fetched.some((f) => f.startsWith("search/docs/"))).toBe(true);
  });

  it("matches a half-typed word longer than its stem through the longest term it starts with", async () => {
    const { engine } = engineOver(files);
    // "shippin" is no term and starts none; "shipping" is indexed as "ship".
    const r = await run(engine, "shippin");
    expect(ids(r)).toEqual([SHIPPING]);
    expect(marks(r)).toEqual(["shipping"]);
    expect(ids(await run(engine, "telephon"))).toEqual([CALL]);
  });

  it("requires every word (AND) and says so with no result when one is unknown", async () => {
    const { engine } = engineOver(files);
    expect(new Set(ids(await run(engine, "grain exports")))).toEqual(new Set([SHIPPING, CALL, PRESS]));
    expect(ids(await run(engine, "grain energy"))).toEqual([CALL]);
    const none = await run(engine, "grain zanzibar");
    expect(none.total).toBe(0);
    expect(none.hits).toEqual([]);
  });

  it("matches a typed prefix of three letters or more, and marks the completed word", async () => {
    const { engine } = engineOver(files);
    const r = await run(engine, "dredg");
    expect(ids(r)).toEqual([SHIPPING]);
    expect(marks(r)).toEqual(["dredging"]);
    expect(r.hits[0]!.paragraphId).toBe("p-1");
    expect(new Set(ids(await run(engine, "lighth")))).toEqual(new Set([PRESS, UNDATED]));
    // Two letters match whole words only.
    expect((await run(engine, "dr")).total).toBe(0);
  });

  it("finds other forms of a word through its stem", async () => {
    const { engine } = engineOver(files);
    const r = await run(engine, "talks");
    expect(new Set(ids(r))).toEqual(new Set([SHIPPING, PRESS, BRIEFING]));
    const press = r.hits.find((h) => h.releaseId === PRESS)!;
    expect(press.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(["talked"]);
  });

  it("matches a phrase only where its words stand side by side", async () => {
    const { engine } = engineOver(files);
    // The press remarks say "exports of grain": both words, not adjacent.
    expect(new Set(ids(await run(engine, '"grain exports"')))).toEqual(new Set([SHIPPING, CALL]));
    expect(ids(await run(engine, '"exports of grain"'))).toEqual([PRESS]);
    expect((await run(engine, '"exports grain"')).total).toBe(0);
    // Words and a phrase together: both must hold.
    expect(ids(await run(engine, 'energy "grain exports"'))).toEqual([CALL]);
  });

  it("combines facet values: any of one facet, all of different facets", async () => {
    const { engine } = engineOver(files);
    const valdoria = await run(engine, "", filters({ facets: { country: ["valdoria"] } }));
    expect(ids(valdoria)).toEqual([SHIPPING, PRESS, SIGNING]);
    const either = await run(engine, "", filters({ facets: { country: ["valdoria", "estmark"] } }));
    expect(ids(either)).toEqual([SHIPPING, CALL, PRESS, SIGNING, BRIEFING]);
    const both = await run(engine, "", filters({ facets: { country: ["valdoria"], person: ["mara-quell"] } }));
    expect(ids(both)).toEqual([SHIPPING]);
    // A label as some links carry it ("Valdoria") finds the same value file as its slug.
    expect(new Set(ids(await run(engine, "grain", filters({ facets: { country: ["Valdoria"] } }))))).toEqual(new Set([SHIPPING, PRESS]));
    // A value the corpus does not have matches nothing, without an error.
    expect((await run(engine, "grain", filters({ facets: { person: ["nobody-at-all"] } }))).total).toBe(0);
  });

  it("filters by year and by an inclusive date range; undated releases only without one", async () => {
    const { engine } = engineOver(files);
    expect(ids(await run(engine, "", filters({ facets: { year: ["2021"] } })))).toEqual([CALL, PRESS]);
    expect(ids(await run(engine, "", filters({ facets: { year: ["2021", "2019"] } })))).toEqual([CALL, PRESS, BRIEFING]);
    expect(ids(await run(engine, "", filters({ from: "2020-01-01", to: "2021-07-01" })))).toEqual([CALL, PRESS, SIGNING]);
    expect(ids(await run(engine, "northern", filters({ to: "2021-12-31" })))).toEqual([SIGNING]);
    expect(new Set(ids(await run(engine, "northern")))).toEqual(new Set([SHIPPING, SIGNING, UNDATED]));
  });

  it("ranks title words higher, and sorts by date newest first when asked", async () => {
    const { engine } = engineOver(files);
    // "harbour" is in the briefing's title and in a paragraph of the (newer) press remarks.
    expect(ids(await run(engine, "harbour"))).toEqual([BRIEFING, PRESS]);
    expect(ids(await run(engine, "harbour", filters(), "date"))).toEqual([PRESS, BRIEFING]);
    expect(ids(await run(engine, "grain", filters(), "date"))).toEqual([SHIPPING, CALL, PRESS, BRIEFING]);
  });

  it("searches only one speaker's words and opens each result at that person's paragraph", async () => {
    const { engine } = engineOver(files);
    // Grain is in Mara Quell's words only in the call; in the shipping talks Tomas Brenn says it.
    const grain = await run(engine, "grain", filters({ speaker: "mara-quell" }));
    expect(ids(grain)).toEqual([CALL]);
    expect(grain.hits[0]).toMatchObject({ paragraphId: "p-3", speakers: ["Mara Quell"] });
    expect(marks(grain)).toEqual(["grain"]);
    // "Talks" in a title is not her word; in the briefing she says it.
    const talks = await run(engine, "talks", filters({ speaker: "mara-quell" }));
    expect(ids(talks)).toEqual([BRIEFING]);
    expect(talks.hits[0]!.paragraphId).toBe("p-2");
    // No words: every release where the person speaks, newest first, at their first paragraph.
    const all = await run(engine, "", filters({ speaker: "tomas-brenn" }));
    expect(all.hits.map((h) => [h.releaseId, h.paragraphId])).toEqual([
      [SHIPPING, "p-3"],
      [SIGNING, "p-2"],
    ]);
    expect(ids(await run(engine, "grain", filters({ speaker: "tomas-brenn", facets: { year: ["2020"] } })))).toEqual([]);
    expect((await run(engine, "grain", filters({ speaker: "no-such-person" }))).total).toBe(0);
  });

  it("counts facet values exactly: years at once, the rest once the columns are in, then with every answer", async () => {
    const { engine, fetched } = engineOver(files);
    const first = await run(engine, "grain");
    expect(first.total).toBe(4);
    expect(first.countsPartial).toBe(true);
    expect(counts(first, "year")).toEqual({ "2022": 1, "2021": 2, "2019": 1 });
    expect(first.facets.person).toEqual([]);
    // The first answer fetched no facet column.
    expect(fetched.filter((f) => f.includes("columns/"))).toEqual([]);

    const full = await engine.facets!(parseQuery("grain"), filters());
    expect(counts(full, "person")).toEqual({ "mara-quell": 3, "ilse-varn": 2, "tomas-brenn": 1 });
    expect(counts(full, "country")).toEqual({ estmark: 3, valdoria: 2 });
    expect(counts(full, "kind")).toEqual({ talks: 1, call: 1, press: 2 });
    expect(full.kind.find((v) => v.value === "press")?.label).toMatch(/press/i);
    expect(full.person.find((v) => v.value === "ilse-varn")?.label).toBe("Ilse Varn");
    expect(full.publisher.find((v) => v.value === "white-house")?.label).toBe("Harbour Office");

    const later = await run(engine, "grain", filters({ facets: { person: ["ilse-varn"] } }));
    expect(later.countsPartial).toBeUndefined();
    expect(ids(later)).toEqual([CALL, PRESS]);
    expect(counts(later, "person")).toEqual({ "mara-quell": 1, "ilse-varn": 2 });
    expect(counts(later, "year")).toEqual({ "2021": 2 });
  });

  it("counts a selected value before the columns are loaded", async () => {
    const { engine } = engineOver(files);
    const r = await run(engine, "grain", filters({ facets: { person: ["tomas-brenn"] } }));
    expect(r.countsPartial).toBe(true);
    expect(r.facets.person).toEqual([{ value: "tomas-brenn", label: "Tomas Brenn", count: 1 }]);
  });

  it("answers nothing for an empty query or only common words, and fetches nothing for them", async () => {
    const { engine, fetched } = engineOver(files);
    expect((await run(engine, "")).total).toBe(0);
    expect((await run(engine, "the of and")).total).toBe(0);
    expect((await run(engine, "the of", filters({ facets: { year: ["2021"] } }))).total).toBe(0);
    expect(fetched).toEqual([]);
  });

  it("fetches only what a query needs, each file once", async () => {
    const { engine, fetched } = engineOver(files);
    await run(engine, "grain");
    await run(engine, "grain", filters(), "date");
    expect(fetched.length).toBe(new Set(fetched).size);
    expect(fetched.filter((f) => f.startsWith("search/r/d/"))).toHaveLength(1);
    expect(fetched.some((f) => f.startsWith("search/s/"))).toBe(false);
  });

  it("warms up with the shard and postings of the words typed so far, which the search then reuses", async () => {
    const { engine, fetched } = engineOver(files);
    await engine.prepare!(parseQuery("grain e"));
    expect(fetched[0]).toBe("search/meta.json");
    expect(fetched).toContain("search/r/d/gr.json");
    expect(fetched.some((f) => f.startsWith("search/r/p/"))).toBe(true);
    // "e" alone is the start of a word still being typed: nothing is fetched for it.
    expect(fetched.some((f) => f.startsWith("search/r/d/e"))).toBe(false);
    // The postings carry the rows "grain" shows first, so the answer to Enter fetches nothing more.
    const before = fetched.length;
    await engine.search(parseQuery("grain"), filters(), "relevance", 1);
    expect(fetched.slice(before)).toEqual([]);
  });

  it("warms a word of four letters or more with all its completions, so Enter fetches no index file", async () => {
    const { engine, fetched } = engineOver(files);
    // "lighth" is no term of its own; its completions are.
    await engine.prepare!(parseQuery("lighth"));
    const before = fetched.length;
    const r = await engine.search(parseQuery("lighth"), filters(), "relevance", 1);
    expect(r.total).toBe(2);
    expect(fetched.slice(before)).toEqual([]);
  });

  it("works out the answer while typing once every word is four letters or more, so Enter fetches nothing", async () => {
    const byPublisher = filters({ facets: { publisher: ["state-dept"] } });
    const { engine, fetched } = engineOver(files);
    await engine.prepare!(parseQuery("grain exports"), byPublisher, "relevance");
    // The answer needs the filter's positions too, which only working it out fetches.
    expect(fetched.some((f) => f.startsWith("facets/publisher/"))).toBe(true);
    const before = fetched.length;
    const r = await engine.search(parseQuery("grain exports"), byPublisher, "relevance", 1);
    expect(r.total).toBeGreaterThan(0);
    expect(fetched.slice(before)).toEqual([]);
    // Without the page's filters, or with a word still short, typing only fetches index files.
    const other = engineOver(files);
    await other.engine.prepare!(parseQuery("grain exports"));
    await other.engine.prepare!(parseQuery("grain ex"), byPublisher);
    expect(other.fetched.some((f) => !f.startsWith("search/"))).toBe(false);
  });

  it("forgets a failed fetch, so the next search can succeed", async () => {
    const { engine, fail } = engineOver(files);
    fail("search/meta.json");
    await expect(run(engine, "grain")).rejects.toThrow(/network down/);
    expect((await run(engine, "grain")).total).toBe(4);
    const other = engineOver(files);
    for (const f of files.keys()) if (f.startsWith("search/r/p/")) other.fail(f);
    await expect(run(other.engine, "timber")).rejects.toThrow(/network down/);
    expect(ids(await run(other.engine, "timber"))).toEqual([PRESS]);
  });

  it("pages through many results in rank order and stops at the last page", async () => {
    // 25 invented releases: release i mentions "bridge" i+1 times, so higher i ranks higher.
    const many = Array.from({ length: 25 }, (_, i) =>
      fixtureRelease({
        id: `2018-01-${String(i + 1).padStart(2, "0")}-bridge-report-${i}`,
        title: `Report ${i}`,
        date: `2018-01-${String(i + 1).padStart(2, "0")}`,
        paragraphs: [para(1, `${"bridge ".repeat(i + 1)}inspection finished.`)],
      }),
    );
    const { engine, fetched } = engineOver(fixtureCorpus([...FIXTURES, ...many]));
    // The first page's rows are the ones the entry of "bridge" carries; the later pages need docs files.
    const first = await engine.search(parseQuery("bridge"), filters(), "relevance", 1);
    expect(first.hits.map((h) => h.title)).toEqual(["Report 24", "Report 23", "Report 22", "Report 21", "Report 20", "Report 19", "Report 18", "Report 17", "Report 16", "Report 15"]);
    expect(fetched.filter((f) => f.startsWith("search/docs/"))).toEqual([]);
    const pages = await Promise.all([1, 2, 3].map((p) => run(engine, "bridge", filters(), "relevance", p)));
    expect(fetched.some((f) => f.startsWith("search/docs/"))).toBe(true);
    expect(pages.map((p) => p.total)).toEqual([25, 25, 25]);
    const order = pages.flatMap(ids);
    expect(order).toEqual([...many].reverse().map((r) => r.id));
    const beyond = await run(engine, "bridge", filters(), "relevance", 9);
    expect(beyond.page).toBe(3);
    expect(ids(beyond)).toEqual(ids(pages[2]!));
    const byDate = await run(engine, "bridge", filters(), "date", 1);
    expect(ids(byDate)[0]).toBe(many[24]!.id);
  });
});
