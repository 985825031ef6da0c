import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { Release } from "../../src/lib/corpus-schema.ts";
import { statementsOf, speakersOf } from "../../src/features/releases/release-text.ts";
import { axe } from "./support/axe.ts";
import { useSite } from "./support/site.ts";

const site = useSite();
let releases: Release[];

/** The sample corpus as built into the site: tests pick releases by shape, not by hard-coded id. */
function builtReleases(distDir: string): Release[] {
  const dir = join(distDir, "corpus", "releases");
  return readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Release);
}

function pick(what: string, test: (r: Release) => boolean): Release {
  const r = releases.find(test);
  if (!r) throw new Error(`the sample corpus has no release with ${what}; the e2e tests need one`);
  return r;
}

/**
 * A page that records console errors and failed requests. The browser's own favicon probe is
 * not the release page's business, so only that one 404 is let through.
 */
async function openPage(options: Parameters<typeof site.newPage>[0] = {}) {
  const { page, errors } = await site.newPage(options);
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) failed.push(`${r.status()} ${r.url()}`);
  });
  const problems = () => [...failed, ...errors.filter((e) => !e.includes("Failed to load resource"))];
  return { page, problems };
}

const inView = (page: Page, id: string) =>
  page.locator(`[id="${id}"]`).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top < window.innerHeight && r.bottom > 0;
  });

beforeAll(() => {
  releases = builtReleases(site.distDir);
});

