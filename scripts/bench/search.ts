import { readFileSync } from "node:fs";
import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import type { FacetIndex, Manifest } from "../../src/lib/corpus-schema.ts";
import { runMeasured } from "./child.ts";
import { median, percentile } from "./browser.ts";
import { readJson } from "./site-files.ts";

export interface SearchFigures {
  /** Until the result count and results for the query are on screen. */
  firstMs: number | null;
  firstBytes: number | null;
  laterP50: number | null;
  laterP95: number | null;
  laterBytes: number | null;
  /** Until the page stops changing, facet counts included (the app only; null for the baseline). */
  firstSettledMs?: number | null;
  laterSettledP95?: number | null;
  note?: string;
  /** Each query's time to the answer, in query order (for looking into a percentile). */
  times?: number[];
}

/** Query words any corpus has: surnames of its most named people and its most frequent countries. */
export function pickQueries(corpusDir: string): string[] {
  const manifest = readJson<Manifest>(join(corpusDir, "manifest.json"));
  const people = manifest.topPeople.slice(0, 6).map((p) => p.label.split(" ").pop() ?? p.label);
  let countries: string[] = [];
  try {
    countries = readJson<FacetIndex>(join(corpusDir, "facets/country/index.json")).values.slice(0, 6).map((v) => v.label);
  } catch {
    countries = [];
  }
  const queries: string[] = [];
  for (let i = 0; i < 6; i++) {
    if (people[i]) queries.push(people[i] as string);
    if (countries[i]) queries.push(countries[i] as string);
  }
  return [...new Set(queries)].slice(0, 10);
}

/** Counts bytes (gzipped bodies) and requests in flight for one page. */
function trackNetwork(page: Page) {
  const state = { gzip: 0, inflight: 0, pending: [] as Promise<unknown>[] };
  page.on("request", () => state.inflight++);
  page.on("requestfailed", () => state.inflight--);
  page.on("requestfinished", (request) => {
    const counted = request
      .response()
      .then((r) => r?.body())
      .then((body) => {
        if (body) state.gzip += gzipSync(body).length;
      })
      .catch(() => undefined)
      .finally(() => state.inflight--);
    state.pending.push(counted);
  });
  return state;
}

async function settle(page: Page, net: { inflight: number }, quietMs: number, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    await page.waitForTimeout(50);
    const sinceMutation = await page.evaluate(() => performance.now() - (window as unknown as { __lastMutation: number }).__lastMutation);
    if (net.inflight <= 0 && sinceMutation >= quietMs) return;
  }
}

/**
 * The app's search as a user meets it: open /search, type each query in the search box and press Enter.
 * Bytes count from the first keystroke (what typing prefetches is part of the query's cost); times
 * count from the Enter key reaching the page. Two times per query: "answered" when the status line first names the query (the app writes the
 * count and the results in the same render), and "settled" when no request is in flight and the page
 * has stopped changing (the last DOM mutation), which includes facet counts that arrive afterwards.
 */
