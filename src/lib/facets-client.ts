import { corpusFiles, type Facet } from "./corpus-files.ts";
import { CorpusNotFoundError, fetchCorpusFile, loadListPage } from "./corpus-client.ts";
import type { FacetIndex, FacetPostings, ReleaseSummary } from "./corpus-schema.ts";
import { slugify } from "./slug.ts";

/** The facets the timeline filters on, in the order the form shows them and the URL carries them. */
export const FILTER_FACETS = ["person", "country", "publisher", "kind", "year"] as const satisfies readonly Facet[];
export type FilterFacet = (typeof FILTER_FACETS)[number];

/** Selected values per facet: several values of one facet mean any of them, facets combine with all. */
export type Filters = Record<FilterFacet, string[]>;

/**
 * The list positions a view shows, newest first. "All" is not materialised as an array, so an
 * unfiltered timeline over 100,000 releases costs nothing until rows scroll into view.
 */
export interface PositionSet {
  readonly length: number;
  at(index: number): number;
}

export const allPositions = (count: number): PositionSet => ({ length: count, at: (i) => i });
export const positionsOf = (positions: readonly number[]): PositionSet => ({
  length: positions.length,
  at: (i) => positions[i] ?? -1,
});

export function emptyFilters(): Filters {
  return { person: [], country: [], publisher: [], kind: [], year: [] };
}

/** Reads filters from a URL; blank and repeated values are dropped so URLs from plain GET forms work. */
export function filtersFromSearchParams(params: URLSearchParams): Filters {
  const filters = emptyFilters();
  for (const facet of FILTER_FACETS) {
    const seen = new Set<string>();
    for (const raw of params.getAll(facet)) {
      const value = raw.trim();
      if (value && !seen.has(value)) seen.add(value);
    }
    filters[facet] = [...seen];
  }
  return filters;
}

export function filtersToParams(filters: Filters): Record<FilterFacet, string[]> {
  return { ...filters };
}

export const hasFilters = (filters: Filters): boolean => FILTER_FACETS.some((f) => filters[f].length > 0);

export function loadFacetIndex(facet: Facet): Promise<FacetIndex> {
  return fetchCorpusFile<FacetIndex>(corpusFiles.facetIndex(facet)).catch((e: unknown) => {
    // A corpus without any value for a facet may omit its index; that is an empty filter, not an error.
    if (e instanceof CorpusNotFoundError) return { facet, values: [] };
    throw e;
  });
}

/** Ascending list positions of one facet value; a value the corpus does not have matches nothing. */
export async function loadFacetPositions(facet: Facet, value: string): Promise<number[]> {
  try {
    const postings = await fetchCorpusFile<FacetPostings>(corpusFiles.facetPostings(facet, slugify(value)));
    return postings.positions;
  } catch (e) {
    if (e instanceof CorpusNotFoundError) return [];
    throw e;
  }
}

/** Merges ascending lists into one ascending list without duplicates. */
export function unionSorted(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  if (lists.length === 1) return [...(lists[0] ?? [])];
  const all = lists.flat();
  all.sort((a, b) => a - b);
  const out: number[] = [];
  for (const p of all) if (out.length === 0 || out[out.length - 1] !== p) out.push(p);
  return out;
}

/** Intersects ascending lists, smallest first so the work is bounded by the rarest value. */
export function intersectSorted(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let acc: number[] = [...(sorted[0] ?? [])];
  for (const next of sorted.slice(1)) {
    const out: number[] = [];
    let i = 0;
    let j = 0;
    while (i < acc.length && j < next.length) {
      const a = acc[i]!;
      const b = next[j]!;
      if (a === b) {
        out.push(a);
        i++;
        j++;
      } else if (a < b) i++;
      else j++;
    }
    acc = out;
    if (acc.length === 0) break;
  }
  return acc;
}

/** Positions matching the filters; every release when none is set. */
export async function resolveFilters(filters: Filters, count: number): Promise<PositionSet> {
  const active = FILTER_FACETS.filter((f) => filters[f].length > 0);
  if (active.length === 0) return allPositions(count);
  const perFacet = await Promise.all(
    active.map(async (facet) => unionSorted(await Promise.all(filters[facet].map((v) => loadFacetPositions(facet, v))))),
  );
  return positionsOf(intersectSorted(perFacet));
}

/**
 * Reads list rows by position, fetching each list page once. Keeps what it has read so a virtual
 * list can ask synchronously for what is already there and asynchronously for the rest.
 */
export class ListRowReader {
  private readonly pages = new Map<number, readonly ReleaseSummary[]>();
  private readonly pending = new Map<number, Promise<void>>();

  constructor(
    readonly pageSize: number,
    private readonly loadPage: (n: number) => Promise<{ items: ReleaseSummary[] }> = loadListPage,
  ) {}

  pageOf(position: number): number {
    return Math.floor(position / this.pageSize);
  }

  /** The row at a position if its page is loaded, else undefined. */
  peek(position: number): ReleaseSummary | undefined {
    if (position < 0) return undefined;
    return this.pages.get(this.pageOf(position))?.[position % this.pageSize];
  }

  has(position: number): boolean {
    return this.pages.has(this.pageOf(position));
  }

  /** Loads the pages holding these positions; resolves once all are in (failures reject). */
  async ensure(positions: Iterable<number>): Promise<void> {
    const wanted = new Set<number>();
    for (const p of positions) if (p >= 0 && !this.has(p)) wanted.add(this.pageOf(p));
    await Promise.all([...wanted].map((n) => this.ensurePage(n)));
  }

  private ensurePage(n: number): Promise<void> {
    const inFlight = this.pending.get(n);
    if (inFlight) return inFlight;
    const p = this.loadPage(n)
      .then((page) => {
        this.pages.set(n, page.items);
      })
      .finally(() => this.pending.delete(n));
    this.pending.set(n, p);
    return p;
  }
}

const readers = new Map<number, ListRowReader>();

/** One reader per page size for the whole page load, so coming Back to a list shows its rows at once. */
export function sharedListReader(pageSize: number): ListRowReader {
  let reader = readers.get(pageSize);
  if (!reader) {
    reader = new ListRowReader(pageSize);
    readers.set(pageSize, reader);
  }
  return reader;
}
