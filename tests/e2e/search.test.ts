import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axe } from "./support/axe.ts";
import { useSite } from "./support/site.ts";

const site = useSite();

/** The machine is shared and busy: give the first search of a page time. */
const poll = <T,>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 100 });

const count = (page: Page) => page.locator("main [role=status][aria-live=polite]").first();
const resultTitles = (page: Page) => page.locator("main ol.search-hits h2 a").allInnerTexts();
const resultHrefs = (page: Page) => page.locator("main ol.search-hits h2 a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));

describe("search in Chromium over the sample corpus", () => {
  it("types a query, filters by a person, opens a result at the marked paragraph, and comes back", async () => {
    const { page, errors } = await site.newPage();
    await page.goto(`${site.url}/`, { waitUntil: "networkidle" });
    // The header box: "/" focuses it, Enter opens the results page.
    await page.keyboard.press("/");
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("search");
    await page.keyboard.type("power line");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\?q=power\+line$/);
    await poll(() => count(page).innerText()).toMatch(/^\d+ releases? found for “power line”$/);

    // Refine by typing on the results page: the URL follows without new history entries.
    const box = page.getByRole("searchbox", { name: "Search releases" });
    await box.fill("power line strait");
    await poll(() => page.url()).toMatch(/\?q=power\+line\+strait$/);
    await poll(() => count(page).innerText()).toMatch(/found for “power line strait”$/);
    const before = await resultTitles(page);
    expect(before.length).toBeGreaterThan(0);

    const people = page.getByRole("group", { name: "People" });
    const first = people.getByRole("checkbox").first();
    const personLabel = (await people.locator("label").first().innerText()).replace(/\s*\(\d+\)\s*$/, "");
    await first.check();
    await poll(() => page.url()).toMatch(/&person=[a-z0-9-]+$/);
    await poll(() => count(page).innerText()).toMatch(/found for “power line strait”$/);
    const filteredUrl = page.url();
    const filtered = await resultTitles(page);
    expect(filtered.length).toBeGreaterThan(0);
    expect(await page.getByRole("group", { name: "People" }).getByRole("checkbox", { name: new RegExp(`^${personLabel}`) }).isChecked()).toBe(true);

    // Arrow keys walk the results; Enter opens one at its matched paragraph, terms marked. The
    // paragraph comes with the snippet, just after the row.
    await poll(async () => (await resultHrefs(page)).every((h) => /#p-\d+$/.test(h))).toBe(true);
    await page.locator("main ol.search-hits h2 a").first().focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/releases\/[a-z0-9-]+\?q=power\+line\+strait#p-\d+$/);
    const anchor = new URL(page.url()).hash.slice(1);
    const marks = page.locator(`[id="${anchor}"] mark`);
    await poll(() => marks.count()).toBeGreaterThan(0);
    expect((await marks.first().innerText()).toLowerCase()).toMatch(/^(power|line|strait)/);
    await poll(() => page.getByRole("group", { name: "Find in this release" }).isVisible()).toBe(true);

    await page.goBack();
    await page.waitForURL(filteredUrl);
    await poll(() => resultTitles(page)).toEqual(filtered);

    // The search is a link: a fresh page shows the same results.
    const other = await site.newPage();
    await other.page.goto(filteredUrl);
    await poll(() => resultTitles(other.page)).toEqual(filtered);
    expect(await other.page.getByRole("searchbox", { name: "Search releases" }).inputValue()).toBe("power line strait");
    await other.page.context().close();

    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("restricts a search to one speaker's words and links to the paragraph", async () => {
    const { page, errors } = await site.newPage();
    const manifest = (await (await fetch(`${site.url}/corpus/manifest.json`)).json()) as { topPeople: { value: string; label: string }[] };
    const speaker = manifest.topPeople[0]!;
    await page.goto(`${site.url}/search?q=talks&speaker=${speaker.value}`);
    await poll(() => page.locator("main .search-speaker").innerText()).toContain("Only words spoken by");
    await poll(() => count(page).innerText()).toMatch(/found for “talks”$/);
    await poll(async () => (await resultHrefs(page)).length).toBeGreaterThan(0);
    await poll(async () => (await resultHrefs(page)).every((h) => /\?q=talks#p-\d+$/.test(h))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("answers bad queries calmly and offers to drop a filter when nothing matches", async () => {
    const { page, errors } = await site.newPage();
    const nasty = '"<img src=x onerror=alert(1)> * ( ) [ ] & ' + "x".repeat(1000);
    await page.goto(`${site.url}/search?q=${encodeURIComponent(nasty)}&year=1999`);
    await poll(() => count(page).innerText()).toMatch(/^0 releases found for “/);
    expect(await page.locator("main img").count()).toBe(0);
    await page.getByRole("link", { name: "Drop year “1999”" }).click();
    await poll(() => page.url()).not.toContain("year=");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("marks the query on the release page with an accessible find bar", async () => {
    const { page, errors } = await site.newPage();
    await page.goto(`${site.url}/search?q=summit`);
    await poll(async () => (await resultHrefs(page))[0] ?? "").toMatch(/\?q=summit#p-\d+$/);
    const href = (await resultHrefs(page))[0]!;
    await page.goto(`${site.url}${href}`);
    const bar = page.getByRole("group", { name: "Find in this release" });
    await poll(() => bar.isVisible()).toBe(true);
    await poll(() => page.locator("main mark").count()).toBeGreaterThan(0);
    await bar.getByRole("button", { name: "Next match" }).click();
    await poll(() => page.evaluate(() => document.activeElement?.id ?? "")).toMatch(/^p-\d+$/);
    expect(await axe(page)).toEqual([]);
    await bar.getByRole("link", { name: "Clear marks" }).click();
    await poll(() => page.locator("main mark").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("on a phone, fetches the facet columns only when the reader scrolls to the filters", async () => {
    const { page, errors } = await site.newPage({ viewport: { width: 360, height: 640 } });
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    // A word most sample releases hold, so a full page of results stands above the filters.
    await page.goto(`${site.url}/search?q=minister`);
    await poll(() => count(page).innerText()).toMatch(/found for “minister”$/);
    expect(await page.locator("main ol.search-hits > li").count()).toBe(10);
    await page.waitForTimeout(800);
    expect(fetched.filter((p) => p.includes("/corpus/search/columns/"))).toEqual([]);
    expect(await page.getByRole("group", { name: "People" }).count()).toBe(0);
    // The year counts come with the results; the rest once the filters are near.
    expect(await page.getByRole("group", { name: "Year" }).count()).toBe(1);
    await page.getByRole("complementary", { name: "Filters" }).scrollIntoViewIfNeeded();
    const people = page.getByRole("group", { name: "People" });
    await poll(() => people.count()).toBe(1);
    expect(await people.locator("label").first().innerText()).toMatch(/\(\d+\)$/);
    expect(fetched.filter((p) => p.includes("/corpus/search/columns/")).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("has no axe violations on the results page", async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}/search?q=summit`);
    await poll(() => count(page).innerText()).toMatch(/found for “summit”$/);
    // Facet counts arrive after the results; check the page with them.
    await poll(() => page.getByRole("group", { name: "People" }).count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });
});
