import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";

import { sharedPath } from "../support/shared-checkout.ts";

export const REPO = resolve(import.meta.dirname, "../../..");
export const SAMPLE = join(REPO, "corpus");
/** Resolve this only in files that need the raw corpus: it warns when absent. */
export const rawCorpus = () => sharedPath("corpus/raw");

/** A temp folder per test file, removed by the returned cleanup. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `readout-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file under `root` (relative, "/"-separated) with the sha256 of its bytes, sorted. */
export function treeHashes(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) visit(full);
      else out.set(relative(root, full).split(sep).join("/"), createHash("sha256").update(readFileSync(full)).digest("hex"));
    }
  };
  visit(root);
  return out;
}

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}
