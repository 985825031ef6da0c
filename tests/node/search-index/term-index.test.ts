import { describe, expect, it } from "vitest";
import { decodePostings, searchFiles, type DictShard, type IndexName, type PairShard } from "../../../src/lib/search-format.ts";
import { pairHash, termsOf } from "../../../src/lib/search-text.ts";
import { TermIndex } from "../../../src/pipeline/search-index/term-index.ts";

/** Invented word lists: every document shares some pairs with others and has some of its own. */
const documents = Array.from({ length: 120 }, (_, d) =>
  termsOf(Array.from({ length: 40 }, (_, i) => `river${(d * 3 + i) % 17} port${(i * d) % 11}`).join(" ")),
);

function emitted(index: TermIndex, order?: Uint32Array): Map<string, Uint8Array | string> {
  for (const terms of documents) index.add([{ terms, weight: 1 }]);
  const files = new Map<string, Uint8Array | string>();
  index.finish((path, data) => files.set(path, data), order);
  return files;
}

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

  private postings(file: number, offset: number, length: number, df: number, weights: boolean) {
    const bytes = this.files.get(searchFiles.postings(this.ix, file)) as Uint8Array;
    const out = decodePostings(bytes.subarray(offset, offset + length), 0, df, weights);
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
    const shard = JSON.parse(this.files.get(searchFiles.pairs(this.ix, hash >>> 24)) as string) as PairShard;
    const hit = shard.pairs.find((p) => p[0] === hash);
    return hit ? this.postings(hit[2], hit[3], hit[4], hit[1], false).docs : [];
  }
}
