import { resolve } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { measureAppSearch, pickQueries } from "./bench/search.ts";
import { startStaticServer } from "./lib/static-server.ts";

/**
 * Measures the app's search in real Chromium over a built site. First the way the benchmark does
 * (scripts/bench/search.ts): type each query on /search and press Enter, time to the answer and
 * gzip bytes, first query and later ones. Then the engine and page alone: each query typed a
 * second time in the same page, when its files are already in memory, timed from Enter.
 *   npx tsx scripts/measure-search-browser.ts <dist folder> [query ...]
 */
async function main() {
  const [dist, ...asked] = process.argv.slice(2);
  if (!dist) {
    console.error("usage: npx tsx scripts/measure-search-browser.ts <dist folder> [query ...]");
    return 2;
  }
  const root = resolve(dist);
  const queries = asked.length ? asked : pickQueries(resolve(root, "corpus"));
  const server = await startStaticServer(root, { port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.READOUT_CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    console.log(`queries: ${queries.join(", ")}`);
    console.log(JSON.stringify(await measureAppSearch(browser, server.url, queries), null, 2));
    const cached = await timeCachedQueries(browser, server.url, queries);
    const sorted = [...cached].sort((a, b) => a - b);
    console.log(`files cached, Enter to answer: ${cached.map((t) => t.toFixed(0)).join(", ")} ms (median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)})`);
  } finally {
    await browser.close();
    await server.close();
  }
  return 0;
}

/** Each query answered once to load its files, then again: the second time, Enter to the status naming it. */
async function timeCachedQueries(browser: Browser, siteUrl: string, queries: string[]): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __want: string | null; __enter: number; __answered: number };
      w.__want = null;
      document.addEventListener("keydown", (e) => {
        if (e.key === "Enter") w.__enter = performance.now();
      }, true);
      new MutationObserver(() => {
        const named = w.__want !== null && Array.from(document.querySelectorAll('[role="status"]')).some((el) => (el.textContent ?? "").includes(w.__want!));
        if (named && !w.__answered) w.__answered = performance.now();
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${siteUrl}/search`, { waitUntil: "networkidle" });
    const box = page.locator('main input[type="search"]');
    const times: number[] = [];
    for (const round of [0, 1]) {
      for (const q of queries) {
        await box.fill("");
        await page.waitForTimeout(300);
        await page.evaluate((query) => Object.assign(window, { __want: query, __answered: 0 }), q);
        await box.fill(q);
        await box.press("Enter");
        await page.waitForFunction(() => (window as unknown as { __answered: number }).__answered > 0, undefined, { timeout: 60_000 });
        const { enter, answered } = await page.evaluate(() => {
          const w = window as unknown as { __enter: number; __answered: number };
          return { enter: w.__enter, answered: w.__answered };
        });
        if (round === 1) times.push(answered - enter);
        await page.waitForTimeout(300);
      }
    }
    return times;
  } finally {
    await context.close();
  }
}

process.exitCode = await main();
