import { createHash } from "node:crypto";
import type { Release, ReleaseSummary } from "../../lib/corpus-schema.ts";
import {
  COLUMN_FACETS,
  DOCS_CHUNK,
  REC_CHUNK,
  SEARCH_FORMAT_VERSION,
  TITLE_WEIGHT,
  peoplePrefix,
  searchFiles,
  type ColumnFacet,
  type DateRuns,
  type DocRow,
  type IndexInfo,
  type SearchMeta,
  type SpeakerRuns,
  type YearRun,
} from "../../lib/search-format.ts";
import { memoTermOf, words } from "../../lib/search-text.ts";
import { facetKey, releaseFacets } from "../build/aggregates.ts";
import { ByteWriter, Interner, U32Log } from "./logs.ts";
import { TermIndex, type Emit, type Span } from "./term-index.ts";

export interface SearchIndexOptions {
  /** The corpus build id for meta.json; without it, a hash of the index's other files. */
  buildId?: string;
  /**
   * Per column facet, the values in the order of the corpus's facets/<facet>/index.json (value
   * number v is values[v]). A facet left out is ordered as the build orders it: most releases
   * first, then by value.
   */
  facetValues?: Partial<Record<ColumnFacet, readonly string[]>>;
  /** The name shown for a person id; without it, the name the first release gives. */
  personName?: (id: string) => string;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A release's values of a column facet, keyed as the corpus facet postings key them, once each. */
export function columnValues(release: Release, facet: ColumnFacet): string[] {
  return [...new Set(releaseFacets(release)[facet].map((raw) => facetKey(facet, raw)))];
}

/** Column values while releases stream in: numbered as first seen, renumbered at the end. */
class ColumnLog {
  private readonly local = new Interner();
  private readonly counts: number[] = [];
  private readonly values = new U32Log();
  private readonly ends = new U32Log();
  private readonly given: Map<string, number> | null;

  constructor(
    readonly facet: ColumnFacet,
    order: readonly string[] | undefined,
  ) {
    this.given = order ? new Map(order.map((v, i) => [v, i])) : null;
  }

  add(values: readonly string[]): void {
    for (const v of values) {
      if (this.given && !this.given.has(v)) throw new Error(`${this.facet} value "${v}" is not in facets/${this.facet}/index.json`);
      const id = this.local.id(v);
      this.counts[id] = (this.counts[id] ?? 0) + 1;
      this.values.push(id);
    }
    this.ends.push(this.values.length);
  }

  /** Per release: a varint count, then its value numbers ascending (see decodeColumn). */
  encode(): Uint8Array {
    let numberOf: number[];
    if (this.given) numberOf = this.local.keys.map((v) => this.given!.get(v)!);
    else {
      const ranked = this.local.keys.map((_, i) => i).sort((a, b) => this.counts[b]! - this.counts[a]! || byCodeUnit(this.local.keys[a]!, this.local.keys[b]!));
      numberOf = new Array<number>(this.local.keys.length);
      ranked.forEach((id, rank) => (numberOf[id] = rank));
    }
    const out = new ByteWriter();
    let from = 0;
    const doc: number[] = [];
    for (let d = 0; d < this.ends.length; d++) {
      const to = this.ends.get(d);
      doc.length = 0;
      for (let i = from; i < to; i++) doc.push(numberOf[this.values.get(i)]!);
      doc.sort((a, b) => a - b);
      out.varint(doc.length);
      for (const v of doc) out.varint(v);
      from = to;
    }
    return out.take();
  }
}

/**
 * The whole index build, shared by buildSearchIndex (in memory) and writeSearchIndex (to disk).
 * Releases are added in list order (document n is summaries[n]); finish() writes every file
 * through `emit`, meta.json last.
 */
export class SearchIndexCore {
  private readonly releases = new TermIndex("r");
  private readonly speakers = new TermIndex("s");
  private readonly recPerson = new U32Log();
  private readonly recDoc = new U32Log();
  private readonly speakerIds = new Interner();
  private readonly names = new Map<string, string>();
  private readonly columns: ColumnLog[];
  // Stemming dominates indexing time, and the vocabulary is small next to the text.
  private readonly termOf = memoTermOf(2_000_000);
  /** Every document's DocRow as JSON: docs/<k>.json files, and the best rows in each term's entry. */
  private readonly rows: string[] = [];
  private readonly publishers = new Map<string, string>();

