import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import type { Release } from "../src/lib/corpus-schema.ts";
import { corpusFiles } from "../src/lib/corpus-files.ts";
import { createStaticEngine } from "../src/features/search/static-engine.ts";
import { parseQuery } from "../src/features/search/query.ts";
import { emptyFacets } from "../src/features/search/url-state.ts";

/**
 * Measures the static search index of a built corpus in Node: the gzip bytes each query fetches
 * (index files and the shown releases), and its time, for a first query and later ones, then the
 * facet columns' load. Node is faster than a phone, so the times are a floor; the bytes are what
 * a browser fetches.
 *   npx tsx scripts/measure-search.ts <corpus folder> [query ...]
 */
const QUERIES = ["climate", "nuclear weapons", "energy cooperation", "president putin", "sanctions", "grain", "ukraine", '"press conference"', "trade agreement", "covid vaccine", "security council", "bilateral relations", "visit", "economy", "china"];

async function main() {
  const [dir, ...asked] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: npx tsx scripts/measure-search.ts <corpus folder> [query ...]");
    return 2;
  }
  const root = resolve(dir);
  const queries = asked.length ? asked : QUERIES;
  let gzip = 0;
  let files = 0;
  const read = async (file: string) => {
    const b = await readFile(join(root, file)).catch((e: unknown) => {
      throw Object.assign(new Error(`missing ${file}`), { missing: (e as NodeJS.ErrnoException).code === "ENOENT" });
    });
    gzip += gzipSync(b).length;
    files++;
    return b;
  };
  const engine = createStaticEngine({
    fetchJson: async <T,>(file: string) => JSON.parse((await read(file)).toString("utf8")) as T,
    fetchBytes: async (file) => new Uint8Array(await read(file)),
    loadRelease: async (id) => JSON.parse((await read(corpusFiles.release(id))).toString("utf8")) as Release,
    isMissing: (e) => (e as { missing?: boolean }).missing === true,
  });
  const filters = { facets: emptyFacets(), from: null, to: null, speaker: null };
  const times: number[] = [];
  const sizes: number[] = [];
  for (const [i, q] of queries.entries()) {
    gzip = 0;
    files = 0;
    const t = performance.now();
    const r = await engine.search(parseQuery(q), filters, "relevance", 1);
    const ms = performance.now() - t;
    if (i > 0) {
      times.push(ms);
      sizes.push(gzip);
    }
    console.log(`${i === 0 ? "first" : "later"}  ${q.padEnd(22)} ${String(r.total).padStart(6)} results  ${String(files).padStart(3)} files ${(gzip / 1024).toFixed(1).padStart(6)} KB gzip ${ms.toFixed(1).padStart(7)} ms`);
    if (i === 0) {
      gzip = 0;
      files = 0;
      const c = performance.now();
      await engine.facets!(parseQuery(q), filters);
      console.log(`facet columns after the first query: ${files} files, ${(gzip / 1024).toFixed(1)} KB gzip, ${(performance.now() - c).toFixed(1)} ms`);
    }
  }
  const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * q) - 1)] ?? 0;
  console.log(`later queries: p95 ${p(times, 0.95).toFixed(1)} ms (median ${p(times, 0.5).toFixed(1)}), fetched median ${(p(sizes, 0.5) / 1024).toFixed(1)} KB gzip`);
  // The same queries again with every file in: the engine's own work, as when a reader refines a search.
  const warm: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await engine.search(parseQuery(q), filters, "relevance", 1);
    warm.push(performance.now() - t);
  }
  console.log(`repeated queries (files cached): p95 ${p(warm, 0.95).toFixed(1)} ms (median ${p(warm, 0.5).toFixed(1)})`);
  return 0;
}

process.exitCode = await main();
