import { type Release, ReleaseSchema } from "../lib/corpus-schema.ts";
import { analyze } from "./analyze/analyze.ts";
import { ingest } from "./ingest/ingest.ts";
import { releaseId } from "./release-id.ts";
import type { RawFile, Result } from "./types.ts";

/** A result plus the decisions worth reporting (an encoding fallback), which do not make it fail. */
export type ExtractOutcome = Result<Release> & { warnings: string[] };

/** One raw file to one validated release: ingest, analyze, id, schema check. Never throws. */
export function extractRelease(file: RawFile): ExtractOutcome {
  let ingested;
  try {
    ingested = ingest(file);
  } catch (e) {
    return { ok: false, error: `${file.path}: could not read (${oneLine(e)})`, warnings: [] };
  }
  if (!ingested.ok) return { ok: false, error: ingested.error, warnings: [] };
  const { release: ing, warnings } = ingested.value;
  let analysis;
  try {
    analysis = analyze(ing);
  } catch (e) {
    return { ok: false, error: `${file.path}: analysis failed (${oneLine(e)})`, warnings };
  }
  const candidate = {
    id: releaseId({ date: ing.date, title: ing.title, sourceUrl: ing.sourceUrl, relPath: file.relPath }),
    title: ing.title,
    date: ing.date,
    place: ing.place,
    publisher: ing.publisher,
    sourceUrl: ing.sourceUrl,
    sourceFile: file.relPath,
    format: ing.format,
    kind: analysis.kind,
    people: analysis.people,
    paragraphs: analysis.paragraphs.map((p, i) => ({ id: `p-${i + 1}`, text: p.text, speakers: p.speakers, kind: p.kind })),
    events: analysis.events,
    countries: analysis.countries,
    organisations: analysis.organisations,
    documents: analysis.documents,
  };
  const parsed = ReleaseSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length ? issue.path.join(".") : "release";
    return { ok: false, error: `${file.path}: invalid ${field}: ${issue.message}`, warnings };
  }
  return { ok: true, value: parsed.data, warnings };
}

function oneLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0]!;
}
