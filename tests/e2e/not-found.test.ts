import { describe, expect, it } from "vitest";
import { useSite } from "./support/site.ts";

const site = useSite();

describe("not found", () => {
  it("shows a not-found page for an unknown address, with a search box and a link home", async () => {
    const { page, errors } = await site.newPage();
    await page.goto(`${site.url}/this/does/not/exist`);
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    expect(await page.title()).toBe("Page not found — Readout");
    await page.getByRole("link", { name: "Go to the home page" }).click();
    await page.getByRole("heading", { level: 1, name: "Latest releases" }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("searches from the not-found page", async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}/nowhere`);
    const box = page.getByRole("search", { name: "Search the releases" }).getByRole("searchbox", { name: "Search the releases" });
    await box.fill("summit");
    await box.press("Enter");
    await page.waitForURL((u) => u.pathname === "/search" && u.searchParams.get("q") === "summit");
    await page.context().close();
  });
});
