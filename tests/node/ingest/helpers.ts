import { ingest } from "../../../src/pipeline/ingest/ingest.ts";
import type { IngestedRelease, RawFile } from "../../../src/pipeline/types.ts";

export function rawFile(relPath: string, content: string | Uint8Array): RawFile {
  return { path: `fixtures/${relPath}`, relPath, bytes: typeof content === "string" ? new TextEncoder().encode(content) : content };
}

/** Ingests a fixture and fails the test with the reader's own error when it does not ingest. */
export function ingestOk(relPath: string, content: string | Uint8Array): IngestedRelease & { warnings: string[] } {
  const r = ingest(rawFile(relPath, content));
  if (!r.ok) throw new Error(r.error);
  return { ...r.value.release, warnings: r.value.warnings };
}

export function ingestError(relPath: string, content: string | Uint8Array): string {
  const r = ingest(rawFile(relPath, content));
  if (r.ok) throw new Error(`expected ${relPath} to fail, it ingested as "${r.value.release.title}"`);
  return r.error;
}

export const texts = (r: IngestedRelease) => r.paragraphs.map((p) => p.text);
export const allText = (r: IngestedRelease) => r.paragraphs.map((p) => `${p.label ?? ""} ${p.text}`).join("\n");
