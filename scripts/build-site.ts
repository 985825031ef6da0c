import { copyFile, cp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { build } from "vite";
import { buildCorpusWithConsole } from "../src/pipeline/build/console-report.ts";
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

const report = await buildCorpusWithConsole({ input, out: corpusDir });
if (!report) process.exit(1);

await build({ root, logLevel: "warn", build: { outDir: distDir, emptyOutDir: true } });

const corpusTarget = join(distDir, "corpus");
await rm(corpusTarget, { recursive: true, force: true });
await cp(corpusDir, corpusTarget, { recursive: true });

const siteUrl = process.env.READOUT_SITE_URL ? process.env.READOUT_SITE_URL.replace(/\/+$/, "") : null;
const { pages } = await prerender({ distDir, corpusDir: corpusTarget, siteUrl });

// Hosts that serve 404.html for unknown paths (GitHub Pages and the like) then boot the app, which
// routes the path itself: a deep link still opens, and an unknown one shows the app's own not-found page.
if (!existsSync(join(distDir, "404.html"))) await copyFile(join(distDir, "index.html"), join(distDir, "404.html"));

console.error(`site: ${distDir} (${report.built} releases, ${pages} prerendered pages)`);
