import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/pipeline/analyze/analyze.ts";
import { headlineEvents } from "../../../src/pipeline/analyze/events.ts";
import { para, release } from "./fixtures.ts";

const kinds = (title: string, paragraphs: ReturnType<typeof para>[]) => analyze(release(title, paragraphs)).events.map((e) => e.kind);

describe("events from headlines", () => {
  it.each([
    ["Secretary Blinken and Foreign Minister Tanaka Before Their Meeting", ["press", "talks"]],
    ["News conference following Russian-Italian talks", ["talks", "press"]],
    ["Press statements following talks with President of Chile", ["talks", "press"]],
    ["Readout of President Biden’s Call with Prime Minister Haugen of Norway", ["call"]],
    ["Telephone conversation with President of France", ["call"]],
    ["Talks with President of Mongolia", ["talks"]],
    ["Remarks by President Biden and Prime Minister Haugen Before Bilateral Meeting", ["press", "talks"]],
  ])("%s", (title, want) => {
    expect(headlineEvents(title).map((e) => e.kind)).toEqual(want);
  });
});

describe("events in the order they happened", () => {
  it("puts what happened 'prior to' the talks first and what followed them after", () => {
    const out = kinds("Chancellor Mira Dahl Receives President Tomas Novak", [
      para("Chancellor Mira Dahl held talks with President Tomas Novak at the chancellery. Ola Brenne attended the talks."),
      para("After the talks, the two leaders signed a joint statement and met the press."),
      para("Prior to the talks, a welcoming ceremony for the guest took place in the courtyard. Ola Brenne and Siv Lund attended the ceremony."),
    ]);
    expect(out).toEqual(["welcome", "talks", "signing", "press"]);
  });

  it("counts a second round of talks only when its format is named", () => {
    const out = kinds("Russian-Hungarian talks", [
      para("The talks began in a narrow format and later continued in an expanded format."),
      para("The talks were held in a friendly atmosphere."),
    ]);
    expect(out).toEqual(["talks", "talks"]);
  });

  it("lists attendees under the part they attended, besides the principals", () => {
    const r = analyze(
      release("Chancellor Mira Dahl Receives President Tomas Novak", [
        para("Chancellor Mira Dahl held talks with President Tomas Novak at the chancellery. Deputy Chancellor Ola Brenne attended the talks."),
        para("Prior to the talks, a welcoming ceremony for the guest took place in the courtyard. Ola Brenne and Siv Lund attended the ceremony."),
      ]),
    );
    const byKind = Object.fromEntries(r.events.map((e) => [e.kind, e.attendees]));
    expect(byKind).toEqual({ welcome: ["ola-brenne", "siv-lund"], talks: ["ola-brenne"] });
    expect(r.events.find((e) => e.kind === "talks")?.participants.sort()).toEqual(["mira-dahl", "tomas-novak"]);
    expect(r.events.find((e) => e.kind === "welcome")?.paragraph).toBe("p-2");
    expect(r.kind).toBe("talks");
  });

  it("does not make a summit out of a meeting on the sidelines of one", () => {
    const out = kinds("Meeting with Prime Minister of Japan", [para("Vladimir Putin met with the Prime Minister of Japan on the sidelines of the G20 summit.")]);
    expect(out).toEqual(["talks"]);
  });
});

describe("a meal the speakers have already had", () => {
  it("comes before the remarks and the meeting", () => {
    const out = kinds("Remarks by President Biden and Prime Minister Haugen of Norway Before Bilateral Meeting", [
      para("We have just had a long working lunch, and now we will talk about the Arctic.", { label: "PRESIDENT BIDEN" }),
    ]);
    expect(out).toEqual(["meal", "press", "talks"]);
  });
});

describe("rounds of talks", () => {
  it("reads a one-on-one meeting joined later by the delegations as two rounds", () => {
    const out = kinds("Russian-Chilean talks", [para("The two leaders first had a one-on-one discussion and were then joined by the delegations.")]);
    expect(out).toEqual(["talks", "talks"]);
  });
});

describe("a press conference after talks the speakers report", () => {
  it("puts the talks first when a speaker says they were held", () => {
    const out = kinds("Remarks by President Biden and President Okafor of Nigeria in Joint Press Conference", [
      para("Good afternoon. We just had a very productive meeting in the Oval Office.", { label: "PRESIDENT BIDEN" }),
    ]);
    expect(out).toEqual(["talks", "press"]);
  });

  it("leaves a press conference alone when nobody says talks were held", () => {
    const out = kinds("Remarks by President Biden and President Okafor of Nigeria in Joint Press Conference", [para("Good afternoon. Welcome.", { label: "PRESIDENT BIDEN" })]);
    expect(out).toEqual(["press"]);
  });
});
