import { describe, expect, it } from "vitest";
import { RELATED_MAX } from "../../../src/lib/corpus-files.ts";
import type { ReleaseSummary } from "../../../src/lib/corpus-schema.ts";
import { RelatedPicker } from "../../../src/pipeline/build/related.ts";

const DAY = 86_400_000;
const isoDay = (n: number) => new Date(Date.UTC(2030, 0, 1) - n * DAY).toISOString().slice(0, 10);

/** `count` invented rows, newest first, one a day going back unless `dayOf` says otherwise, each naming `people(i)`. */
function corpus(count: number, people: (i: number) => string[], dayOf: (i: number) => number = (i) => i) {
  const summaries: ReleaseSummary[] = [];
  const postings = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const named = people(i);
    summaries.push({ id: `${isoDay(i)}-release-${i}`, title: `Invented release ${i}`, date: isoDay(dayOf(i)), place: null, publisher: "office", kind: "talks", people: named, countries: [] });
    for (const id of named) postings.set(id, postings.get(id) ?? []).get(id)!.push(i);
  }
  return { summaries, picker: new RelatedPicker(summaries, (id) => postings.get(id)) };
}

describe("picking related releases in the build", () => {
  it("takes releases between both principals, nearest in date on either side, never the release itself", () => {
    // Ann is in every release; Bob in every third.
    const { picker } = corpus(60, (i) => (i % 3 === 0 ? ["ann", "bob"] : ["ann"]));
    const related = picker.pick(30, ["ann", "bob"]);
    expect(related.with).toEqual(["ann", "bob"]);
    expect(related.items.map((r) => r.id)).toEqual([27, 33, 24, 36, 21].map((i) => `${isoDay(i)}-release-${i}`));
  });

  it("puts releases of the same day first", () => {
    // Positions 10 and 11 are the same day; position 9 is a day newer.
    const { summaries, picker } = corpus(20, () => ["ann", "bob"], (i) => (i > 10 ? i - 1 : i));
    expect(picker.pick(10, ["ann", "bob"]).items[0]!.id).toBe(summaries[11]!.id);
    expect(picker.pick(11, ["ann", "bob"]).items[0]!.id).toBe(summaries[10]!.id);
  });

  it("falls back to the first principal alone when the two appear together nowhere else", () => {
    const { picker } = corpus(20, (i) => (i === 5 ? ["ann", "cy"] : ["ann"]));
    const related = picker.pick(5, ["ann", "cy"]);
    expect(related.with).toEqual(["ann"]);
    expect(related.items).toHaveLength(RELATED_MAX);
  });

  it("lists nothing without principals or when a principal has no other release", () => {
    const { picker } = corpus(5, (i) => (i === 2 ? ["solo"] : ["ann"]));
    expect(picker.pick(2, []).items).toEqual([]);
    expect(picker.pick(2, ["solo"])).toEqual({ id: picker.pick(2, []).id, with: [], items: [] });
  });

  it("stays the same small size for a person named in 30,000 releases", () => {
    const { picker } = corpus(30_000, (i) => (i % 1000 === 0 ? ["ann", "bob"] : ["ann"]));
    const related = picker.pick(15_000, ["ann", "bob"]);
    expect(related.items).toHaveLength(RELATED_MAX);
    expect(Buffer.byteLength(JSON.stringify(related))).toBeLessThan(2_000);
  });
});
