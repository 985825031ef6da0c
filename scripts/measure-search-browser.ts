import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { measureAppSearch, pickQueries } from "./bench/search.ts";
import { startStaticServer } from "./lib/static-server.ts";

/**
 * Measures the app's search in real Chromium over a built site, the way the benchmark does
 * (scripts/bench/search.ts): type each query on /search and press Enter; time to the answer and
 * gzip bytes, for the first query and for later ones.
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
  } finally {
    await browser.close();
    await server.close();
  }
  return 0;
}

process.exitCode = await main();
