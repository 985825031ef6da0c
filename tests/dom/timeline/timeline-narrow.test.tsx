import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { makeCorpus, renderApp, serveCorpus } from "../layout/support/fake-corpus.ts";

// Its own file: the corpus client caches files per page load, and this test counts requests.
const corpus = makeCorpus(120, 50);
let requested: string[] = [];
beforeAll(() => {
  requested = serveCorpus(corpus).requested;
  vi.stubGlobal("matchMedia", (query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} }));
});
afterAll(() => {
  vi.unstubAllGlobals();
});

it("on a narrow screen, keeps the filters closed and fetches the people index only once they are opened", async () => {
  const user = userEvent.setup();
  renderApp("/timeline");
  await screen.findByRole("heading", { level: 1, name: "Timeline" });
  expect(screen.getByRole("status")).toHaveTextContent("120 releases, newest first.");
  expect(screen.getByRole("group", { name: "People" })).not.toBeVisible();
  expect(requested).not.toContain("facets/person/index.json");
  await user.click(screen.getByText("Filters"));
  const people = screen.getByRole("group", { name: "People" });
  expect(await within(people).findByRole("checkbox", { name: /Ada Quill/ })).toBeVisible();
  expect(requested).toContain("facets/person/index.json");
});
