import type { SourceFormat } from "../../lib/corpus-schema.ts";
import type { Block } from "./html-blocks.ts";

/** What a format reader hands on: metadata as the source states it, and blocks of body text. */
export interface Draft {
  format: SourceFormat;
  title: string | null;
  /** Publication day (YYYY-MM-DD) from the source's metadata. */
  published: string | null;
  /** A place the source states in a field of its own (Kremlin `read__place`, a row's `location`). */
  place: string | null;
  sourceUrl: string | null;
  byline: string | null;
  /** A hint at the publisher from the source's own description (row `source`, feed channel). */
  publisherHint: string | null;
  /** The publisher's name as the source's own metadata states it (og:site_name, a feed's source, a copyright line). */
  publisherName?: string | null;
  blocks: Block[];
  /** True when the body lost its paragraph breaks and must be split back. */
  flattened: boolean;
}

export class IngestError extends Error {}
