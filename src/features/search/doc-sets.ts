import type { YearRun } from "../../lib/search-format.ts";

/**
 * Document sets for the static engine, on typed arrays only: at 100,000 releases a common word
 * matches tens of thousands of documents, and an object per document would cost more than the
 * whole rest of the query.
 */

/** Ascending, distinct documents, each with its score (same index). */
export interface Scored {
  docs: Uint32Array;
  scores: Float32Array;
}

/** The postings of one index term, and what a match of it is worth (its idf). */
export interface TermPostings {
  docs: Uint32Array;
  weights: Uint8Array;
  idf: number;
}

export const emptyScored = (): Scored => ({ docs: new Uint32Array(0), scores: new Float32Array(0) });

/** First index i in from..to-1 with docs[i] >= target (docs ascending), or `to`. */
function lowerBound(docs: Uint32Array, target: number, from = 0, to = docs.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** lowerBound from a known start, doubling its step first: cheap when the next hit is near. */
function gallop(docs: Uint32Array, target: number, from: number): number {
  let lo = from;
  let hi = from;
  let step = 1;
  while (hi < docs.length && docs[hi]! < target) {
    lo = hi + 1;
    hi = lo + step;
    step *= 2;
  }
  return lowerBound(docs, target, lo, Math.min(hi, docs.length));
}

/**
 * Positions i (into a) and j (into b) of the documents both hold, written to outA/outB; returns
 * how many. Walks the shorter list and gallops in the longer one when their sizes differ a lot.
 */
function matchPositions(a: Uint32Array, b: Uint32Array, outA: Uint32Array, outB: Uint32Array): number {
  let n = 0;
  if (a.length * 16 < b.length || b.length * 16 < a.length) {
    const [small, large, sOut, lOut] = a.length <= b.length ? [a, b, outA, outB] : [b, a, outB, outA];
    let j = 0;
    for (let i = 0; i < small.length && j < large.length; i++) {
      j = gallop(large, small[i]!, j);
      if (j < large.length && large[j] === small[i]) {
        sOut[n] = i;
        lOut[n++] = j;
      }
    }
    return n;
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      outA[n] = i++;
      outB[n++] = j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Documents in both, scores added (all words must match; each adds its part). */
export function intersectScored(a: Scored, b: Scored): Scored {
  const size = Math.min(a.docs.length, b.docs.length);
  const ia = new Uint32Array(size);
  const ib = new Uint32Array(size);
  const n = matchPositions(a.docs, b.docs, ia, ib);
  const docs = new Uint32Array(n);
  const scores = new Float32Array(n);
  for (let k = 0; k < n; k++) {
    docs[k] = a.docs[ia[k]!]!;
    scores[k] = a.scores[ia[k]!]! + b.scores[ib[k]!]!;
  }
  return { docs, scores };
}

/** The scored documents that are also in `keep` (a filter or a phrase's pair postings). */
export function filterScored(a: Scored, keep: Uint32Array): Scored {
  const size = Math.min(a.docs.length, keep.length);
  const ia = new Uint32Array(size);
  const ib = new Uint32Array(size);
  const n = matchPositions(a.docs, keep, ia, ib);
  const docs = new Uint32Array(n);
  const scores = new Float32Array(n);
  for (let k = 0; k < n; k++) {
    docs[k] = a.docs[ia[k]!]!;
    scores[k] = a.scores[ia[k]!]!;
  }
  return { docs, scores };
}

export function intersectDocs(a: Uint32Array, b: Uint32Array): Uint32Array {
  const size = Math.min(a.length, b.length);
  const ia = new Uint32Array(size);
  const ib = new Uint32Array(size);
  const n = matchPositions(a, b, ia, ib);
  const out = new Uint32Array(n);
  for (let k = 0; k < n; k++) out[k] = a[ia[k]!]!;
  return out;
}

/** Ascending, distinct union of ascending lists (several values of one facet: any of them). */
export function unionDocs(lists: readonly Uint32Array[]): Uint32Array {
  if (lists.length === 1) return lists[0]!;
  let total = 0;
  for (const l of lists) total += l.length;
  const all = new Uint32Array(total);
  let at = 0;
  for (const l of lists) {
    all.set(l, at);
    at += l.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (n === 0 || all[n - 1] !== all[i]) all[n++] = all[i]!;
  return all.slice(0, n);
}

/** Documents lo..hi-1. */
export function rangeDocs(lo: number, hi: number): Uint32Array {
  const out = new Uint32Array(Math.max(0, hi - lo));
  for (let i = 0; i < out.length; i++) out[i] = lo + i;
  return out;
}

/** The part of a scored list inside lo..hi-1 (one person's speaker records); shares memory. */
export function sliceRange(a: Scored, lo: number, hi: number): Scored {
  const from = lowerBound(a.docs, lo);
  const to = lowerBound(a.docs, hi, from);
  return { docs: a.docs.subarray(from, to), scores: a.scores.subarray(from, to) };
}

/** Every document with a score: all of them when the query has no words. */
export function unscored(docs: Uint32Array): Scored {
  return { docs, scores: new Float32Array(docs.length) };
}

/**
 * One query word's matches over its expansions (the word's own term and the terms it is a prefix
 * of): a document scores its best expansion, idf times stored weight. `scratch` is a zeroed
 * Float32Array with one slot per document, reused across queries and left zeroed again.
 */
export function bestOfExpansions(expansions: readonly TermPostings[], scratch: Float32Array): Scored {
  if (expansions.length === 0) return emptyScored();
  if (expansions.length === 1) {
    const { docs, weights, idf } = expansions[0]!;
    const scores = new Float32Array(docs.length);
    for (let i = 0; i < docs.length; i++) scores[i] = idf * weights[i]!;
    return { docs, scores };
  }
  let total = 0;
  for (const e of expansions) total += e.docs.length;
  const touched = new Uint32Array(total);
  let n = 0;
  for (const { docs, weights, idf } of expansions) {
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i]!;
      const s = idf * weights[i]!;
      const had = scratch[d]!;
      // Scores are always > 0 (idf > 0, weights >= 1), so 0 means "not seen yet".
      if (had === 0) touched[n++] = d;
      if (s > had) scratch[d] = s;
    }
  }
  const docs = touched.slice(0, n).sort();
  const scores = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    scores[i] = scratch[docs[i]!]!;
    scratch[docs[i]!] = 0;
  }
  return { docs, scores };
}

/**
 * Indices (into a) of the best `k` documents, best first: higher score, then the lower document
 * number (newer). A bounded heap, so only the shown page's worth is ever sorted.
 */
export function topByScore(a: Scored, k: number): Uint32Array {
  const { docs, scores } = a;
  const n = docs.length;
  const better = (i: number, j: number) => scores[i]! > scores[j]! || (scores[i] === scores[j] && docs[i]! < docs[j]!);
  if (n <= k) {
    const all = new Uint32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return all.sort((i, j) => (better(i, j) ? -1 : better(j, i) ? 1 : 0));
  }
  // Min-heap of the best k seen: the root is the worst of them.
  const heap = new Uint32Array(k);
  let size = 0;
  const down = (at: number) => {
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let worst = at;
      if (l < size && better(heap[worst]!, heap[l]!)) worst = l;
      if (r < size && better(heap[worst]!, heap[r]!)) worst = r;
      if (worst === at) return;
      [heap[at], heap[worst]] = [heap[worst]!, heap[at]!];
      at = worst;
    }
  };
  for (let i = 0; i < n; i++) {
    if (size < k) {
      let at = size++;
      heap[at] = i;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!better(heap[parent]!, heap[at]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (better(i, heap[0]!)) {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort((i, j) => (better(i, j) ? -1 : better(j, i) ? 1 : 0));
}

/** How many of `docs` (ascending) fall in each year run; runs cover the documents in order. */
export function countYears(docs: Uint32Array, years: readonly YearRun[]): Map<string, number> {
  const out = new Map<string, number>();
  let from = 0;
  for (const run of years) {
    const lo = lowerBound(docs, run.first, from);
    const hi = lowerBound(docs, run.first + run.count, lo);
    if (hi > lo) out.set(run.year, (out.get(run.year) ?? 0) + hi - lo);
    from = hi;
  }
  return out;
}

/** A decoded column: the values of document d are values[offsets[d] .. offsets[d+1]-1]. */
export interface Column {
  offsets: Uint32Array;
  values: Uint32Array;
}

/** How many of `docs` hold each value number (exact: every matched document is counted). */
export function countColumn(docs: Uint32Array, column: Column, valueCount: number): Uint32Array {
  const counts = new Uint32Array(valueCount);
  const { offsets, values } = column;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    for (let p = offsets[d]!, end = offsets[d + 1]!; p < end; p++) {
      const v = values[p]!;
      if (v < valueCount) counts[v] = counts[v]! + 1;
    }
  }
  return counts;
}

/** The `limit` value numbers with the highest counts (ties: lower number, i.e. corpus-wide commoner). */
export function topValues(counts: Uint32Array, limit: number): number[] {
  const out: number[] = [];
  for (let v = 0; v < counts.length; v++) {
    if (counts[v] === 0) continue;
    if (out.length < limit) out.push(v);
    else if (counts[v]! > counts[out[out.length - 1]!]!) out[out.length - 1] = v;
    else continue;
    // Keep `out` sorted best first; it is at most `limit` long, so insertion is cheap.
    for (let i = out.length - 1; i > 0 && counts[out[i]!]! > counts[out[i - 1]!]!; i--) [out[i], out[i - 1]] = [out[i - 1]!, out[i]!];
  }
  return out;
}
