import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as route from "../../../src/app/routes/release.tsx";
import { makeRelease } from "./fixture.ts";

const release = makeRelease();

function renderRoute(path: string) {
  const router = createMemoryRouter(
    [{ path: "/releases/:releaseId", loader: route.loader, Component: route.Component, ErrorBoundary: route.ErrorBoundary }],
    { initialEntries: [path] },
  );
  return render(<RouterProvider router={router} />);
}

afterEach(() => vi.unstubAllGlobals());

describe("release route", () => {
  it("loads the release from the corpus", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string) =>
        String(url).endsWith(`releases/${release.id}.json`) ? Response.json(release) : new Response("", { status: 404 }),
      ),
    );
    renderRoute(`/releases/${release.id}`);
    expect(await screen.findByRole("heading", { level: 1, name: release.title })).toBeInTheDocument();
    // The route, not the view, names the page.
    await waitFor(() => expect(document.title).toBe(`${release.title} — Readout`), { timeout: 5000 });
  });

  it("answers an unknown or malformed id with 'Release not found'", async () => {
    const fetch = vi.fn(async () => new Response("", { status: 404 }));
    vi.stubGlobal("fetch", fetch);
    const { unmount } = renderRoute("/releases/no-such-release");
    expect(await screen.findByRole("heading", { level: 1, name: "Release not found" })).toBeInTheDocument();
    // The same way on as the site's 404 page: a search box and links home and to the timeline.
    expect(screen.getByRole("searchbox", { name: "Search the releases" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
    expect(screen.getByRole("link", { name: "Browse the timeline" })).toHaveAttribute("href", "/timeline");
    unmount();

    fetch.mockClear();
    renderRoute("/releases/Not%20A%20Slug");
    expect(await screen.findByRole("heading", { level: 1, name: "Release not found" })).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it("offers to try again when loading failed, and recovers", async () => {
    // Another id than above: the corpus client caches what it has loaded for the page's lifetime.
    const release = makeRelease({ id: "2031-04-03-retried-release-fff000", title: "A release that loads on the second try" });
    let fail = true;
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string) => {
        if (fail) throw new TypeError("network down");
        return String(url).endsWith(`releases/${release.id}.json`) ? Response.json(release) : new Response("", { status: 404 });
      }),
    );
    renderRoute(`/releases/${release.id}`);
    expect(await screen.findByRole("heading", { level: 1, name: "Could not load this release" })).toBeInTheDocument();
    fail = false;
    await userEvent.setup().click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { level: 1, name: release.title })).toBeInTheDocument();
  });
});
