import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { makeCorpus, renderApp, serveCorpus } from "../layout/support/fake-corpus.ts";

// 600 releases over ~5 years in 12 list pages: enough that rendering all of them would show.
const corpus = makeCorpus(600, 50);
let requested: string[] = [];
beforeAll(() => {
  requested = serveCorpus(corpus).requested;
});

const releaseList = (name: RegExp) => screen.findByRole("list", { name });
const search = (router: { state: { location: { search: string } } }) => new URLSearchParams(router.state.location.search);

describe("timeline", () => {
  it("announces the count and renders only a window of a long list, fetching only the pages it shows", async () => {
    requested.length = 0;
    renderApp("/timeline");
    await screen.findByRole("heading", { level: 1, name: "Timeline" });
    expect(screen.getByRole("status")).toHaveTextContent("600 releases, newest first.");
    const list = await releaseList(/All releases, newest first/);
    await within(list).findByRole("link", { name: corpus.rows[0]!.title });
    const items = within(list).getAllByRole("listitem");
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(40);
    expect(items[0]).toHaveAttribute("aria-setsize", "600");
    expect(within(list).queryByRole("link", { name: corpus.rows[599]!.title })).not.toBeInTheDocument();
    expect(requested.filter((f) => f.startsWith("list/"))).toEqual(["list/0.json"]);
  });

  it("groups releases under year and month headings", async () => {
    renderApp("/timeline");
    const list = await releaseList(/All releases/);
    expect(await within(list).findByRole("heading", { level: 2, name: "2024" })).toBeInTheDocument();
    expect(within(list).getByRole("heading", { level: 3, name: "December 2024" })).toBeInTheDocument();
    expect(within(list).getByRole("heading", { level: 3, name: "November 2024" })).toBeInTheDocument();
  });

  it("filters by publisher with a labelled checkbox, puts the filter in the URL and announces the new count", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/timeline");
    await screen.findByRole("heading", { level: 1, name: "Timeline" });
    const publishers = screen.getByRole("group", { name: "Publishers" });
    await user.click(await within(publishers).findByRole("checkbox", { name: /Sylvania Palace Office/ }));
    await waitFor(() => expect(search(router).getAll("publisher")).toEqual(["sylvania-palace"]));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("300 of 600 releases match these filters."));
    const list = await releaseList(/Releases matching Sylvania Palace Office/);
    // Every other release is Sylvania's: the first listed is the second newest overall.
    expect(await within(list).findByRole("link", { name: corpus.rows[1]!.title })).toBeInTheDocument();
    expect(within(list).queryByRole("link", { name: corpus.rows[0]!.title })).not.toBeInTheDocument();
  });

  it("filters by a person with a checkbox and removes the filter by unchecking", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/timeline");
    await screen.findByRole("heading", { level: 1, name: "Timeline" });
    const people = screen.getByRole("group", { name: "People" });
    await user.click(await within(people).findByRole("checkbox", { name: /Cora Lind/ }));
    await waitFor(() => expect(search(router).getAll("person")).toEqual(["cora-lind"]));
    const expected = corpus.rows.filter((r) => r.people.includes("cora-lind")).length;
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(`${expected} of 600 releases match these filters.`));
    await user.click(within(screen.getByRole("group", { name: "People" })).getByRole("checkbox", { name: /Cora Lind/ }));
    await waitFor(() => expect(search(router).getAll("person")).toEqual([]));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("600 releases, newest first."));
  });

  it("reads filters from the URL: values of one facet mean any, different facets mean all", async () => {
    renderApp("/timeline?kind=talks&kind=call&publisher=freedonia-mfa");
    const expected = corpus.rows.filter((r) => (r.kind === "talks" || r.kind === "call") && r.publisher === "freedonia-mfa").length;
    expect(expected).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(`${expected} of 600 releases match these filters.`));
    const kinds = screen.getByRole("group", { name: "Kind of occasion" });
    // Options may load after the count: wait for the boxes, not just the status line.
    expect(await within(kinds).findByRole("checkbox", { name: /Talks/ })).toBeChecked();
    expect(within(kinds).getByRole("checkbox", { name: /Call/ })).toBeChecked();
    expect(within(kinds).getByRole("checkbox", { name: /Arrival/ })).not.toBeChecked();
  });

  it("says so when nothing matches, and clears all filters with one link", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/timeline?year=2024&year=1999&person=nobody-known");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("No release matches these filters."));
    expect(screen.queryByRole("list", { name: /Releases matching/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: "Clear all filters" }));
    await waitFor(() => expect(router.state.location.search).toBe(""));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("600 releases, newest first."));
  });

  it("titles the document after the filters", async () => {
    renderApp("/timeline?person=ada-quill&year=2023");
    await waitFor(() => expect(document.title).toBe("Timeline: Ada Quill, 2023 — Readout"));
  });
});
