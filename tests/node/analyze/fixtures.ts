import type { IngestedParagraph, IngestedRelease } from "../../../src/pipeline/types.ts";

/** Short releases written for these tests; none of their text comes from the raw corpus. */
export function para(text: string, extra: Partial<IngestedParagraph> = {}): IngestedParagraph {
  return { text, label: null, labelNote: null, heading: false, ...extra };
}

export function release(title: string, paragraphs: IngestedParagraph[], extra: Partial<IngestedRelease> = {}): IngestedRelease {
  return {
    format: "html",
    title,
    date: "2020-01-01",
    place: null,
    publisher: { id: "kremlin", name: "President of Russia" },
    sourceUrl: null,
    byline: null,
    paragraphs,
    ...extra,
  };
}
