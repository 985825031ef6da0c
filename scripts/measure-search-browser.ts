import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { startStaticServer } from "./lib/static-server.ts";

/**
 * Measures search in real Chromium over a built site: bytes fetched under /corpus/search/ and the
 * time from pressing Enter to the result count, for a first query and for later ones.
 *   npx tsx scripts/measure-search-browser.ts <dist folder>
 */
const QUERIES = ["climate", "nuclear weapons", "energy cooperation", "president putin", "sanctions", "grain", "ukraine", '"press conference"', "trade agreement", "covid vaccine", "security council", "bilateral relations", "visit", "economy", "china", "grain exports", "gas", "summit"];

async function main() {
  const dist = process.argv[2];
  if (!dist) {
    console.error("usage: npx tsx scripts/measure-search-browser.ts <dist folder>");
    return 2;
  }
  const server = await startStaticServer(resolve(dist), { port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.READOUT_CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on("response", async (r) => {
      if (!r.url().includes("/corpus/search/")) return;
      const len = Number(r.headers()["content-length"]);
      bytes += Number.isFinite(len) ? len : (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${server.url}/search`, { waitUntil: "networkidle" });
    const status = page.locator("main [role=status][aria-live=polite]").first();
    const box = page.getByRole("searchbox", { name: "Search releases" });
    const later: number[] = [];
    for (const [i, q] of QUERIES.entries()) {
      bytes = 0;
      await box.fill(q);
      const t0 = Date.now();
      await box.press("Enter");
      await page.waitForFunction(
        (text) => document.querySelector("main [role=status][aria-live=polite]")?.textContent?.endsWith(`for “${text}”`) ?? false,
        q,
        { timeout: 30_000 },
      );
      // Results render only after their fragments arrived, so everything the query fetched is in.
      const ms = Date.now() - t0;
      if (i > 0) later.push(ms);
      // A reader reads before the next search; the facet counts are fetched meanwhile.
      await page.waitForTimeout(1500);
      console.log(`${i === 0 ? "first" : "later"}  ${q.padEnd(22)} ${(await status.innerText()).split(" ")[0]!.padStart(6)} results ${(bytes / 1024).toFixed(0).padStart(5)} KB ${String(ms).padStart(6)} ms`);
    }
    const sorted = later.sort((a, b) => a - b);
    console.log(`later queries: p95 ${sorted[Math.ceil(sorted.length * 0.95) - 1]} ms, median ${sorted[Math.floor(sorted.length / 2)]} ms`);
  } finally {
    await browser.close();
    await server.close();
  }
  return 0;
}

process.exitCode = await main();
