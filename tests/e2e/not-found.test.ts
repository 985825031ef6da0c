import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newPage as openPage } from "./support/browser.ts";
import { startServer, type StaticServer } from "./support/server.ts";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(inject("distDir"));
  browser = await launchBrowser();
});

/**
 * The built site has no favicon yet, so Chromium's automatic /favicon.ico request 404s and logs a
 * console error unrelated to these pages; answer it here so `errors` keeps meaning "this page broke".
 */
async function newPage(b: Browser, options?: Parameters<typeof openPage>[1]) {
  const opened = await openPage(b, options);
  await opened.page.route("**/favicon.ico", (route) => route.fulfill({ status: 204, body: "" }));
  return opened;
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("not found", () => {
  it("shows a not-found page for an unknown address, with a search box and a link home", async () => {
    const { page, errors } = await newPage(browser);
    await page.goto(`${server.url}/this/does/not/exist`);
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    expect(await page.title()).toBe("Page not found — Readout");
    await page.getByRole("link", { name: "Go to the home page" }).click();
    await page.getByRole("heading", { level: 1, name: "Latest releases" }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("searches from the not-found page", async () => {
    const { page } = await newPage(browser);
    await page.goto(`${server.url}/nowhere`);
    const box = page.getByRole("search", { name: "Search the releases" }).getByRole("searchbox", { name: "Search the releases" });
    await box.fill("summit");
    await box.press("Enter");
    await page.waitForURL((u) => u.pathname === "/search" && u.searchParams.get("q") === "summit");
    await page.context().close();
  });
});
