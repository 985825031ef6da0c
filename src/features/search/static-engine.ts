import { kindLabel } from "../../components/format.ts";
import type { FacetIndex, Release } from "../../lib/corpus-schema.ts";
import { corpusFiles } from "../../lib/corpus-files.ts";
import {
  COLUMN_FACETS,
  decodeColumn,
  decodePostings,
  DOCS_CHUNK,
  idf,
  pairBucket,
  peoplePrefix,
  readVarints,
  REC_CHUNK,
  SEARCH_FORMAT_VERSION,
  searchFiles,
  shardKeyFor,
  shardKeysForPrefix,
  type ColumnFacet,
  type DateRuns,
  type DictEntry,
  type DictShard,
  type DocRow,
  type DocsChunk,
  type IndexInfo,
  type IndexName,
  type PairShard,
  type SearchMeta,
  type SpeakerRuns,
  type TopRows,
} from "../../lib/search-format.ts";
import { pairHash, termOf } from "../../lib/search-text.ts";
import { slugify } from "../../lib/slug.ts";
import {
  bestOfExpansions,
  countColumn,
  countYears,
  emptyScored,
  filterScored,
  intersectDocs,
  intersectScored,
  rangeDocs,
  sliceRange,
  topByScore,
  topValues,
  unionDocs,
  unscored,
  type Column,
  type Scored,
  type TermPostings,
} from "./doc-sets.ts";
import { emptyResults, PAGE_SIZE, type FacetValueCount, type SearchEngine, type SearchFilters, type SearchHit, type SearchResults } from "./engine.ts";
import { backoffPrefixes, isStopWord, type ParsedQuery } from "./query.ts";
import { buildSnippet, holdsMatch } from "./snippet.ts";
import { SEARCH_FACETS, type SearchFacet, type SortOrder } from "./url-state.ts";

export interface StaticEngineOptions {
  /** A JSON file by its path under the corpus root. */
  fetchJson: <T>(path: string) => Promise<T>;
  /** A binary file by its path under the corpus root. */
  fetchBytes: (path: string) => Promise<Uint8Array>;
  /** A release file (the app passes the reader's own loader, so a result opened later is already there). */
  loadRelease: (id: string) => Promise<Release>;
  /**
   * Whether a failed fetch means "no such file" (a facet value or person the corpus does not
   * have: no results) rather than a network failure (an error the page reports).
   */
  isMissing?: (error: unknown) => boolean;
}

/** How many values of each facet the page shows at most (plus any selected ones). */
export const FACET_LIMIT = 12;
/** A word typed as a prefix matches at most this many index terms, the commonest ones. */
export const PREFIX_EXPANSIONS = 32;
/** From this many letters on, typing fetches the postings of all of a word's expansions. */
const WARM_ALL_EXPANSIONS = 4;
/** Decoded postings kept for the next keystrokes, counted in documents (4 bytes and 1 byte each). */
const DECODED_CACHE_DOCS = 2_000_000;
/** Result rows kept from the entries' best documents (a few hundred bytes each). */
const ROW_CACHE = 20_000;

/** What matched: documents (releases, or speaker records) with scores, and the index terms to mark. */
interface Match {
  scored: Scored | null;
  terms: Set<string>;
}

/**
 * The browser engine over Readout's static index (src/lib/search-format.ts; docs/search.md). A
 * query fetches the meta file once, then only the dictionary shards and postings of its own words,
 * the facet postings of its filters, and what the shown page needs (rows its postings did not bring, release files).
 * Everything after the fetches runs on typed arrays; nothing is downloaded whole up front.
 */
