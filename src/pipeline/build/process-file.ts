import { readFile, stat } from "node:fs/promises";
import type { z } from "zod";
import { ReleaseSchema, type Release } from "../../lib/corpus-schema.ts";
import type { RawFile, Result } from "../types.ts";
import { classifyError, oneLine, type SkipReason } from "./issues.ts";
import type { WalkEntry } from "./walk.ts";

/** `warnings` are decisions worth a line (an encoding fallback) that do not stop the release. */
export type ExtractResult = Result<Release> & { warnings?: string[] };
export type Extractor = (file: RawFile) => ExtractResult | Promise<ExtractResult>;

/**
 * What became of one raw file, in a form that crosses a worker boundary cheaply: a built release
 * travels as its JSON text (validated, ready to write), not as an object graph to clone.
 */
export type FileOutcome =
  | { kind: "skipped"; reason: SkipReason; message: string }
  | { kind: "built"; json: string; warnings: string[] };

/** Extractors name the file themselves; drop a leading copy so each line names it once. */
export const stripFile = (message: string, path: string) => (message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message);

export function schemaError(file: string, error: z.ZodError): string {
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? first.path.join(".") : "(root)";
  const more = error.issues.length > 1 ? ` (+${error.issues.length - 1} more)` : "";
  return `${file}: invalid at ${where}: ${first?.message ?? "schema mismatch"}${more}`;
}

/** Reads, extracts and validates one file. Never throws: every failure is a skip with its reason. */
export async function processFile(entry: WalkEntry, maxBytes: number, extract: Extractor): Promise<FileOutcome> {
  const skip = (reason: SkipReason, message: string): FileOutcome => ({ kind: "skipped", reason, message: oneLine(message) });
  const info = await stat(entry.path).catch(() => null);
  if (!info) return skip("unreadable", "cannot read: the file vanished or is a broken link");
  if (info.size === 0) return skip("empty", "empty file");
  if (info.size > maxBytes) return skip("too-large", `${info.size} bytes, over the ${maxBytes}-byte limit for one release`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(entry.path);
  } catch (e) {
    return skip("unreadable", `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let result: ExtractResult;
  try {
    result = await extract({ path: entry.path, relPath: entry.relPath, bytes });
  } catch (e) {
    // An extractor that throws is a bug there, not a reason to lose the other releases.
    return skip("error", `extraction failed: ${(e as Error).message}`);
  }
  if (!result.ok) {
    const message = stripFile(result.error, entry.path);
    return skip(classifyError(message), message);
  }
  const parsed = ReleaseSchema.safeParse(result.value);
  if (!parsed.success) return skip("invalid", schemaError("release", parsed.error).replace(/^release: /, ""));
  const warnings = (result.warnings ?? []).map((w) => oneLine(stripFile(w, entry.path)));
  if (warnings.length === 0 && !isUtf8(bytes) && parsed.data.paragraphs.some((p) => p.text.includes("\uFFFD")))
    warnings.push("not valid UTF-8; undecodable bytes show as \uFFFD");
  return { kind: "built", json: JSON.stringify(parsed.data), warnings };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
