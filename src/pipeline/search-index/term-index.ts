import { MIN_PAIR_BITS, pairBitsFor, pairBucket, POSTINGS_FILE_TARGET, searchFiles, TOP_DOCS, termWeight, type DictEntry, type DictShard, type IndexInfo, type IndexName, type PairEntry, type PairShard } from "../../lib/search-format.ts";
import { pairHash } from "../../lib/search-text.ts";
import { ByteWriter, Interner, U16Log, U32Log } from "./logs.ts";

/** Receives each finished file: a path under the corpus root and its contents. */
export type Emit = (path: string, data: Uint8Array | string) => void;

/** A dictionary shard with more terms than this is split by one more character. */
export const DICT_SHARD_SPLIT = 1500;

/** Pair postings are sorted as hash * 2^21 + document, exact in a float. */
const DOC_BITS = 21;
const DOC_SCALE = 2 ** DOC_BITS;
export const MAX_INDEX_DOCS = DOC_SCALE;
/** Term frequencies are stored in 16 bits; the stored weight saturates long before. */
const MAX_TF = 0xffff;
/** Pair postings sorted at once while writing the pair shards: bounds that step's memory. */
const PAIR_SORT_BATCH = 2_000_000;
/** Pair postings are sorted in groups by the top MIN_PAIR_BITS of the hash; a group holds whole buckets. */
const PAIR_GROUPS = 2 ** MIN_PAIR_BITS;
/** Linear counting of distinct pairs: one bit per 2^6 hash values, 8 MB while the index finishes. */
const DISTINCT_SHIFT = 6;

/** One text span of a document: adjacent terms inside it form pairs, none across spans. */
export interface Span {
  terms: readonly string[];
  /** How many times each term counts in tf (the title counts TITLE_WEIGHT times). */
  weight: number;
}

/**
 * One index ("r" or "s") while documents stream in. Per posting it keeps a term id and a tf in
 * the block of the document that has it (6 bytes), and per pair posting its hash (4 bytes); the
 * dictionary is the only per-term JS state.
 */
export class TermIndex {
  private readonly terms = new Interner();
  private readonly df = new U32Log();
  private postTerm = new U32Log();
  private postTf = new U16Log();
  private readonly docStart = new U32Log();
  private readonly docLength = new U32Log();
  private pairHashes = new U32Log();
  private readonly pairStart = new U32Log();
  private readonly groupSize = new Uint32Array(PAIR_GROUPS);
  private lengthSum = 0;
  private readonly tf = new Map<number, number>();
  private readonly docPairs = new Set<number>();

  constructor(
    readonly name: IndexName,
    /** Pair postings sorted at once (a test makes it tiny to force many batches). */
    private readonly pairSortBatch = PAIR_SORT_BATCH,
  ) {}

  get docs(): number {
    return this.docStart.length;
  }

  /** Adds the next document (numbered in arrival order) and returns its number. */
  add(spans: readonly Span[]): number {
    const doc = this.docStart.length;
    if (doc >= MAX_INDEX_DOCS) throw new Error(`more than ${MAX_INDEX_DOCS} documents in one index`);
    this.docStart.push(this.postTerm.length);
    this.pairStart.push(this.pairHashes.length);
    const tf = this.tf;
    const docPairs = this.docPairs;
    tf.clear();
    docPairs.clear();
    let length = 0;
    for (const span of spans) {
      const terms = span.terms;
      length += terms.length;
      for (let i = 0; i < terms.length; i++) {
        const term = terms[i]!;
        const id = this.terms.id(term);
        if (id === this.df.length) this.df.push(0);
        tf.set(id, (tf.get(id) ?? 0) + span.weight);
        if (i > 0) docPairs.add(pairHash(terms[i - 1]!, term));
      }
    }
    for (const [id, n] of tf) {
      this.postTerm.push(id);
      this.postTf.push(Math.min(n, MAX_TF));
      this.df.set(id, this.df.get(id) + 1);
    }
    for (const h of docPairs) {
      this.pairHashes.push(h);
      this.groupSize[pairBucket(h, MIN_PAIR_BITS)]!++;
    }
    this.docLength.push(length);
    this.lengthSum += length;
    return doc;
  }

  /**
   * Writes the dictionary shards, pair shards and postings files. `order[final] = arrival number`
   * renumbers the documents (speaker records are sorted only once all have arrived); without it
   * the arrival number is the document number. With `rowJson` (a document's DocRow as JSON), each
   * term's entry ends with the rows of its best documents (TopRows).
   */
  finish(emit: Emit, order?: Uint32Array, rowJson?: (doc: number) => string): IndexInfo {
    const docs = this.docs;
    const avgLength = docs ? this.lengthSum / docs : 0;
    const arrivalOf = (d: number) => (order ? order[d]! : d);
    const packer = new PostingsPacker(this.name, emit);
    const entry = new ByteWriter();
    const dictKeys = this.writeTerms(emit, packer, entry, arrivalOf, avgLength, rowJson);
    const pairBits = pairBitsFor(this.distinctPairs());
    this.writePairs(emit, packer, entry, arrivalOf, pairBits);
    const postingsFiles = packer.close();
    return { docs, avgLength, dictKeys, postingsFiles, pairBits };
  }

