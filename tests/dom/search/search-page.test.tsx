import { act, configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider, useLocation } from "react-router-dom";
import { describe, expect, it, vi } from "vitest";
import { emptyResults, type SearchEngine, type SearchFilters, type SearchResults } from "../../../src/features/search/engine.ts";
import { SearchEngineProvider } from "../../../src/features/search/engine-context.tsx";
import type { ParsedQuery } from "../../../src/features/search/query.ts";
import { SearchBox } from "../../../src/features/search/search-box.tsx";
import { SearchView } from "../../../src/features/search/search-view.tsx";
import type { SortOrder } from "../../../src/features/search/url-state.ts";

configure({ asyncUtilTimeout: 5000 });
// Route code loads on a busy two-core machine; typing a word takes a while under jsdom.
vi.setConfig({ testTimeout: 20_000 });

/** Invented results; the stub answers "grain" with two releases and anything else with none. */
function grainResults(filters: SearchFilters): SearchResults {
  const onlyQuell = filters.facets.person.includes("ilse-varn");
  const hits = [
    {
      releaseId: "2022-03-10-talks-aaaaaa",
      title: "Talks on river shipping",
      date: "2022-03-10",
      publisher: "Valdoria Foreign Office",
      speakers: ["Tomas Brenn"],
      kind: "talks",
      snippet: [
        { text: "Our ports will ship ", mark: false },
        { text: "grain", mark: true },
        { text: " this season.", mark: false },
      ],
      paragraphId: "p-3",
    },
    {
      releaseId: "2021-07-01-call-bbbbbb",
      title: "Call with the Prime Minister",
      date: "2021-07-01",
      publisher: "Estmark Palace",
      speakers: ["Ilse Varn", "Mara Quell"],
      kind: "call",
      snippet: [{ text: "grain", mark: true }, { text: " corridors", mark: false }],
      paragraphId: "p-1",
    },
  ];
  const shown = onlyQuell ? hits.slice(1) : hits;
  return {
    ...emptyResults(),
    total: shown.length,
    hits: shown,
    facets: {
      ...emptyResults().facets,
      person: [
        { value: "mara-quell", label: "Mara Quell", count: 2 },
        { value: "ilse-varn", label: "Ilse Varn", count: 1 },
      ],
      year: [
        { value: "2022", label: "2022", count: 1 },
        { value: "2021", label: "2021", count: 1 },
      ],
    },
  };
}

function stubEngine(impl?: SearchEngine["search"]) {
  const search = vi.fn<(q: ParsedQuery, f: SearchFilters, s: SortOrder, p: number) => Promise<SearchResults>>(
    impl ?? (async (q, f) => (q.terms.includes("grain") ? grainResults(f) : emptyResults())),
  );
  return { engine: { search } satisfies SearchEngine, search };
}

/** An engine whose "grain" answer waits until the test calls answer(). */
function slowGrainEngine() {
  let answer!: () => void;
  const answered = new Promise<void>((r) => (answer = r));
  const stub = stubEngine(async (q, f) => {
    if (!q.terms.includes("grain")) return emptyResults();
    await answered;
    return grainResults(f);
  });
  return { ...stub, answer };
}

function Where() {
  const l = useLocation();
  return <output aria-label="location">{l.pathname + l.search + l.hash}</output>;
}

