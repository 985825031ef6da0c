import type { Analysis, IngestedRelease } from "../types.ts";

/**
 * Placeholder until the analysis stage lands: every paragraph is narration, nobody is named.
 * Honest rather than clever: it never invents an attribution.
 */
export function analyze(ingested: IngestedRelease): Analysis {
  return {
    people: [],
    paragraphs: ingested.paragraphs.map((p) => ({ text: p.text, speakers: [], kind: p.heading ? "heading" : "narration" })),
    events: [],
    kind: "other",
    countries: [],
    organisations: [],
    documents: [],
  };
}
