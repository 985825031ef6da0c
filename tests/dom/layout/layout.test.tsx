import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { makeCorpus, renderApp, serveCorpus } from "./support/fake-corpus.ts";

const corpus = makeCorpus(60);
beforeAll(() => {
  serveCorpus(corpus);
});

describe("layout", () => {
  it("offers a skip link first, which leads to the main content", async () => {
    const user = userEvent.setup();
    renderApp("/");
    await screen.findByRole("heading", { level: 1, name: "Latest releases" });
    await user.tab();
    const skip = screen.getByRole("link", { name: "Skip to content" });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute("href", "#main");
    expect(document.getElementById("main")).toBe(screen.getByRole("main"));
  });

  it("has a header with the site name and a main navigation to Home, Timeline and Search", async () => {
    renderApp("/");
    await screen.findByRole("heading", { level: 1, name: "Latest releases" });
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "Home" })).toHaveAttribute("href", "/");
    expect(within(nav).getByRole("link", { name: "Timeline" })).toHaveAttribute("href", "/timeline");
    expect(within(nav).getByRole("link", { name: "Search" })).toHaveAttribute("href", "/search");
    expect(within(nav).getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
    expect(screen.getByRole("banner")).toHaveTextContent("Readout");
  });

  it("leaves focus alone on first load, then moves it to the new page's heading on navigation", async () => {
    const user = userEvent.setup();
    renderApp("/");
    const h1 = await screen.findByRole("heading", { level: 1, name: "Latest releases" });
    expect(h1).not.toHaveFocus();
    await user.click(within(screen.getByRole("navigation", { name: "Main" })).getByRole("link", { name: "Timeline" }));
    const timeline = await screen.findByRole("heading", { level: 1, name: "Timeline" });
    await waitFor(() => expect(timeline).toHaveFocus());
    expect(document.title).toBe("Timeline — Readout");
  });

  it("lets a hash target win over focusing the heading", async () => {
    const { router } = renderApp("/");
    await screen.findByRole("heading", { level: 1, name: "Latest releases" });
    await router.navigate("/people/ada-quill#p-3");
    const h1 = await screen.findByRole("heading", { level: 1, name: "Ada Quill" });
    expect(h1).not.toHaveFocus();
  });

  it("does not move focus when only the query changes", async () => {
    const user = userEvent.setup();
    renderApp("/timeline");
    await screen.findByRole("heading", { level: 1, name: "Timeline" });
    const box = await screen.findByRole("checkbox", { name: /Freedonia Foreign Ministry/ });
    await user.click(box);
    await waitFor(() => expect(screen.getByRole("checkbox", { name: /Freedonia Foreign Ministry/ })).toBeChecked());
    expect(screen.getByRole("checkbox", { name: /Freedonia Foreign Ministry/ })).toHaveFocus();
  });
});

describe("not found", () => {
  it("answers an unknown address with a not-found page inside the layout, a search box and a way home", async () => {
    renderApp("/no/such/page");
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Main" })).toBeInTheDocument();
    const search = screen.getByRole("search", { name: "Search the releases" });
    const box = within(search).getByRole("searchbox", { name: "Search the releases" });
    expect(box).toHaveAttribute("name", "q");
    expect(search).toHaveAttribute("action", "/search");
    expect(search).toHaveAttribute("method", "get");
    expect(screen.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
    await waitFor(() => expect(document.title).toBe("Page not found — Readout"));
  });

  it("sends the search box to /search with the words typed", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/nowhere");
    const box = await screen.findByRole("searchbox", { name: "Search the releases" });
    await user.type(box, "grain corridor{Enter}");
    await waitFor(() => expect(router.state.location.pathname).toBe("/search"));
    expect(new URLSearchParams(router.state.location.search).get("q")).toBe("grain corridor");
  });

  it("shows the not-found page for a person the corpus does not have", async () => {
    renderApp("/people/nobody-here");
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Skip to content" })).toBeInTheDocument();
  });

  it("shows the not-found page for a malformed person id without asking the corpus", async () => {
    renderApp("/people/Not%20A%20Slug");
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
  });
});
