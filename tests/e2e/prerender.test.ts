import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CSP_POLICY } from "../../scripts/lib/csp-plugin.ts";
import type { PersonPage, Release } from "../../src/lib/corpus-schema.ts";
import { useSite } from "./support/site.ts";

const site = useSite();

const firstJson = <T,>(dir: string): T => JSON.parse(readFileSync(join(dir, readdirSync(dir).filter((f) => f.endsWith(".json")).sort()[0]!), "utf8")) as T;
const meta = (page: import("playwright-core").Page, selector: string) => page.locator(selector).getAttribute("content");

describe("prerendered pages", () => {
  it("read without JavaScript: a release's title, meta line and paragraphs, with link previews and the CSP", async () => {
    const release = firstJson<Release>(join(site.distDir, "corpus", "releases"));
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const res = await page.goto(`${site.url}/releases/${release.id}`);
    expect(res?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(release.title);
    expect(await page.title()).toBe(`${release.title} — Readout`);
    for (const p of release.paragraphs) expect(await page.locator(`[id="${p.id}"]`).textContent()).toContain(p.text);
    expect(await meta(page, 'meta[property="og:title"]')).toBe(release.title);
    expect(await meta(page, 'meta[property="og:type"]')).toBe("article");
    expect((await meta(page, 'meta[property="og:description"]'))?.length).toBeGreaterThan(0);
    expect(await meta(page, 'meta[name="description"]')).toBe(await meta(page, 'meta[property="og:description"]'));
    expect(await meta(page, 'meta[http-equiv="Content-Security-Policy"]')).toBe(CSP_POLICY);
    // Controls that need the app are hidden, and a note says what needs JavaScript.
    expect(await page.getByRole("button", { name: "Copy link to this release" }).isVisible()).toBe(false);
    expect(await page.getByRole("search", { name: "Site" }).isVisible()).toBe(false);
    // Playwright's text queries skip <noscript>, so the note is found by its class.
    const note = page.locator(".no-js-note");
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain("need JavaScript");
    await context.close();
  });

  it("read without JavaScript: a person's name and releases", async () => {
    const person = firstJson<PersonPage>(join(site.distDir, "corpus", "people"));
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/people/${person.person.id}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(person.person.name);
    expect(await meta(page, 'meta[property="og:title"]')).toBe(person.person.name);
    expect(await page.locator('a[href^="/releases/"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it("are replaced by the app when JavaScript runs, leaving one page, not two", async () => {
    const release = firstJson<Release>(join(site.distDir, "corpus", "releases"));
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/releases/${release.id}`);
    await page.getByRole("region", { name: "Speakers" }).or(page.getByRole("button", { name: "Copy link to this release" })).first().waitFor();
    expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
    expect(await page.locator(".prerendered").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Copy link to this release" }).isVisible()).toBe(true);
    expect(await page.locator(".no-js-note").isVisible()).toBe(false);
    await context.close();
  });
});
