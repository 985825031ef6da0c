import type { Release } from "../../../src/lib/corpus-schema.ts";

type Required = "id" | "title" | "date" | "publisher" | "sourceFile" | "format" | "paragraphs";

/**
 * A release with every list empty, for tests that set only what they check. Callers write their
 * own (invented) text; nothing here comes from the raw corpus.
 */
export function blankRelease(fields: Partial<Release> & Pick<Release, Required>): Release {
  return {
    place: null,
    sourceUrl: null,
    kind: "talks",
    people: [],
    events: [],
    countries: [],
    organisations: [],
    documents: [],
    ...fields,
  };
}
