import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { makeCorpus, renderApp, serveCorpus } from "../layout/support/fake-corpus.ts";

const corpus = makeCorpus(200, 50);
beforeAll(() => {
  serveCorpus(corpus);
});

describe("home", () => {
  it("lists the latest releases newest first, each linking to its page", async () => {
    renderApp("/");
    expect(await screen.findByRole("heading", { level: 1, name: "Latest releases" })).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "Latest releases, newest first" });
    const links = within(list).getAllByRole("link");
    expect(links).toHaveLength(20);
    expect(links[0]).toHaveTextContent(corpus.rows[0]!.title);
    expect(links[0]).toHaveAttribute("href", `/releases/${corpus.rows[0]!.id}`);
    expect(within(list).getAllByRole("listitem")[0]).toHaveTextContent("30 December 2024");
    expect(screen.getByText(/200 releases from 2 publishers/)).toBeInTheDocument();
  });

  it("offers ways in by year, by publisher and by person", async () => {
    renderApp("/");
    const byYear = await screen.findByRole("region", { name: "By year" });
    expect(within(byYear).getByRole("link", { name: /2024/ })).toHaveAttribute("href", "/timeline?year=2024");
    const byPublisher = screen.getByRole("region", { name: "By publisher" });
    expect(within(byPublisher).getByRole("link", { name: /Sylvania Palace Office/ })).toHaveAttribute("href", "/timeline?publisher=sylvania-palace");
    const byPerson = screen.getByRole("region", { name: "People who appear most" });
    expect(within(byPerson).getByRole("link", { name: /Bram Osei/ })).toHaveAttribute("href", "/people/bram-osei");
  });

  it("opens the timeline filtered to a year from its link", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/");
    const byYear = await screen.findByRole("region", { name: "By year" });
    await user.click(within(byYear).getByRole("link", { name: /2023/ }));
    await screen.findByRole("heading", { level: 1, name: "Timeline" });
    expect(router.state.location.search).toBe("?year=2023");
    const years = screen.getByRole("group", { name: "Years" });
    expect(within(years).getByRole("checkbox", { name: /2023/ })).toBeChecked();
    const in2023 = corpus.rows.filter((r) => r.date?.startsWith("2023")).length;
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(`${in2023} of 200 releases match these filters.`));
  });
});
