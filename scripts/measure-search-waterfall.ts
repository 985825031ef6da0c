import { chromium } from "playwright-core";
import { startStaticServer } from "./lib/static-server.ts";

/**
 * When each file of a search is fetched, relative to the moment typing starts: the input event,
 * Enter, the answer (the status line naming the query, as the benchmark times it), long tasks, and
 * every request with its start and end. Shows which fetches wait on which.
 *   npx tsx scripts/measure-search-waterfall.ts <dist folder> <query> [query ...]
 */
const [dist, ...queries] = process.argv.slice(2);
if (!dist || queries.length === 0) {
  console.error("usage: npx tsx scripts/measure-search-waterfall.ts <dist folder> <query> [query ...]");
  process.exit(2);
}
const server = await startStaticServer(dist, { port: 0 });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
await page.addInitScript(() => {
  const w = window as unknown as { __long: [number, number][]; __keys: [string, number][]; __want: string | null; __answered: number };
  w.__long = [];
  w.__keys = [];
  w.__want = null;
  new MutationObserver(() => {
    const named = w.__want !== null && Array.from(document.querySelectorAll('[role="status"]')).some((el) => (el.textContent ?? "").includes(w.__want!));
    if (named && !w.__answered) w.__answered = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) w.__long.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
  document.addEventListener("keydown", (e) => w.__keys.push([e.key, performance.now()]), true);
  document.addEventListener("input", () => w.__keys.push(["input", performance.now()]), true);
});
await page.goto(`${server.url}/search`, { waitUntil: "networkidle" });
const box = page.locator('main input[type="search"]');
for (const q of queries) {
  await box.fill("");
  await page.waitForTimeout(500);
  const t0 = await page.evaluate((query) => {
    performance.clearResourceTimings();
    Object.assign(window, { __want: query, __answered: 0 });
    return performance.now();
  }, q);
  await box.fill(q);
  await box.press("Enter");
  await page.waitForFunction((query) => Array.from(document.querySelectorAll('[role="status"]')).some((el) => (el.textContent ?? "").includes(query)), q);
  const t1 = await page.evaluate(() => (window as unknown as { __answered: number }).__answered);
  await page.waitForTimeout(800);
  const entries = await page.evaluate(() => (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((e) => [e.name.replace(location.origin, ""), Math.round(e.startTime), Math.round(e.responseEnd)]));
  console.log(`${q}: answered at +${Math.round(t1 - t0)} ms`);
  const { long, keys } = await page.evaluate(() => {
    const w = window as unknown as { __long: [number, number][]; __keys: [string, number][] };
    const out = { long: w.__long, keys: w.__keys };
    w.__long = [];
    w.__keys = [];
    return out;
  });
  console.log(`  events: ${keys.filter(([, t]) => t >= t0).map(([k, t]) => `${k} +${Math.round(t - t0)}`).join(", ")}`);
  console.log(`  long tasks: ${long.filter(([s]) => s >= t0).map(([s, d]) => `+${Math.round(s - t0)} for ${Math.round(d)} ms`).join(", ") || "none"}`);
  for (const [n, s, e] of entries) console.log(`  ${String(Math.round((s as number) - t0)).padStart(5)} ${String(Math.round((e as number) - t0)).padStart(5)} ${n}`);
}
await browser.close();
await server.close();
