import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { backoffPrefixes, markText, MAX_QUERY_CHARS, parseQuery, queryMatcher } from "../../../src/features/search/query.ts";
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
  const marked = (text: string, q: string) => markText(text, queryMatcher(parseQuery(q))).filter((p) => p.mark).map((p) => p.text);

  it("marks the words whose index term the query word matches: its stem, or a term it starts", () => {
    const text = "They talked, and the talks went on. Stalking is not talk.";
    expect(marked(text, "talks")).toEqual(["talked", "talks", "talk"]);
    expect(markText(text, queryMatcher(parseQuery("talks"))).map((p) => p.text).join("")).toBe(text);
    // A typed prefix marks the words it completes; under three letters only whole words.
    expect(marked("Negotiators negotiate; the navy is near.", "nav")).toEqual(["navy"]);
    expect(marked("Negotiators negotiate; the navy is near.", "na")).toEqual([]);
    // Accents and case are folded as the index folds them.
    expect(marked("Minister Růžičková spoke.", "ruzickova")).toEqual(["Růžičková"]);
  });

  it("marks what a half-typed word longer than its stem matched: the term it starts with", () => {
    // "presiden" is indexed nowhere; "president", "presidents" and "presiding" are all "presid".
    expect(marked("The president met presidents and presiding judges, not the press.", "presiden")).toEqual(["president", "presidents", "presiding"]);
    expect(marked("A meeting, then more meetings; we meet.", "meeti")).toEqual(["meeting", "meetings", "meet"]);
    // A word typed in full marks only its own forms, not every shorter term.
    expect(marked("Security and the secure line.", "security")).toEqual(["Security", "secure"]);
  });

  it("backs off to terms of at least 4 characters and at most 4 shorter than the word", () => {
    expect(backoffPrefixes("presiden")).toEqual(["preside", "presid", "presi", "pres"]);
    expect(backoffPrefixes("meeti")).toEqual(["meet"]);
    expect(backoffPrefixes("meet")).toEqual([]);
  });

  it("marks phrase words by their exact term, leaving common words in a phrase unmarked", () => {
    expect(marked("The minister of energy met energetic ministers of state.", '"minister of energy"')).toEqual(["minister", "energy", "ministers"]);
  });

  it("builds a snippet from a little before the first match, marking matches without their punctuation", () => {
    const text = Array.from({ length: 80 }, (_, i) => (i === 50 ? "energy." : `w${i}`)).join(" ");
    const parts = buildSnippet(text, (t) => t === "energi");
    expect(parts[0]!.text.startsWith("… w44")).toBe(true);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["energy"]);
    expect(parts[parts.length - 1]!.text.endsWith(" …")).toBe(true);
    expect(parts.map((p) => p.text).join("")).toContain("w49 energy. w51");
  });
});
