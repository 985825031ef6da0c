import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { z } from "zod";
import { CORPUS_SCHEMA_VERSION, FACETS, corpusFiles, type Facet } from "../../lib/corpus-files.ts";
import {
  FacetIndexSchema,
  FacetPostingsSchema,
  ListPageSchema,
  ManifestSchema,
  PersonPageSchema,
  RelatedReleasesSchema,
  type Manifest,
  type Release,
  type ReleaseSummary,
} from "../../lib/corpus-schema.ts";
import { extractRelease } from "../extract-release.ts";
import { stampSearchMeta, writeSearchIndex } from "../search-index/write-search-index.ts";
import { COLUMN_FACETS, type ColumnFacet } from "../../lib/search-format.ts";
import { FacetAggregate, PeopleAggregate, compareNewestFirst, releaseRow, type ReleaseRow } from "./aggregates.ts";
import { stageDir } from "./atomic-dir.ts";
import { RelatedPicker } from "./related.ts";
import { ExtractPool, defaultWorkerCount, inOrder } from "./extract-pool.ts";
import type { BuildIssue, SkipReason } from "./issues.ts";
import { processFile, schemaError, type FileOutcome } from "./process-file.ts";
import { walkReleases, type WalkEntry } from "./walk.ts";

export const DEFAULT_PAGE_SIZE = 100;
/** The largest raw release seen is about 0.4 MB; anything past this is not a press release. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
export const TOP_PEOPLE = 50;

import type { Extractor } from "./process-file.ts";
export type { ExtractResult, Extractor } from "./process-file.ts";

export interface BuildOptions {
  input: string;
  out: string;
  pageSize?: number;
  maxBytes?: number;
  /** Any skipped file fails the build (the previous output stays). */
  strict?: boolean;
  /** Extraction worker threads; 0 extracts on the main thread. Default: one per core (up to 4) for large inputs. */
  workers?: number;
  /** Cancels the build (Ctrl-C): the staged folder is removed and the previous output stays. */
  signal?: AbortSignal;
  /** Replaceable for tests (a forced failure); defaults to the pipeline's extractRelease. */
  extract?: Extractor;
  /** Called for each problem as it is found, so a long build reports early. */
  onIssue?: (issue: BuildIssue) => void;
  onProgress?: (progress: { done: number; total: number; built: number }) => void;
}

export interface BuildReport {
  out: string;
  buildId: string;
  /** Files the walk found (ignored descriptive files such as SOURCES.md are not counted). */
  files: number;
  built: number;
  merged: number;
  skipped: number;
  warnings: number;
  skippedByReason: Partial<Record<SkipReason, number>>;
  issues: BuildIssue[];
  search: boolean;
  people: number;
}

export class BuildError extends Error {
  constructor(
    message: string,
    public readonly report: BuildReport | null,
  ) {
    super(message);
    this.name = "BuildError";
  }
}

/** One summary line for the end of a build, whatever happened. */
export function summaryLine(r: BuildReport, seconds: number): string {
  const reasons = Object.entries(r.skippedByReason)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([reason, n]) => `${reason} ${n}`)
    .join(", ");
  return (
    `corpus: built ${r.built}, merged ${r.merged}, skipped ${r.skipped}${reasons ? ` (${reasons})` : ""}, warnings ${r.warnings}` +
    ` from ${r.files} files -> ${r.buildId ? r.out : "nothing written"}${r.buildId ? ` [build ${r.buildId}]` : ""} in ${seconds.toFixed(1)}s`
  );
}

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/** Release text with whitespace folded, so a re-crawl that only changed spacing still counts as the same release. */
const bodyKey = (r: Release) => sha256([r.title, r.date ?? "", ...r.paragraphs.map((p) => p.text)].join("\n").replace(/\s+/g, " "));

/**
 * Writes files under the staged folder, validating each against its schema first and remembering
 * a hash per file for the build id.
 */
class CorpusWriter {
  readonly hashes = new Map<string, string>();
  private readonly dirs = new Set<string>();
  constructor(readonly root: string) {}

  async write<T>(file: string, schema: z.ZodType<T>, value: unknown): Promise<T> {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new Error(schemaError(file, parsed.error));
    await this.writeText(file, JSON.stringify(parsed.data));
    return parsed.data;
  }

  /** For text already validated (a release checked where it was extracted). */
  async writeText(file: string, text: string): Promise<void> {
    const path = join(this.root, file);
    const dir = dirname(path);
    if (!this.dirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.dirs.add(dir);
    }
    await writeFile(path, text);
    this.hashes.set(file, sha256(text));
  }
}