export function createStaticEngine(options: StaticEngineOptions): SearchEngine {
  const isMissing = options.isMissing ?? (() => false);
  const files = new Map<string, Promise<unknown>>();
  // Each file is fetched once; a failure is forgotten so the next search can try again.
  const once = <T>(path: string, load: () => Promise<T>): Promise<T> => {
    let hit = files.get(path) as Promise<T> | undefined;
    if (!hit) {
      hit = load();
      files.set(path, hit);
      hit.catch(() => files.delete(path));
    }
    return hit;
  };
  const json = <T>(path: string) => once(path, () => options.fetchJson<T>(path));
  const bytes = (path: string) => once(path, () => options.fetchBytes(path));
  const orMissing = <T>(p: Promise<T>, fallback: T): Promise<T> => p.catch((e: unknown) => (isMissing(e) ? fallback : Promise.reject(e)));

  const meta = () =>
    once(searchFiles.meta(), async () => {
      const m = await options.fetchJson<SearchMeta>(searchFiles.meta());
      if (m.version !== SEARCH_FORMAT_VERSION) throw new Error(`search/meta.json: index format ${String(m.version)}, this app reads ${SEARCH_FORMAT_VERSION}`);
      return m;
    });

  const scratch = new Map<IndexName, Float32Array>();
  const scratchFor = (ix: IndexName, docs: number) => {
    let s = scratch.get(ix);
    if (!s || s.length < docs) scratch.set(ix, (s = new Float32Array(docs)));
    return s;
  };

  // Rows of the best documents of every release entry decoded so far: a one-word page needs no
  // docs/ file (see TOP_DOCS). Oldest first out.
  const rows = new Map<number, DocRow>();
  const keepRows = (top: TopRows) => {
    for (const [doc, row] of top) {
      rows.delete(doc);
      rows.set(doc, row);
    }
    for (const doc of rows.keys()) {
      if (rows.size <= ROW_CACHE) break;
      rows.delete(doc);
    }
  };

  const decoded = new Map<string, { docs: Uint32Array; weights: Uint8Array; top: TopRows }>();
  let decodedDocs = 0;
  const postingsOf = async (ix: IndexName, [, df, file, offset, length]: readonly [unknown, number, number, number, number], withWeights: boolean) => {
    const key = `${ix}/${file}/${offset}`;
    const hit = decoded.get(key);
    // Kept fresh with the postings, so a word still cached never finds its rows evicted.
    if (hit) {
      keepRows(hit.top);
      return hit;
    }
    const out = decodePostings(await bytes(searchFiles.postings(ix, file)), offset, length, df, withWeights);
    keepRows(out.top);
    decoded.set(key, out);
    decodedDocs += df;
    // Oldest first out: the words being typed now are the ones asked again.
    for (const [k, v] of decoded) {
      if (decodedDocs <= DECODED_CACHE_DOCS) break;
      decoded.delete(k);
      decodedDocs -= v.docs.length;
    }
    return out;
  };

  /**
   * The dictionary entries a query word matches: its own term, and (as a prefix) up to
   * PREFIX_EXPANSIONS terms it starts plus the longest term it starts with (planExpansions).
   */
  const expansions = async (ix: IndexName, info: IndexInfo, word: string, prefix: boolean): Promise<DictEntry[]> => {
    const own = termOf(word);
    const backoff = prefix ? backoffPrefixes(word) : [];
    const keys = new Set<string>();
    for (const t of [own, ...backoff]) {
      const home = shardKeyFor(info.dictKeys, t);
      if (home !== null) keys.add(home);
    }
    if (prefix) for (const k of shardKeysForPrefix(info.dictKeys, word)) keys.add(k);
    const shards = await Promise.all([...keys].map((k) => json<DictShard>(searchFiles.dict(ix, k))));
    return planExpansions(
      shards.map((s) => s.terms),
      own,
      prefix ? word : null,
      backoff,
    );
  };

  const wordMatch = async (ix: IndexName, info: IndexInfo, word: string, prefix: boolean): Promise<Match> => {
    const entries = await expansions(ix, info, word, prefix);
    if (entries.length === 0) return { scored: emptyScored(), terms: new Set() };
    const lists: TermPostings[] = await Promise.all(entries.map(async (e) => ({ ...(await postingsOf(ix, e, true)), idf: idf(info.docs, e[1]) })));
    return { scored: bestOfExpansions(lists, scratchFor(ix, info.docs)), terms: new Set(entries.map((e) => e[0])) };
  };

  /** Documents holding the two terms side by side (a pair hash; the words themselves are required too). */
  const pairDocs = async (ix: IndexName, info: IndexInfo, a: string, b: string): Promise<Uint32Array> => {
    const hash = pairHash(a, b);
    const bucket = pairBucket(hash, info.pairBits);
    const shard = await orMissing(json<PairShard>(searchFiles.pairs(ix, bucket, info.pairBits)), { bucket, pairs: [] });
    const entry = findPair(shard.pairs, hash);
    if (!entry) return new Uint32Array(0);
    return (await postingsOf(ix, entry, false)).docs;
  };

  const phraseMatch = async (ix: IndexName, info: IndexInfo, phrase: string[]): Promise<{ words: Match[]; pairs: Uint32Array[] }> => {
    const terms = phrase.map(termOf);
    const [words, pairs] = await Promise.all([
      Promise.all(phrase.map((w) => wordMatch(ix, info, w, false))),
      Promise.all(terms.slice(1).map((t, i) => pairDocs(ix, info, terms[i]!, t))),
    ]);
    // Common words in a phrase are matched but not marked, as in the find bar (query.ts).
    phrase.forEach((w, i) => {
      if (isStopWord(w)) words[i]!.terms.clear();
    });
    return { words, pairs };
  };

  const facetPositions = (facet: ColumnFacet, value: string) =>
    once(`positions:${facet}/${value}`, async () => {
      const file = corpusFiles.facetPostings(facet, slugify(value));
      const postings = await orMissing(json<{ positions: number[] }>(file), { positions: [] });
      return Uint32Array.from(postings.positions);
    });

  /** Releases the filters allow, ascending; null when nothing is filtered. */
  const filterDocs = async (m: SearchMeta, filters: SearchFilters): Promise<Uint32Array | null> => {
    const sets: Promise<Uint32Array>[] = [];
    for (const facet of COLUMN_FACETS) {
      const values = filters.facets[facet];
      if (values.length) sets.push(Promise.all(values.map((v) => facetPositions(facet, v))).then(unionDocs));
    }
    if (filters.facets.year.length) {
      const wanted = new Set(filters.facets.year);
      sets.push(Promise.resolve(unionDocs(m.years.filter((y) => y.year && wanted.has(y.year)).map((y) => rangeDocs(y.first, y.first + y.count)))));
    }
    if (filters.from || filters.to) {
      sets.push(json<DateRuns>(searchFiles.dates()).then((d) => rangeDocs(...dateRange(d, filters.from, filters.to))));
    }
    if (sets.length === 0) return null;
    const all = await Promise.all(sets);
    return all.sort((a, b) => a.length - b.length).reduce((acc, s) => intersectDocs(acc, s));
  };

  /** One person's speaker records: [first, end). */
  const speakerRun = async (person: string): Promise<[number, number]> => {
    const runs = await orMissing(json<SpeakerRuns>(searchFiles.speakerRuns(peoplePrefix(person))), {});
    const run = Object.hasOwn(runs, person) ? runs[person] : undefined;
    return run ? [run[0], run[0] + run[1]] : [0, 0];
  };

  const recordChunk = (k: number, records: number) =>
    once(`rec:${k}`, async () => readVarints(await bytes(searchFiles.speakerRecords(k)), 0, Math.min(REC_CHUNK, records - k * REC_CHUNK)).values);

  /** Speaker records -> their releases (ascending, since one person's records are sorted by release). */
  const recordsToReleases = async (scored: Scored, records: number): Promise<Scored> => {
    const chunks = new Set<number>();
    for (const r of scored.docs) chunks.add(Math.floor(r / REC_CHUNK));
    const loaded = new Map(await Promise.all([...chunks].map(async (k) => [k, await recordChunk(k, records)] as const)));
    const docs = new Uint32Array(scored.docs.length);
    for (let i = 0; i < docs.length; i++) {
      const r = scored.docs[i]!;
      docs[i] = loaded.get(Math.floor(r / REC_CHUNK))![r % REC_CHUNK]!;
    }
    return { docs, scores: scored.scores };
  };

  /** Every matched release with its score, and the terms to mark; memoised for the facets call that follows. */
  let last: { key: string; result: Promise<Match> } | null = null;
  const match = (query: ParsedQuery, filters: SearchFilters): Promise<Match> => {
    const key = JSON.stringify([query.terms, query.phrases, filters]);
    if (last?.key === key) return last.result;
    const result = (async (): Promise<Match> => {
      const hasText = query.terms.length > 0 || query.phrases.length > 0;
      const hasFilter = SEARCH_FACETS.some((f) => filters.facets[f].length > 0) || !!filters.from || !!filters.to || !!filters.speaker;
      if (!hasText && (query.onlyStopWords || !hasFilter)) return { scored: null, terms: new Set() };
      const m = await meta();
      const ix: IndexName = filters.speaker ? "s" : "r";
      const info = ix === "r" ? m.releases : m.speakers;
      if (!info) return { scored: emptyScored(), terms: new Set() };
      const [words, phrases, allowed, run] = await Promise.all([
        Promise.all(query.terms.map((w) => wordMatch(ix, info, w, w.length >= 3))),
        Promise.all(query.phrases.map((p) => phraseMatch(ix, info, p))),
        filterDocs(m, filters),
        filters.speaker ? speakerRun(filters.speaker) : null,
      ]);
      const terms = new Set<string>();
      const lists: Scored[] = [];
      for (const w of [...words, ...phrases.flatMap((p) => p.words)]) {
        for (const t of w.terms) terms.add(t);
        lists.push(run ? sliceRange(w.scored!, run[0], run[1]) : w.scored!);
      }
      let scored: Scored;
      if (lists.length === 0) {
        scored = run ? unscored(rangeDocs(run[0], run[1])) : unscored(allowed ?? new Uint32Array(0));
      } else {
        lists.sort((a, b) => a.docs.length - b.docs.length);
        scored = lists.reduce((acc, l) => intersectScored(acc, l));
        for (const p of phrases) for (const docs of p.pairs) scored = filterScored(scored, docs);
      }
      if (run) scored = await recordsToReleases(scored, info.docs);
      if (allowed && (lists.length > 0 || run)) scored = filterScored(scored, allowed);
      return { scored, terms };
    })();
    last = { key, result };
    result.catch(() => {
      if (last?.result === result) last = null;
    });
    return result;
  };

  const docsChunk = (doc: number) => json<DocsChunk>(searchFiles.docs(Math.floor(doc / DOCS_CHUNK)));

  /** A result row without its snippet (details() adds it from the release file). */
  const rowOf = async (m: SearchMeta, doc: number, speakerName: Promise<string> | null): Promise<SearchHit> => {
    let row = rows.get(doc);
    if (row === undefined) {
      const chunk = await docsChunk(doc);
      row = chunk.docs[doc - chunk.first];
      if (row === undefined) throw new Error(`${searchFiles.docs(Math.floor(doc / DOCS_CHUNK))}: no row for document ${doc}`);
    }
    const [releaseId, title, date, publisher, kind, speakers] = row;
    return {
      releaseId,
      title,
      date,
      publisher: m.publishers[publisher] ?? publisher,
      speakers: speakerName ? [await speakerName] : speakers,
      kind,
      snippet: [],
      paragraphId: null,
    };
  };

  /** The passage and paragraph of one hit, from its release file. */
  const detailOf = async (hit: SearchHit, terms: Set<string>, speaker: string | null, hasText: boolean): Promise<SearchHit> => {
    const release = await once(`release:${hit.releaseId}`, () => options.loadRelease(hit.releaseId));
    const own = speaker ? release.paragraphs.filter((p) => p.speakers.includes(speaker)) : release.paragraphs;
    const isMatch = (t: string) => terms.has(t);
    const at = (hasText ? own.find((p) => holdsMatch(p.text, isMatch)) : undefined) ?? own[0] ?? release.paragraphs[0];
    return {
      ...hit,
      snippet: at ? buildSnippet(at.text, isMatch) : [],
      // A filter-only search marks nothing, so it opens the release at its top.
      paragraphId: at && (hasText || speaker) ? at.id : null,
    };
  };

  // Facet columns: loaded by facets() (after the first results), then counted by every search.
  // bySlug finds a selected value's number; built once per column, not per search.
  type LoadedColumn = { column: Column; index: FacetIndex; bySlug: Map<string, number> };
  let columns: Promise<Map<ColumnFacet, LoadedColumn>> | null = null;
  let columnsReady: Map<ColumnFacet, LoadedColumn> | null = null;
  const loadColumns = () =>
    (columns ??= (async () => {
      const m = await meta();
      const loaded = await Promise.all(
        COLUMN_FACETS.filter((f) => m.columns.includes(f)).map(async (facet) => {
          const [raw, index] = await Promise.all([bytes(searchFiles.column(facet)), json<FacetIndex>(corpusFiles.facetIndex(facet))]);
          const bySlug = new Map(index.values.map((fv, v) => [fv.value, v]));
          return [facet, { column: decodeColumn(raw, m.releases.docs), index, bySlug }] as const;
        }),
      );
      return (columnsReady = new Map(loaded));
    })().catch((e: unknown) => {
      columns = null;
      throw e;
    }));

  const personNames = (ids: string[]) =>
    Promise.all([...new Set(ids.map(peoplePrefix))].map((p) => orMissing(json<Record<string, string>>(searchFiles.peopleNames(p)), {}))).then(
      (maps) => Object.assign({}, ...maps) as Record<string, string>,
    );

  /** Counts among the matched releases: year always, each column facet once loaded, selected values always. */
  const countFacets = async (docs: Uint32Array, filters: SearchFilters, full: boolean): Promise<Record<SearchFacet, FacetValueCount[]>> => {
    const m = await meta();
    const out = emptyResults().facets;
    const years = countYears(docs, m.years);
    const yearValues = [...years.entries()].filter(([y]) => y !== "").sort((a, b) => b[0].localeCompare(a[0]));
    out.year = withSelected(
      yearValues.slice(0, FACET_LIMIT).map(([value, count]) => ({ value, label: value, count })),
      filters.facets.year,
      (v) => ({ value: v, label: v, count: years.get(v) ?? 0 }),
      (v) => v,
    );
    const loaded = full ? columnsReady : null;
    await Promise.all(
      COLUMN_FACETS.map(async (facet) => {
        const selected = filters.facets[facet];
        const col = loaded?.get(facet);
        const label = (value: string, given: string) => (facet === "kind" ? kindLabel(value) : given);
        if (col) {
          const counts = countColumn(docs, col.column, col.index.values.length);
          const chosen = new Set(selected.map(slugify));
          // On equal counts a selected value comes first, so ticking a value never sends it down the list.
          const shown = topValues(counts, FACET_LIMIT)
            .map((v) => {
              const fv = col.index.values[v]!;
              return { value: fv.value, label: label(fv.value, fv.label), count: counts[v]! };
            })
            .sort((a, b) => b.count - a.count || Number(chosen.has(b.value)) - Number(chosen.has(a.value)));
          out[facet] = withSelected(
            shown,
            selected,
            (sel) => {
              const v = col.bySlug.get(slugify(sel));
              const fv = v === undefined ? undefined : col.index.values[v];
              return { value: sel, label: fv ? label(fv.value, fv.label) : sel, count: v === undefined ? 0 : counts[v]! };
            },
            slugify,
          );
          return;
        }
        if (selected.length === 0) return;
        // Without the column, a selected value is still counted exactly from its own postings.
        const labels =
          facet === "person"
            ? await personNames(selected)
            : facet === "kind"
              ? {}
              : Object.fromEntries(
                  (await orMissing(json<FacetIndex>(corpusFiles.facetIndex(facet)), { facet, values: [] })).values.map((v) => [v.value, v.label]),
                );
        out[facet] = await Promise.all(
          selected.map(async (sel) => ({
            value: sel,
            label: label(sel, labels[facet === "person" ? sel : slugify(sel)] ?? sel),
            count: intersectDocs(docs, await facetPositions(facet, sel)).length,
          })),
        );
      }),
    );
    return out;
  };

  const countsComplete = async () => {
    const m = await meta();
    return columnsReady !== null && COLUMN_FACETS.every((f) => !m.columns.includes(f) || columnsReady!.has(f));
  };

  const engine: SearchEngine = {
    async prepare(query?: ParsedQuery, filters?: SearchFilters, sort: SortOrder = "relevance") {
      const m = await meta();
      if (!query) return;
      // While the reader types: the dictionary shard of each word so far and the postings of its
      // own term (of all its expansions from WARM_ALL_EXPANSIONS letters on), so the answer needs
      // at most a few prefix completions. A single letter is most likely the start of a longer
      // word; two letters get only their shard. The postings bring the rows of their best
      // documents, which for one word are the first page (TOP_DOCS).
      const words = [...query.terms, ...query.phrases.flat()].filter((w) => w.length >= 2);
      await Promise.all(
        words.map(async (w) => {
          // From four letters on, the prefix's completions too: they change little as the word
          // grows, while three letters may stand for 32 unrelated words.
          const all = w.length >= WARM_ALL_EXPANSIONS && query.terms.includes(w);
          const entries = await expansions("r", m.releases, w, all);
          const wanted = all ? entries : w.length >= 3 ? entries.slice(0, 1) : [];
          await Promise.all(wanted.map((e) => postingsOf("r", e, true)));
        }),
      );
      // Once every word is long enough to have all its completions in, the answer costs no more
      // bytes than the rows it shows: work it out now (the match is kept for the search that
      // follows), so Enter finds a query of several words, whose rows no entry carries, ready too.
      if (filters && query.terms.length > 0 && query.terms.every((w) => w.length >= WARM_ALL_EXPANSIONS)) await engine.search(query, filters, sort, 1);
    },
    async search(query: ParsedQuery, filters: SearchFilters, sort: SortOrder, page: number): Promise<SearchResults> {
      // The speaker's name is fetched alongside the match, not after it.
      const speakerName = filters.speaker ? personNames([filters.speaker]).then((names) => names[filters.speaker!] ?? filters.speaker!) : null;
      speakerName?.catch(() => undefined);
      const { scored } = await match(query, filters);
      if (!scored) return emptyResults(page);
      const total = scored.docs.length;
      const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));
      const current = Math.min(Math.max(1, page), lastPage);
      const from = (current - 1) * PAGE_SIZE;
      let shown: number[];
      if (sort === "date") shown = [...scored.docs.subarray(from, from + PAGE_SIZE)];
      else shown = [...topByScore(scored, current * PAGE_SIZE).subarray(from)].map((i) => scored.docs[i]!);
      const m = await meta();
      const full = await countsComplete();
      const [hits, facets] = await Promise.all([Promise.all(shown.map((d) => rowOf(m, d, speakerName))), countFacets(scored.docs, filters, full)]);
      return { total, page: current, pageSize: PAGE_SIZE, hits, facets, ...(full ? {} : { countsPartial: true }), ...(hits.length ? { detailsPending: true } : {}) };
    },
    async details(query: ParsedQuery, filters: SearchFilters, hits: SearchHit[]) {
      const { terms } = await match(query, filters);
      const hasText = query.terms.length > 0 || query.phrases.length > 0;
      return Promise.all(hits.map((h) => detailOf(h, terms, filters.speaker, hasText)));
    },
    async facets(query: ParsedQuery, filters: SearchFilters) {
      await loadColumns();
      const { scored } = await match(query, filters);
      return countFacets(scored?.docs ?? new Uint32Array(0), filters, true);
    },
  };
  return engine;
}

