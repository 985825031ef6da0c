import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { Link, useLocation, useNavigate, useSearchParams } from "react-router-dom";
import { formatCount, formatDate } from "../../components/format.ts";
import { paths } from "../../lib/paths.ts";
import { defaultSearchEngine } from "./default-engine.ts";
import type { FacetValueCount, SearchFilters, SearchHit, SearchResults } from "./engine.ts";
import { useSearchEngine } from "./engine-context.tsx";
import { MarkedText } from "./marked-text.tsx";
import { parseQuery } from "./query.ts";
import { SEARCH_INPUT_ATTR, useSearchShortcut } from "./search-box.tsx";
import {
  hasFilters,
  parseSearchParams,
  SEARCH_FACETS,
  toggleFacet,
  toSearchParams,
  withoutEachFilter,
  type SearchFacet,
  type SearchState,
} from "./url-state.ts";
import "./search.css";

// The static engine answers a typed prefix in a few milliseconds once its files are in, so the
// pause only spares the URL and history a change per keystroke.
const TYPING_DELAY_MS = 120;
// Enter (or a pause in typing) navigates once the answer is in, as a route loader would, so the new
// URL renders once, with its results; a slow answer shows "Searching…" after this long.
const HOLD_NAVIGATION_MS = 250;
// Only the first search loads the facet columns; waiting for a pause keeps that load from
// competing with the results of a query still being typed.
const FACET_DELAY_MS = 300;

const FACET_NAMES: Record<SearchFacet, string> = {
  person: "People",
  country: "Countries",
  organisation: "Organisations",
  publisher: "Publishers",
  kind: "Kind of occasion",
  year: "Year",
};

/** `key` is the URL search the results answer, so a status never pairs old results with a new query. */
type Status = { state: "idle" } | { state: "loading" } | { state: "done"; results: SearchResults; key: string } | { state: "error" };

export const searchHref = (state: SearchState) => paths.search.href(toSearchParams(state));

/** The URL search string of a state, as `useSearchParams().toString()` gives it once there. */
const searchKey = (state: SearchState) => searchHref(state).split("?")[1] ?? "";

const filtersOf = (state: SearchState): SearchFilters => ({ facets: state.facets, from: state.from, to: state.to, speaker: state.speaker });

/** Where a result opens: the release at the matched paragraph, carrying the query to mark it. */
export function resultHref(releaseId: string, paragraphId: string | null, q: string): string {
  const query = q.trim() ? `?${new URLSearchParams({ q: q.trim() }).toString()}` : "";
  return `${paths.release.href(releaseId)}${query}${paragraphId ? `#${paragraphId}` : ""}`;
}

