import { screen } from "@testing-library/react";
import { beforeAll, expect, it, vi } from "vitest";
import { renderApp } from "./support/fake-corpus.ts";

// Its own file: the corpus client caches per page load, and here every corpus request fails.
beforeAll(() => {
  vi.stubGlobal("fetch", async () => new Response("upstream down", { status: 503 }));
  vi.stubGlobal("scrollTo", () => {});
});

it("says what failed, inside the layout, when the corpus cannot be loaded", async () => {
  renderApp("/timeline");
  expect(await screen.findByRole("heading", { level: 1, name: "Something went wrong" })).toBeInTheDocument();
  expect(screen.getByRole("alert")).toHaveTextContent("Could not load manifest.json: HTTP 503");
  expect(screen.getByRole("button", { name: "Reload the page" })).toBeInTheDocument();
  expect(screen.getByRole("navigation", { name: "Main" })).toBeInTheDocument();
});
