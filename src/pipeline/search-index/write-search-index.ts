import { mkdirSync, writeFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Release, ReleaseSummary } from "../../lib/corpus-schema.ts";
import { SEARCH_DIR, searchFiles, type ColumnFacet, type SearchMeta } from "../../lib/search-format.ts";
import { SearchIndexCore } from "./build-search-index.ts";

export interface SearchIndexInput {
  /** The corpus folder being written (the temporary one; the build swaps it in afterwards). */
  outDir: string;
  /** Every built release in list order, read back one at a time so memory stays flat at 100,000 releases. */
  releases: () => AsyncIterable<Release>;
  /** Summaries in list order (newest first); position i is list position i. */
  summaries: readonly ReleaseSummary[];
  /** Per column facet, the value order of facets/<facet>/index.json (see SearchIndexOptions). */
  facetValues?: Partial<Record<ColumnFacet, readonly string[]>>;
  /** The name facet labels show for a person id. */
  personName?: (id: string) => string;
}

/**
 * Writes the search index (src/lib/search-format.ts) under `<outDir>/search/`. Only compact
 * logs are kept while releases stream past; files are written as each is finished. meta.json
 * carries a hash of the other files until the build stamps its own id (stampSearchMeta).
 * Returns whether an index was written.
 */
export async function writeSearchIndex(input: SearchIndexInput): Promise<boolean> {
  const root = join(input.outDir, SEARCH_DIR);
  await rm(root, { recursive: true, force: true });
  if (input.summaries.length === 0) return false;
  const core = new SearchIndexCore(input.summaries, { facetValues: input.facetValues, personName: input.personName });
  for await (const release of input.releases()) core.add(release);
  const dirs = new Set<string>();
  // Synchronous writes: the build does nothing else meanwhile, and the index is tens of
  // thousands of small files that would otherwise each hold a buffer in a queue.
  core.finish((path, data) => {
    const file = join(input.outDir, path);
    const dir = dirname(file);
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    writeFileSync(file, data);
  });
  return true;
}

/**
 * Puts the corpus build id into meta.json, so the browser can refuse an index from another build.
 * The build id hashes every other file, so meta.json is left out of it and stamped afterwards.
 */
export async function stampSearchMeta(outDir: string, buildId: string): Promise<void> {
  const file = join(outDir, searchFiles.meta());
  const meta = JSON.parse(await readFile(file, "utf8")) as SearchMeta;
  await writeFile(file, JSON.stringify({ ...meta, buildId }));
}
