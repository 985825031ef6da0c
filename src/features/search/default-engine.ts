import { CORPUS_BASE, fetchCorpusFile, loadManifest } from "../../lib/corpus-client.ts";
import type { SearchEngine } from "./engine.ts";
import { createPagefindEngine, type PagefindModule } from "./pagefind-engine.ts";

let engine: SearchEngine | null = null;

/** The app's engine: Pagefind over the index the corpus build wrote under /corpus/search/. */
export function defaultSearchEngine(): SearchEngine {
  return (engine ??= createPagefindEngine({
    base: CORPUS_BASE,
    fetchJson: (file) => fetchCorpusFile(file),
    // pagefind.js is data built with the corpus, not part of the app bundle.
    loadModule: (url) => import(/* @vite-ignore */ url) as Promise<PagefindModule>,
    publisherNames: async () => Object.fromEntries((await loadManifest()).publishers.map((p) => [p.id, p.name])),
  }));
}
