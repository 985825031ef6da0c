import { describe, expect, it } from "vitest";
import { decodePostings, pairBitsFor, pairBucket, searchFiles, type DictShard, type IndexName, type PairShard } from "../../../src/lib/search-format.ts";
import { pairHash, termsOf } from "../../../src/lib/search-text.ts";
import { TermIndex } from "../../../src/pipeline/search-index/term-index.ts";

/** Invented word lists: every document shares some pairs with others and has some of its own. */
const documents = Array.from({ length: 120 }, (_, d) =>
  termsOf(Array.from({ length: 40 }, (_, i) => `river${(d * 3 + i) % 17} port${(i * d) % 11}`).join(" ")),
);

function emitted(index: TermIndex, order?: Uint32Array, docs: readonly string[][] = documents): Map<string, Uint8Array | string> {
  for (const terms of docs) index.add([{ terms, weight: 1 }]);
  const files = new Map<string, Uint8Array | string>();
  const info = index.finish((path, data) => files.set(path, data), order);
  pairBitsOf.set(files, info.pairBits);
  return files;
}
const pairBitsOf = new WeakMap<Map<string, Uint8Array | string>, number>();

describe("TermIndex", () => {
  it("writes the same pair shards whether pairs are sorted in one batch or one bucket at a time", () => {
    const one = emitted(new TermIndex("r"));
    const many = emitted(new TermIndex("r", 1));
    expect([...many.keys()]).toEqual([...one.keys()]);
    for (const [path, data] of one) expect(many.get(path), path).toEqual(data);
  });

  it("renumbers documents by the given order, in term and pair postings alike", () => {
    const last = documents.length - 1;
    const reversed = Uint32Array.from(documents, (_, d) => last - d);
    const plain = new IndexReader(emitted(new TermIndex("s")), "s");
    const renumbered = new IndexReader(emitted(new TermIndex("s", 1), reversed), "s");
    const term = termsOf("river3")[0]!;
    const before = plain.term(term);
    const after = renumbered.term(term);
    expect(before.docs.length).toBeGreaterThan(10);
    expect(after.docs).toEqual(before.docs.map((d) => last - d).reverse());
    expect(after.weights).toEqual([...before.weights].reverse());
    const [a, b] = termsOf("river3 port0");
    const pairBefore = plain.pair(pairHash(a!, b!));
    expect(pairBefore.length).toBeGreaterThan(1);
    expect(renumbered.pair(pairHash(a!, b!))).toEqual(pairBefore.map((d) => last - d).reverse());
  });
});

/** Enough of a reader for one index on its own (no meta.json: TermIndex writes only its own files). */
class IndexReader {
  constructor(
    private readonly files: Map<string, Uint8Array | string>,
    private readonly ix: IndexName,
  ) {}

  get pairBits(): number {
    return pairBitsOf.get(this.files)!;
  }

  private postings(file: number, offset: number, length: number, df: number, weights: boolean) {
    const bytes = this.files.get(searchFiles.postings(this.ix, file)) as Uint8Array;
    const out = decodePostings(bytes, offset, length, df, weights);
    return { docs: [...out.docs], weights: [...out.weights] };
  }

  term(term: string) {
    for (const [path, data] of this.files) {
      if (!path.includes(`/${this.ix}/d/`)) continue;
      const hit = (JSON.parse(data as string) as DictShard).terms.find((t) => t[0] === term);
      if (hit) return this.postings(hit[2], hit[3], hit[4], hit[1], true);
    }
    throw new Error(`${term} not found`);
  }

  pair(hash: number): number[] {
    const shard = JSON.parse(this.files.get(searchFiles.pairs(this.ix, pairBucket(hash, this.pairBits), this.pairBits)) as string) as PairShard;
    const hit = shard.pairs.find((p) => p[0] === hash);
    return hit ? this.postings(hit[2], hit[3], hit[4], hit[1], false).docs : [];
  }
}

describe("pair buckets", () => {
  it("takes the fewest bits (8 to 16) that keep a bucket at 1,000 pairs or fewer", () => {
    expect(pairBitsFor(0)).toBe(8);
    expect(pairBitsFor(256_000)).toBe(8);
    expect(pairBitsFor(256_001)).toBe(9);
    expect(pairBitsFor(600_000)).toBe(10);
    expect(pairBitsFor(4_000_000_000)).toBe(16);
  });

  it("grows with the number of distinct pairs; every pair is found in its bucket, whatever the batch", () => {
    // 300 documents of 1,001 terms of their own: 300,000 distinct pairs.
    const own = Array.from({ length: 300 }, (_, d) => Array.from({ length: 1001 }, (_, i) => `t${d}x${i}`));
    const files = emitted(new TermIndex("r"), undefined, own);
    const reader = new IndexReader(files, "r");
    expect(reader.pairBits).toBe(9);
    const shards = [...files.keys()].filter((p) => p.startsWith("search/r/b/"));
    expect(shards).toHaveLength(512);
    expect(shards).toContain("search/r/b/000.json");
    expect(shards).toContain("search/r/b/1ff.json");
    const sizes = shards.map((p) => (JSON.parse(files.get(p) as string) as PairShard).pairs.length);
    // A few of 300,000 pairs may share a 32-bit hash, and so one entry.
    expect(sizes.reduce((a, b) => a + b)).toBeGreaterThan(299_000);
    expect(Math.max(...sizes)).toBeLessThan(1000);
    for (const d of [0, 150, 299]) expect(reader.pair(pairHash(`t${d}x7`, `t${d}x8`))).toEqual([d]);
    const batched = emitted(new TermIndex("r", 30_000), undefined, own);
    expect([...batched.keys()]).toEqual([...files.keys()]);
    for (const p of shards) expect(batched.get(p), p).toEqual(files.get(p));
  });
});
