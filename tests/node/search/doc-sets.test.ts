import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  bestOfExpansions,
  countColumn,
  countYears,
  filterScored,
  intersectDocs,
  intersectScored,
  topByScore,
  topValues,
  unionDocs,
  type Scored,
} from "../../../src/features/search/doc-sets.ts";
import { dateRange, PREFIX_EXPANSIONS, planExpansions } from "../../../src/features/search/static-engine.ts";
import type { DictEntry } from "../../../src/lib/search-format.ts";

const u32 = (xs: number[]) => Uint32Array.from(xs);
const scored = (docs: number[], scores: number[]): Scored => ({ docs: u32(docs), scores: Float32Array.from(scores) });
const ascending = fc.uniqueArray(fc.integer({ min: 0, max: 5000 }), { maxLength: 400 }).map((xs) => xs.sort((a, b) => a - b));

describe("document sets", () => {
  it("intersects, adding the scores of both words", () => {
    const r = intersectScored(scored([1, 4, 7, 9], [1, 2, 3, 4]), scored([0, 4, 9, 12], [10, 20, 30, 40]));
    expect([...r.docs]).toEqual([4, 9]);
    expect([...r.scores]).toEqual([22, 34]);
  });

  it("intersects and unites like sets, whatever the sizes (the galloping path included)", () => {
    fc.assert(
      fc.property(ascending, ascending, (a, b) => {
        const inB = new Set(b);
        expect([...intersectDocs(u32(a), u32(b))]).toEqual(a.filter((x) => inB.has(x)));
        expect([...unionDocs([u32(a), u32(b)])]).toEqual([...new Set([...a, ...b])].sort((x, y) => x - y));
      }),
    );
    // One short list against a long one takes the galloping path.
    const long = Array.from({ length: 3000 }, (_, i) => i * 2);
    expect([...intersectDocs(u32([3, 4, 5998, 6000]), u32(long))]).toEqual([4, 5998]);
  });

  it("keeps a scored document only if a filter allows it", () => {
    const r = filterScored(scored([2, 5, 8], [0.5, 1.5, 2.5]), u32([5, 6, 7, 8]));
    expect([...r.docs]).toEqual([5, 8]);
    expect([...r.scores]).toEqual([1.5, 2.5]);
  });

  it("scores a word by its best expansion and leaves the scratch array clean", () => {
    const scratch = new Float32Array(10);
    const r = bestOfExpansions(
      [
        { docs: u32([1, 3]), weights: Uint8Array.from([10, 200]), idf: 2 },
        { docs: u32([3, 6]), weights: Uint8Array.from([100, 1]), idf: 5 },
      ],
      scratch,
    );
    expect([...r.docs]).toEqual([1, 3, 6]);
    expect([...r.scores]).toEqual([20, 500, 5]);
    expect(scratch.every((x) => x === 0)).toBe(true);
  });

  it("ranks by score, ties newest (lowest document) first, and keeps only the top k", () => {
    const s = scored([0, 1, 2, 3, 4, 5], [1, 9, 9, 3, 7, 9]);
    expect([...topByScore(s, 3)].map((i) => s.docs[i])).toEqual([1, 2, 5]);
    expect([...topByScore(s, 10)].map((i) => s.docs[i])).toEqual([1, 2, 5, 4, 3, 0]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (scores, k) => {
        const all = scored(
          scores.map((_, i) => i),
          scores,
        );
        const expected = scores
          .map((sc, d) => [sc, d] as const)
          .sort((a, b) => b[0] - a[0] || a[1] - b[1])
          .slice(0, k)
          .map(([, d]) => d);
        expect([...topByScore(all, k)].map((i) => all.docs[i])).toEqual(expected);
      }),
    );
  });

  it("counts years from runs and facet values from a column, exactly", () => {
    const years = [
      { year: "2022", first: 0, count: 3 },
      { year: "2021", first: 3, count: 2 },
      { year: "", first: 5, count: 1 },
    ];
    expect(countYears(u32([0, 2, 3, 5]), years)).toEqual(
      new Map([
        ["2022", 2],
        ["2021", 1],
        ["", 1],
      ]),
    );
    // doc 0: values 0,1; doc 1: 1; doc 2: none; doc 3: 2,1
    const column = { offsets: u32([0, 2, 3, 3, 5]), values: u32([0, 1, 1, 2, 1]) };
    expect([...countColumn(u32([0, 2, 3]), column, 3)]).toEqual([1, 2, 1]);
    expect(topValues(u32([1, 2, 0, 2, 5]), 3)).toEqual([4, 1, 3]);
  });
});

describe("query planning", () => {
  const entry = (term: string, df: number): DictEntry => [term, df, 0, 0, 1];

  it("takes the word's own term and the commonest terms it is a prefix of, across shards", () => {
    const shardA = [entry("talent", 3), entry("talk", 50), entry("talki", 2), entry("tall", 9)];
    const shardB = [entry("talkativ", 1), entry("talkshow", 7)];
    expect(planExpansions([shardA, shardB], "talk", "talk").map((e) => e[0])).toEqual(["talk", "talkshow", "talki", "talkativ"]);
    // Without prefix matching only the word's own term counts.
    expect(planExpansions([shardA], "talk", null).map((e) => e[0])).toEqual(["talk"]);
    expect(planExpansions([shardA], "walrus", "walrus")).toEqual([]);
  });

  it(`caps a prefix at the ${PREFIX_EXPANSIONS} commonest terms`, () => {
    const many = Array.from({ length: 100 }, (_, i) => entry(`pre${String(i).padStart(3, "0")}`, i + 1));
    const plan = planExpansions([many], "pre", "pre");
    expect(plan).toHaveLength(PREFIX_EXPANSIONS);
    expect(plan[0]![0]).toBe("pre099");
    expect(Math.min(...plan.map((e) => e[1]))).toBe(100 - PREFIX_EXPANSIONS + 1);
  });
});

describe("date ranges", () => {
  // Documents 0-1 on 2022-03-10, 2 on 2021-07-01, 3-4 on 2020-11-20, 5 undated.
  const dates = {
    runs: [
      ["2022-03-10", 0],
      ["2021-07-01", 2],
      ["2020-11-20", 3],
    ] as [string, number][],
    dated: 5,
  };

  it("is one run of documents, bounds inclusive, open ends allowed, undated never in", () => {
    expect(dateRange(dates, "2021-07-01", "2022-03-10")).toEqual([0, 3]);
    expect(dateRange(dates, "2021-01-01", "2021-12-31")).toEqual([2, 3]);
    expect(dateRange(dates, null, "2021-12-31")).toEqual([2, 5]);
    expect(dateRange(dates, "2021-07-02", null)).toEqual([0, 2]);
    expect(dateRange(dates, "2023-01-01", null)).toEqual([0, 0]);
    expect(dateRange(dates, null, "2019-01-01")).toEqual([5, 5]);
  });
});
