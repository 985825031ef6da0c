import { describe, expect, it } from "vitest";
import { useSite } from "./support/site.ts";

const site = useSite();

describe("person page", () => {
  it("opens from the home page's people, with focus on its heading, and lists titles, statements and releases", async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.url);
    const people = page.getByRole("region", { name: "People who appear most" });
    const first = people.getByRole("link").first();
    const name = ((await first.textContent()) ?? "").replace(/\s*\([\d,]+\)\s*$/, "").trim();
    await first.click();
    await page.waitForURL(/\/people\/[a-z0-9-]+$/);
    const h1 = page.getByRole("heading", { level: 1, name });
    await h1.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    expect(await page.title()).toBe(`${name} — Readout`);
    await page.getByRole("region", { name: "Titles" }).waitFor();
    const releases = page.getByRole("list", { name: `Releases with ${name}, newest first` });
    expect(await releases.getByRole("link").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("links a statement to its paragraph, and the permalink target wins over the heading", async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.url);
    await page.getByRole("region", { name: "People who appear most" }).getByRole("link").first().click();
    const statements = page.getByRole("region", { name: "Statements" });
    const link = statements.getByRole("link").first();
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(/^\/releases\/[a-z0-9-]+#p-\d+$/);
    await link.click();
    await page.waitForURL((u) => u.pathname + u.hash === href);
    const paragraphId = href.split("#")[1]!;
    await page.locator(`[id="${paragraphId}"]`).waitFor();
    // Focus must not be pulled up to the h1 when a paragraph is the target.
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("H1");
    const inView = await page.locator(`[id="${paragraphId}"]`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top < window.innerHeight && r.bottom > 0;
    });
    expect(inView).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("answers an unknown person with the not-found page", async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}/people/no-such-person-here`);
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    await page.context().close();
  });
});
