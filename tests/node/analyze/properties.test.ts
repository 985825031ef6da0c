import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/pipeline/analyze/analyze.ts";
import type { IngestedParagraph, IngestedRelease } from "../../../src/pipeline/types.ts";

// Text built from pieces that stress the rules: names, titles, labels, reporting verbs, quotes, odd characters.
const word = fc.constantFrom(
  "President", "Prime", "Minister", "Secretary", "of", "the", "Russia", "Xi", "Jinping", "He", "Lifeng", "Putin", "Van", "der", "Bellen",
  "said", "noted", "that", "attended", "talks", "Prior", "to", "After", "ceremony", "signed", "Joint", "Statement", "and", "Q", "J.", "Jr.",
  ",", ".", "“", "”", "\"", "–", "(", ")", "’s", "June", "UN", "BRICS", "According", "Both", "sides", "He", "She", "\u00a0", "Ünal", "O’Brien",
);
const text = fc.oneof(fc.array(word, { maxLength: 40 }).map((ws) => ws.join(" ")), fc.string({ maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 80 }));
const paragraph: fc.Arbitrary<IngestedParagraph> = fc.record({
  text: text.map((t) => t || "x"),
  label: fc.option(fc.oneof(text, fc.constantFrom("Q", "PRESIDENT BIDEN", "Vladimir Putin", "PRIME MINISTER XI")), { nil: null }),
  labelNote: fc.constant(null),
  heading: fc.boolean(),
});
const releaseArb: fc.Arbitrary<IngestedRelease> = fc.record({
  format: fc.constantFrom("html", "feed-json", "row-json", "markdown", "text"),
  title: text,
  date: fc.constant(null),
  place: fc.constant(null),
  publisher: fc.constantFrom({ id: "kremlin", name: "President of Russia" }, { id: "white-house", name: "The White House" }, { id: "x", name: "X" }),
  sourceUrl: fc.constant(null),
  byline: fc.option(text, { nil: null }),
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 8 }),
});

describe("analysis on arbitrary input", () => {
  it("never throws, keeps every paragraph, and every id it uses names a person of the release", () => {
    fc.assert(
      fc.property(releaseArb, (rel) => {
        const a = analyze(rel);
        expect(a.paragraphs.map((p) => p.text)).toEqual(rel.paragraphs.map((p) => p.text));
        const ids = new Set(a.people.map((p) => p.id));
        expect(ids.size).toBe(a.people.length);
        for (const p of a.people) expect(p.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        for (const p of a.paragraphs) for (const s of p.speakers) expect(ids.has(s)).toBe(true);
        for (const e of a.events) {
          for (const id of [...e.attendees, ...e.participants]) expect(ids.has(id)).toBe(true);
          expect(e.paragraph === null || /^p-\d+$/.test(e.paragraph)).toBe(true);
        }
        expect(a.events.map((e) => e.order)).toEqual(a.events.map((_, i) => i));
      }),
      { numRuns: 400 },
    );
  });
});