function renderSearch(url: string, engine: SearchEngine, entries: string[] = []) {
  const router = createMemoryRouter(
    [
      {
        path: "/",
        element: (
          <SearchEngineProvider engine={engine}>
            <SearchBox />
            <input aria-label="Note" />
            <Where />
          </SearchEngineProvider>
        ),
      },
      {
        path: "/search",
        element: (
          <SearchEngineProvider engine={engine}>
            <SearchView />
            <Where />
          </SearchEngineProvider>
        ),
      },
      { path: "/releases/:id", element: <Where /> },
    ],
    { initialEntries: [...entries, url], initialIndex: entries.length },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const here = () => screen.getByLabelText("location").textContent;

describe("search results page", () => {
  it("searches as you type, replacing the URL, and shows results with marked terms", async () => {
    const user = userEvent.setup();
    const { engine, search } = stubEngine();
    const router = renderSearch("/search", engine, ["/"]);
    await user.type(screen.getByRole("searchbox", { name: "Search releases" }), "grain");
    expect(await screen.findByText("2 releases found for “grain”")).toBeInTheDocument();
    expect(here()).toBe("/search?q=grain");
    expect(search).toHaveBeenLastCalledWith(expect.objectContaining({ terms: ["grain"] }), expect.anything(), "relevance", 1);

    const results = within(screen.getByRole("list", { name: "Results" })).getAllByRole("listitem");
    expect(results).toHaveLength(2);
    const first = within(results[0]!);
    expect(first.getByRole("link", { name: "Talks on river shipping" })).toHaveAttribute("href", "/releases/2022-03-10-talks-aaaaaa?q=grain#p-3");
    expect(results[0]!.querySelector("mark")).toHaveTextContent(/^grain$/);
    expect(first.getByText(/Valdoria Foreign Office/)).toHaveTextContent("10 March 2022 · Valdoria Foreign Office · Tomas Brenn");

    // Typing replaced the entry it started on, so one Back leaves the search page.
    await act(() => router.navigate(-1));
    expect(here()).toBe("/");
  });

  it("goes to the new address once its answer is in, and shows that answer without searching again", async () => {
    const user = userEvent.setup();
    const { engine, search, answer } = slowGrainEngine();
    renderSearch("/search", engine);
    await user.type(screen.getByRole("searchbox", { name: "Search releases" }), "grain{Enter}");
    // Held, as a route loader would hold it: the page has not moved on to a "Searching…" state.
    expect(here()).toBe("/search");
    expect(screen.queryByText("Searching…")).not.toBeInTheDocument();
    answer();
    await waitFor(() => expect(here()).toBe("/search?q=grain"));
    // In the same render as the new address.
    expect(screen.getByText("2 releases found for “grain”")).toHaveAttribute("role", "status");
    expect(search.mock.calls.filter(([q]) => q.terms.includes("grain"))).toHaveLength(1);
  });

  it("goes to the new address after a short wait when the answer is slow, and says it is searching", async () => {
    const user = userEvent.setup();
    const { engine, answer } = slowGrainEngine();
    renderSearch("/search", engine);
    await user.type(screen.getByRole("searchbox", { name: "Search releases" }), "grain{Enter}");
    await waitFor(() => expect(here()).toBe("/search?q=grain"));
    expect(screen.getByText("Searching…")).toHaveAttribute("role", "status");
    answer();
    expect(await screen.findByText("2 releases found for “grain”")).toBeInTheDocument();
  });

  it("drops a held navigation when the reader goes Back before the answer is in", async () => {
    const user = userEvent.setup();
    const { engine, answer } = slowGrainEngine();
    const router = renderSearch("/search", engine, ["/"]);
    await user.type(screen.getByRole("searchbox", { name: "Search releases" }), "grain{Enter}");
    await act(() => router.navigate(-1));
    expect(here()).toBe("/");
    answer();
    // Longer than the hold: the search page's Enter must not pull the reader back.
    await act(() => new Promise((r) => setTimeout(r, 400)));
    expect(here()).toBe("/");
  });

  it("warms the engine with the words as they are typed, before the pause starts the search", async () => {
    const user = userEvent.setup();
    const { engine, search } = stubEngine();
    const prepare = vi.fn(async () => undefined);
    renderSearch("/search", { ...engine, prepare });
    await user.type(screen.getByRole("searchbox", { name: "Search releases" }), "gra");
    // With the page's filters and sort, so the engine can work out the answer the pause will ask for.
    expect(prepare).toHaveBeenLastCalledWith(expect.objectContaining({ terms: ["gra"] }), expect.objectContaining({ speaker: null }), "relevance");
    expect(search).not.toHaveBeenCalledWith(expect.objectContaining({ terms: ["gra"] }), expect.anything(), expect.anything(), expect.anything());
    await waitFor(() => expect(search).toHaveBeenCalledWith(expect.objectContaining({ terms: ["gra"] }), expect.anything(), "relevance", 1));
  });

  it("says it is searching, not the old count, while a new query is on its way", async () => {
    const user = userEvent.setup();
    let release: () => void = () => undefined;
    const { engine } = stubEngine(async (q, f) => {
      if (q.terms.includes("energy")) await new Promise<void>((r) => (release = r));
      return q.terms.includes("grain") ? grainResults(f) : emptyResults();
    });
    renderSearch("/search?q=grain", engine);
    await screen.findByText("2 releases found for “grain”");
    const box = screen.getByRole("searchbox", { name: "Search releases" });
    await user.clear(box);
    await user.type(box, "energy{Enter}");
    await waitFor(() => expect(here()).toBe("/search?q=energy"));
    expect(screen.getByText("Searching…")).toHaveAttribute("aria-live", "polite");
    expect(screen.queryByText(/found for “energy”/)).toBeNull();
    act(() => release());
    expect(await screen.findByText("0 releases found for “energy”")).toBeInTheDocument();
  });

  it("announces the count politely", async () => {
    const { engine } = stubEngine();
    renderSearch("/search?q=grain", engine);
    const status = await screen.findByText("2 releases found for “grain”");
    expect(status).toHaveAttribute("aria-live", "polite");
    expect(status).toHaveAttribute("role", "status");
  });

  it("adds a facet value to the URL as a new entry, and Back removes it", async () => {
    const user = userEvent.setup();
    const { engine, search } = stubEngine();
    const router = renderSearch("/search?q=grain", engine);
    const people = await screen.findByRole("group", { name: "People" });
    await user.click(within(people).getByRole("checkbox", { name: "Ilse Varn (1)" }));
    await waitFor(() => expect(here()).toBe("/search?q=grain&person=ilse-varn"));
    expect(await screen.findByText("1 release found for “grain”")).toBeInTheDocument();
    expect(search).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ facets: expect.objectContaining({ person: ["ilse-varn"] }) }), "relevance", 1);
    expect(within(screen.getByRole("group", { name: "People" })).getByRole("checkbox", { name: "Ilse Varn (1)" })).toBeChecked();
    await act(() => router.navigate(-1));
    expect(here()).toBe("/search?q=grain");
    expect(await screen.findByText("2 releases found for “grain”")).toBeInTheDocument();
  });

  it("sorts by date and keeps the choice in the URL", async () => {
    const user = userEvent.setup();
    const { engine, search } = stubEngine();
    renderSearch("/search?q=grain", engine);
    await screen.findByText("2 releases found for “grain”");
    await user.selectOptions(screen.getByRole("combobox", { name: "Sort by" }), "Newest first");
    await waitFor(() => expect(here()).toBe("/search?q=grain&sort=date"));
    await waitFor(() => expect(search).toHaveBeenLastCalledWith(expect.anything(), expect.anything(), "date", 1));
  });

  it("walks the results with the arrow keys", async () => {
    const user = userEvent.setup();
    const { engine } = stubEngine();
    renderSearch("/search?q=grain", engine);
    const first = await screen.findByRole("link", { name: "Talks on river shipping" });
    first.focus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("link", { name: "Call with the Prime Minister" })).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(first).toHaveFocus();
  });

  it("says when nothing matches and offers to drop each filter", async () => {
    const { engine } = stubEngine();
    renderSearch("/search?q=walrus&person=mara-quell&year=2021", engine);
    expect(await screen.findByText("No release matches this search.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Drop person “mara-quell”" })).toHaveAttribute("href", "/search?q=walrus&year=2021");
    expect(screen.getByRole("link", { name: "Drop year “2021”" })).toHaveAttribute("href", "/search?q=walrus&person=mara-quell");
  });

  it("shows query text as text, never as markup", async () => {
    const { engine } = stubEngine();
    renderSearch(`/search?q=${encodeURIComponent("<b>bold</b> & <img src=x>")}`, engine);
    expect(await screen.findByText("0 releases found for “<b>bold</b> & <img src=x>”")).toBeInTheDocument();
    expect(document.querySelector("main b, b, img")).toBeNull();
  });

  it("answers a query of only common words without searching for them", async () => {
    const { engine } = stubEngine();
    renderSearch("/search?q=the+of", engine);
    expect(await screen.findByText("“the of” has only very common words, which every release contains.")).toBeInTheDocument();
    expect(screen.getByText("Add a more specific word, a name or a place.")).toBeInTheDocument();
  });

  it("reports a failing engine without breaking the page", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { engine } = stubEngine(async () => {
      throw new Error("offline");
    });
    renderSearch("/search?q=grain", engine);
    expect(await screen.findByRole("alert")).toHaveTextContent("Search is not available right now");
    expect(screen.getByRole("searchbox", { name: "Search releases" })).toHaveValue("grain");
  });

  it("restricts to one speaker and links back to everyone's words", async () => {
    const { engine, search } = stubEngine();
    renderSearch("/search?q=grain&speaker=mara-quell", engine);
    expect(await screen.findByText(/Only words spoken by/)).toHaveTextContent("Only words spoken by Mara Quell.");
    expect(screen.getByRole("link", { name: "Search everyone's words" })).toHaveAttribute("href", "/search?q=grain");
    expect(search).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ speaker: "mara-quell" }), "relevance", 1);
  });
});

