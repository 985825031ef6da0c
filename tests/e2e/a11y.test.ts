import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axe } from "./support/axe.ts";
import { useSite } from "./support/site.ts";

const site = useSite();
let personPath = "";

beforeAll(async () => {
  const manifest = (await (await fetch(`${site.url}/corpus/manifest.json`)).json()) as { topPeople: { value: string }[] };
  personPath = `/people/${manifest.topPeople[0]!.value}`;
});

const pages = () =>
  [
    ["home", "/", "Latest releases"],
    ["person", personPath, null],
    ["timeline", "/timeline", "Timeline"],
    ["not found", "/no/such/page", "Page not found"],
  ] as const;

async function open(page: Page, path: string, heading: string | null) {
  await page.goto(site.url + path);
  await (heading ? page.getByRole("heading", { level: 1, name: heading }) : page.getByRole("heading", { level: 1 })).waitFor();
  // Let the list rows of the first window arrive, so axe sees the page as a reader does.
  await page.waitForFunction(() => !document.querySelector("[aria-busy=true]"));
}

describe.each(["light", "dark"] as const)("accessibility in %s mode", (colorScheme) => {
  it.each([0, 1, 2, 3])("axe finds no WCAG A/AA violation on page %i (home, person, timeline, 404)", async (i) => {
    const [, path, heading] = pages()[i]!;
    const { page, errors } = await site.newPage({ colorScheme });
    await open(page, path, heading);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("reflow at 320 CSS pixels", () => {
  it("has no horizontal scroll on home, person, timeline and 404", async () => {
    const { page } = await site.newPage({ viewport: { width: 320, height: 640 } });
    const widths: Record<string, number> = {};
    for (const [name, path, heading] of pages()) {
      await open(page, path, heading);
      widths[name] = await page.evaluate(() => document.documentElement.scrollWidth);
    }
    expect(widths).toEqual({ home: 320, person: 320, timeline: 320, "not found": 320 });
    await page.context().close();
  });
});

describe("reduced motion and print", () => {
  it("zeroes transition durations when the reader asks for reduced motion", async () => {
    const { page } = await site.newPage({ reducedMotion: "reduce" });
    await open(page, "/", "Latest releases");
    const duration = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--duration-base").trim());
    expect(parseFloat(duration)).toBe(0);
    await page.context().close();
  });

  it("prints without the header, navigation and forms", async () => {
    const { page } = await site.newPage();
    await open(page, "/timeline", "Timeline");
    await page.emulateMedia({ media: "print" });
    const shown = await page.evaluate(() =>
      ["header.site-header", "nav", "form"].map((s) => getComputedStyle(document.querySelector(s)!).display),
    );
    expect(shown).toEqual(["none", "none", "none"]);
    await page.context().close();
  });

  it("prints a release with its source address after the source link", async () => {
    const { page } = await site.newPage();
    const first = (await (await fetch(`${site.url}/corpus/list/0.json`)).json()) as { items: { id: string }[] };
    let sourceUrl: string | null = null;
    let releaseId = "";
    for (const { id } of first.items) {
      const release = (await (await fetch(`${site.url}/corpus/releases/${id}.json`)).json()) as { sourceUrl: string | null };
      if (release.sourceUrl?.startsWith("http")) {
        sourceUrl = release.sourceUrl;
        releaseId = id;
        break;
      }
    }
    expect(sourceUrl).not.toBeNull();
    await open(page, `/releases/${releaseId}`, null);
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate((url) => {
      const link = [...document.querySelectorAll("main a")].find((a) => (a as HTMLAnchorElement).href === url);
      return link ? getComputedStyle(link, "::after").content : null;
    }, sourceUrl);
    expect(printed).toContain(sourceUrl!);
    await page.context().close();
  });
});
