import { useEffect, useId, useRef, type FormEvent } from "react";
import { useLocation, useNavigate } from "react-router-dom";
import { paths } from "../../lib/paths.ts";
import type { SearchEngine } from "./engine.ts";
import { useProvidedSearchEngine } from "./engine-context.tsx";

/** Marks the input that `/` and Ctrl/Cmd+K focus: the header box, or the results page's own. */
export const SEARCH_INPUT_ATTR = "data-search-input";

function isTypingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
}

/** `/` and Ctrl/Cmd+K focus the search input, except while the reader is typing in another field. */
export function useSearchShortcut() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const slash = e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey;
      const k = (e.key === "k" || e.key === "K") && (e.ctrlKey || e.metaKey) && !e.altKey;
      if (!slash && !k) return;
      if (isTypingIn(e.target)) return;
      const input = document.querySelector<HTMLInputElement>(`[${SEARCH_INPUT_ATTR}]`);
      if (!input) return;
      e.preventDefault();
      input.focus();
      input.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}

let warmed = false;
/**
 * Loads the search engine's code and starts its index while the reader types the first query. The
 * default engine is imported on demand so the header adds nothing to the first page load.
 */
function warmUp(provided: (() => SearchEngine) | null) {
  if (warmed) return;
  warmed = true;
  const engine = provided ? Promise.resolve(provided()) : import("./default-engine.ts").then((m) => m.defaultSearchEngine());
  void engine
    .then((e) => e.prepare?.())
    .catch(() => {
      warmed = false;
    });
}

/**
 * The header's search box. It only starts a search (the results page does the rest), so it adds
 * nothing to the first load; on the results page the page's own box takes over.
 */
export function SearchBox() {
  useSearchShortcut();
  const navigate = useNavigate();
  const location = useLocation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const provided = useProvidedSearchEngine();
  if (location.pathname === paths.search.href()) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = input.current?.value.trim() ?? "";
    navigate(paths.search.href({ q }));
  };
  return (
    <form role="search" className="search-form site-search" onSubmit={submit} aria-label="Site">
      <label htmlFor={inputId} className="visually-hidden">
        Search releases
      </label>
      <input
        ref={input}
        id={inputId}
        type="search"
        name="q"
        autoComplete="off"
        enterKeyHint="search"
        placeholder="Search releases (press /)"
        onFocus={() => warmUp(provided)}
        {...{ [SEARCH_INPUT_ATTR]: "" }}
      />
      <button type="submit">Search</button>
    </form>
  );
}
