import { readFileSync, statSync } from "node:fs";
import { basename, relative } from "node:path";
import { extractRelease } from "../src/pipeline/extract-release.ts";
import { MAX_RAW_BYTES } from "../src/pipeline/ingest/decode.ts";

// npm run --silent extract -- FILE [FILE ...]
// One JSON array on stdout (the contract in ../shared/spec/extraction.md); warnings go to stderr.
// Stdout carries the JSON array and nothing else, so any stray log line from a stage goes to stderr.
console.log = console.info = console.debug = (...args: unknown[]) => console.error(...args);

const files = process.argv.slice(2).filter((a) => a !== "--");
if (files.length === 0) {
  process.stderr.write("usage: npm run --silent extract -- FILE [FILE ...]\n");
  process.exit(2);
}

/** "kremlin_en_html/2018-...html": the file's folder and name, as the corpus build would see it. */
function relPathOf(file: string): string {
  const parts = relative(process.cwd(), file).split(/[\\/]/);
  return parts.length >= 2 ? parts.slice(-2).join("/") : basename(file);
}

let failed = false;
const results = files.map((file) => {
  let bytes: Uint8Array;
  try {
    if (statSync(file).size > MAX_RAW_BYTES) throw new Error(`file too large (${statSync(file).size} bytes, limit ${MAX_RAW_BYTES})`);
    bytes = readFileSync(file);
  } catch (e) {
    failed = true;
    const msg = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message.split("\n")[0];
    return { file, ok: false as const, error: `${file}: ${msg}` };
  }
  const out = extractRelease({ path: file, relPath: relPathOf(file), bytes });
  for (const w of out.warnings) process.stderr.write(`warning: ${w}\n`);
  if (!out.ok) {
    failed = true;
    return { file, ok: false as const, error: out.error };
  }
  return { file, ok: true as const, release: out.value };
});

process.stdout.write(JSON.stringify(results));
process.stdout.write("\n");
process.exitCode = failed ? 1 : 0;
