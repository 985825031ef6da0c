import { CORPUS_BASE, CorpusNotFoundError, fetchCorpusFile, loadRelease } from "../../lib/corpus-client.ts";
import type { SearchEngine } from "./engine.ts";
import { createStaticEngine } from "./static-engine.ts";

let engine: SearchEngine | null = null;

async function fetchCorpusBytes(file: string): Promise<Uint8Array> {
  const res = await fetch(CORPUS_BASE + file);
  if (res.status === 404) throw new CorpusNotFoundError(file);
  if (!res.ok) throw new Error(`Could not load ${file}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** The app's engine: the static index the corpus build wrote under /corpus/search/. */
export function defaultSearchEngine(): SearchEngine {
  return (engine ??= createStaticEngine({
    fetchJson: (file) => fetchCorpusFile(file),
    fetchBytes: fetchCorpusBytes,
    // The reader's own cache: a result opened from the list is already loaded.
    loadRelease,
    isMissing: (e) => e instanceof CorpusNotFoundError,
  }));
}