/**
 * Query planning for one word, given the dictionary shards that may hold it: the entry of its own
 * term; when `prefix` is set, the PREFIX_EXPANSIONS commonest terms starting with `prefix`; and the
 * first of `backoff` (candidate terms the word starts with, longest first: backoffPrefixes) that
 * the index holds, so a half-typed word longer than its stem ("presiden") still finds "presid".
 * Shards are sorted by term, so a prefix is one run found by binary search.
 */
export function planExpansions(shards: readonly (readonly DictEntry[])[], own: string, prefix: string | null, backoff: readonly string[] = []): DictEntry[] {
  const seen = new Map<string, DictEntry>();
  const find = (term: string) => {
    for (const terms of shards) {
      const at = lowerBound(terms, term);
      if (terms[at]?.[0] === term) return terms[at];
    }
    return undefined;
  };
  const exact = find(own);
  let shorter: DictEntry | undefined;
  for (const t of backoff) if ((shorter = find(t))) break;
  if (prefix !== null) {
    for (const terms of shards) {
      for (let i: number = lowerBound(terms, prefix); i < terms.length && terms[i]![0].startsWith(prefix); i++) seen.set(terms[i]![0], terms[i]!);
    }
  }
  const first = [exact, shorter].filter((e, i, all): e is DictEntry => e !== undefined && all.findIndex((o) => o?.[0] === e[0]) === i);
  for (const e of first) seen.delete(e[0]);
  const more = [...seen.values()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, PREFIX_EXPANSIONS);
  return [...first, ...more];
}

