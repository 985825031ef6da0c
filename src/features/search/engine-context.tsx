import { createContext, useContext, type ReactNode } from "react";
import type { SearchEngine } from "./engine.ts";

const EngineContext = createContext<(() => SearchEngine) | null>(null);

/**
 * Chooses the engine behind the search UI. The app uses the static engine (static-engine.ts) by default;
 * tests and a future server engine pass their own.
 */
export function SearchEngineProvider({ engine, children }: { engine: SearchEngine; children: ReactNode }) {
  return <EngineContext.Provider value={() => engine}>{children}</EngineContext.Provider>;
}

/** The engine in context, else `fallback` (created lazily, so the engine loads only when searching). */
export function useSearchEngine(fallback: () => SearchEngine): () => SearchEngine {
  return useContext(EngineContext) ?? fallback;
}

/** The engine a provider chose, or null when the app's default applies. */
export function useProvidedSearchEngine(): (() => SearchEngine) | null {
  return useContext(EngineContext);
}