describe("snippets that come after the rows", () => {
  it("shows rows at once, then each row's snippet and paragraph link in place", async () => {
    const complete = grainResults({ facets: { person: [], country: [], organisation: [], publisher: [], kind: [], year: [] }, from: null, to: null, speaker: null });
    let release!: () => void;
    const arrived = new Promise<void>((r) => (release = r));
    const details = vi.fn(async (_q: ParsedQuery, _f: SearchFilters, hits: SearchResults["hits"]) => {
      await arrived;
      return hits.map((h) => complete.hits.find((c) => c.releaseId === h.releaseId)!);
    });
    const engine: SearchEngine = {
      search: async (q) =>
        q.terms.includes("grain")
          ? { ...complete, hits: complete.hits.map((h) => ({ ...h, snippet: [], paragraphId: null })), detailsPending: true }
          : emptyResults(),
      details,
    };
    renderSearch("/search?q=grain", engine);
    await screen.findByText("2 releases found for “grain”");
    const link = screen.getByRole("link", { name: "Talks on river shipping" });
    // Before the release text is in: the row opens the release at its top, and nothing is marked.
    expect(link).toHaveAttribute("href", "/releases/2022-03-10-talks-aaaaaa?q=grain");
    expect(screen.getByRole("list", { name: "Results" }).querySelector("mark")).toBeNull();
    // Asked for once the rows are on screen (an effect, which may run just after the paint).
    await waitFor(() => expect(details).toHaveBeenCalledTimes(1));
    expect(details.mock.calls[0]![2].map((h) => h.releaseId)).toEqual(complete.hits.map((h) => h.releaseId));

    release();
    await waitFor(() => expect(link).toHaveAttribute("href", "/releases/2022-03-10-talks-aaaaaa?q=grain#p-3"));
    // The same link element, now with its paragraph: the row was not replaced.
    expect(screen.getByRole("link", { name: "Talks on river shipping" })).toBe(link);
    const first = within(screen.getByRole("list", { name: "Results" })).getAllByRole("listitem")[0]!;
    expect(first.querySelector("mark")).toHaveTextContent(/^grain$/);
    expect(first).toHaveTextContent("Our ports will ship grain this season.");
  });
});

