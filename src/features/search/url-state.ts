import { EVENT_KINDS } from "../../lib/corpus-files.ts";

/** The facets a search can filter by, in the order the page shows them. */
export const SEARCH_FACETS = ["person", "country", "organisation", "publisher", "kind", "year"] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export type SortOrder = "relevance" | "date";

/** Everything a results page shows is decided by this, and this lives in the URL. */
export interface SearchState {
  q: string;
  facets: Record<SearchFacet, string[]>;
  /** YYYY-MM-DD bounds, inclusive. */
  from: string | null;
  to: string | null;
  sort: SortOrder;
  /** Only paragraphs this person speaks. */
  speaker: string | null;
  /** 1-based. */
  page: number;
}

export const MAX_PAGE = 500;
const MAX_VALUES = 20;
const MAX_VALUE_CHARS = 200;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function emptyFacets(): Record<SearchFacet, string[]> {
  return { person: [], country: [], organisation: [], publisher: [], kind: [], year: [] };
}

export function emptySearchState(): SearchState {
  return { q: "", facets: emptyFacets(), from: null, to: null, sort: "relevance", speaker: null, page: 1 };
}

/**
 * Reads the URL; anything malformed is dropped rather than reported, so a hand-edited or truncated
 * link still shows the best search it can.
 */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const state = emptySearchState();
  state.q = params.get("q") ?? "";
  for (const facet of SEARCH_FACETS) {
    const valid = (v: string) => {
      if (!v || v.length > MAX_VALUE_CHARS) return false;
      if (facet === "person" || facet === "publisher") return SLUG.test(v);
      if (facet === "kind") return (EVENT_KINDS as readonly string[]).includes(v);
      if (facet === "year") return /^\d{4}$/.test(v);
      return true;
    };
    state.facets[facet] = [...new Set(params.getAll(facet).filter(valid))].slice(0, MAX_VALUES);
  }
  const date = (v: string | null) => (v && ISO_DATE.test(v) && !Number.isNaN(Date.parse(v)) ? v : null);
  state.from = date(params.get("from"));
  state.to = date(params.get("to"));
  if (state.from && state.to && state.from > state.to) [state.from, state.to] = [state.to, state.from];
  state.sort = params.get("sort") === "date" ? "date" : "relevance";
  const speaker = params.get("speaker");
  state.speaker = speaker && SLUG.test(speaker) ? speaker : null;
  const page = Number(params.get("page"));
  state.page = Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1;
  return state;
}

/** The query-string parameters for a state, defaults left out so links stay short and canonical. */
export function toSearchParams(state: SearchState): Record<string, string | string[] | undefined> {
  return {
    q: state.q.trim() || undefined,
    person: state.facets.person,
    country: state.facets.country,
    organisation: state.facets.organisation,
    publisher: state.facets.publisher,
    kind: state.facets.kind,
    year: state.facets.year,
    from: state.from ?? undefined,
    to: state.to ?? undefined,
    sort: state.sort === "date" ? "date" : undefined,
    speaker: state.speaker ?? undefined,
    page: state.page > 1 ? String(state.page) : undefined,
  };
}

/** Adds or removes one facet value; any change of filters goes back to page 1. */
export function toggleFacet(state: SearchState, facet: SearchFacet, value: string): SearchState {
  const current = state.facets[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, facets: { ...state.facets, [facet]: next }, page: 1 };
}

export function hasFilters(state: SearchState): boolean {
  return SEARCH_FACETS.some((f) => state.facets[f].length > 0) || !!state.from || !!state.to || !!state.speaker;
}

/** One entry per active filter with the state that drops it, for "remove this filter" links. */
export function withoutEachFilter(state: SearchState): { facet: SearchFacet | "from" | "to" | "speaker"; value: string; state: SearchState }[] {
  const out: { facet: SearchFacet | "from" | "to" | "speaker"; value: string; state: SearchState }[] = [];
  for (const facet of SEARCH_FACETS) for (const value of state.facets[facet]) out.push({ facet, value, state: toggleFacet(state, facet, value) });
  if (state.from) out.push({ facet: "from", value: state.from, state: { ...state, from: null, page: 1 } });
  if (state.to) out.push({ facet: "to", value: state.to, state: { ...state, to: null, page: 1 } });
  if (state.speaker) out.push({ facet: "speaker", value: state.speaker, state: { ...state, speaker: null, page: 1 } });
  return out;
}
