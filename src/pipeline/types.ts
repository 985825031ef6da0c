import type { EventKind, Person, Publisher, ReleaseEvent, SourceFormat } from "../lib/corpus-schema.ts";

/**
 * The pipeline in three pure stages, each testable alone:
 *   ingest  (src/pipeline/ingest):  raw bytes -> IngestedRelease (format, metadata, clean paragraphs)
 *   analyze (src/pipeline/analyze): IngestedRelease -> Analysis (people, speakers, events, entities)
 *   extract (src/pipeline/extract-release.ts): both, plus the id, validated against the corpus schema.
 */

export interface RawFile {
  /** The path as given on the command line or found by the walk; used verbatim in errors. */
  path: string;
  /** Path relative to the input folder ("kremlin_en_html/2018-06-05_news-57678.html"). */
  relPath: string;
  bytes: Uint8Array;
}

/** A paragraph as ingest restored it, before anyone is attributed. */
export interface IngestedParagraph {
  text: string;
  /** A transcript label ingest found at the start of the turn ("President of Russia Vladimir Putin"), label removed from text. */
  label: string | null;
  /** "(As interpreted.)", "(retranslated)" and the like, when the label carried one. */
  labelNote: string | null;
  /** True for a section heading or a "* * *" break's following heading-like line. */
  heading: boolean;
}

export interface IngestedRelease {
  format: SourceFormat;
  title: string;
  /** YYYY-MM-DD or null. */
  date: string | null;
  place: string | null;
  publisher: Publisher;
  sourceUrl: string | null;
  /** The source's byline or creator field where it has one (State Dept `dc:creator`), for speaker hints. */
  byline: string | null;
  paragraphs: IngestedParagraph[];
}

export interface AnalyzedParagraph {
  text: string;
  speakers: string[];
  kind: "narration" | "turn" | "reported" | "heading";
}

export interface Analysis {
  people: Person[];
  /** Same length and order as the ingested paragraphs unless analysis splits or merges turns. */
  paragraphs: AnalyzedParagraph[];
  /** `paragraph` holds an index into `paragraphs` as "p-<index+1>", or null. */
  events: ReleaseEvent[];
  kind: EventKind;
  countries: string[];
  organisations: string[];
  documents: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
