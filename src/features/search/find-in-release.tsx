import { useCallback, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import { Link, useLocation, useSearchParams } from "react-router-dom";
import type { Paragraph } from "../../lib/corpus-schema.ts";
import { markText, parseQuery, queryMatcher } from "./query.ts";

export interface ReleaseFind {
  /** The find bar, or null when the release was not opened from a search. */
  find: ReactNode;
  /** Marks the query's words in a paragraph's text; undefined when there is nothing to mark. */
  renderText: ((text: string, paragraph: Paragraph) => ReactNode) | undefined;
}

/**
 * "Find within a release": the words of the search that led here (`?q=` on the release URL) are
 * marked in every paragraph, with next and previous to step through the paragraphs holding them.
 */
const noSubscription = () => () => undefined;

export function useReleaseFind(paragraphs: readonly Paragraph[]): ReleaseFind {
  // A prerendered page is the release without `?q=`: marks would not match its HTML, so they are
  // added right after hydration (false on the server and while hydrating, true from then on).
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [params] = useSearchParams();
  const q = params.get("q") ?? "";
  const query = useMemo(() => parseQuery(q), [q]);
  const searching = hydrated && (query.terms.length > 0 || query.phrases.length > 0);
  // The same rule the engine marks snippets with, so the find bar marks what the search matched.
  const isMatch = useMemo(() => queryMatcher(query), [query]);
  const hits = useMemo(
    () => (searching ? paragraphs.filter((p) => markText(p.text, isMatch).some((part) => part.mark)).map((p) => p.id) : []),
    [paragraphs, isMatch, searching],
  );
  const renderText = useCallback(
    (text: string) =>
      markText(text, isMatch).map((p, i) =>
        p.mark ? (
          <mark key={i} className="find-mark">
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      ),
    [isMatch],
  );
  if (!searching) return { find: null, renderText: undefined };
  return { find: <FindBar q={q} hits={hits} />, renderText };
}

export function FindBar({ q, hits }: { q: string; hits: readonly string[] }) {
  const location = useLocation();
  const fromHash = hits.indexOf(location.hash.slice(1));
  const [current, setCurrent] = useState(fromHash);
  const step = (delta: number) => {
    if (hits.length === 0) return;
    const next = current < 0 ? (delta > 0 ? 0 : hits.length - 1) : (current + delta + hits.length) % hits.length;
    setCurrent(next);
    const el = document.getElementById(hits[next]!);
    el?.scrollIntoView({ block: "center" });
    el?.focus({ preventScroll: true });
  };
  const shown = q.trim().slice(0, 80);
  return (
    <div className="release-find" role="group" aria-label="Find in this release">
      <p role="status" aria-live="polite">
        {hits.length === 0
          ? `“${shown}” is not in this release's text.`
          : `“${shown}” is in ${hits.length === 1 ? "1 paragraph" : `${hits.length} paragraphs`}${current >= 0 ? ` (showing ${current + 1} of ${hits.length})` : ""}.`}
      </p>
      {hits.length > 0 && (
        <>
          <button type="button" onClick={() => step(-1)}>
            Previous match
          </button>
          <button type="button" onClick={() => step(1)}>
            Next match
          </button>
        </>
      )}
      <Link to={{ pathname: location.pathname, hash: location.hash }} replace>
        Clear marks
      </Link>
    </div>
  );
}
