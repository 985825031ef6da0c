/**
 * Readout's own static search index (format 4), shared by the build (which writes it) and the
 * browser engine (which reads it). No zod and no Node imports: the app bundles this file.
 * docs/search.md explains the choices; in short, a query fetches only the dictionary shard and the
 * postings of its own words, so the first answer stays small at 100,000 releases.
 *
 *   search/meta.json                 SearchMeta: sizes, dictionary shard keys, year runs
 *   search/<ix>/d/<key>.json         DictShard: the terms starting with <key>, sorted, with where
 *                                    their postings are
 *   search/<ix>/b/<bucket>.json      PairShard: adjacent-term pairs (for "phrases") by hash bucket,
 *                                    the top IndexInfo.pairBits bits of the hash, in hex
 *   search/<ix>/p/<n>.bin            postings, packed; an entry is never split across files. An
 *                                    entry of "r" ends with the result rows of its best documents
 *   search/docs/<k>.json             DocsChunk: what a result row shows for documents k*DOCS_CHUNK ..
 *   search/dates.json                DateRuns: first document of each date (date ranges)
 *   search/columns/<facet>.bin       per release, its values of one facet (facet counts)
 *   search/people/<xx>.json          person id -> name for facet labels, by the id's first two chars
 *   search/s/people/<xx>.json        person id -> [first record, count] in the speaker index
 *   search/s/rec/<k>.bin             release document of speaker records k*REC_CHUNK ..
 *
 * <ix> is "r" (whole releases: title and paragraphs) or "s" (speaker records: the paragraphs one
 * person speaks in one release). Documents of "r" are numbered by list position (corpus
 * list/<n>.json, newest first), so a date order is ascending document numbers, a year or a date
 * range is one run of documents, and the corpus's facets/<facet>/<slug>.json position lists are
 * the postings of a facet filter. Records of "s" are sorted by (person, document), so one
 * person's records are one run.
 */
import type { Facet } from "./corpus-files.ts";

export const SEARCH_DIR = "search";
export const SEARCH_FORMAT_VERSION = 4;

export type IndexName = "r" | "s";

/**
 * Result rows per docs/<k>.json file. Ten hits are usually ten different files, so a small chunk
 * keeps a page of rows to a few kilobytes each, whatever the corpus size.
 */
export const DOCS_CHUNK = 64;
/** Speaker records per s/rec/<k>.bin file. */
export const REC_CHUNK = 1024;
/** Postings files are filled up to about this many bytes (one large entry may exceed it). */
export const POSTINGS_FILE_TARGET = 16 * 1024;
/** Pair dictionary buckets are the top `pairBits` bits of the pair hash, within these bounds. */
export const MIN_PAIR_BITS = 8;
export const MAX_PAIR_BITS = 16;
/** The writer picks the fewest bits that keep a bucket at about this many pairs or fewer. */
export const PAIR_BUCKET_TARGET = 1000;
/** A title word counts as this many body words. */
export const TITLE_WEIGHT = 3;
/** BM25 parameters used for the stored weights. */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** Facets counted from columns; year is counted from SearchMeta.years instead. */
export const COLUMN_FACETS = ["person", "country", "organisation", "publisher", "kind"] as const satisfies readonly Facet[];
export type ColumnFacet = (typeof COLUMN_FACETS)[number];

export const searchFiles = {
  meta: () => `${SEARCH_DIR}/meta.json`,
  dict: (ix: IndexName, key: string) => `${SEARCH_DIR}/${ix}/d/${encodeKey(key)}.json`,
  pairs: (ix: IndexName, bucket: number, bits: number) => `${SEARCH_DIR}/${ix}/b/${bucket.toString(16).padStart(Math.ceil(bits / 4), "0")}.json`,
  postings: (ix: IndexName, file: number) => `${SEARCH_DIR}/${ix}/p/${file}.bin`,
  docs: (chunk: number) => `${SEARCH_DIR}/docs/${chunk}.json`,
  dates: () => `${SEARCH_DIR}/dates.json`,
  column: (facet: ColumnFacet) => `${SEARCH_DIR}/columns/${facet}.bin`,
  peopleNames: (prefix: string) => `${SEARCH_DIR}/people/${prefix}.json`,
  speakerRuns: (prefix: string) => `${SEARCH_DIR}/s/people/${prefix}.json`,
  speakerRecords: (chunk: number) => `${SEARCH_DIR}/s/rec/${chunk}.bin`,
} as const;

