import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { prerender } from "../../scripts/lib/prerender.ts";
import { makeRelease } from "../dom/releases/fixture.ts";
import { writeFixtureCorpus } from "../dom/releases/fixture-corpus.ts";
import { useSite } from "./support/site.ts";

// Every payload sets the same canary; if any of them ever runs, window.__pwned is set.
const SCRIPT = "<script>window.__pwned = 'script'</script>";
const IMG = `<img src="x" onerror="window.__pwned = 'img'">`;
const LINK = `<a href="javascript:window.__pwned = 'link'">click</a>`;
const ALL = `${SCRIPT} ${IMG} ${LINK}`;

const hostile = makeRelease({
  id: "2032-01-01-hostile-release-x55x55",
  title: `Talks ${SCRIPT}`,
  date: "2032-01-01",
  place: IMG,
  sourceUrl: "javascript:window.__pwned='source'",
  people: [
    { id: "anna-north", name: `Anna ${IMG}`, aliases: [], titles: [LINK], country: null },
    { id: "sam-south", name: "Sam South", aliases: [], titles: [`"><svg onload="window.__pwned='svg'">`], country: null },
  ],
  paragraphs: [
    { id: "p-1", text: `Narration with ${ALL}`, speakers: [], kind: "narration" },
    { id: "p-2", text: `Speech with ${ALL}`, speakers: ["anna-north"], kind: "turn" },
    { id: "p-3", text: `Reply ${IMG}`, speakers: ["sam-south"], kind: "turn" },
    { id: "p-4", text: `Heading ${SCRIPT}`, speakers: [], kind: "heading" },
  ],
  events: [{ id: "e-1", kind: "talks", label: `Talks ${IMG}`, order: 0, attendees: ["sam-south"], participants: ["anna-north"], paragraph: "p-1" }],
  countries: [IMG],
  organisations: [SCRIPT],
  documents: [LINK],
});

let work: string | undefined;

/** The built app and assets from the e2e site, over a corpus of hostile releases, prerendered. */
const site = useSite({
  serve: async (dist) => {
    work = await mkdtemp(join(tmpdir(), "readout-xss-"));
    const hostileSite = join(work, "site");
    for (const entry of await readdir(dist)) {
      if (["corpus", "releases", "people"].includes(entry)) continue;
      await cp(join(dist, entry), join(hostileSite, entry), { recursive: true });
    }
    await writeFixtureCorpus(join(hostileSite, "corpus"), [hostile, makeRelease()]);
    await prerender({ distDir: hostileSite, corpusDir: join(hostileSite, "corpus"), siteUrl: null });
    return hostileSite;
  },
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

async function openWatched(path: string): Promise<Page> {
  const { page } = await site.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(site.url + path);
  return page;
}

const state = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __violations: string[] };
    return {
      pwned: w.__pwned ?? null,
      violations: w.__violations,
      inlineScripts: document.querySelectorAll("script:not([src])").length,
      injected: document.querySelectorAll("img[src='x'], a[href^='javascript:'], [onerror], [onload]").length,
    };
  });

describe("hostile release text", () => {
  it("is shown as text on the release page and nothing in it runs", async () => {
    const page = await openWatched(`/releases/${hostile.id}`);
    await page.getByRole("heading", { level: 1, name: `Talks ${SCRIPT}` }).waitFor();
    await page.getByText(`Speech with ${ALL}`).waitFor();
    await page.getByRole("region", { name: "Speakers" }).getByRole("button").first().click();
    await page.getByRole("link", { name: `Talks ${IMG}` }).click();
    await page.waitForURL((u) => u.hash === "#p-1");
    expect(await page.getByRole("link", { name: /read the original/i }).count()).toBe(0);
    expect(await state(page)).toEqual({ pwned: null, violations: [], inlineScripts: 0, injected: 0 });
    await page.context().close();
  });

  it("is shown as text on the prerendered person page too", async () => {
    const page = await openWatched("/people/anna-north");
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await state(page)).toMatchObject({ pwned: null, violations: [], inlineScripts: 0, injected: 0 });
    await page.context().close();
  });

  it("runs under a policy that really blocks inline script", async () => {
    // Proves the page is protected by the CSP itself, not only by escaping: an inline script
    // added at run time is refused and reported.
    const page = await openWatched(`/releases/${hostile.id}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const ran = await page.evaluate(async () => {
      const s = document.createElement("script");
      s.textContent = "window.__probe = 1";
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __probe?: number }).__probe ?? null;
    });
    expect(ran).toBeNull();
    expect((await state(page)).violations.some((v) => v.startsWith("script-src"))).toBe(true);
    await page.context().close();
  });
});
