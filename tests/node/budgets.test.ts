import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { Manifest, Release } from "../../src/lib/corpus-schema.ts";
import { genCorpus } from "../../scripts/gen-corpus.ts";
import { startStaticServer } from "../../scripts/lib/static-server.ts";
import { launchBrowser, openCold } from "../../scripts/bench/browser.ts";
import { waitForHeading } from "../../scripts/bench/pages.ts";
import { entryAssets, fileGzipSize, gzipSize } from "../../scripts/bench/site-files.ts";

/**
 * Size budgets, asserted in bytes (gzip) on real builds: the sample corpus, and a synthetic corpus with
 * a few very long transcripts. 1 KB = 1,000 bytes here, the stricter reading.
 */
const KB = 1000;
const BUDGET = { entryJs: 120 * KB, css: 20 * KB, releaseData: 60 * KB };

const root = resolve(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "readout-budgets-"));

function buildSite(name: string, input: string | null): string {
  const dist = join(work, name, "dist");
  const run = spawnSync(process.execPath, ["--import", "tsx", join(root, "scripts/build-site.ts"), "--out", dist], {
    cwd: root,
    // Vitest sets NODE_ENV=test; inherited, it would make Vite bundle the development build of React.
    env: { ...process.env, NODE_ENV: "production", NO_COLOR: "1", FORCE_COLOR: "0", READOUT_CORPUS_OUT: join(work, name, "corpus"), ...(input ? { READOUT_CORPUS: input } : {}) },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`budgets: npm run build failed for ${name} (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
  return dist;
}

const sites: { name: string; dist: string }[] = [];

beforeAll(async () => {
  const raw = join(work, "synthetic-raw");
  // Seed and size chosen so several releases are long press conferences (100+ turns).
  await genCorpus({ count: 150, out: raw, seed: 11, longShare: 0.05 });
  sites.push({ name: "sample corpus", dist: buildSite("sample", null) });
  sites.push({ name: "synthetic corpus with long releases", dist: buildSite("synthetic", raw) });
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function releases(dist: string): { id: string; bytes: number }[] {
  const dir = join(dist, "corpus/releases");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ id: f.slice(0, -5), bytes: readFileSync(join(dir, f)).length }));
}

describe("size budgets", () => {
  it(`keeps the entry JavaScript within ${BUDGET.entryJs / KB} KB gzip`, () => {
    for (const { dist } of sites) {
      const assets = entryAssets(dist);
      expect(assets.entry, "index.html loads a module entry").not.toBeNull();
      // Preloaded chunks are fetched with the entry on every first load, so they count.
      const files = [assets.entry as string, ...assets.preloads].map((f) => ({ file: f.slice(dist.length + 1), gzip: fileGzipSize(f) }));
      const total = files.reduce((sum, f) => sum + f.gzip, 0);
      expect(total, JSON.stringify(files)).toBeLessThanOrEqual(BUDGET.entryJs);
    }
  });

  it(`keeps the CSS within ${BUDGET.css / KB} KB gzip`, () => {
    for (const { dist } of sites) {
      const assets = entryAssets(dist);
      const cssFiles = readdirSync(join(dist, "assets")).filter((f) => f.endsWith(".css"));
      const all = new Set([...assets.styles, ...cssFiles.map((f) => join(dist, "assets", f))]);
      const total = [...all].reduce((sum, f) => sum + fileGzipSize(f), 0);
      expect(total).toBeLessThanOrEqual(BUDGET.css);
    }
  });

  it(`keeps the data for any release page's first load (manifest, release, first list page) within ${BUDGET.releaseData / KB} KB gzip`, () => {
    for (const { dist } of sites) {
      const corpus = join(dist, "corpus");
      const manifest = gzipSize(readFileSync(join(corpus, "manifest.json")));
      const list = existsSync(join(corpus, "list/0.json")) ? gzipSize(readFileSync(join(corpus, "list/0.json"))) : 0;
      const all = releases(dist);
      expect(all.length).toBeGreaterThan(0);
      const largest = all.reduce((a, b) => (b.bytes > a.bytes ? b : a));
      const release = gzipSize(readFileSync(join(corpus, "releases", `${largest.id}.json`)));
      expect(manifest + list + release, `largest release ${largest.id}`).toBeLessThanOrEqual(BUDGET.releaseData);
    }
  });

  it("the synthetic corpus really holds long releases, so the data budget is tested on them", () => {
    const synthetic = sites[1];
    if (!synthetic) throw new Error("synthetic site missing");
    const longest = releases(synthetic.dist).reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const release = JSON.parse(readFileSync(join(synthetic.dist, "corpus/releases", `${longest.id}.json`), "utf8")) as Release;
    expect(release.paragraphs.length).toBeGreaterThanOrEqual(100);
  });

  describe("in Chromium", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    // The HTML document counts with the corpus files: a prerendered page may carry the release in it.
    it(`needs at most ${BUDGET.releaseData / KB} KB gzip of page and corpus data to open the longest release and the newest one`, async () => {
      for (const { dist } of sites) {
        const server = await startStaticServer(dist);
        try {
          const manifest = JSON.parse(readFileSync(join(dist, "corpus/manifest.json"), "utf8")) as Manifest;
          expect(manifest.count).toBeGreaterThan(0);
          const all = releases(dist);
          const longest = all.reduce((a, b) => (b.bytes > a.bytes ? b : a));
          const newest = (JSON.parse(readFileSync(join(dist, "corpus/list/0.json"), "utf8")) as { items: { id: string }[] }).items[0]?.id;
          for (const id of new Set([longest.id, newest ?? longest.id])) {
            const { transfer } = await openCold(browser, `${server.url}/releases/${id}`, waitForHeading);
            const data = transfer.dataGzip + transfer.documentGzip;
            expect(transfer.documentGzip, `HTML for ${id}`).toBeGreaterThan(0);
            expect(data, `HTML and corpus data for ${id}`).toBeLessThanOrEqual(BUDGET.releaseData);
          }
        } finally {
          await server.close();
        }
      }
    });
  });
});
