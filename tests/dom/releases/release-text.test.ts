import { describe, expect, it } from "vitest";
import { findQuote, parseParagraphHash, quoteHash, statementsOf, turnStarts } from "../../../src/features/releases/release-text.ts";
import { contrastRatio, SPEAKER_PALETTE, speakerColour, speakerColourIndex } from "../../../src/lib/speaker-colours.ts";
import { makeRelease } from "./fixture.ts";

describe("paragraph anchors", () => {
  it("reads #p-N, with or without a text directive, and nothing else", () => {
    expect(parseParagraphHash("#p-12")).toBe("p-12");
    expect(parseParagraphHash("#p-12:~:text=hello")).toBe("p-12");
    for (const bad of ["", "#", "#p-", "#p-x", "#P-1", "#p-1x", "#p-12%22", "#top", "#p-1234567"]) expect(parseParagraphHash(bad)).toBeNull();
  });
});

describe("turns and statements", () => {
  const { paragraphs } = makeRelease();
  it("labels the first paragraph of each turn only", () => {
    expect([...turnStarts(paragraphs)]).toEqual(["p-2", "p-4", "p-6"]);
  });
  it("groups consecutive paragraphs of one speaker into one statement", () => {
    expect(statementsOf(paragraphs, "anna-north")).toEqual([["p-2", "p-3"], ["p-6"]]);
    expect(statementsOf(paragraphs, "nobody")).toEqual([]);
  });
});

describe("quotes", () => {
  it("finds a passage across folded whitespace and returns offsets into the original", () => {
    const text = "We met  in the\nold hall today.";
    const r = findQuote(text, "in the old hall");
    expect(r).not.toBeNull();
    expect(text.slice(r!.start, r!.end)).toBe("in the\nold hall");
    expect(findQuote(text, "not there")).toBeNull();
    expect(findQuote(text, "   ")).toBeNull();
  });
  it("builds a text fragment with its syntax characters encoded, shortened for long passages", () => {
    expect(quoteHash("p-3", "well-known, fair & square")).toBe("#p-3:~:text=well%2Dknown%2C%20fair%20%26%20square");
    const long = "one two three four five six seven eight nine ten eleven twelve thirteen";
    expect(quoteHash("p-1", long)).toBe("#p-1:~:text=one%20two%20three%20four%20five,nine%20ten%20eleven%20twelve%20thirteen");
  });
});

describe("speaker colours", () => {
  // Tokens from src/styles/tokens.css: text and page/surface backgrounds, light then dark.
  const light = { text: "#16181d", muted: "#4f5561", backgrounds: ["#ffffff", "#f4f5f7"] };
  const dark = { text: "#e9ebef", muted: "#aab0bb", backgrounds: ["#121418", "#1c1f25", "#23272e"] };

  it.each(SPEAKER_PALETTE.map((c) => [c.name, c] as const))("%s passes WCAG AA in light and dark", (_name, c) => {
    for (const [mode, pair] of [
      [light, c.light],
      [dark, c.dark],
    ] as const) {
      expect(contrastRatio(mode.text, pair.tint)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(mode.muted, pair.tint)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(pair.ink, pair.tint)).toBeGreaterThanOrEqual(4.5);
      for (const bg of mode.backgrounds) expect(contrastRatio(pair.ink, bg)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("gives a person the same colour every time and spreads people over the palette", () => {
    const ids = ["a-b", "c-d", "e-f", "g-h", "i-j", "k-l", "m-n", "o-p", "q-r", "s-t"];
    // The colour is a pure function of the id (so every page agrees) and always a palette entry.
    for (const id of ids) {
      const i = speakerColourIndex(id);
      expect(Number.isInteger(i) && i >= 0 && i < SPEAKER_PALETTE.length).toBe(true);
      expect(speakerColour(id)).toBe(SPEAKER_PALETTE[i]);
    }
    expect(speakerColourIndex("anna-north")).not.toBe(speakerColourIndex("anna-norths"));
    const used = new Set(ids.map(speakerColourIndex));
    expect(used.size).toBeGreaterThan(4);
  });

  it("computes contrast like WCAG does", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });
});
