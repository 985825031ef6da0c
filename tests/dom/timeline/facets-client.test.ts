import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filtersFromSearchParams, intersectSorted, unionSorted } from "../../../src/lib/facets-client.ts";
import { slugify } from "../../../src/lib/slug.ts";

const sortedSet = fc.uniqueArray(fc.nat(500)).map((a) => a.sort((x, y) => x - y));

describe("facet position lists", () => {
  it("union keeps every position once, ascending", () => {
    fc.assert(
      fc.property(fc.array(sortedSet, { maxLength: 5 }), (lists) => {
        const expected = [...new Set(lists.flat())].sort((a, b) => a - b);
        expect(unionSorted(lists)).toEqual(expected);
      }),
    );
  });

  it("intersection keeps the positions in every list, ascending", () => {
    fc.assert(
      fc.property(fc.array(sortedSet, { minLength: 1, maxLength: 5 }), (lists) => {
        const expected = lists[0]!.filter((p) => lists.every((l) => l.includes(p)));
        expect(intersectSorted(lists)).toEqual(expected);
      }),
    );
  });

  it("reads repeated values and drops blanks and duplicates from a query string", () => {
    const f = filtersFromSearchParams(new URLSearchParams("person=a&person=&person=a&person=b&year=2024&q=ignored"));
    expect(f.person).toEqual(["a", "b"]);
    expect(f.year).toEqual(["2024"]);
    expect(f.country).toEqual([]);
  });
});

describe("slugify", () => {
  it("folds case and accents into hyphenated ASCII", () => {
    expect(slugify("Côte d’Ivoire")).toBe("cote-divoire");
    expect(slugify("  United  Nations ")).toBe("united-nations");
  });

  it("is idempotent and never empty", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = slugify(s);
        expect(once).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(slugify(once)).toBe(once);
      }),
    );
  });
});
