import { describe, expect, it } from "vitest";
import { useSite } from "./support/site.ts";

const site = useSite();

describe("home and layout", () => {
  it("lists the latest releases and ways in by year, publisher and person", async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.url);
    await page.getByRole("heading", { level: 1, name: "Latest releases" }).waitFor();
    expect(await page.getByRole("list", { name: "Latest releases, newest first" }).getByRole("link").count()).toBeGreaterThan(0);
    const year = page.getByRole("region", { name: "By year" }).getByRole("link").first();
    expect(await year.getAttribute("href")).toMatch(/^\/timeline\?year=\d{4}$/);
    expect(await page.getByRole("region", { name: "By publisher" }).getByRole("link").first().getAttribute("href")).toMatch(/^\/timeline\?publisher=/);
    expect(await page.getByRole("region", { name: "People who appear most" }).getByRole("link").first().getAttribute("href")).toMatch(/^\/people\//);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("moves focus to the new page's h1 after navigating, not on first load", async () => {
    const { page } = await site.newPage();
    await page.goto(site.url);
    await page.getByRole("heading", { level: 1, name: "Latest releases" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("BODY");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timeline" }).click();
    await page.getByRole("heading", { level: 1, name: "Timeline" }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Timeline");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    expect(await page.title()).toBe("Timeline — Readout");
    await page.context().close();
  });

  it("has a skip link that is the first stop by keyboard, shows when focused, and skips to the main content", async () => {
    const { page } = await site.newPage();
    await page.goto(site.url);
    await page.getByRole("heading", { level: 1, name: "Latest releases" }).waitFor();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height >= 24).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
    // The next Tab lands inside main, past the header and its navigation.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("main"))).toBe(true);
    await page.context().close();
  });

  it("goes through the whole header and into the page by keyboard alone", async () => {
    const { page } = await site.newPage();
    await page.goto(site.url);
    await page.getByRole("heading", { level: 1, name: "Latest releases" }).waitFor();
    const stops: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      stops.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
    }
    expect(stops.slice(0, 5)).toEqual(["Skip to content", "Readout", "Home", "Timeline", "Search"]);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search/);
    await page.context().close();
  });
});
