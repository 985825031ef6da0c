import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Release } from "../../src/lib/corpus-schema.ts";
import { speakersOf } from "../../src/features/releases/release-text.ts";
import { useSite } from "./support/site.ts";

const site = useSite();

function releaseWithSpeakers(): Release {
  const dir = join(site.distDir, "corpus", "releases");
  const all = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Release);
  const r = all.find((x) => speakersOf(x).length >= 2);
  if (!r) throw new Error("the sample corpus has no release with two speakers; these tests need one");
  return r;
}

/** Holds the app's code (everything but the tiny entry) until `release()` is called. */
async function holdAppCode(page: Page) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/(?!index-)[^/]+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

const hydrated = (page: Page) =>
  page.waitForFunction(() => Object.keys(document.querySelector("h1") ?? {}).some((k) => k.startsWith("__reactFiber")), undefined, { timeout: 30_000 });

describe("a prerendered release page", () => {
  it("is taken over by the app in place: the same elements, nothing moved, speaker colours applied", async () => {
    const release = releaseWithSpeakers();
    const { page, errors } = await site.newPage({ viewport: { width: 390, height: 800 } });
    const go = await holdAppCode(page);
    await page.goto(`${site.url}/releases/${release.id}`);
    await page.getByRole("heading", { level: 1, name: release.title }).waitFor();
    const before = await page.evaluate(() => {
      const h1 = document.querySelector("h1")!;
      const toggle = document.querySelector(".speaker-toggle")!;
      (window as unknown as { __kept: Element[] }).__kept = [h1, toggle];
      return { top: toggle.getBoundingClientRect().top, count: document.querySelectorAll("#root *").length };
    });
    go();
    await hydrated(page);
    const after = await page.evaluate(() => {
      const [h1, toggle] = (window as unknown as { __kept: Element[] }).__kept;
      const now = document.querySelector(".speaker-toggle") as HTMLElement;
      return {
        same: h1 === document.querySelector("h1") && toggle === now,
        top: now.getBoundingClientRect().top,
        tint: now.style.getPropertyValue("--speaker-tint-light"),
        leftover: document.querySelectorAll("[data-ssr-style]").length,
      };
    });
    expect(after.same).toBe(true);
    expect(after.top).toBe(before.top);
    expect(after.tint).toMatch(/^#[0-9a-f]{6}$/);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll("[data-ssr-style]").length)).toBe(0);
    expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
    expect(await page.locator('meta[name="description"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("answers a button pressed before the app was ready, once it is", async () => {
    const release = releaseWithSpeakers();
    const speakerId = speakersOf(release)[0]!.id;
    const speaker = release.people.find((p) => p.id === speakerId)!;
    const { page, errors } = await site.newPage();
    const go = await holdAppCode(page);
    await page.goto(`${site.url}/releases/${release.id}`);
    const toggle = page.getByRole("region", { name: "Speakers" }).getByRole("button", { name: speaker.name, exact: false }).first();
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    go();
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("true");
    await page.waitForURL((u) => u.searchParams.get("speaker") === speakerId);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("sends a search typed before the app was ready to the search page, not back to itself", async () => {
    const release = releaseWithSpeakers();
    const { page, errors } = await site.newPage();
    const go = await holdAppCode(page);
    await page.goto(`${site.url}/releases/${release.id}`);
    const box = page.getByRole("search", { name: "Site" }).getByRole("searchbox");
    await box.fill("talks");
    await box.press("Enter");
    expect(new URL(page.url()).pathname).toBe(`/releases/${release.id}`);
    go();
    await page.waitForURL((u) => u.pathname === "/search" && u.searchParams.get("q") === "talks");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("opened at a paragraph's address, marks that paragraph (rendered afresh, not hydrated)", async () => {
    const release = releaseWithSpeakers();
    const target = release.paragraphs[Math.min(2, release.paragraphs.length - 1)]!;
    const { page, errors } = await site.newPage();
    await page.goto(`${site.url}/releases/${release.id}#${target.id}`);
    await expect.poll(() => page.locator(`[id="${target.id}"]`).getAttribute("class")).toContain("is-target");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