  /**
   * About how many distinct pairs there are (linear counting over a bitmap of hashes): exact
   * enough to choose the bucket bits, deterministic, and without sorting every pair posting twice.
   */
  private distinctPairs(): number {
    const slots = 2 ** (32 - DISTINCT_SHIFT);
    const seen = new Uint32Array(slots / 32);
    let filled = 0;
    for (let i = 0; i < this.pairHashes.length; i++) {
      const slot = this.pairHashes.get(i) >>> DISTINCT_SHIFT;
      const bit = 1 << (slot & 31);
      const word = slot >>> 5;
      if ((seen[word]! & bit) === 0) {
        seen[word] = seen[word]! | bit;
        filled++;
      }
    }
    return filled === slots ? slots : Math.round(-slots * Math.log(1 - filled / slots));
  }

  /** Dictionary shards and their postings; the grouped postings are garbage once it returns. */
  private writeTerms(emit: Emit, packer: PostingsPacker, entry: ByteWriter, arrivalOf: (d: number) => number, avgLength: number, rowJson?: (doc: number) => string): string[] {
    const docs = this.docs;
    // Postings grouped by term (a counting sort): visiting documents in final order keeps each
    // term's documents ascending without a sort.
    const termCount = this.terms.keys.length;
    const total = this.postTerm.length;
    const start = new Uint32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) start[t + 1] = start[t]! + this.df.get(t);
    const cursor = start.slice(0, termCount);
    const postDoc = new Uint32Array(total);
    const postWeight = new Uint8Array(total);
    for (let d = 0; d < docs; d++) {
      const a = arrivalOf(d);
      const from = this.docStart.get(a);
      const to = a + 1 < docs ? this.docStart.get(a + 1) : total;
      const length = this.docLength.get(a);
      for (let i = from; i < to; i++) {
        const t = this.postTerm.get(i);
        const at = cursor[t]!++;
        postDoc[at] = d;
        postWeight[at] = termWeight(this.postTf.get(i), length, avgLength);
      }
    }
    this.postTerm = new U32Log();
    this.postTf = new U16Log();

    const dictKeys: string[] = [];
    for (const [key, ids] of planDictShards(this.terms.keys)) {
      dictKeys.push(key);
      const entries: DictEntry[] = [];
      for (const t of ids) {
        const from = start[t]!;
        const to = start[t + 1]!;
        let prev = -1;
        for (let i = from; i < to; i++) {
          entry.varint(postDoc[i]! - prev);
          prev = postDoc[i]!;
        }
        entry.bytes(postWeight.subarray(from, to));
        if (rowJson) entry.bytes(utf8.encode(`[${topDocs(postWeight, from, to).map((i) => `[${postDoc[i]!},${rowJson(postDoc[i]!)}]`).join(",")}]`));
        const [file, offset, length] = packer.add(entry.view());
        entry.length = 0;
        entries.push([this.terms.keys[t]!, to - from, file, offset, length]);
      }
      const shard: DictShard = { key, terms: entries };
      emit(searchFiles.dict(this.name, key), JSON.stringify(shard));
    }
    return dictKeys;
  }

  private writePairs(emit: Emit, packer: PostingsPacker, entry: ByteWriter, arrivalOf: (d: number) => number, bits: number): void {
    const docs = this.docs;
    // Pair postings by group of buckets, a batch of groups at a time: each batch scans every
    // document in final order, so a pair's documents come out ascending and only the batch is
    // held as floats.
    const pairTotal = this.pairHashes.length;
    let group = 0;
    while (group < PAIR_GROUPS) {
      const first = group;
      let size = 0;
      do size += this.groupSize[group++]!;
      while (group < PAIR_GROUPS && size + this.groupSize[group]! <= this.pairSortBatch);
      const batch: Float64Array[] = [];
      for (let g = first; g < group; g++) batch.push(new Float64Array(this.groupSize[g]!));
      const fill = new Uint32Array(group - first);
      for (let d = 0; d < docs; d++) {
        const a = arrivalOf(d);
        const from = this.pairStart.get(a);
        const to = a + 1 < docs ? this.pairStart.get(a + 1) : pairTotal;
        for (let i = from; i < to; i++) {
          const h = this.pairHashes.get(i);
          const g = pairBucket(h, MIN_PAIR_BITS) - first;
          if (g >= 0 && g < batch.length) batch[g]![fill[g]!++] = h * DOC_SCALE + d;
        }
      }
      batch.forEach((keys, k) => this.writePairGroup(first + k, keys, bits, packer, entry, emit));
    }
    this.pairHashes = new U32Log();
  }

  /** Writes every bucket of one group (empty ones too, so a lookup never meets a missing file). */
  private writePairGroup(group: number, keys: Float64Array, bits: number, packer: PostingsPacker, entry: ByteWriter, emit: Emit): void {
    keys.sort();
    const per = 2 ** (bits - MIN_PAIR_BITS);
    let i = 0;
    for (let bucket = group * per; bucket < (group + 1) * per; bucket++) {
      let end = i;
      while (end < keys.length && pairBucket(Math.floor(keys[end]! / DOC_SCALE), bits) === bucket) end++;
      this.writePairBucket(bucket, bits, keys.subarray(i, end), packer, entry, emit);
      i = end;
    }
  }

  private writePairBucket(bucket: number, bits: number, keys: Float64Array, packer: PostingsPacker, entry: ByteWriter, emit: Emit): void {
    const entries: PairEntry[] = [];
    let i = 0;
    while (i < keys.length) {
      const hash = Math.floor(keys[i]! / DOC_SCALE);
      let prev = -1;
      let df = 0;
      for (; i < keys.length && Math.floor(keys[i]! / DOC_SCALE) === hash; i++) {
        const doc = keys[i]! % DOC_SCALE;
        entry.varint(doc - prev);
        prev = doc;
        df++;
      }
      const [file, offset, length] = packer.add(entry.view());
      entry.length = 0;
      entries.push([hash, df, file, offset, length]);
    }
    const shard: PairShard = { bucket, pairs: entries };
    emit(searchFiles.pairs(this.name, bucket, bits), JSON.stringify(shard));
  }
}

