import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { lightStem, markText, MAX_QUERY_CHARS, parseQuery, queryWords } from "../../../src/features/search/query.ts";
import { buildSnippet } from "../../../src/features/search/snippet.ts";

describe("parseQuery", () => {
  it("keeps meaningful words, lower-cased, and drops common ones", () => {
    expect(parseQuery("Talks ON the Grain deal")).toMatchObject({ terms: ["talks", "grain", "deal"], phrases: [], empty: false, onlyStopWords: false });
  });

  it("reads quoted phrases and ignores an unbalanced quote", () => {
    expect(parseQuery('"grain corridor" Odessa')).toMatchObject({ terms: ["odessa"], phrases: [["grain", "corridor"]] });
    expect(parseQuery('"grain corridor')).toMatchObject({ terms: ["grain", "corridor"], phrases: [] });
    expect(parseQuery('"the"')).toMatchObject({ terms: ["the"], onlyStopWords: false });
  });

  it("treats punctuation as separators and never fails", () => {
    expect(parseQuery("* ( ) [ ] < > &")).toMatchObject({ terms: [], phrases: [], empty: true });
    expect(parseQuery("G20: Sino-Russian (talks)")).toMatchObject({ terms: ["g20", "sino", "russian", "talks"] });
    expect(parseQuery("Xi’s visit")).toMatchObject({ terms: ["xis", "visit"] });
  });

  it("says when only stop words were typed, or nothing", () => {
    expect(parseQuery("the of and")).toMatchObject({ terms: [], onlyStopWords: true, empty: false });
    expect(parseQuery("")).toMatchObject({ empty: true, onlyStopWords: false });
    expect(parseQuery(null)).toMatchObject({ empty: true });
  });

  it("cuts very long input and caps the number of words", () => {
    const long = parseQuery("energy ".repeat(200) + "x".repeat(1000));
    expect(long.text.length).toBe(MAX_QUERY_CHARS);
    expect(long.truncated).toBe(true);
    const many = parseQuery(Array.from({ length: 30 }, (_, i) => `word${i}`).join(" "));
    expect(many.terms).toHaveLength(12);
    expect(many.truncated).toBe(true);
  });

  it("never throws and yields only letter-or-digit words, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        const q = parseQuery(s);
        for (const w of [...q.terms, ...q.phrases.flat()]) expect(w).toMatch(/^[\p{L}\p{N}]+$/u);
        expect(q.text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
      }),
    );
  });
});

describe("marking", () => {
  it("marks words that start with a query word or its light stem", () => {
    const parts = markText("They talked, and the talks went on. Stalking is not talk.", ["talks"]);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["talked", "talks", "talk"]);
    expect(parts.map((p) => p.text).join("")).toBe("They talked, and the talks went on. Stalking is not talk.");
    expect(lightStem("negotiations")).toBe("negoti");
  });

  it("marks phrase words too", () => {
    expect(queryWords(parseQuery('"grain corridor" ports'))).toEqual(["ports", "grain", "corridor"]);
  });

  it("builds a snippet around the matches, marking them without their punctuation", () => {
    const content = Array.from({ length: 80 }, (_, i) => (i === 50 ? "energy." : `w${i}`)).join(" ");
    const parts = buildSnippet(content, [50]);
    expect(parts[0]!.text.startsWith("… w44")).toBe(true);
    expect(parts.find((p) => p.mark)?.text).toBe("energy");
    expect(parts[parts.length - 1]!.text.endsWith(" …")).toBe(true);
  });
});