async function hashTree(root: string, dir: string, into: Map<string, string>): Promise<void> {
  if (!existsSync(dir)) return;
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) await hashTree(root, full, into);
    else into.set(relative(root, full).split(sep).join("/"), sha256(await readFile(full)));
  }
}

/**
 * Builds a corpus from a folder of raw releases into `out`, atomically. Streams: each release is
 * written as soon as it is built, and only its summary and compact aggregates stay in memory.
 * Throws BuildError when nothing could be built or the output could not be written; the previous
 * output is then untouched.
 */
export async function buildCorpus(options: BuildOptions): Promise<BuildReport> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const extract = options.extract ?? extractRelease;
  const input = options.input;
  const out = resolve(options.out);

  const inputInfo = await stat(input).catch(() => null);
  if (!inputInfo?.isDirectory()) throw new BuildError(`${input}: not a folder`, null);

  const issues: BuildIssue[] = [];
  const skippedByReason: Partial<Record<SkipReason, number>> = {};
  const report = (issue: BuildIssue) => {
    issues.push(issue);
    if (issue.kind === "skipped") skippedByReason[issue.reason as SkipReason] = (skippedByReason[issue.reason as SkipReason] ?? 0) + 1;
    options.onIssue?.(issue);
  };

  const files = await walkReleases(input, [out]);
  const staged = await stageDir(out, (dir) => existsSync(join(dir, corpusFiles.manifest())));
  let pool: ExtractPool | null = null;
  try {
    const writer = new CorpusWriter(staged.dir);
    const rows: ReleaseRow[] = [];
    const people = new PeopleAggregate();
    const publishers = new Map<string, string>();
    const byUrl = new Map<string, string>();
    const byBody = new Map<string, string>();
    const byId = new Map<string, string>();
    let done = 0;

    const workers = options.workers ?? (options.extract ? 0 : defaultWorkerCount(files.length));
    pool = workers > 0 ? new ExtractPool(workers, maxBytes) : null;
    const run = pool ? (e: WalkEntry) => pool!.run(e) : (e: WalkEntry) => processFile(e, maxBytes, extract);
    const outcomes = inOrder(files, run, pool ? workers * 8 : 1);

    for (const entry of files) {
      options.signal?.throwIfAborted();
      const outcome = (await outcomes.next()).value as FileOutcome;
      done++;
      options.onProgress?.({ done, total: files.length, built: rows.length });
      {
        if (outcome.kind === "skipped") {
          report({ file: entry.path, kind: "skipped", reason: outcome.reason, message: outcome.message });
          continue;
        }
        const release = JSON.parse(outcome.json) as Release;

        const urlDup = release.sourceUrl ? byUrl.get(release.sourceUrl) : undefined;
        const key = bodyKey(release);
        const bodyDup = byBody.get(key);
        if (urlDup || bodyDup) {
          const first = (urlDup ?? bodyDup)!;
          report({
            file: entry.path,
            kind: "merged",
            reason: "duplicate",
            message: `duplicate of ${first} (${urlDup ? "same source URL" : "same title, date and text"}); built once`,
          });
          continue;
        }
        const idOwner = byId.get(release.id);
        if (idOwner) {
          report({ file: entry.path, kind: "skipped", reason: "id-collision", message: `id ${release.id} is already taken by ${idOwner} with different text` });
          continue;
        }
        for (const w of outcome.warnings) report({ file: entry.path, kind: "warning", reason: "encoding", message: w });
        if (release.date === null) report({ file: entry.path, kind: "warning", reason: "no-date", message: "no date found; built undated (listed last)" });

        await writer.writeText(corpusFiles.release(release.id), outcome.json);
        if (release.sourceUrl) byUrl.set(release.sourceUrl, entry.relPath);
        byBody.set(key, entry.relPath);
        byId.set(release.id, entry.relPath);
        publishers.set(release.publisher.id, publishers.get(release.publisher.id) ?? release.publisher.name);
        rows.push(releaseRow(release));
        people.add(release);
      }
    }

    await pool?.close();
    pool = null;

    const counts = () => ({
      out,
      buildId: "",
      files: files.length,
      built: rows.length,
      merged: issues.filter((i) => i.kind === "merged").length,
      skipped: issues.filter((i) => i.kind === "skipped").length,
      warnings: issues.filter((i) => i.kind === "warning").length,
      skippedByReason,
      issues,
      search: false,
      people: people.ids().length,
    });
    if (rows.length === 0) throw new BuildError(`${input}: no release could be built from ${files.length} file(s)`, counts());
    if (options.strict && counts().skipped > 0)
      throw new BuildError(`--strict: ${counts().skipped} file(s) skipped, so the corpus was not replaced`, counts());

    rows.sort((a, b) => compareNewestFirst(a.summary, b.summary));
    const summaries: ReleaseSummary[] = rows.map((r) => r.summary);

    const pages = Math.ceil(summaries.length / pageSize);
    for (let n = 0; n < pages; n++)
      await writer.write(corpusFiles.listPage(n), ListPageSchema, { page: n, items: summaries.slice(n * pageSize, (n + 1) * pageSize) });

    const facets = new FacetAggregate();
    const facetValues: Partial<Record<ColumnFacet, string[]>> = {};
    const labelOf = (facet: Facet, value: string) =>
      facet === "person" ? people.nameOf(value) : facet === "publisher" ? (publishers.get(value) ?? value) : value;
    rows.forEach((row, position) => facets.add(position, row.facets, labelOf));
    for (const facet of FACETS) {
      const values = facets.values(facet);
      if ((COLUMN_FACETS as readonly Facet[]).includes(facet)) facetValues[facet as ColumnFacet] = values.map((v) => v.value);
      await writer.write(corpusFiles.facetIndex(facet), FacetIndexSchema, { facet, values });
      const buckets = facets.buckets.get(facet);
      for (const v of values)
        await writer.write(corpusFiles.facetPostings(facet, v.value), FacetPostingsSchema, { value: v.value, positions: buckets!.get(v.value)!.positions });
    }
    // Precomputed so a release page reads one small file instead of its principals' postings.
    const personBuckets = facets.buckets.get("person");
    const related = new RelatedPicker(summaries, (id) => personBuckets?.get(id)?.positions);
    for (let position = 0; position < rows.length; position++) {
      options.signal?.throwIfAborted();
      const id = summaries[position]!.id;
      await writer.write(corpusFiles.related(id), RelatedReleasesSchema, related.pick(position, rows[position]!.principals));
    }
    facets.buckets.clear();

    for (const id of people.ids()) await writer.write(corpusFiles.person(id), PersonPageSchema, people.page(id));

    options.signal?.throwIfAborted();
    const releasesDir = staged.dir;
    const search = await writeSearchIndex({
      outDir: staged.dir,
      summaries,
      facetValues,
      personName: (id) => people.nameOf(id),
      releases: async function* () {
        for (const s of summaries) yield JSON.parse(await readFile(join(releasesDir, corpusFiles.release(s.id)), "utf8")) as Release;
      },
    });

    const hashes = new Map(writer.hashes);
    await hashTree(staged.dir, join(staged.dir, "search"), hashes);
    // meta.json carries the build id, so it cannot be part of it.
    hashes.delete("search/meta.json");
    const buildId = sha256(
      [...hashes.entries()]
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([file, hash]) => `${file}\t${hash}\n`)
        .join(""),
    ).slice(0, 16);
    if (search) await stampSearchMeta(staged.dir, buildId);

    const publisherCounts = new Map<string, number>();
    for (const s of summaries) publisherCounts.set(s.publisher, (publisherCounts.get(s.publisher) ?? 0) + 1);
    const years = new Map<number, number>();
    for (const s of summaries) if (s.date) years.set(Number(s.date.slice(0, 4)), (years.get(Number(s.date.slice(0, 4))) ?? 0) + 1);
    const manifest: Manifest = {
      schemaVersion: CORPUS_SCHEMA_VERSION,
      buildId,
      count: summaries.length,
      pageSize,
      pages,
      publishers: [...publisherCounts.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([id, count]) => ({ id, name: publishers.get(id) ?? id, count })),
      years: [...years.entries()].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count })),
      topPeople: people.top(TOP_PEOPLE),
      search,
    };
    await writer.write(corpusFiles.manifest(), ManifestSchema, manifest);
    options.signal?.throwIfAborted();
    await staged.commit();
    return { ...counts(), buildId, search };
  } catch (e) {
    await pool?.close();
    pool = null;
    await staged.discard();
    if (e instanceof BuildError) throw e;
    const why = options.signal?.aborted ? "cancelled" : (e as Error).message;
    throw new BuildError(`corpus build failed (${why}); ${existsSync(out) ? "the previous output is untouched" : "nothing was written"}`, null);
  }
}