  constructor(
    private readonly summaries: readonly ReleaseSummary[],
    private readonly options: SearchIndexOptions = {},
  ) {
    this.columns = COLUMN_FACETS.map((f) => new ColumnLog(f, options.facetValues?.[f]));
    checkListOrder(summaries);
  }

  /** Adds the next release; it must be summaries[n] for the n-th call. */
  add(release: Release): void {
    const doc = this.releases.docs;
    try {
      const expected = this.summaries[doc];
      if (!expected) throw new Error(`more releases than summaries (${this.summaries.length})`);
      if (expected.id !== release.id) throw new Error(`arrived at list position ${doc}, which is ${expected.id}`);
      const title: Span = { terms: words(release.title).map(this.termOf), weight: TITLE_WEIGHT };
      const paragraphs = release.paragraphs.map((p) => words(p.text).map(this.termOf));
      this.releases.add([title, ...paragraphs.map((terms) => ({ terms, weight: 1 }))]);

      const own = new Map<string, Span[]>();
      release.paragraphs.forEach((p, i) => {
        for (const id of new Set(p.speakers)) {
          const spans = own.get(id) ?? [];
          spans.push({ terms: paragraphs[i]!, weight: 1 });
          own.set(id, spans);
        }
      });
      for (const [id, spans] of own) {
        const person = this.speakerIds.id(id);
        this.speakers.add(spans);
        this.recPerson.push(person);
        this.recDoc.push(doc);
      }

      for (const column of this.columns) column.add(columnValues(release, column.facet));
      for (const p of release.people) if (!this.names.has(p.id)) this.names.set(p.id, p.name);
      this.addRow(release);
    } catch (e) {
      throw new Error(`search index: release ${release.id} (${release.sourceFile}): ${(e as Error).message}`);
    }
  }

  private addRow(release: Release): void {
    const names = new Map(release.people.map((p) => [p.id, p.name]));
    const speakers = [...new Set(release.paragraphs.flatMap((p) => p.speakers))].map((id) => names.get(id) ?? id);
    const row: DocRow = [release.id, release.title, release.date, release.publisher.id, release.kind, speakers];
    this.rows.push(JSON.stringify(row));
    if (!this.publishers.has(release.publisher.id)) this.publishers.set(release.publisher.id, release.publisher.name);
  }

  /** Writes every file through `emit` and returns the meta written last. */
  finish(write: Emit): SearchMeta {
    const docs = this.summaries.length;
    if (this.releases.docs !== docs)
      throw new Error(`search index: received ${this.releases.docs} releases for ${docs} summaries; the next missing one is ${this.summaries[this.releases.docs]?.id}`);

    const contentHash = this.options.buildId === undefined ? createHash("sha256") : null;
    const emit: Emit = (path, data) => {
      if (contentHash) contentHash.update(`${path}\t${createHash("sha256").update(data).digest("hex")}\n`);
      write(path, data);
    };

    // The same text JSON.stringify gives a DocsChunk, without parsing the rows back.
    for (let first = 0; first < this.rows.length; first += DOCS_CHUNK)
      emit(searchFiles.docs(first / DOCS_CHUNK), `{"first":${first},"docs":[${this.rows.slice(first, first + DOCS_CHUNK).join(",")}]}`);
    emit(searchFiles.dates(), JSON.stringify(dateRuns(this.summaries)));
    for (const column of this.columns) emit(searchFiles.column(column.facet), column.encode());

    const name = this.options.personName ?? ((id: string) => this.names.get(id)!);
    emitGrouped(
      [...this.names.keys()].sort(byCodeUnit),
      (id) => name(id),
      (prefix, group) => emit(searchFiles.peopleNames(prefix), JSON.stringify(group)),
    );

    const releases = this.releases.finish(emit, undefined, (d) => this.rows[d]!);
    const speakers = this.finishSpeakers(emit);

    const meta: SearchMeta = {
      version: SEARCH_FORMAT_VERSION,
      buildId: this.options.buildId ?? contentHash!.digest("hex").slice(0, 16),
      releases,
      speakers,
      years: yearRuns(this.summaries),
      columns: [...COLUMN_FACETS],
      publishers: Object.fromEntries([...this.publishers].sort((a, b) => byCodeUnit(a[0], b[0]))),
    };
    write(searchFiles.meta(), JSON.stringify(meta));
    return meta;
  }

