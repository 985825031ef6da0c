import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/pipeline/analyze/analyze.ts";
import { para, release } from "./fixtures.ts";

const attendeesByKind = (title: string, texts: string[]) =>
  Object.fromEntries(analyze(release(title, texts.map((t) => para(t)))).events.map((e) => [e.kind, [...e.attendees].sort()]));

describe("people who sign documents", () => {
  it("attend the signing when they are not its principals", () => {
    const out = attendeesByKind("Talks with President of Vostia Ivo Kral", [
      "Vladimir Putin held talks with President of Vostia Ivo Kral.",
      "Following the talks, Foreign Minister Pavel Orlov and Minister for Europe, Trade and Foreign Affairs Greta Lindqvist signed a memorandum on consular matters.",
    ]);
    expect(out).toEqual({ talks: [], signing: ["greta-lindqvist", "pavel-orlov"] });
  });

  it("attend the signing when the text says the documents were signed by them", () => {
    const out = attendeesByKind("Talks with President of Vostia Ivo Kral", [
      "Vladimir Putin held talks with President of Vostia Ivo Kral.",
      "After the talks, the documents were signed by Energy Minister Oleg Sorin and Trade Minister Hanna Varga.",
    ]);
    expect(out).toEqual({ talks: [], signing: ["hanna-varga", "oleg-sorin"] });
  });
});

describe("people who take part in the talks", () => {
  it("attend the talks, however long their title", () => {
    const out = attendeesByKind("Talks with President of Vostia Ivo Kral", [
      "Vladimir Putin held talks with President of Vostia Ivo Kral.",
      "First Deputy Prime Minister of the Russian Federation Anton Belov took part in the talks. Foreign Minister Pavel Orlov also attended the talks.",
    ]);
    expect(out).toEqual({ talks: ["anton-belov", "pavel-orlov"] });
  });
});
