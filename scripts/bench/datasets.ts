import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { genCorpus } from "../gen-corpus.ts";

export type SizeSpec = "real" | number;

export interface Dataset {
  spec: SizeSpec;
  /** Short label for the table. */
  label: string;
  /** Raw input folder. */
  raw: string;
  files: number;
  bytes: number;
  /** Working folder for this size's build outputs. */
  work: string;
}

export function parseSizes(value: string): SizeSpec[] {
  return value.split(",").map((part) => {
    const s = part.trim().replace(/_/g, "");
    if (s === "real") return "real";
    if (/^\d+k$/i.test(s)) return Number(s.slice(0, -1)) * 1000;
    if (/^\d+$/.test(s) && Number(s) > 0) return Number(s);
    throw new Error(`bench: --sizes: "${part}" is neither "real" nor a release count`);
  });
}

function folderStats(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith(".") || e.name === "SOURCES.md" || e.name === "MANIFEST.csv") continue;
      const full = join(d, e.name);
      if (e.isDirectory()) visit(full);
      else if (e.isFile()) {
        files++;
        bytes += statSync(full).size;
      }
    }
  };
  visit(dir);
  return { files, bytes };
}

/** A fingerprint of the generator's sources: a cached synthetic corpus is reused only if the generator is unchanged. */
function generatorFingerprint(root: string): string {
  const dir = join(root, "src/pipeline/synthetic");
  const hash = createHash("sha256");
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  return hash.digest("hex").slice(0, 16);
}

/**
 * Resolves one size to a raw folder: the real corpus beside the repo, or a synthetic one generated into
 * .readout/bench/ and reused on later runs while count, seed and generator stay the same.
 */
export async function prepareDataset(spec: SizeSpec, options: { root: string; benchDir: string; seed: number; log: (m: string) => void }): Promise<Dataset | null> {
  if (spec === "real") {
    const raw = resolve(options.root, "../shared/corpus/raw");
    if (!existsSync(raw)) {
      options.log(`bench: ${raw} is not there; skipping the real corpus`);
      return null;
    }
    const { files, bytes } = folderStats(raw);
    return { spec, label: `real (${files.toLocaleString("en-US")})`, raw, files, bytes, work: join(options.benchDir, "real") };
  }
  const name = `synthetic-${spec}-seed${options.seed}`;
  const raw = join(options.benchDir, name, "raw");
  const marker = join(options.benchDir, name, "raw.done.json");
  const want = JSON.stringify({ count: spec, seed: options.seed, generator: generatorFingerprint(options.root) });
  if (!(existsSync(marker) && readFileSync(marker, "utf8") === want)) {
    options.log(`bench: generating ${spec.toLocaleString("en-US")} synthetic releases (seed ${options.seed}) into ${raw}`);
    await rm(join(options.benchDir, name), { recursive: true, force: true });
    await mkdir(join(options.benchDir, name), { recursive: true });
    await genCorpus({ count: spec, out: raw, seed: options.seed, onProgress: (n) => n % 20000 === 0 && options.log(`bench:   ${n} generated`) });
    await writeFile(marker, want);
  } else options.log(`bench: reusing ${raw}`);
  const { files, bytes } = folderStats(raw);
  return { spec, label: spec.toLocaleString("en-US"), raw, files, bytes, work: join(options.benchDir, name) };
}

export function folderBytes(dir: string): number {
  return folderStats(dir).bytes;
}
