import { spawnSync } from "node:child_process";
import { copyFile, cp, rm } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { build } from "vite";
import type { Manifest } from "../src/lib/corpus-schema.ts";
import { prerender } from "./lib/prerender.ts";

// `npm run build`: corpus (sample or READOUT_CORPUS) -> vite build -> dist/corpus -> prerendered pages
// -> 404.html. The output is a static folder for any host that follows the README's fallback rule.
const USAGE = "usage: npm run build -- [--out <folder>]   (env: READOUT_CORPUS, READOUT_CORPUS_OUT, READOUT_DIST, READOUT_SITE_URL)";

const root = resolve(import.meta.dirname, "..");
let values;
try {
  ({ values } = parseArgs({ options: { out: { type: "string", short: "o" }, help: { type: "boolean", short: "h" } } }));
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const distDir = resolve(values.out ?? process.env.READOUT_DIST ?? join(root, "dist"));
const input = process.env.READOUT_CORPUS ?? join(root, "corpus");
const corpusDir = resolve(process.env.READOUT_CORPUS_OUT ?? join(root, ".readout/corpus"));
process.env.READOUT_CORPUS_OUT = corpusDir;

// The corpus is built in a child process (`npm run corpus`), so the memory it needs, most of the
// build's peak at 100,000 releases, is given back before Vite and the prerender start: the build's
// peak is the larger of the two steps instead of their sum.
const corpusRun = spawnSync(process.execPath, ["--import", "tsx", join(root, "scripts/corpus.ts"), input, "--out", corpusDir], { cwd: root, stdio: "inherit" });
if (corpusRun.status !== 0) process.exit(corpusRun.status ?? 1);
const manifest = JSON.parse(readFileSync(join(corpusDir, "manifest.json"), "utf8")) as Manifest;

await build({ root, logLevel: "warn", build: { outDir: distDir, emptyOutDir: true } });

const corpusTarget = join(distDir, "corpus");
await rm(corpusTarget, { recursive: true, force: true });
await cp(corpusDir, corpusTarget, { recursive: true });

const siteUrl = process.env.READOUT_SITE_URL ? process.env.READOUT_SITE_URL.replace(/\/+$/, "") : null;
const { pages } = await prerender({ distDir, corpusDir: corpusTarget, siteUrl });

// Hosts that serve 404.html for unknown paths (GitHub Pages and the like) then boot the app, which
// routes the path itself: a deep link still opens, and an unknown one shows the app's own not-found page.
if (!existsSync(join(distDir, "404.html"))) await copyFile(join(distDir, "index.html"), join(distDir, "404.html"));

console.error(`site: ${distDir} (${manifest.count} releases, ${pages} prerendered pages)`);
