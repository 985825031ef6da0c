import type { ParsedQuery, TextPart } from "./query.ts";
import type { SearchFacet, SortOrder } from "./url-state.ts";

/**
 * The one seam between the search UI and whatever answers queries. The UI knows only this file, so
 * a server engine (Meilisearch, Typesense, OpenSearch behind an HTTP endpoint) can replace the
 * static engine (static-engine.ts) by implementing `search` and being passed to SearchEngineProvider.
 */
export interface SearchFilters {
  /** Several values of one facet = any of them; different facets = all of them. */
  facets: Record<SearchFacet, string[]>;
  /** Inclusive YYYY-MM-DD bounds. */
  from: string | null;
  to: string | null;
  /** Only paragraphs whose speakers include this person id. */
  speaker: string | null;
}

export interface SearchHit {
  releaseId: string;
  title: string;
  date: string | null;
  publisher: string;
  /** Speaker names (for a speaker search, the one person). */
  speakers: string[];
  kind: string;
  /**
   * A short passage around the first match, matched words marked; plain text, never HTML. Empty
   * until `SearchEngine.details` fills it in when the results say `detailsPending`.
   */
  snippet: TextPart[];
  /** The paragraph holding the first match, for `/releases/<id>#p-N`; null when unknown (or not yet known). */
  paragraphId: string | null;
}

export interface FacetValueCount {
  value: string;
  label: string;
  count: number;
}

export interface SearchResults {
  /** How many releases (or, for a speaker search, releases where that person's words match). */
  total: number;
  page: number;
  pageSize: number;
  hits: SearchHit[];
  /** Counts among the current results, most frequent first. */
  facets: Record<SearchFacet, FacetValueCount[]>;
  /**
   * Set when only part of the corpus was searched (releases from this date on, "" if unknown),
   * because the rest of the index is still loading; `SearchEngine.complete` says when it is in.
   */
  partialFrom?: string;
  /**
   * Set when `facets` holds only some counts (the year and the selected values) because counting
   * the rest needs data not loaded yet; `SearchEngine.facets` returns them all.
   */
  countsPartial?: boolean;
  /**
   * Set when the hits carry title, date, publisher and speakers but no snippet or paragraph yet,
   * because those need each release's text; `SearchEngine.details` returns the hits complete.
   */
  detailsPending?: boolean;
}

export interface SearchEngine {
  search(query: ParsedQuery, filters: SearchFilters, sort: SortOrder, page: number): Promise<SearchResults>;
  /**
   * Optional warm-up when a search is likely (the box got focus, or is being typed in: `query` is
   * the text so far, `filters` and `sort` those of the page it is typed on), so the answer comes
   * sooner. Never required for correctness.
   */
  prepare?(query?: ParsedQuery, filters?: SearchFilters, sort?: SortOrder): Promise<void>;
  /**
   * Optional: facet counts asked for after the results are on screen, when `search` answered with
   * `countsPartial` (the static engine loads its facet columns only then, to keep the first answer
   * small); the UI shows the fuller counts when they come.
   */
  facets?(query: ParsedQuery, filters: SearchFilters): Promise<SearchResults["facets"]>;
  /**
   * Optional: the hits of an answer that said `detailsPending`, with snippet and paragraph filled
   * in, asked right after the rows are on screen (the static engine reads the release files only
   * then, so the count and rows wait for nothing they do not show).
   */
  details?(query: ParsedQuery, filters: SearchFilters, hits: SearchHit[]): Promise<SearchHit[]>;
  /** Resolves when the whole index is loaded, for engines that answer partially at first. */
  complete?(): Promise<void>;
}

export const PAGE_SIZE = 10;

export function emptyResults(page = 1): SearchResults {
  return { total: 0, page, pageSize: PAGE_SIZE, hits: [], facets: { person: [], country: [], organisation: [], publisher: [], kind: [], year: [] } };
}