export async function measureAppSearch(browser: Browser, siteUrl: string, queries: string[]): Promise<SearchFigures> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __lastMutation: number; __want: string | null; __answered: number | null; __enterAt: number | null };
      w.__lastMutation = performance.now();
      w.__want = null;
      w.__answered = null;
      w.__enterAt = null;
      // The clock starts when the reader presses Enter, in the page: the test driver's own round trips
      // for typing are not the app's time.
      window.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && w.__want !== null && w.__enterAt === null) w.__enterAt = performance.now();
      }, true);
      new MutationObserver(() => {
        w.__lastMutation = performance.now();
        if (w.__want !== null && w.__answered === null) {
          const named = Array.from(document.querySelectorAll('[role="status"]')).some((el) => (el.textContent ?? "").includes(w.__want!));
          if (named) w.__answered = w.__lastMutation;
        }
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    const net = trackNetwork(page);
    await page.goto(`${siteUrl}/search`, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    const inMain = page.locator('main input[type="search"]');
    const box = (await inMain.count()) > 0 ? inMain.first() : page.locator('input[type="search"]').first();
    if ((await box.count()) === 0) return { firstMs: null, firstBytes: null, laterP50: null, laterP95: null, laterBytes: null, note: "no search box on /search" };
    const times: number[] = [];
    const settled: number[] = [];
    const bytes: number[] = [];
    let withResults = 0;
    for (const q of queries) {
      await settle(page, net, 200, 5_000);
      const before = net.gzip;
      await box.fill("");
      await settle(page, net, 200, 5_000);
      const typedAt = await page.evaluate((query) => {
        const w = window as unknown as { __want: string | null; __answered: number | null; __enterAt: number | null };
        w.__want = query;
        w.__answered = null;
        w.__enterAt = null;
        return performance.now();
      }, q);
      await box.fill(q);
      await box.press("Enter");
      await page.waitForTimeout(30);
      // The app's status line names the query once its answer is shown; wait for that, then for quiet.
      await page
        .waitForFunction((query) => Array.from(document.querySelectorAll('[role="status"]')).some((el) => (el.textContent ?? "").includes(query)), q, { timeout: 60_000 })
        .catch(() => undefined);
      await settle(page, net, 400, 30_000);
      await Promise.all(net.pending);
      const { last, answered, enterAt } = await page.evaluate(() => {
        const w = window as unknown as { __lastMutation: number; __answered: number | null; __enterAt: number | null };
        return { last: w.__lastMutation, answered: w.__answered, enterAt: w.__enterAt };
      });
      const t0 = enterAt ?? typedAt;
      settled.push(Math.max(0, last - t0));
      times.push(Math.max(0, (answered ?? last) - t0));
      bytes.push(net.gzip - before);
      if ((await page.locator('main a[href*="/releases/"]').count()) > 0) withResults++;
    }
    const later = times.slice(1);
    return {
      firstMs: times[0] ?? null,
      firstBytes: bytes[0] ?? null,
      laterP50: percentile(later, 50),
      laterP95: percentile(later, 95),
      laterBytes: median(bytes.slice(1)),
      firstSettledMs: settled[0] ?? null,
      laterSettledP95: percentile(settled.slice(1), 95),
      note: `${queries.length} queries, ${withResults} showed release links`,
      times,
    };
  } finally {
    await context.close();
  }
}

/**
 * The baseline: one MiniSearch index of the same corpus, built whole in Node, fetched whole by the
 * browser and queried in memory. First query = fetch + load + search; later ones are in-memory.
 */
export async function measureMiniSearch(browser: Browser, options: { root: string; corpusDir: string; baselineDir: string; baselineUrl: string; queries: string[]; log: (m: string) => void }): Promise<SearchFigures> {
  const indexFile = join(options.baselineDir, "minisearch-index.json");
  options.log("bench:   building the MiniSearch baseline index");
  const built = await runMeasured(process.execPath, ["--max-old-space-size=12000", "--import", "tsx", join(options.root, "scripts/bench/minisearch-index.ts"), options.corpusDir, indexFile], { cwd: options.root, label: "minisearch-index" });
  if (built.code !== 0) return { firstMs: null, firstBytes: null, laterP50: null, laterP95: null, laterBytes: null, note: `MiniSearch index failed: ${built.stderr.trim().split("\n").pop()}` };
  // The package's ES build is one self-contained file, so the browser can import it as is.
  await copyFile(fileURLToPath(import.meta.resolve("minisearch")), join(options.baselineDir, "minisearch.js"));
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${options.baselineUrl}/release.html`, { waitUntil: "load" });
    const result = await page.evaluate(async (queries: string[]) => {
      const t0 = performance.now();
      const mod = (await import("/minisearch.js" as string)) as { default: { loadJSON: (json: string, o: object) => { search: (q: string, o: object) => unknown[] } } };
      const json = await (await fetch("/minisearch-index.json")).text();
      const index = mod.default.loadJSON(json, { fields: ["title", "text"], idField: "id" });
      index.search(queries[0] ?? "", { combineWith: "AND" });
      const first = performance.now() - t0;
      const later: number[] = [];
      for (const q of queries.slice(1)) {
        const t = performance.now();
        index.search(q, { combineWith: "AND" });
        later.push(performance.now() - t);
      }
      return { first, later };
    }, options.queries);
    // Counted from the files themselves: the browser-side count cannot read back a body of a hundred megabytes.
    return {
      firstMs: result.first,
      firstBytes: gzipSync(readFileSync(indexFile)).length + gzipSync(readFileSync(join(options.baselineDir, "minisearch.js"))).length,
      laterP50: percentile(result.later, 50),
      laterP95: percentile(result.later, 95),
      laterBytes: 0,
    };
  } finally {
    await context.close();
  }
}

export function gzipOf(s: string): number {
  return gzipSync(s).length;
}