/** Index of the first entry whose key (entry[0]) is not below `key`, in entries sorted by key. */
function lowerBound<K extends string | number>(entries: readonly (readonly [K, ...unknown[]])[], key: K): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]![0] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function findPair(pairs: PairShard["pairs"], hash: number) {
  const at = pairs[lowerBound(pairs, hash)];
  return at?.[0] === hash ? at : undefined;
}

/**
 * The documents dated from..to (inclusive; either may be open) as one range [lo, hi): documents
 * are numbered newest first, so a date range is one run. Undated documents never match a range.
 */
export function dateRange(dates: DateRuns, from: string | null, to: string | null): [number, number] {
  const { runs, dated } = dates;
  // runs are newest first: the first run on or before `to` starts the range...
  let lo = dated;
  for (let i = 0; i < runs.length; i++) {
    if (!to || runs[i]![0] <= to) {
      lo = runs[i]![1];
      break;
    }
  }
  // ...and the first run before `from` ends it.
  let hi = dated;
  if (from) {
    for (let i = 0; i < runs.length; i++) {
      if (runs[i]![0] < from) {
        hi = runs[i]![1];
        break;
      }
    }
  }
  return [lo, Math.max(lo, hi)];
}

/** The shown values plus any selected value not among them (so it can be unticked), matched by `key`. */
function withSelected(shown: FacetValueCount[], selected: readonly string[], make: (value: string) => FacetValueCount, key: (v: string) => string): FacetValueCount[] {
  const out = [...shown];
  for (const sel of selected) {
    const at = out.findIndex((v) => key(v.value) === key(sel));
    // The URL's spelling is kept, so the checkbox shows ticked and unticking removes that very value.
    if (at >= 0) out[at] = { ...out[at]!, value: sel };
    else out.push(make(sel));
  }
  return out;
}
