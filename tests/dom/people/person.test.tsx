import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { makeCorpus, renderApp, serveCorpus } from "../layout/support/fake-corpus.ts";

const corpus = makeCorpus(400, 50);
beforeAll(() => {
  serveCorpus(corpus);
});

const coraReleases = corpus.rows.filter((r) => r.people.includes("cora-lind"));

describe("person page", () => {
  it("shows the name, the titles seen and when, and the count of releases", async () => {
    renderApp("/people/cora-lind");
    expect(await screen.findByRole("heading", { level: 1, name: "Cora Lind" })).toBeInTheDocument();
    expect(document.title).toBe("Cora Lind — Readout");
    const titles = screen.getByRole("table", { name: /Titles the releases give Cora Lind/ });
    const row = within(titles).getByRole("row", { name: /Prime Minister of Elbonia/ });
    expect(row).toHaveTextContent(String(coraReleases.length));
    expect(row).toHaveTextContent("2024");
    expect(screen.getByText(new RegExp(`Appears in ${coraReleases.length} releases`))).toBeInTheDocument();
  });

  it("links each statement to its paragraph and the people met most to their pages", async () => {
    renderApp("/people/cora-lind");
    const statements = await screen.findByRole("region", { name: "Statements" });
    const first = coraReleases[0]!;
    const link = within(statements).getAllByRole("link", { name: first.title })[0]!;
    expect(link).toHaveAttribute("href", `/releases/${first.id}#p-2`);
    expect(within(statements).getAllByText(/Cora Lind said the talks in/, { selector: "p" })).toHaveLength(3);
    const met = screen.getByRole("region", { name: "Met most often" });
    expect(within(met).getByRole("link", { name: /Ada Quill/ })).toHaveAttribute("href", "/people/ada-quill");
  });

  it("lists their releases newest first as a windowed list", async () => {
    renderApp("/people/cora-lind");
    const list = await screen.findByRole("list", { name: "Releases with Cora Lind, newest first" });
    const newest = await within(list).findByRole("link", { name: coraReleases[0]!.title });
    expect(newest).toHaveAttribute("href", `/releases/${coraReleases[0]!.id}`);
    const items = within(list).getAllByRole("listitem");
    expect(items[0]).toHaveAttribute("aria-setsize", String(coraReleases.length));
    expect(items.length).toBeLessThan(coraReleases.length);
    expect(within(list).queryByRole("link", { name: coraReleases[coraReleases.length - 1]!.title })).not.toBeInTheDocument();
  });

  it("goes to another person's page from the people met, with focus on the new heading", async () => {
    const user = userEvent.setup();
    renderApp("/people/cora-lind");
    const met = await screen.findByRole("region", { name: "Met most often" });
    await user.click(within(met).getByRole("link", { name: /Ada Quill/ }));
    const h1 = await screen.findByRole("heading", { level: 1, name: "Ada Quill" });
    expect(h1).toHaveFocus();
  });

  it("links to the timeline filtered by the person", async () => {
    renderApp("/people/dev-marr");
    expect(await screen.findByRole("link", { name: "Filter the timeline by Dev Marr" })).toHaveAttribute("href", "/timeline?person=dev-marr");
  });
});
