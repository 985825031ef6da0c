/**
 * npm run bench [-- --sizes real,10000,100000] [--seed S] [--runs N] [--skip area,...] [--reuse-build] [--write-docs]
 *
 * One table, every figure beside a baseline measured in the same run (see docs/performance.md).
 * Progress to stderr, the table to stdout.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Browser } from "playwright-core";
import type { FacetPostings, Manifest } from "../src/lib/corpus-schema.ts";
import { startStaticServer } from "./lib/static-server.ts";
import { measureBuild } from "./bench/build.ts";
import { CHROMIUM_PATH, launchBrowser, openCold } from "./bench/browser.ts";
import { parseSizes, prepareDataset } from "./bench/datasets.ts";
import type { Dataset } from "./bench/datasets.ts";
import { machineInfo, renderPerformanceDoc } from "./bench/docs.ts";
import { runLighthouse } from "./bench/lighthouse.ts";
import { writeListBaseline, writeReleaseBaseline } from "./bench/baseline-pages.ts";
import { scrollFrameTime, timePage, waitForHeading } from "./bench/pages.ts";
import { measureAppSearch, measureMiniSearch, pickQueries, type SearchFigures } from "./bench/search.ts";
import { entryAssets, fileGzipSize, newestReleaseId, readJson } from "./bench/site-files.ts";
import { renderTable } from "./bench/table.ts";
import type { BenchRow } from "./bench/table.ts";

const AREAS = ["build", "first-load", "release", "lists", "search", "lighthouse"] as const;
type Area = (typeof AREAS)[number];
const AREA_TITLES: Record<Area, string> = { build: "Build", "first-load": "First load", release: "Release page", lists: "Lists", search: "Search", lighthouse: "Lighthouse" };
const USAGE = "usage: npm run bench -- [--sizes real,10000,100000] [--seed 1] [--runs 3] [--skip build,first-load,release,lists,search,lighthouse] [--reuse-build] [--write-docs]";

const root = resolve(import.meta.dirname, "..");
const started = performance.now();
const log = (message: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}\n`);

interface FirstLoad {
  label: string;
  home: number | null;
  release: number | null;
  releaseData: number | null;
  entry: number | null;
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        sizes: { type: "string", default: "real,10000,100000" },
        seed: { type: "string", default: "1" },
        runs: { type: "string", default: "3" },
        skip: { type: "string", default: "" },
        "write-docs": { type: "boolean", default: false },
        "reuse-build": { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const sizes = parseSizes(values.sizes);
  const seed = Number(values.seed);
  const runs = Math.max(1, Number(values.runs) || 3);
  const skip = new Set(values.skip.split(",").map((s) => s.trim()).filter(Boolean));
  for (const s of skip) if (!(AREAS as readonly string[]).includes(s)) throw new Error(`bench: --skip: unknown area "${s}" (one of ${AREAS.join(", ")})`);
  const wants = (area: Area) => !skip.has(area);
  const benchDir = join(root, ".readout/bench");
  await mkdir(benchDir, { recursive: true });

  const rows: BenchRow[] = [];
  const firstLoads: FirstLoad[] = [];
  let browser: Browser | null = null;
  const getBrowser = async () => (browser ??= await launchBrowser());

  try {
    for (const spec of sizes) {
      const dataset = await prepareDataset(spec, { root, benchDir, seed, log });
      if (!dataset) continue;
      log(`bench: ${dataset.label}: ${dataset.files.toLocaleString("en-US")} raw files, ${(dataset.bytes / 1048576).toFixed(1)} MiB`);
      const built = await measureBuild(dataset, { root, log, reuse: values["reuse-build"] });
      // Build rows come first in the table whether or not the build area was asked for, since every other figure needs the build.
      if (wants("build")) rows.push(...built.rows);
      if (!built.site) {
        log(`bench: ${dataset.label}: no site, so no browser figures at this size`);
        continue;
      }
      await measureSite(dataset, built.site, { rows, firstLoads, getBrowser, runs, wants });
      // A long run can be stopped after any size and still leave its figures so far.
      if (spec !== sizes[sizes.length - 1]) await report(rows, firstLoads, wants, values["write-docs"], `partial: stopped after ${dataset.label}`);
    }
  } finally {
    if (browser) await (browser as Browser).close();
  }

  const table = await report(rows, firstLoads, wants, values["write-docs"], null);
  process.stdout.write(`${table}\n`);
  log(`bench: done in ${((performance.now() - started) / 60000).toFixed(1)} min`);
  return 0;
}

/** Sorts the rows into one table and, with --write-docs, rewrites docs/performance.md with it. */
async function report(measured: BenchRow[], firstLoads: FirstLoad[], wants: (a: Area) => boolean, writeDocs: boolean | undefined, partial: string | null): Promise<string> {
  const rows = [...measured];
  if (wants("first-load")) rows.push(...firstLoadRows(firstLoads));
  const order = (r: BenchRow) => Object.values(AREA_TITLES).indexOf(r.area);
  rows.sort((a, b) => order(a) - order(b));
  const table = renderTable(rows);
  await mkdir(join(root, ".readout/bench"), { recursive: true });
  await writeFile(join(root, ".readout/bench/last-table.md"), `${table}\n`);
  if (writeDocs) {
    let chromium = "Chromium";
    try {
      chromium = execFileSync(CHROMIUM_PATH, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
      // The version is decoration; the table stands without it.
    }
    const args = process.argv.slice(2).filter((a) => a !== "--write-docs");
    const doc = renderPerformanceDoc({
      table,
      machine: machineInfo(chromium),
      command: `npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}`,
      when: `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC${partial ? ` (${partial})` : ""}`,
      minutes: (performance.now() - started) / 60000,
    });
    await writeFile(join(root, "docs/performance.md"), doc);
    log("bench: wrote docs/performance.md");
  }
  return table;
}

async function measureSite(
  dataset: Dataset,
  site: { dist: string; corpus: string },
  ctx: { rows: BenchRow[]; firstLoads: FirstLoad[]; getBrowser: () => Promise<Browser>; runs: number; wants: (a: Area) => boolean },
): Promise<void> {
  const { rows, wants, runs } = ctx;
  const size = dataset.label;
  const corpusDir = join(site.dist, "corpus");
  const releaseId = newestReleaseId(corpusDir);
  const manifest = readJson<Manifest>(join(corpusDir, "manifest.json"));
  const baselineDir = join(dataset.work, "baseline");
  await mkdir(baselineDir, { recursive: true });
  const app = await startStaticServer(site.dist);
  const plain = await startStaticServer(baselineDir);
  const browser = await ctx.getBrowser();
  try {
    const releaseUrl = releaseId ? `${app.url}/releases/${encodeURIComponent(releaseId)}` : null;
    const releaseBaseline = releaseId ? `${plain.url}${await writeReleaseBaseline(corpusDir, releaseId, baselineDir)}` : null;

    if (wants("first-load")) {
      log(`bench: ${size}: first load`);
      const assets = entryAssets(site.dist);
      const home = await openCold(browser, `${app.url}/`, waitForHeading).catch(() => null);
      const release = releaseUrl ? await openCold(browser, releaseUrl, waitForHeading).catch(() => null) : null;
      ctx.firstLoads.push({
        label: size,
        home: home?.transfer.gzip ?? null,
        release: release?.transfer.gzip ?? null,
        releaseData: release?.transfer.dataGzip ?? null,
        // Preloaded chunks load with the entry on every first visit, so they count (as in tests/node/budgets.test.ts).
        entry: assets.entry ? [assets.entry, ...assets.preloads].reduce((sum, f) => sum + fileGzipSize(f), 0) : null,
      });
    }

    if (wants("release") && releaseUrl && releaseBaseline) {
      log(`bench: ${size}: release page timings (${runs} cold loads each)`);
      const failed = (e: Error) => (log(`bench: ${size}: release page timing failed: ${e.message.split("\n")[0]}`), { fcp: null, shown: null, interactive: null });
      const a = await timePage(browser, releaseUrl, "heading", runs, "main button").catch(failed);
      const b = await timePage(browser, releaseBaseline, "heading", runs, "summary").catch(failed);
      const label = "same release as plain HTML";
      rows.push(
        { area: "Release page", measure: "first contentful paint", size, figure: a.fcp, baseline: b.fcp, unit: "ms", baselineLabel: label },
        { area: "Release page", measure: "title in the page", size, figure: a.shown, baseline: b.shown, unit: "ms", baselineLabel: label },
        { area: "Release page", measure: "answers a click (first control)", size, figure: a.interactive, baseline: b.interactive, unit: "ms", baselineLabel: label },
      );
    }

    if (wants("lists")) {
      const top = manifest.topPeople[0];
      const lists: { name: string; appPath: string; file: string; positions: number[] | "all"; title: string }[] = [
        { name: `timeline (${manifest.count.toLocaleString("en-US")} rows)`, appPath: "/timeline", file: "timeline.html", positions: "all", title: "Timeline" },
      ];
      if (top) {
        const postings = join(corpusDir, "facets/person", `${top.value}.json`);
        const positions = existsSync(postings) ? readJson<FacetPostings>(postings).positions : [];
        lists.push({ name: `person page (${positions.length.toLocaleString("en-US")} rows)`, appPath: `/people/${encodeURIComponent(top.value)}`, file: "person.html", positions, title: top.label });
      }
      for (const list of lists) {
        log(`bench: ${size}: ${list.name}`);
        const plainPath = await writeListBaseline(corpusDir, list.positions, baselineDir, list.file, list.title);
        const a = await timePage(browser, `${app.url}${list.appPath}`, "rows", runs).catch(() => null);
        const b = await timePage(browser, `${plain.url}${plainPath}`, "rows", runs).catch(() => null);
        const sa = await scrollFrameTime(browser, `${app.url}${list.appPath}`).catch(() => null);
        const sb = await scrollFrameTime(browser, `${plain.url}${plainPath}`).catch(() => null);
        const label = "all rows in one plain HTML list";
        rows.push(
          { area: "Lists", measure: `${list.name}: first rows on screen`, size, figure: a?.shown ?? null, baseline: b?.shown ?? null, unit: "ms", baselineLabel: label },
          { area: "Lists", measure: `${list.name}: scroll frame time p95`, size, figure: sa?.p95 ?? null, baseline: sb?.p95 ?? null, unit: "ms", baselineLabel: label },
        );
      }
    }

    if (wants("search")) {
      log(`bench: ${size}: search`);
      const queries = pickQueries(corpusDir);
      const a: SearchFigures = manifest.search
        ? await measureAppSearch(browser, app.url, queries).catch((e: Error) => ({ firstMs: null, firstBytes: null, laterP50: null, laterP95: null, laterBytes: null, note: e.message.split("\n")[0] }))
        : { firstMs: null, firstBytes: null, laterP50: null, laterP95: null, laterBytes: null, note: "no search index in this corpus" };
      const b = await measureMiniSearch(browser, { root, corpusDir, baselineDir, baselineUrl: plain.url, queries, log }).catch((e: Error) => {
        // A whole index of a big corpus can be more than a browser tab holds; that is a finding, not a bench failure.
        log(`bench: ${size}: MiniSearch baseline failed: ${e.message.split("\n")[0]}`);
        return { firstMs: null, firstBytes: null, laterP50: null, laterP95: null, laterBytes: null, note: "baseline failed" };
      });
      const label = "MiniSearch, whole index in memory";
      rows.push(
        { area: "Search", measure: "first query", size, figure: a.firstMs, baseline: b.firstMs, unit: "ms", baselineLabel: label, note: `budget 300 ms; ${a.note ?? ""}` },
        { area: "Search", measure: "bytes for the first query (gzip)", size, figure: a.firstBytes, baseline: b.firstBytes, unit: "bytes", baselineLabel: label, note: "budget 300 KB" },
        { area: "Search", measure: "later queries p50", size, figure: a.laterP50, baseline: b.laterP50, unit: "ms", baselineLabel: label },
        { area: "Search", measure: "later queries p95", size, figure: a.laterP95, baseline: b.laterP95, unit: "ms", baselineLabel: label, note: "budget 50 ms" },
        { area: "Search", measure: "bytes per later query (gzip, median)", size, figure: a.laterBytes, baseline: b.laterBytes, unit: "bytes", baselineLabel: label, note: "baseline fetches nothing after the first" },
        // The baseline has no facets, so its answered time stands beside the app's settled time.
        { area: "Search", measure: "first query, facet counts in", size, figure: a.firstSettledMs ?? null, baseline: b.firstMs, unit: "ms", baselineLabel: label, note: "page stopped changing" },
        { area: "Search", measure: "later queries p95, facet counts in", size, figure: a.laterSettledP95 ?? null, baseline: b.laterP95, unit: "ms", baselineLabel: label, note: "page stopped changing" },
      );
    }

    if (wants("lighthouse") && releaseUrl && releaseBaseline) {
      log(`bench: ${size}: Lighthouse (mobile) on the release page`);
      const a = await runLighthouse(releaseUrl).catch((e: Error) => (log(`bench: lighthouse failed: ${e.message}`), null));
      const b = await runLighthouse(releaseBaseline).catch((e: Error) => (log(`bench: lighthouse failed: ${e.message}`), null));
      const label = "same release as plain HTML";
      rows.push(
        { area: "Lighthouse", measure: "performance score", size, figure: a?.performance ?? null, baseline: b?.performance ?? null, unit: "score", baselineLabel: label, note: "target 95+" },
        { area: "Lighthouse", measure: "accessibility score", size, figure: a?.accessibility ?? null, baseline: b?.accessibility ?? null, unit: "score", baselineLabel: label, note: "target 95+" },
      );
    }
  } finally {
    await app.close();
    await plain.close();
  }
}

/** First-load figures are judged against the first corpus of the run: they must not grow with the corpus. */
function firstLoadRows(loads: FirstLoad[]): BenchRow[] {
  const base = loads[0];
  if (!base) return [];
  const label = `same, on ${base.label}`;
  const rows: BenchRow[] = [];
  for (const l of loads) {
    rows.push(
      { area: "First load", measure: "home page, all bytes (gzip)", size: l.label, figure: l.home, baseline: base.home, unit: "bytes", baselineLabel: label },
      { area: "First load", measure: "release page, all bytes (gzip)", size: l.label, figure: l.release, baseline: base.release, unit: "bytes", baselineLabel: label },
      { area: "First load", measure: "release page, corpus data (gzip)", size: l.label, figure: l.releaseData, baseline: base.releaseData, unit: "bytes", baselineLabel: label, note: "budget 60 KB" },
      { area: "First load", measure: "entry JavaScript + preloaded chunks (gzip)", size: l.label, figure: l.entry, baseline: base.entry, unit: "bytes", baselineLabel: label, note: "budget 120 KB" },
    );
  }
  return rows;
}

try {
  process.exitCode = await main();
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exitCode = 1;
}