  private finishSpeakers(emit: Emit): IndexInfo | null {
    const records = this.recDoc.length;
    if (records === 0) return null;
    // Records sorted by (person id, document): one person's records are one run.
    const rank = new Uint32Array(this.speakerIds.keys.length);
    const sortedPeople = this.speakerIds.keys.map((_, i) => i).sort((a, b) => byCodeUnit(this.speakerIds.keys[a]!, this.speakerIds.keys[b]!));
    sortedPeople.forEach((person, r) => (rank[person] = r));
    const order = Uint32Array.from({ length: records }, (_, i) => i).sort(
      (a, b) => rank[this.recPerson.get(a)]! - rank[this.recPerson.get(b)]! || this.recDoc.get(a) - this.recDoc.get(b),
    );

    const info = this.speakers.finish(emit, order);

    const runs = new Map<string, [number, number]>();
    for (let r = 0; r < records; r++) {
      const id = this.speakerIds.keys[this.recPerson.get(order[r]!)]!;
      const run = runs.get(id);
      if (run) run[1]++;
      else runs.set(id, [r, 1]);
    }
    emitGrouped(
      [...runs.keys()],
      (id) => runs.get(id)!,
      (prefix, group: SpeakerRuns) => emit(searchFiles.speakerRuns(prefix), JSON.stringify(group)),
    );

    const out = new ByteWriter();
    for (let r = 0; r < records; r++) {
      out.varint(this.recDoc.get(order[r]!));
      if ((r + 1) % REC_CHUNK === 0 || r + 1 === records) emit(searchFiles.speakerRecords(Math.floor(r / REC_CHUNK)), out.take());
    }
    return info;
  }
}

/** Groups sorted person ids by their file prefix and emits one object per file, in id order. */
function emitGrouped<T>(sortedIds: readonly string[], value: (id: string) => T, write: (prefix: string, group: Record<string, T>) => void): void {
  const groups = new Map<string, Record<string, T>>();
  for (const id of sortedIds) {
    const prefix = peoplePrefix(id);
    let g = groups.get(prefix);
    if (!g) groups.set(prefix, (g = {}));
    g[id] = value(id);
  }
  for (const prefix of [...groups.keys()].sort(byCodeUnit)) write(prefix, groups.get(prefix)!);
}

/** Dated releases first, newest first; the build's list order (compareNewestFirst) guarantees it. */
function checkListOrder(summaries: readonly ReleaseSummary[]): void {
  for (let i = 1; i < summaries.length; i++) {
    const a = summaries[i - 1]!.date;
    const b = summaries[i]!.date;
    if ((a === null && b !== null) || (a !== null && b !== null && b > a))
      throw new Error(`search index: summaries are not newest first: ${summaries[i]!.id} (${b ?? "undated"}) follows ${summaries[i - 1]!.id} (${a ?? "undated"})`);
  }
}

export function dateRuns(summaries: readonly ReleaseSummary[]): DateRuns {
  const runs: [string, number][] = [];
  let dated = 0;
  summaries.forEach((s, doc) => {
    if (s.date === null) return;
    dated++;
    if (runs.length === 0 || runs[runs.length - 1]![0] !== s.date) runs.push([s.date, doc]);
  });
  return { runs, dated };
}

export function yearRuns(summaries: readonly ReleaseSummary[]): YearRun[] {
  const runs: YearRun[] = [];
  summaries.forEach((s, doc) => {
    const year = s.date ? s.date.slice(0, 4) : "";
    const last = runs[runs.length - 1];
    if (last && last.year === year) last.count++;
    else runs.push({ year, first: doc, count: 1 });
  });
  return runs;
}

/**
 * The whole search index in memory: path under the corpus root -> contents (JSON text or
 * bytes). Same input, same bytes. For tests and small corpora; the build streams with
 * writeSearchIndex.
 */
export function buildSearchIndex(
  releases: Iterable<Release>,
  summaries: readonly ReleaseSummary[],
  options: SearchIndexOptions = {},
): Map<string, Uint8Array | string> {
  const core = new SearchIndexCore(summaries, options);
  for (const r of releases) core.add(r);
  const files = new Map<string, Uint8Array | string>();
  core.finish((path, data) => files.set(path, data));
  return files;
}
