/**
 * npm run gen-corpus -- --count N --out <folder> [--seed S] [--long-share F] [--first-year Y] [--last-year Y]
 *
 * Writes N synthetic raw releases in the five raw formats, sharded as <source folder>/<year>/<file>.
 * Same seed and count -> byte-identical files. Files are written as they are generated with a small
 * window of writes in flight, so memory stays flat at any N.
 */
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createGenerator, DEFAULT_SEED } from "../src/pipeline/synthetic/generate.ts";

export interface GenCorpusOptions {
  count: number;
  out: string;
  seed: number;
  longShare?: number;
  firstYear?: number;
  lastYear?: number;
  onProgress?: (done: number) => void;
}

export async function genCorpus(options: GenCorpusOptions): Promise<{ files: number; bytes: number }> {
  const out = resolve(options.out);
  const existing = await readdir(out).catch(() => [] as string[]);
  if (existing.length > 0) throw new Error(`${options.out}: folder is not empty; give a new or empty folder`);
  const generator = createGenerator({ seed: options.seed, longShare: options.longShare, firstYear: options.firstYear, lastYear: options.lastYear });
  const made = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  const WINDOW = 32;
  let bytes = 0;
  for (let i = 0; i < options.count; i++) {
    const file = generator.file(i);
    const dir = join(out, file.relPath.slice(0, file.relPath.lastIndexOf("/")));
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    const data = Buffer.from(file.content, "utf8");
    bytes += data.length;
    const write: Promise<void> = writeFile(join(out, file.relPath), data).then(() => {
      inFlight.delete(write);
    });
    inFlight.add(write);
    if (inFlight.size >= WINDOW) await Promise.race(inFlight);
    if (options.onProgress && (i + 1) % 5000 === 0) options.onProgress(i + 1);
  }
  await Promise.all(inFlight);
  return { files: options.count, bytes };
}

function parseArgs(argv: string[]): GenCorpusOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("--")) throw new Error(`gen-corpus: unexpected argument "${arg}"`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) throw new Error(`gen-corpus: ${arg} needs a value`);
    values.set(arg.slice(2), value);
    i++;
  }
  const known = new Set(["count", "out", "seed", "long-share", "first-year", "last-year"]);
  for (const key of values.keys()) if (!known.has(key)) throw new Error(`gen-corpus: unknown option --${key}`);
  const int = (key: string, fallback?: number): number => {
    const raw = values.get(key);
    if (raw === undefined) {
      if (fallback === undefined) throw new Error(`gen-corpus: --${key} is required`);
      return fallback;
    }
    if (!/^\d+$/.test(raw)) throw new Error(`gen-corpus: --${key} must be a whole number, got "${raw}"`);
    return Number(raw);
  };
  const out = values.get("out");
  if (!out) throw new Error("gen-corpus: --out <folder> is required");
  const longShare = values.has("long-share") ? Number(values.get("long-share")) : undefined;
  if (longShare !== undefined && !(longShare >= 0 && longShare <= 1)) throw new Error(`gen-corpus: --long-share must be between 0 and 1`);
  return {
    count: int("count"),
    out,
    seed: int("seed", DEFAULT_SEED),
    longShare,
    firstYear: values.has("first-year") ? int("first-year") : undefined,
    lastYear: values.has("last-year") ? int("last-year") : undefined,
  };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const started = performance.now();
    const result = await genCorpus({ ...options, onProgress: (n) => process.stderr.write(`gen-corpus: ${n} / ${options.count}\n`) });
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(
      `gen-corpus: wrote ${result.files} releases (${(result.bytes / 1048576).toFixed(1)} MiB) to ${options.out} in ${seconds.toFixed(1)} s (seed ${options.seed})\n`,
    );
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