/** The results page. Its whole state is the URL, so a search is a link that survives reload and Back. */
export function SearchView() {
  useSearchShortcut();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const state = useMemo(() => parseSearchParams(params), [params]);
  const engine = useSearchEngine(defaultSearchEngine);
  const [settled, setStatus] = useState<Status>({ state: "idle" });
  const parsed = useMemo(() => parseQuery(state.q), [state.q]);

  const [draft, setDraft] = useState(state.q);
  const typing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inputId = useId();
  // Back, Forward or a link changed the query: show it in the box.
  useEffect(() => {
    if (typing.current === null) setDraft(state.q);
  }, [state.q]);
  useEffect(() => () => clearTimeout(typing.current ?? undefined), []);

  const go = (next: SearchState, replace = false) => navigate(searchHref(next), { replace, preventScrollReset: true });
  // The facet groups are memoised, so their one handler must not change with every URL.
  const latest = useRef(state);
  // Which history entry is on screen, so a held navigation never overrides one the reader made since.
  const location = useLocation();
  const shown = useRef<string | null>(location.key);
  useLayoutEffect(() => {
    latest.current = state;
    shown.current = location.key;
  }, [state, location.key]);
  useEffect(
    () => () => {
      shown.current = null;
    },
    [],
  );
  const onToggle = useCallback(
    (facet: SearchFacet, value: string) => navigate(searchHref(toggleFacet(latest.current, facet, value)), { preventScrollReset: true }),
    [navigate],
  );
  // Answers worked out before their navigation, by URL search (the last few): the page they open
  // renders with its results at once instead of "Searching…" first.
  const early = useRef(new Map<string, SearchResults>());
  const navigations = useRef(0);
  // The search for a URL about to be shown starts now, not once the navigation has rendered.
  const startEarly = (next: SearchState): Promise<unknown> => {
    const nextKey = searchKey(next);
    return engine()
      .search(parseQuery(next.q), filtersOf(next), next.sort, next.page)
      .then((results) => {
        early.current.delete(nextKey);
        early.current.set(nextKey, results);
        for (const k of early.current.keys()) if (early.current.size > 4) early.current.delete(k);
      })
      .catch(() => undefined);
  };
  const goWhenAnswered = (next: SearchState, replace: boolean) => {
    const mine = ++navigations.current;
    const from = location.key;
    const held = new Promise((resolve) => setTimeout(resolve, HOLD_NAVIGATION_MS));
    void Promise.race([startEarly(next), held]).then(() => {
      // Dropped when a later Enter or pause has taken over, or the reader has moved on meanwhile
      // (Back, a filter, a result link): the held URL was built from the page they left.
      if (mine === navigations.current && shown.current === from) go(next, replace);
    });
  };

  const onType = (value: string) => {
    setDraft(value);
    // Start fetching what the words typed so far need while the pause below runs.
    engine()
      .prepare?.(parseQuery(value), filtersOf(state), state.sort)
      .catch(() => undefined);
    clearTimeout(typing.current ?? undefined);
    // While typing, replace the entry so Back is not flooded with every prefix.
    typing.current = setTimeout(() => {
      typing.current = null;
      goWhenAnswered({ ...state, q: value, page: 1 }, true);
    }, TYPING_DELAY_MS);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    clearTimeout(typing.current ?? undefined);
    typing.current = null;
    goWhenAnswered({ ...state, q: draft, page: 1 }, draft === state.q);
  };

  // The results page is where searches happen: start the index (its small meta file) right away.
  useEffect(() => {
    engine()
      .prepare?.()
      .catch(() => undefined);
  }, [engine]);

  const key = params.toString();
  const ready = early.current.get(key);
  const status: Status = settled.state === "done" && settled.key === key ? settled : ready ? { state: "done", results: ready, key } : settled;
  // Bumped when a partial index (see SearchResults.partialFrom) has finished loading.
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    const answer = early.current.get(key);
    if (answer && answer.partialFrom === undefined && generation === 0) {
      setStatus({ state: "done", results: answer, key });
      return;
    }
    // The previous results stay on screen while the next arrive, so typing does not flicker.
    setStatus((s) => (s.state === "done" ? s : { state: "loading" }));
    engine()
      .search(parsed, filtersOf(state), state.sort, state.page)
      .then((results) => live && setStatus({ state: "done", results, key }))
      .catch((e: unknown) => {
        console.warn("search failed", e);
        if (live) setStatus({ state: "error" });
      });
    return () => {
      live = false;
    };
  }, [engine, parsed, state, key, generation]);

  const partial = status.state === "done" && status.results.partialFrom !== undefined;
  useEffect(() => {
    const e = engine();
    if (!partial || !e.complete) return;
    let live = true;
    e.complete()
      .then(() => live && setGeneration((g) => g + 1))
      .catch((err: unknown) => console.warn("search index did not finish loading", err));
    return () => {
      live = false;
    };
  }, [engine, partial]);

  // Fuller facet counts, asked once the results are on screen when the engine answered without
  // them (see SearchResults.countsPartial); later answers carry them all.
  const [facetState, setFacetState] = useState<{ key: string; facets: SearchResults["facets"] } | null>(null);
  const doneKey = status.state === "done" && status.results.countsPartial ? status.key : null;
  // Watched only once results are on screen: before that the filters sit right under the form.
  const filtersSeen = useNearViewport<HTMLElement>(doneKey !== null && doneKey === key);
  useEffect(() => {
    const e = engine();
    if (doneKey === null || doneKey !== key || !e.facets || !filtersSeen.near) return;
    let live = true;
    // Asked only once the reader pauses, so counts for half-typed words never hold up the next results.
    const timer = setTimeout(() => {
      e.facets!(parsed, filtersOf(state))
        .then((facets) => live && setFacetState({ key, facets }))
        .catch((err: unknown) => console.warn("facet counts failed", err));
    }, FACET_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [engine, doneKey, key, parsed, state, generation, filtersSeen.near]);

  // Snippets and paragraphs, asked as soon as rows without them are on screen (see
  // SearchResults.detailsPending); tied to the very results object they complete.
  const [details, setDetails] = useState<{ results: SearchResults; hits: SearchHit[] } | null>(null);
  const needDetails = status.state === "done" && status.results.detailsPending ? status.results : null;
  useEffect(() => {
    const e = engine();
    if (needDetails === null || !e.details) return;
    let live = true;
    e.details(parsed, filtersOf(state), needDetails.hits)
      .then((hits) => live && setDetails({ results: needDetails, hits }))
      .catch((err: unknown) => console.warn("search snippets failed", err));
    return () => {
      live = false;
    };
    // parsed and state belong to the search these results answer; only new results ask again.
  }, [engine, needDetails]);

  const answered = status.state === "done" ? status.results : null;
  // Memoised, so the list (itself memoised) is not rendered again on every keystroke once snippets are in.
  const results = useMemo(() => (answered && details?.results === answered ? { ...answered, hits: details.hits } : answered), [answered, details]);
  // Partial counts show until the fuller counts for this very search arrive.
  const facets = results?.countsPartial && facetState && facetState.key === doneKey ? facetState.facets : (results?.facets ?? null);
  const pending = status.state === "loading" || (status.state === "done" && status.key !== key);
  // Until the first answer names the speaker, say nothing rather than flash the raw id.
  const speakerName = state.speaker
    ? (facets?.person.find((p) => p.value === state.speaker)?.label ?? results?.hits[0]?.speakers[0] ?? (results ? state.speaker : null))
    : null;

  return (
    <div className="search-page">
      <h1>Search releases</h1>
      <form role="search" aria-label="Releases" className="search-form search-main-form" onSubmit={onSubmit}>
        <label htmlFor={inputId}>Search releases</label>
        <input
          id={inputId}
          type="search"
          name="q"
          value={draft}
          onChange={(e) => onType(e.target.value)}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={1000}
          aria-describedby={`${inputId}-hint`}
          {...{ [SEARCH_INPUT_ATTR]: "" }}
        />
        <button type="submit">Search</button>
        <p id={`${inputId}-hint`} className="search-hint muted">
          All words must match. Put a phrase in "quotes". Endings are matched: talk finds talks and talking.
        </p>
      </form>

      {speakerName && (
        <p className="search-speaker">
          Only words spoken by <strong>{speakerName}</strong>.{" "}
          <Link to={searchHref({ ...state, speaker: null, page: 1 })}>Search everyone's words</Link>
        </p>
      )}

      <div className="search-layout">
        <aside ref={filtersSeen.ref} className="search-filters" aria-label="Filters">
          <SortAndDates state={state} go={go} />
          {facets &&
            SEARCH_FACETS.map((facet) => (
              <FacetGroup key={facet} facet={facet} values={facets[facet]} selected={state.facets[facet]} onToggle={onToggle} />
            ))}
        </aside>
        <section className="search-results" aria-labelledby={`${inputId}-count`} aria-busy={pending || undefined}>
          <p id={`${inputId}-count`} role="status" aria-live="polite" className="search-count">
            {pending ? "Searching…" : statusText(status, state, parsed.onlyStopWords)}
          </p>
          {parsed.truncated && <p className="muted">Only the first part of a very long search was used.</p>}
          {results?.partialFrom !== undefined && (
            <p className="muted">
              Showing the newest releases{results.partialFrom ? ` (from ${formatDate(results.partialFrom)})` : ""} while older ones load…
            </p>
          )}
          {status.state === "error" && (
            <p role="alert">Search is not available right now. Check your connection and try again.</p>
          )}
          {results && results.total === 0 && (state.q.trim() || hasFilters(state)) && <NoResults state={state} onlyStopWords={parsed.onlyStopWords} />}
          {results && results.hits.length > 0 && status.state === "done" && (
            // The links carry the query these results answer, not one typed since.
            <ResultList results={results} q={new URLSearchParams(status.key).get("q") ?? ""} snippetsPending={results === answered && !!answered.detailsPending} />
          )}
          {results && <Pager results={results} state={state} />}
        </section>
      </div>
    </div>
  );
}

/**
 * Whether an element has come within a screen of the viewport (and stays so once it has). On a
 * phone the filters sit below the results, and their full counts cost the facet columns (hundreds
 * of kilobytes at 100,000 releases), which only a reader who scrolls to them should pay for.
 */
function useNearViewport<T extends Element>(watch: boolean): { ref: (el: T | null) => void; near: boolean } {
  const [near, setNear] = useState(false);
  const [el, setEl] = useState<T | null>(null);
  useEffect(() => {
    if (near || !el || !watch) return;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setNear(true);
    }, { rootMargin: "0px 0px 100% 0px" });
    observer.observe(el);
    return () => observer.disconnect();
  }, [el, near, watch]);
  return { ref: setEl, near };
}

