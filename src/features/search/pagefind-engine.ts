import { emptyResults, PAGE_SIZE, type FacetValueCount, type SearchEngine, type SearchFilters, type SearchHit, type SearchResults } from "./engine.ts";
import { kindLabel } from "../../components/format.ts";
import { decodeRecordUrl, paragraphAt, peoplePrefix, searchFiles, type ShardInfo, type ShardList } from "../../lib/search-index-format.ts";
import type { ParsedQuery } from "./query.ts";
import { buildSnippet } from "./snippet.ts";
import { SEARCH_FACETS, type SearchFacet, type SortOrder } from "./url-state.ts";

/** The part of Pagefind's browser API (pagefind.js, 1.x) this engine uses. */
type PagefindFilter = string | { any: PagefindFilter[] } | Record<string, unknown>;
interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  locations: number[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindInstance {
  search(term: string | null, options: { filters?: Record<string, unknown>; sort?: Record<string, "asc" | "desc"> }): Promise<PagefindResponse>;
  mergeIndex(indexPath: string): Promise<void>;
}
export interface PagefindModule {
  createInstance(options: { basePath: string }): PagefindInstance;
}

interface ShardSet {
  /** Every shard of the set, newest first. */
  all: ShardInfo[];
  /** The shards merged so far: a prefix of `all`. */
  shards: ShardInfo[];
  pf: PagefindInstance;
  merging: Promise<void> | null;
  /** Whether a search has been answered (only the first may be partial). */
  answered: boolean;
}

export interface PagefindEngineOptions {
  /** URL of the corpus root, ending in "/" (CORPUS_BASE in the app). */
  base: string;
  /** Loads a corpus JSON file by its path under the corpus root. */
  fetchJson: <T>(file: string) => Promise<T>;
  /** Loads pagefind.js; the app uses a dynamic import, tests may pass the module directly. */
  loadModule: (url: string) => Promise<PagefindModule>;
  /** Display names of publishers by id (from the manifest). */
  publisherNames?: () => Promise<Record<string, string>>;
}

/** How many values of each facet the page shows at most (plus any selected ones). */
export const FACET_LIMIT = 12;

/**
 * Pagefind, split into shards by years (see docs/search.md). Within a set of shards the first is
 * the primary index and the others are merged into it (one WebAssembly instance, one worker).
 * Pagefind ranks merged results by score, which is right for relevance; for date order each shard
 * is asked on its own (the `shard` filter) and the answers are concatenated, newest shard first.
 * Speaker records are a second set, loaded only by the first search restricted to a speaker.
 */
export function createPagefindEngine(options: PagefindEngineOptions): SearchEngine {
  let list: Promise<ShardList> | null = null;
  const sets = new Map<"releases" | "speakers", Promise<ShardSet | null>>();
  const names = new Map<string, Promise<Record<string, string>>>();
  const knownWords = new Map<object, Set<string>>();

  const shardList = () =>
    (list ??= options.fetchJson<ShardList>(searchFiles.shards()).catch((e: unknown) => {
      list = null;
      throw e;
    }));

  // Only the newest shard is opened for the first query, so it fetches one shard's metadata; the
  // older shards are merged when the UI calls complete() (once the first results are on screen)
  // or at the latest by the next query, which then searches them all.
  const openSet = (which: "releases" | "speakers") => {
    let hit = sets.get(which);
    if (!hit) {
      hit = (async () => {
        const all = await shardList();
        const shards = which === "releases" ? all.shards : (all.speakerShards ?? []);
        if (shards.length === 0) return null;
        // Each set imports pagefind.js from its own folder, so each gets its own module and
        // WebAssembly instance: two primary indexes in one module would share and corrupt its memory.
        const mod = await options.loadModule(shardBase(shards[0]!) + "pagefind.js");
        const pf = mod.createInstance({ basePath: shardBase(shards[0]!) });
        return { all: shards, shards: shards.slice(0, 1), pf, merging: null, answered: false };
      })();
      hit.catch(() => sets.delete(which));
      sets.set(which, hit);
    }
    return hit;
  };
  const shardBase = (s: ShardInfo) => options.base + searchFiles.shardBase(s.dir);
  const finishSet = (set: ShardSet) =>
    (set.merging ??= (async () => {
      for (const s of set.all.slice(set.shards.length)) await set.pf.mergeIndex(shardBase(s));
      set.shards = set.all;
    })());

  const personNames = async (ids: string[]) => {
    const prefixes = [...new Set(ids.map(peoplePrefix))];
    const maps = await Promise.all(
      prefixes.map((p) => {
        let hit = names.get(p);
        if (!hit) {
          hit = options.fetchJson<Record<string, string>>(searchFiles.peopleNames(p)).catch(() => ({}));
          names.set(p, hit);
        }
        return hit;
      }),
    );
    return Object.assign({}, ...maps) as Record<string, string>;
  };

  /**
   * Every release matching the query and filters, best first or newest first. With `withCounts`
   * each facet's filter chunk is loaded so Pagefind counts its values; without, only the selected
   * facets are counted, which keeps the first answer small.
   */
  const run = async (query: ParsedQuery, filters: SearchFilters, sort: SortOrder, withCounts: boolean) => {
    const hasText = query.terms.length > 0 || query.phrases.length > 0;
    const hasFilter = SEARCH_FACETS.some((f) => filters.facets[f].length > 0) || !!filters.from || !!filters.to || !!filters.speaker;
    if (!hasText && (query.onlyStopWords || !hasFilter)) return null;

    const set = await openSet(filters.speaker ? "speakers" : "releases");
    if (!set) return null;
    // Searching while shards are being merged could reach a half-initialised one: wait instead.
    // A search the newest shard cannot answer (older years) waits for all of them too.
    // Only the very first search is answered from the newest shard alone.
    if (set.merging || set.answered || !shardOverlaps(set.all[0]!, filters)) await finishSet(set);
    set.answered = true;
    const { shards, pf } = set;
    const narrowing = toPagefindFilters(filters, shards);
    const base = withCounts ? { ...countAll(), ...narrowing } : narrowing;
    const known = (knownWords.get(set) ?? knownWords.set(set, new Set()).get(set))!;
    const ask = async (extra: Record<string, unknown>) => {
      const sorted = sort === "date" ? { sort: { date: "desc" as const } } : {};
      const opts = { filters: { ...base, ...extra }, ...sorted };
      const searches: Promise<PagefindResponse>[] = [];
      if (query.terms.length > 0 || !hasText) searches.push(pf.search(hasText ? query.terms.join(" ") : null, opts));
      // Pagefind drops a word its index has never seen instead of failing the query, so a word
      // not yet seen is also asked alone: a release must be in every answer to count. With one
      // shard, a word seen once is in the index for good; merged shards may each lack it.
      if (query.terms.length > 1) {
        for (const t of query.terms) {
          if (set.all.length === 1 && known.has(t)) continue;
          searches.push(
            pf.search(t, { filters: { ...narrowing, ...extra } }).then((r) => {
              if (r.results.length > 0) known.add(t);
              return r;
            }),
          );
        }
      }
      for (const phrase of query.phrases) searches.push(pf.search(`"${phrase.join(" ")}"`, opts));
      return intersect(await Promise.all(searches));
    };

    let answers: { results: PagefindResult[]; filters: PagefindResponse["filters"] }[];
    if (sort === "date" && shards.length > 1) {
      answers = await Promise.all(shards.filter((s) => shardOverlaps(s, filters)).map((s) => ask({ shard: s.dir })));
    } else {
      answers = [await ask({})];
    }
    const counts: Record<string, Map<string, number>> = {};
    for (const a of answers) {
      for (const [facet, values] of Object.entries(a.filters)) {
        const m = (counts[facet] ??= new Map());
        for (const [value, n] of Object.entries(values)) m.set(value, (m.get(value) ?? 0) + n);
      }
    }
    const partial = shards.length < set.all.length;
    return { matched: answers.flatMap((a) => a.results), counts, partial, coveredFrom: shards[shards.length - 1]?.from ?? null };
  };

  return {
    async complete() {
      await Promise.all(
        [...sets.values()].map(async (p) => {
          const set = await p.catch(() => null);
          if (set) await finishSet(set);
        }),
      );
    },
    async prepare() {
      const set = await openSet("releases");
      // A filter-only search loads the search core, the metadata and the facet chunks.
      if (set) await set.pf.search(null, { filters: countAll() });
    },
    async search(query: ParsedQuery, filters: SearchFilters, sort: SortOrder, page: number): Promise<SearchResults> {
      const answer = await run(query, filters, sort, false);
      if (!answer) return emptyResults(page);
      const { matched, counts } = answer;
      const lastPage = Math.max(1, Math.ceil(matched.length / PAGE_SIZE));
      const current = Math.min(page, lastPage);
      const slice = matched.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
      const publishers = options.publisherNames ? options.publisherNames().catch(() => ({}) as Record<string, string>) : Promise.resolve({});
      // Labels and the shown results' text are fetched at the same time.
      const [facets, hits] = await Promise.all([
        facetCounts(counts, filters, personNames, options.publisherNames),
        Promise.all(slice.map(async (m) => toHit(await m.data(), await publishers))),
      ]);
      return { total: matched.length, page: current, pageSize: PAGE_SIZE, hits, facets, ...(answer.partial ? { partialFrom: answer.coveredFrom ?? "" } : {}) };
    },
    async facets(query: ParsedQuery, filters: SearchFilters) {
      const answer = await run(query, filters, "relevance", true);
      return facetCounts(answer?.counts ?? {}, filters, personNames, options.publisherNames);
    },
  };
}

/** Results in every response (all words, each phrase), with the scores and facet counts of the first. */
function intersect(responses: PagefindResponse[]): { results: PagefindResult[]; filters: PagefindResponse["filters"] } {
  const [first, ...rest] = responses;
  if (!first) return { results: [], filters: {} };
  if (rest.length === 0) return { results: first.results, filters: first.filters };
  const keep = rest.reduce((ids, r) => {
    const these = new Set(r.results.map((x) => x.id));
    return new Set([...ids].filter((id) => these.has(id)));
  }, new Set(first.results.map((x) => x.id)));
  // The first answer's counts cover its results; a phrase can only narrow them, so counts are
  // an upper bound when a phrase is combined with words (said in docs/search.md).
  return { results: first.results.filter((x) => keep.has(x.id)), filters: keep.size === 0 ? {} : first.filters };
}


function toHit(fragment: PagefindFragment, publishers: Record<string, string>): SearchHit {
  const info = decodeRecordUrl(fragment.url, fragment.meta);
  const locations = fragment.locations ?? [];
  const first = locations.length ? Math.min(...locations) : null;
  return {
    releaseId: info.id,
    title: info.title,
    date: info.date || null,
    publisher: publishers[info.publisher] ?? info.publisher,
    speakers: info.speakers,
    kind: info.kind,
    snippet: buildSnippet(fragment.content ?? "", locations),
    paragraphId: first === null ? (info.offsets[0]?.id ?? null) : paragraphAt(info.offsets, first),
  };
}

async function facetCounts(
  counts: Record<string, Map<string, number>>,
  filters: SearchFilters,
  personNames: (ids: string[]) => Promise<Record<string, string>>,
  publisherNames?: () => Promise<Record<string, string>>,
): Promise<Record<SearchFacet, FacetValueCount[]>> {
  const top: Record<SearchFacet, [string, number][]> = { person: [], country: [], organisation: [], publisher: [], kind: [], year: [] };
  for (const facet of SEARCH_FACETS) {
    const m = counts[facet] ?? new Map<string, number>();
    const selected = new Set(filters.facets[facet]);
    const entries = [...m.entries()].filter(([v, n]) => n > 0 || selected.has(v));
    entries.sort((a, b) => (facet === "year" ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0])));
    const shown = entries.slice(0, FACET_LIMIT);
    for (const v of selected) if (!shown.some(([x]) => x === v)) shown.push([v, m.get(v) ?? 0]);
    top[facet] = shown;
  }
  const people = top.person.length ? await personNames(top.person.map(([v]) => v)) : {};
  const publishers = top.publisher.length && publisherNames ? await publisherNames().catch(() => ({}) as Record<string, string>) : {};
  const label = (facet: SearchFacet, v: string) =>
    facet === "person" ? (people[v] ?? v) : facet === "publisher" ? (publishers[v] ?? v) : facet === "kind" ? kindLabel(v) : v;
  const out = {} as Record<SearchFacet, FacetValueCount[]>;
  for (const facet of SEARCH_FACETS) out[facet] = top[facet].map(([value, count]) => ({ value, label: label(facet, value), count }));
  return out;
}

