/**
 * Corpus constants and file layout, free of zod so the app can import them without pulling the
 * validator into its bundle. The shapes themselves are in corpus-schema.ts.
 */
export const CORPUS_SCHEMA_VERSION = 1;

export const EVENT_KINDS = ["arrival", "welcome", "talks", "call", "signing", "press", "meal", "ceremony", "summit", "other"] as const;
export type EventKindName = (typeof EVENT_KINDS)[number];

/** The raw formats the build reads (see ../shared/corpus/raw/SOURCES.md). */
export const SOURCE_FORMATS = ["html", "feed-json", "row-json", "markdown", "text"] as const;

/** Other releases listed on a release page (see related/<id>.json). */
export const RELATED_MAX = 5;

export const FACETS = ["person", "country", "publisher", "kind", "year", "organisation"] as const;
export type Facet = (typeof FACETS)[number];

/** Where each file lives under the corpus root; the build and the app both use these. */
export const corpusFiles = {
  manifest: () => "manifest.json",
  listPage: (n: number) => `list/${n}.json`,
  release: (id: string) => `releases/${id}.json`,
  related: (id: string) => `related/${id}.json`,
  person: (id: string) => `people/${id}.json`,
  facetIndex: (facet: Facet) => `facets/${facet}/index.json`,
  facetPostings: (facet: Facet, valueSlug: string) => `facets/${facet}/${valueSlug}.json`,
} as const;
