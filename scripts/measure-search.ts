import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import type { ListPage, Manifest, Release } from "../src/lib/corpus-schema.ts";
import { corpusFiles } from "../src/lib/corpus-files.ts";
import { createPagefindEngine, type PagefindModule } from "../src/features/search/pagefind-engine.ts";
import { parseQuery } from "../src/features/search/query.ts";
import { emptyFacets } from "../src/features/search/url-state.ts";
import { writeSearchIndex } from "../src/pipeline/search-index/write-search-index.ts";

/**
 * Measures the search index of a built corpus in Node: bytes a first query fetches, bytes and time
 * of later queries. Node runs Pagefind without its worker and faster than a phone, so the times
 * are a floor; the bytes are what a browser would fetch (files are already compressed).
 *   npx tsx scripts/measure-search.ts <corpus folder> [--rebuild]
 */
const BASE = "http://corpus.local/";
const QUERIES = ["climate", "nuclear weapons", "energy cooperation", "president putin", "sanctions", "grain", "ukraine", '"press conference"', "trade agreement", "covid vaccine", "security council", "bilateral relations", "visit", "economy", "china"];

async function main() {
  const [dir, flag] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: npx tsx scripts/measure-search.ts <corpus folder> [--rebuild]");
    return 2;
  }
  const root = resolve(dir);
  if (flag === "--rebuild") {
    const manifest = JSON.parse(await readFile(join(root, corpusFiles.manifest()), "utf8")) as Manifest;
    const summaries: ListPage["items"] = [];
    for (let n = 0; n < manifest.pages; n++) summaries.push(...(JSON.parse(await readFile(join(root, corpusFiles.listPage(n)), "utf8")) as ListPage).items);
    const t = performance.now();
    await writeSearchIndex({
      outDir: root,
      summaries,
      releases: async function* () {
        for (const s of summaries) yield JSON.parse(await readFile(join(root, corpusFiles.release(s.id)), "utf8")) as Release;
      },
    });
    console.log(`index: ${summaries.length} releases in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  let bytes = 0;
  const read = async (url: string) => {
    const b = await readFile(join(root, url.slice(BASE.length).split("?")[0]!));
    bytes += b.length;
    return b;
  };
  (globalThis as { fetch: unknown }).fetch = async (url: string | URL) => new Response(await read(String(url)));
  const engine = createPagefindEngine({
    base: BASE,
    fetchJson: async <T,>(file: string) => JSON.parse((await read(BASE + file)).toString("utf8")) as T,
    loadModule: async (url) => {
      await read(url);
      return import(pathToFileURL(join(root, url.slice(BASE.length))).href) as Promise<PagefindModule>;
    },
  });
  const filters = { facets: emptyFacets(), from: null, to: null, speaker: null };
  const times: number[] = [];
  const sizes: number[] = [];
  const cpus: number[] = [];
  for (const [i, q] of QUERIES.entries()) {
    bytes = 0;
    const t = performance.now();
    const c = process.cpuUsage();
    const r = await engine.search(parseQuery(q), filters, "relevance", 1);
    const ms = performance.now() - t;
    const used = process.cpuUsage(c);
    const cpu = (used.user + used.system) / 1000;
    if (i > 0) {
      times.push(ms);
      cpus.push(cpu);
      sizes.push(bytes);
    }
    console.log(`${i === 0 ? "first" : "later"}  ${q.padEnd(22)} ${String(r.total).padStart(6)} results  ${(bytes / 1024).toFixed(0).padStart(5)} KB  ${ms.toFixed(0).padStart(5)} ms wall ${cpu.toFixed(0).padStart(4)} ms cpu`);
  }
  const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * q) - 1)] ?? 0;
  console.log(
    `later queries: wall p95 ${p(times, 0.95).toFixed(0)} ms (median ${p(times, 0.5).toFixed(0)}), cpu p95 ${p(cpus, 0.95).toFixed(0)} ms (median ${p(cpus, 0.5).toFixed(0)}), fetched median ${(p(sizes, 0.5) / 1024).toFixed(0)} KB`,
  );
  // The same queries again: the chunks are cached, as when a reader refines a search.
  const warm: number[] = [];
  for (const q of QUERIES) {
    const c = process.cpuUsage();
    await engine.search(parseQuery(q), filters, "relevance", 1);
    const used = process.cpuUsage(c);
    warm.push((used.user + used.system) / 1000);
  }
  console.log(`repeated queries (cached chunks): cpu p95 ${p(warm, 0.95).toFixed(0)} ms (median ${p(warm, 0.5).toFixed(0)})`);
  return 0;
}

process.exitCode = await main();