function statusText(status: Status, state: SearchState, onlyStopWords: boolean): string {
  if (status.state !== "done") return "";
  const { total } = status.results;
  const q = state.q.trim();
  if (!q && !hasFilters(state)) return "Type a word, a name or a \"phrase\" to search every release.";
  if (onlyStopWords && !hasFilters(state)) return `“${q.slice(0, 80)}” has only very common words, which every release contains.`;
  const n = total === 1 ? "1 release" : `${formatCount(total)} releases`;
  return q ? `${n} found for “${q.slice(0, 80)}”` : `${n} found`;
}

function SortAndDates({ state, go }: { state: SearchState; go: (s: SearchState) => void }) {
  const id = useId();
  return (
    <div className="search-controls">
      <label htmlFor={`${id}-sort`}>Sort by</label>
      <select id={`${id}-sort`} value={state.sort} onChange={(e) => go({ ...state, sort: e.target.value === "date" ? "date" : "relevance", page: 1 })}>
        <option value="relevance">Best match</option>
        <option value="date">Newest first</option>
      </select>
      <fieldset className="search-dates">
        <legend>Dates</legend>
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          value={state.from ?? ""}
          onChange={(e) => go({ ...state, from: /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null, page: 1 })}
        />
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          value={state.to ?? ""}
          onChange={(e) => go({ ...state, to: /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null, page: 1 })}
        />
      </fieldset>
    </div>
  );
}