/**
 * Dictionary keys are term prefixes; a file name must not depend on the host's case handling or
 * meet "." and "..", so each code unit outside [a-z0-9] is written as _xxxx.
 */
export function encodeKey(key: string): string {
  let out = "";
  for (const ch of key) out += /^[a-z0-9]$/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16).padStart(4, "0")}`;
  return out || "_";
}

/** Which names / speaker-runs file holds a person id; ids are slugs, so two characters spread them. */
export function peoplePrefix(personId: string): string {
  return personId.slice(0, 2).padEnd(2, "_");
}

export interface IndexInfo {
  /** Documents (releases for "r", speaker records for "s"). */
  docs: number;
  /** Average document length in words, as used for the stored weights. */
  avgLength: number;
  /** Every dictionary shard key, sorted. A term lives in the longest key that is its prefix. */
  dictKeys: string[];
  /** Number of postings files. */
  postingsFiles: number;
  /** Pair buckets: the top `pairBits` bits of a pair hash (pairBucket). */
  pairBits: number;
}

/** The pair shard a hash lives in. */
export function pairBucket(hash: number, bits: number): number {
  return hash >>> (32 - bits);
}

/**
 * Bits for the pair buckets of an index with `pairs` distinct pairs: the fewest (from
 * MIN_PAIR_BITS up to MAX_PAIR_BITS) that leave at most PAIR_BUCKET_TARGET pairs in a bucket, so a
 * bucket holds about half to all of that target once the index is large.
 */
export function pairBitsFor(pairs: number): number {
  let bits = MIN_PAIR_BITS;
  while (bits < MAX_PAIR_BITS && pairs > PAIR_BUCKET_TARGET * 2 ** bits) bits++;
  return bits;
}

export interface YearRun {
  /** "2019", or "" for undated releases (listed last). */
  year: string;
  first: number;
  count: number;
}

export interface SearchMeta {
  version: typeof SEARCH_FORMAT_VERSION;
  /** The corpus build this index belongs to (manifest buildId), to refuse a stale mix. */
  buildId: string;
  releases: IndexInfo;
  speakers: IndexInfo | null;
  /** Runs of documents by year, newest first; they cover 0..releases.docs-1 in order. */
  years: YearRun[];
  /** Columns written; value number v is values[v] of the corpus facets/<facet>/index.json. */
  columns: ColumnFacet[];
  /** Publisher id -> name, for result rows (DocRow keeps the id). */
  publishers: Record<string, string>;
}

/**
 * A dictionary entry: term, document frequency, postings file, byte offset and byte length there.
 * The entry's bytes are `df` varint gaps (first gap from -1, so document 0 is gap 1), then `df`
 * weight bytes, then (in the release index only) TopRows as UTF-8 JSON: the rows of its TOP_DOCS
 * best documents, so the postings of a one-word query bring its first page of rows with them.
 */
export type DictEntry = [term: string, df: number, file: number, offset: number, length: number];

/**
 * Best documents whose rows an entry carries: one page of results. For one word without filters,
 * the best page is always among its expansions' best documents (a document outside a term's
 * TOP_DOCS has TOP_DOCS others that score higher on that term), so it needs no docs/ file.
 */
export const TOP_DOCS = 10;

/** An entry's best documents, highest weight first (lower document first on a tie), with their rows. */
export type TopRows = [doc: number, row: DocRow][];
export interface DictShard {
  key: string;
  /** Sorted by term (plain code-unit order), so a prefix is one run. */
  terms: DictEntry[];
}

/** A pair entry: pair hash, df, file, offset, length. The bytes are `df` varint gaps, no weights. */
export type PairEntry = [hash: number, df: number, file: number, offset: number, length: number];
export interface PairShard {
  bucket: number;
  /** Sorted by hash. */
  pairs: PairEntry[];
}

/** For date ranges: [date, first document of that date], newest first; undated documents follow the last run. */
export interface DateRuns {
  runs: [date: string, first: number][];
  /** Documents with a date: 0..dated-1. */
  dated: number;
}

/**
 * What a result row shows, so the count and the rows need no release file: release id, title,
 * date, publisher id (SearchMeta.publishers names it), kind, and the speakers' names in the order
 * they first speak.
 */
export type DocRow = [id: string, title: string, date: string | null, publisher: string, kind: string, speakers: string[]];

/** docs/<k>.json */
export interface DocsChunk {
  first: number;
  docs: DocRow[];
}

/** s/people/<xx>.json: person id -> [first record, record count] */
export type SpeakerRuns = Record<string, [first: number, count: number]>;

/** The dictionary shard of a term: the longest key that is a prefix of it, or null. */
export function shardKeyFor(keys: readonly string[], term: string): string | null {
  let best: string | null = null;
  for (const k of keys) if (term.startsWith(k) && (best === null || k.length > best.length)) best = k;
  return best;
}

/** Every shard that may hold a term starting with `prefix`. */
export function shardKeysForPrefix(keys: readonly string[], prefix: string): string[] {
  const out = keys.filter((k) => k.startsWith(prefix));
  const home = shardKeyFor(keys, prefix);
  if (home !== null && !out.includes(home)) out.push(home);
  return out.sort();
}

/** Unsigned LEB128. */
export function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/** Reads `count` varints from `bytes` at `offset`; returns them and the offset after the last. */
export function readVarints(bytes: Uint8Array, offset: number, count: number): { values: Uint32Array; end: number } {
  const values = new Uint32Array(count);
  let p = offset;
  for (let i = 0; i < count; i++) {
    let v = 0;
    let shift = 1;
    let b: number;
    do {
      b = bytes[p++]!;
      v += (b & 0x7f) * shift;
      shift *= 128;
    } while (b & 0x80);
    values[i] = v;
  }
  return { values, end: p };
}

const utf8 = new TextDecoder();

/**
 * Documents, weights and best rows of one entry's bytes, `length` bytes from `offset` (pair
 * entries have no weights and no rows; speaker entries no rows).
 */
export function decodePostings(
  bytes: Uint8Array,
  offset: number,
  length: number,
  df: number,
  withWeights: boolean,
): { docs: Uint32Array; weights: Uint8Array; top: TopRows } {
  const { values, end } = readVarints(bytes, offset, df);
  let doc = -1;
  for (let i = 0; i < df; i++) values[i] = doc += values[i]!;
  if (!withWeights) return { docs: values, weights: new Uint8Array(0), top: [] };
  const rowsAt = end + df;
  const top = rowsAt < offset + length ? (JSON.parse(utf8.decode(bytes.subarray(rowsAt, offset + length))) as TopRows) : [];
  return { docs: values, weights: bytes.slice(end, rowsAt), top };
}

/** Encodes ascending documents (and optional weights) as decodePostings reads them. */
export function encodePostings(docs: ArrayLike<number>, weights?: ArrayLike<number>): Uint8Array {
  const out: number[] = [];
  let prev = -1;
  for (let i = 0; i < docs.length; i++) {
    writeVarint(out, docs[i]! - prev);
    prev = docs[i]!;
  }
  if (weights) for (let i = 0; i < weights.length; i++) out.push(weights[i]!);
  return Uint8Array.from(out);
}

/**
 * A column: for each release in order, a varint count then that many varint value numbers.
 * Returns offsets[d]..offsets[d+1] into values.
 */
export function decodeColumn(bytes: Uint8Array, docs: number): { offsets: Uint32Array; values: Uint32Array } {
  const offsets = new Uint32Array(docs + 1);
  const values: number[] = [];
  let p = 0;
  for (let d = 0; d < docs; d++) {
    offsets[d] = values.length;
    const { values: n, end } = readVarints(bytes, p, 1);
    const { values: vs, end: after } = readVarints(bytes, end, n[0]!);
    for (const v of vs) values.push(v);
    p = after;
  }
  offsets[docs] = values.length;
  return { offsets, values: Uint32Array.from(values) };
}

/** Stored weight of a term in a document: BM25's term-frequency part scaled to 1..255. */
export function termWeight(tf: number, length: number, avgLength: number): number {
  const norm = tf + BM25_K1 * (1 - BM25_B + (BM25_B * length) / (avgLength || 1));
  const part = (tf * (BM25_K1 + 1)) / norm;
  return Math.max(1, Math.min(255, Math.round((part / (BM25_K1 + 1)) * 255)));
}

/** BM25 inverse document frequency. */
export function idf(docs: number, df: number): number {
  return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
}
