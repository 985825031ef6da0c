import { readFileSync, statSync } from "node:fs";
import { basename, relative } from "node:path";
import type { Release } from "../lib/corpus-schema.ts";
import { extractRelease } from "./extract-release.ts";
import { MAX_RAW_BYTES } from "./ingest/decode.ts";

/** One element of the extract command's output (../shared/spec/extraction.md). */
export type ExtractFileResult = { file: string; ok: true; release: Release } | { file: string; ok: false; error: string };

/** "kremlin_en_html/2018-...html": the file's folder and name, as the corpus build would see it. */
export function relPathOf(file: string, cwd: string): string {
  const parts = relative(cwd, file).split(/[\\/]/);
  return parts.length >= 2 ? parts.slice(-2).join("/") : basename(file);
}

/**
 * Files on disk to results, in the order given. A file that cannot be read or extracted gets a
 * one-line error naming it; it never stops the others. Warnings go to `onWarning`, one line each.
 */
export function extractFiles(files: string[], cwd: string, onWarning: (line: string) => void): { results: ExtractFileResult[]; failed: boolean } {
  let failed = false;
  const results = files.map((file): ExtractFileResult => {
    let bytes: Uint8Array;
    try {
      const size = statSync(file).size;
      if (size > MAX_RAW_BYTES) throw new Error(`file too large (${size} bytes, limit ${MAX_RAW_BYTES})`);
      bytes = readFileSync(file);
    } catch (e) {
      failed = true;
      const msg = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message.split("\n")[0];
      return { file, ok: false, error: `${file}: ${msg}` };
    }
    const out = extractRelease({ path: file, relPath: relPathOf(file, cwd), bytes });
    for (const w of out.warnings) onWarning(`warning: ${w}`);
    if (!out.ok) {
      failed = true;
      return { file, ok: false, error: out.error };
    }
    return { file, ok: true, release: out.value };
  });
  return { results, failed };
}