interface FacetGroupProps {
  facet: SearchFacet;
  values: FacetValueCount[];
  selected: readonly string[];
  onToggle: (facet: SearchFacet, value: string) => void;
}

// Memoised, like ResultList: pressing Enter navigates at once, and re-rendering the last answer's
// groups and rows then would hold up the new answer on a slow phone.
const FacetGroup = memo(function FacetGroup({ facet, values, selected, onToggle }: FacetGroupProps) {
  if (values.length === 0) return null;
  return (
    <fieldset className="search-facet">
      <legend>{FACET_NAMES[facet]}</legend>
      <ul>
        {values.map((v) => (
          <li key={v.value}>
            <label>
              <input type="checkbox" checked={selected.includes(v.value)} onChange={() => onToggle(facet, v.value)} />
              {v.label} <span className="muted">({formatCount(v.count)})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}, (a, b) => a.facet === b.facet && a.values === b.values && a.onToggle === b.onToggle && a.selected.join("\n") === b.selected.join("\n"));

const ResultList = memo(function ResultList({ results, q, snippetsPending }: { results: SearchResults; q: string; snippetsPending: boolean }) {
  const list = useRef<HTMLOListElement>(null);
  // Arrow keys walk the result links; Home and End jump to the ends.
  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    if (!["ArrowDown", "ArrowUp", "Home", "End"].includes(e.key)) return;
    const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>("a.search-hit-link") ?? [])];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next =
      e.key === "Home" ? 0 : e.key === "End" ? links.length - 1 : e.key === "ArrowDown" ? Math.min(links.length - 1, at + 1) : Math.max(0, at - 1);
    e.preventDefault();
    links[next]?.focus();
  };
  return (
    <ol ref={list} className="search-hits" aria-label="Results" onKeyDown={onKeyDown} start={(results.page - 1) * results.pageSize + 1}>
      {results.hits.map((h) => (
        // Keyed by release alone: the row stays the same element when its snippet arrives.
        <li key={h.releaseId} className="search-hit">
          <h2 className="search-hit-title">
            <Link className="search-hit-link" to={resultHref(h.releaseId, h.paragraphId, q)}>
              {h.title}
            </Link>
          </h2>
          <p className="search-hit-meta muted">
            {h.date && <time dateTime={h.date}>{formatDate(h.date)}</time>}
            {h.date && " · "}
            {h.publisher}
            {h.speakers.length > 0 && ` · ${h.speakers.slice(0, 4).join(", ")}${h.speakers.length > 4 ? "…" : ""}`}
          </p>
          {h.snippet.length > 0 ? (
            <p className="search-hit-snippet">
              <MarkedText parts={h.snippet} />
            </p>
          ) : (
            snippetsPending && <p className="search-hit-snippet search-hit-snippet-pending" aria-hidden="true" />
          )}
        </li>
      ))}
    </ol>
  );
});

function NoResults({ state, onlyStopWords }: { state: SearchState; onlyStopWords: boolean }) {
  const drops = withoutEachFilter(state);
  return (
    <div className="search-none">
      <p>{onlyStopWords ? "Add a more specific word, a name or a place." : "No release matches this search."}</p>
      {drops.length > 0 && (
        <>
          <p>Try without one of the filters:</p>
          <ul>
            {drops.map((d) => (
              <li key={`${d.facet}-${d.value}`}>
                <Link to={searchHref(d.state)}>
                  Drop {d.facet === "from" ? "from date" : d.facet === "to" ? "to date" : d.facet} “{d.value}”
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Pager({ results, state }: { results: SearchResults; state: SearchState }) {
  const last = Math.ceil(results.total / results.pageSize);
  if (last <= 1) return null;
  return (
    <nav className="search-pager" aria-label="Result pages">
      {results.page > 1 && (
        <Link to={searchHref({ ...state, page: results.page - 1 })} rel="prev">
          Previous page
        </Link>
      )}
      <span>
        Page {results.page} of {last}
      </span>
      {results.page < last && (
        <Link to={searchHref({ ...state, page: results.page + 1 })} rel="next">
          Next page
        </Link>
      )}
    </nav>
  );
}