function shardOverlaps(shard: ShardInfo, f: SearchFilters): boolean {
  const years = f.facets.year;
  if (!shard.from || !shard.to) return years.length === 0 && !f.from && !f.to;
  if (f.from && shard.to < f.from) return false;
  if (f.to && shard.from > f.to) return false;
  if (years.length && !years.some((y) => y >= shard.from!.slice(0, 4) && y <= shard.to!.slice(0, 4))) return false;
  return true;
}

/** Matches every record, but makes Pagefind load each facet's chunk so it reports their counts. */
function countAll(): Record<string, unknown> {
  return Object.fromEntries(SEARCH_FACETS.map((f) => [f, { none: [] }]));
}

export function toPagefindFilters(f: SearchFilters, shards: readonly ShardInfo[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const facet of SEARCH_FACETS) if (f.facets[facet].length) out[facet] = { any: f.facets[facet] };
  if (f.speaker) out.speaker = f.speaker;
  if (f.from || f.to) {
    const dated = shards.filter((s) => s.from && s.to);
    const min = f.from ?? dated.map((s) => s.from!).sort()[0] ?? "1900-01-01";
    const max = f.to ?? dated.map((s) => s.to!).sort().pop() ?? "2100-12-31";
    out.any = dateRangeCover(min, max);
  }
  return out;
}

/**
 * The fewest year, month and day filter values that together cover [from, to] exactly, because
 * Pagefind filters match values, not ranges.
 */
export function dateRangeCover(from: string, to: string): PagefindFilter[] {
  const out: PagefindFilter[] = [];
  let cur = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  let guard = 0;
  while (cur <= end && guard++ < 1000) {
    const y = cur.getUTCFullYear();
    const m = cur.getUTCMonth();
    const yearEnd = new Date(Date.UTC(y, 11, 31));
    const monthEnd = new Date(Date.UTC(y, m + 1, 0));
    if (m === 0 && cur.getUTCDate() === 1 && yearEnd <= end) {
      out.push({ year: String(y) });
      cur = new Date(Date.UTC(y + 1, 0, 1));
    } else if (cur.getUTCDate() === 1 && monthEnd <= end) {
      out.push({ month: iso(cur).slice(0, 7) });
      cur = new Date(Date.UTC(y, m + 1, 1));
    } else {
      out.push({ day: iso(cur) });
      cur = new Date(Date.UTC(y, m, cur.getUTCDate() + 1));
    }
  }
  return out;
}
