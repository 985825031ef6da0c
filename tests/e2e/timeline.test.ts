import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSite } from "./support/site.ts";

const site = useSite();

const status = (page: Page) => page.getByRole("status").filter({ hasText: /release/ });

describe("timeline", () => {
  it("filters by a person, opens a release, and comes Back to the same filtered timeline", async () => {
    const { page, errors } = await site.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(`${site.url}/timeline`);
    await page.getByRole("heading", { level: 1, name: "Timeline" }).waitFor();
    const all = (await status(page).textContent()) ?? "";
    const total = Number(/^([\d,]+) releases?/.exec(all)?.[1]?.replace(/,/g, ""));
    expect(total).toBeGreaterThan(1);

    // The most frequent person is listed first among the People.
    const people = page.getByRole("group", { name: "People" });
    const first = people.getByRole("checkbox").first();
    const name = ((await first.locator("xpath=..").textContent()) ?? "").replace(/\s*\([\d,]+\)\s*$/, "").trim();
    await first.check();
    await page.waitForURL(/\/timeline\?person=[a-z0-9-]+$/);
    const personId = new URL(page.url()).searchParams.get("person");
    await expect.poll(() => status(page).textContent()).toMatch(new RegExp(`^[\\d,]+ of ${total} releases match these filters\\.$`));
    const filteredText = await status(page).textContent();
    const list = page.getByRole("list", { name: `Releases matching ${name}, newest first` });
    const firstRelease = list.getByRole("link").first();
    const title = (await firstRelease.textContent())!.trim();

    await firstRelease.click();
    await page.waitForURL(/\/releases\//);
    await page.getByRole("heading", { level: 1, name: title }).waitFor();

    await page.goBack();
    await page.waitForURL(new RegExp(`/timeline\\?person=${personId}$`));
    await page.getByRole("heading", { level: 1, name: "Timeline" }).waitFor();
    await expect.poll(() => page.getByRole("group", { name: "People" }).getByRole("checkbox", { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(`) }).isChecked()).toBe(true);
    expect(await status(page).textContent()).toBe(filteredText);
    await expect.poll(() => list.getByRole("link").first().textContent()).toBe(title);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("comes Back to the same place in the list after opening a release from far down", async () => {
    const { page, errors } = await site.newPage({ viewport: { width: 360, height: 520 } });
    await page.goto(`${site.url}/timeline`);
    const list = page.getByRole("list", { name: "All releases, newest first" });
    await list.getByRole("link").first().waitFor();
    const links = list.getByRole("link");
    // Bring a late row into view, as a reader scrolling down would, and note where it sits.
    const title = (await links.nth(Math.min(8, (await links.count()) - 1)).textContent())!.trim();
    // Pinned by name: once the page scrolls, rows above are rendered too and "the ninth link" changes.
    const target = list.getByRole("link", { name: title, exact: true });
    await target.scrollIntoViewIfNeeded();
    // Rows settle once measured; read the position only when it has stopped moving.
    let before = NaN;
    await expect
      .poll(async () => {
        const y = (await target.boundingBox())!.y;
        const settled = y === before;
        before = y;
        return settled;
      }, { interval: 150, timeout: 10_000 })
      .toBe(true);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    expect(scrollBefore).toBeGreaterThan(0);

    await target.click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Timeline" }).waitFor();
    const again = list.getByRole("link", { name: title, exact: true });
    await again.waitFor();
    // A loaded two-core machine can take a while to re-render and restore; the position must still match.
    await expect.poll(async () => Math.abs((await again.boundingBox())!.y - before), { timeout: 10_000 }).toBeLessThan(4);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("on a phone, shows results first and opens the filters by keyboard", async () => {
    const { page } = await site.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url}/timeline?kind=call`);
    const list = page.getByRole("list", { name: /Releases matching/ });
    const first = list.getByRole("link").first();
    await first.waitFor();
    expect((await first.boundingBox())!.y).toBeLessThan(740);
    const kinds = page.getByRole("group", { name: "Kind of occasion" });
    expect(await kinds.isVisible()).toBe(false);
    const summary = page.locator("details.filters-panel > summary");
    expect(await summary.textContent()).toBe("Filters (1 active)");
    await summary.focus();
    await page.keyboard.press("Enter");
    await kinds.waitFor();
    expect(await kinds.getByRole("checkbox", { name: /Call/ }).isChecked()).toBe(true);
    await page.context().close();
  });

  it("puts year and month headings over the releases", async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}/timeline`);
    const list = page.getByRole("list", { name: "All releases, newest first" });
    await list.getByRole("link").first().waitFor();
    expect(await list.getByRole("heading", { level: 2 }).first().textContent()).toMatch(/^\d{4}$/);
    expect(await list.getByRole("heading", { level: 3 }).first().textContent()).toMatch(/^[A-Z][a-z]+ \d{4}$/);
    await page.context().close();
  });

  it("keeps filters in the address, so a shared filtered link opens filtered", async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}/timeline?kind=call`);
    await expect.poll(() => page.getByRole("group", { name: "Kind of occasion" }).getByRole("checkbox", { name: /Call/ }).isChecked()).toBe(true);
    await expect.poll(() => status(page).textContent()).toMatch(/match these filters\.$/);
    await page.context().close();
  });
});
