import type { Release, ReleaseSummary } from "../../lib/corpus-schema.ts";

export interface SearchIndexInput {
  /** The corpus folder being written (the temporary one; the build swaps it in afterwards). */
  outDir: string;
  /** Every built release, read back one at a time so memory stays flat at 100,000 releases. */
  releases: () => AsyncIterable<Release>;
  /** Summaries in list order (newest first); position i is list position i. */
  summaries: readonly ReleaseSummary[];
}

/** Writes the search index under `<outDir>/search/`. Returns whether an index was written. */
export async function writeSearchIndex(_input: SearchIndexInput): Promise<boolean> {
  return false;
}