const utf8 = new TextEncoder();

/** Positions (from..to) of the TOP_DOCS highest weights of one term's postings, best first (see TopRows). */
function topDocs(weights: Uint8Array, from: number, to: number): number[] {
  const best: number[] = [];
  for (let i = from; i < to; i++) {
    const w = weights[i]!;
    // Documents come ascending, so an equal weight never displaces an earlier document.
    if (best.length === TOP_DOCS && w <= weights[best[best.length - 1]!]!) continue;
    let at = best.length;
    while (at > 0 && weights[best[at - 1]!]! < w) at--;
    best.splice(at, 0, i);
    if (best.length > TOP_DOCS) best.pop();
  }
  return best;
}

/** Fills postings files in order up to about POSTINGS_FILE_TARGET bytes; an entry is never split. */
class PostingsPacker {
  private readonly buffer = new ByteWriter(POSTINGS_FILE_TARGET * 2);
  private file = 0;
  constructor(
    private readonly ix: IndexName,
    private readonly emit: Emit,
  ) {}

  add(bytes: Uint8Array): [file: number, offset: number, length: number] {
    if (this.buffer.length > 0 && this.buffer.length + bytes.length > POSTINGS_FILE_TARGET) this.flush();
    const offset = this.buffer.length;
    this.buffer.bytes(bytes);
    return [this.file, offset, bytes.length];
  }

  private flush(): void {
    this.emit(searchFiles.postings(this.ix, this.file), this.buffer.take());
    this.file++;
  }

  /** Writes the last file; returns how many files were written. */
  close(): number {
    if (this.buffer.length > 0) this.flush();
    return this.file;
  }
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Dictionary shards: the first two characters of a term, or three when a two-character shard
 * would hold more than DICT_SHARD_SPLIT terms (terms shorter than that stay in the two-character
 * shard); one-character terms have one-character keys. Characters are code points, so a key never
 * ends inside a surrogate pair. Returns the shards sorted by key, each with its terms sorted.
 */
export function planDictShards(terms: readonly string[]): [key: string, ids: number[]][] {
  const prefixes = terms.map((t) => [...t].slice(0, 3));
  const twoCount = new Map<string, number>();
  for (const p of prefixes) if (p.length >= 2) twoCount.set(p[0]! + p[1]!, (twoCount.get(p[0]! + p[1]!) ?? 0) + 1);
  const shards = new Map<string, number[]>();
  prefixes.forEach((p, id) => {
    let key: string;
    if (p.length === 1) key = p[0]!;
    else {
      key = p[0]! + p[1]!;
      if (p.length === 3 && twoCount.get(key)! > DICT_SHARD_SPLIT) key += p[2]!;
    }
    const list = shards.get(key);
    if (list) list.push(id);
    else shards.set(key, [id]);
  });
  return [...shards.entries()]
    .sort((a, b) => byCodeUnit(a[0], b[0]))
    .map(([key, ids]) => [key, ids.sort((a, b) => byCodeUnit(terms[a]!, terms[b]!))]);
}