describe("release page", () => {
  it("opens a shared paragraph link scrolled to and marking the paragraph, also after a reload", async () => {
    const release = pick("at least 4 paragraphs", (r) => r.paragraphs.length >= 4);
    const target = release.paragraphs[release.paragraphs.length - 1]!.id;
    const { page, problems } = await openPage({ viewport: { width: 390, height: 500 } });
    await page.goto(`${site.url}/releases/${release.id}#${target}`);
    await page.getByRole("heading", { level: 1, name: release.title }).waitFor();
    const paragraph = page.locator(`[id="${target}"]`);
    await expect.poll(() => paragraph.getAttribute("class")).toContain("is-target");
    await expect.poll(() => inView(page, target)).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target);

    await page.reload();
    await page.getByRole("heading", { level: 1, name: release.title }).waitFor();
    await expect.poll(() => paragraph.getAttribute("class")).toContain("is-target");
    await expect.poll(() => inView(page, target)).toBe(true);
    expect(problems()).toEqual([]);
    await page.context().close();
  });

  it("ignores a malformed anchor", async () => {
    const release = releases[0]!;
    const { page, problems } = await openPage();
    await page.goto(`${site.url}/releases/${release.id}#p-1%22%3E%3Cb%3Ex`);
    await page.getByRole("heading", { level: 1, name: release.title }).waitFor();
    expect(await page.locator(".is-target").count()).toBe(0);
    expect(problems()).toEqual([]);
    await page.context().close();
  });

  it("follows a chosen speaker through their statements, with the choice in the URL", async () => {
    const release = pick("a speaker with two statements", (r) => speakersOf(r).some((s) => statementsOf(r.paragraphs, s.id).length >= 2));
    const speaker = speakersOf(release).find((s) => statementsOf(release.paragraphs, s.id).length >= 2)!;
    const statements = statementsOf(release.paragraphs, speaker.id);
    const name = release.people.find((p) => p.id === speaker.id)?.name ?? speaker.id;
    const { page, problems } = await openPage();
    await page.goto(`${site.url}/releases/${release.id}`);
    const legend = page.getByRole("region", { name: "Speakers" });
    const toggle = legend.getByRole("button", { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });
    await toggle.click();
    await page.waitForURL((u) => u.searchParams.get("speaker") === speaker.id);
    // The router updates the URL before React commits the render (state updates are transitions), so wait for it.
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("true");

    const status = legend.getByRole("status");
    await legend.getByRole("button", { name: `Next statement by ${name}` }).click();
    await expect.poll(() => status.textContent()).toBe(`Statement 1 of ${statements.length}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(statements[0]![0]);
    await legend.getByRole("button", { name: `Next statement by ${name}` }).click();
    await expect.poll(() => status.textContent()).toBe(`Statement 2 of ${statements.length}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(statements[1]![0]);
    await expect.poll(() => inView(page, statements[1]![0]!)).toBe(true);

    // Everyone else's words are dimmed, the chosen speaker's are not.
    const other = release.paragraphs.find((p) => !p.speakers.includes(speaker.id))!;
    expect(await page.locator(`[id="${other.id}"]`).getAttribute("class")).toContain("is-dimmed");

    await page.reload();
    await expect.poll(() => page.getByRole("region", { name: "Speakers" }).getByRole("button", { pressed: true }).count()).toBe(1);
    expect(problems()).toEqual([]);
    await page.context().close();
  });

  it("follows an attendee to their page and comes back", async () => {
    const release = pick("a part with people", (r) => r.events.some((e) => e.participants.length + e.attendees.length > 0));
    const { page, problems } = await openPage();
    await page.goto(`${site.url}/releases/${release.id}`);
    const who = page.getByRole("region", { name: "Who took part" });
    const link = who.getByRole("link").first();
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(/^\/people\/[a-z0-9-]+$/);
    await link.click();
    await page.waitForURL((u) => u.pathname === href);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.goBack();
    await page.waitForURL((u) => u.pathname === `/releases/${release.id}`);
    await page.getByRole("heading", { level: 1, name: release.title }).waitFor();
    expect(problems()).toEqual([]);
    await page.context().close();
  });

  it("takes a chosen part of the occasion to the paragraph that reports it", async () => {
    const release = pick("a part tied to a paragraph", (r) => r.events.some((e) => e.paragraph));
    const part = [...release.events].sort((a, b) => a.order - b.order).find((e) => e.paragraph)!;
    const { page, problems } = await openPage({ viewport: { width: 390, height: 600 } });
    await page.goto(`${site.url}/releases/${release.id}`);
    await page.getByRole("region", { name: "How the occasion unfolded" }).getByRole("link").filter({ hasText: part.label }).first().click();
    await page.waitForURL((u) => u.hash === `#${part.paragraph}`);
    await expect.poll(() => page.locator(`[id="${part.paragraph}"]`).getAttribute("class")).toContain("is-target");
    await expect.poll(() => inView(page, part.paragraph!)).toBe(true);
    expect(problems()).toEqual([]);
    await page.context().close();
  });

  it("copies a paragraph link, and shares a selected quote as a link that marks it", async () => {
    const release = pick("a paragraph of a few words", (r) => r.paragraphs.some((p) => p.kind !== "heading" && p.text.split(" ").length >= 6));
    const paragraph = release.paragraphs.find((p) => p.kind !== "heading" && p.text.split(" ").length >= 6)!;
    const n = paragraph.id.slice(2);
    const { page, problems } = await openPage();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.url });
    await page.goto(`${site.url}/releases/${release.id}`);
    await page.getByRole("button", { name: `Copy link to paragraph ${n}` }).click();
    await page.getByText(`Copied the link to paragraph ${n}.`).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}/releases/${release.id}#${paragraph.id}`);

    // Select a few words in the middle of the paragraph, as a reader would.
    const words = paragraph.text.split(" ").slice(1, 5).join(" ");
    await page.locator(`[id="${paragraph.id}"] [data-paragraph-text]`).evaluate((el, quote) => {
      const text = el.firstChild as Text;
      const start = text.data.indexOf(quote);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + quote.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    }, words);
    await page.getByRole("button", { name: "Share quote" }).click();
    await page.getByText("Copied the link to the quote.").waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain(`/releases/${release.id}?quote=`);
    expect(link).toContain(`#${paragraph.id}:~:text=`);

    await page.goto("about:blank");
    await page.goto(link);
    await page.getByRole("heading", { level: 1, name: release.title }).waitFor();
    await expect.poll(() => page.locator(`[id="${paragraph.id}"] mark`).textContent()).toBe(words);
    expect(problems()).toEqual([]);
    await page.context().close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations in ${colorScheme} mode, with a speaker chosen`, async () => {
      const release = pick("speakers", (r) => speakersOf(r).length > 0);
      const { page, problems } = await openPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`${site.url}/releases/${release.id}`);
      await page.getByRole("heading", { level: 1, name: release.title }).waitFor();
      expect(await axe(page)).toEqual([]);
      await page.getByRole("region", { name: "Speakers" }).getByRole("button").first().click();
      await page.waitForURL((u) => u.searchParams.has("speaker"));
      expect(await axe(page)).toEqual([]);
      expect(problems()).toEqual([]);
      await page.context().close();
    });
  }
});