describe("facet counts that come after the results", () => {
  it("asks for them only when the answer lacks them, and shows them when they come", async () => {
    const full = grainResults({ facets: { person: [], country: [], organisation: [], publisher: [], kind: [], year: [] }, from: null, to: null, speaker: null });
    let partial = true;
    const facets = vi.fn(async () => full.facets);
    const engine: SearchEngine = {
      search: async (q, f) => {
        if (!q.terms.includes("grain")) return emptyResults();
        const answer = grainResults(f);
        // Until the engine has its columns, an answer counts only the years.
        return partial ? { ...answer, facets: { ...emptyResults().facets, year: answer.facets.year }, countsPartial: true } : answer;
      },
      facets,
    };
    renderSearch("/search?q=grain", engine);
    await screen.findByText("2 releases found for “grain”");
    expect(screen.getByRole("group", { name: "Year" })).toBeInTheDocument();
    const people = await screen.findByRole("group", { name: "People" });
    expect(within(people).getByRole("checkbox", { name: "Mara Quell (2)" })).toBeInTheDocument();
    expect(facets).toHaveBeenCalledTimes(1);

    // Once the engine counts everything itself, the page asks no more.
    partial = false;
    const user = userEvent.setup();
    await user.click(within(people).getByRole("checkbox", { name: "Ilse Varn (1)" }));
    await waitFor(() => expect(here()).toBe("/search?q=grain&person=ilse-varn"));
    expect(await screen.findByText("1 release found for “grain”")).toBeInTheDocument();
    expect(within(screen.getByRole("group", { name: "People" })).getByRole("checkbox", { name: "Ilse Varn (1)" })).toBeChecked();
    expect(facets).toHaveBeenCalledTimes(1);
  });
});

describe("header search box", () => {
  it("is focused by / and Ctrl+K, but not while typing in another field, and opens the results page", async () => {
    const user = userEvent.setup();
    const { engine } = stubEngine();
    renderSearch("/", engine);
    const box = screen.getByRole("searchbox", { name: "Search releases" });
    await user.click(screen.getByRole("textbox", { name: "Note" }));
    await user.keyboard("/");
    expect(screen.getByRole("textbox", { name: "Note" })).toHaveValue("/");
    expect(box).not.toHaveFocus();
    (document.activeElement as HTMLElement).blur();
    await user.keyboard("{Control>}k{/Control}");
    expect(box).toHaveFocus();
    box.blur();
    await user.keyboard("/");
    expect(box).toHaveFocus();
    expect(box).toHaveValue("");
    await user.keyboard("energy prices{Enter}");
    await waitFor(() => expect(here()).toBe("/search?q=energy+prices"));
  });
});
