import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/pipeline/analyze/analyze.ts";
import { para, release } from "./fixtures.ts";

function speakersOf(title: string, paragraphs: ReturnType<typeof para>[], extra = {}) {
  const r = analyze(release(title, paragraphs, extra));
  return r.paragraphs.map((p) => [p.kind, p.speakers] as const);
}

describe("transcript turns", () => {
  it("gives a turn and its continuation paragraphs to the labelled speaker, and Q to nobody", () => {
    const out = speakersOf("Meeting with President of Finland Tuomas Lehto", [
      para("Vladimir Putin met with President of Finland Tuomas Lehto."),
      para("Mr President, welcome to Moscow.", { label: "Vladimir Putin" }),
      para("We have much to discuss."),
      para("Thank you for the invitation.", { label: "President of Finland Tuomas Lehto", labelNote: "retranslated" }),
      para("Will there be a new agreement?", { label: "Q" }),
      para("We shall see.", { label: "Tuomas Lehto" }),
    ]);
    expect(out).toEqual([
      ["narration", []],
      ["turn", ["vladimir-putin"]],
      ["turn", ["vladimir-putin"]],
      ["turn", ["tuomas-lehto"]],
      ["turn", []],
      ["turn", ["tuomas-lehto"]],
    ]);
  });

  it("ends a turn at a heading, a stage direction or narration that reports the occasion", () => {
    const out = speakersOf("Talks with Prime Minister of Peru Lucia Campos", [
      para("Good afternoon.", { label: "PRESIDENT BIDEN" }),
      para("The press departs."),
      para("Talks in expanded format", { heading: true }),
      para("Let us begin.", { label: "Vladimir Putin" }),
      para("Following the talks, the leaders visited a school."),
    ]);
    expect(out.map(([k]) => k)).toEqual(["turn", "narration", "heading", "turn", "narration"]);
  });
});

describe("reported speech", () => {
  const title = "Vladimir Putin met with Prime Minister of Latvia Anna Berzina";
  const intro = para("Vladimir Putin met with Prime Minister of Latvia Anna Berzina in the Kremlin.");

  it.each([
    ["Anna Berzina pointed out that trade had grown.", "anna-berzina"],
    ["Berzina noted the progress on transit.", "anna-berzina"],
    ["“Our ports are open,” Anna Berzina said.", "anna-berzina"],
    ["“Our ports are open,” said the Prime Minister.", "anna-berzina"],
    ["According to Vladimir Putin, the talks were useful.", "vladimir-putin"],
    ["Noting that gas prices had fallen, Putin said the contracts would stand.", "vladimir-putin"],
    ["For his part, the President stressed the value of the railway link.", "vladimir-putin"],
    ["Trade must grow further, – the President said.", "vladimir-putin"],
  ])("attributes %j", (sentence, who) => {
    const out = speakersOf(title, [intro, para(sentence)]);
    expect(out[1]).toEqual(["reported", [who]]);
  });

  it("resolves He at the start of a paragraph to the person the last one was about", () => {
    const out = speakersOf(title, [intro, para("Anna Berzina stressed that the border is calm."), para("He added that talks would go on.")]);
    expect(out[2]).toEqual(["reported", ["anna-berzina"]]);
  });

  it("lists both speakers when two named people say something together", () => {
    const out = speakersOf(title, [intro, para("Vladimir Putin and Anna Berzina emphasized the need for calm on the border.")]);
    expect(out[1]).toEqual(["reported", ["vladimir-putin", "anna-berzina"]]);
  });

  it.each([
    "Prior to the talks, Vladimir Putin held a welcoming ceremony for Anna Berzina.",
    "Both sides noted the growth in trade.",
    "The two leaders stressed that cooperation should continue.",
    "They discussed energy and transport.",
    "Vladimir Putin met with Anna Berzina in the Kremlin.",
  ])("leaves %j without a speaker", (sentence) => {
    const out = speakersOf(title, [intro, para(sentence)]);
    expect(out[1]).toEqual(["narration", []]);
  });

  it("never attributes to someone the release does not name", () => {
    const out = speakersOf(title, [intro, para("The Minister of Finance said that the budget was ready.")]);
    expect(out[1]).toEqual(["narration", []]);
  });
});

describe("offices as speakers", () => {
  const intro = para("Deputy Secretary of State Wendy Sherman met with Secretary of State Antony J. Blinken and Foreign Minister Karl Brandt.");
  const extra = { publisher: { id: "state-dept", name: "U.S. Department of State" } };

  it("tells the Deputy Secretary from the Secretary", () => {
    const out = speakersOf("Deputy Secretary Sherman’s Meeting with Foreign Minister Brandt", [intro, para("The Deputy Secretary underscored the value of the alliance."), para("The Secretary thanked the Foreign Minister.")], extra);
    expect(out[1]).toEqual(["reported", ["wendy-sherman"]]);
    expect(out[2]).toEqual(["reported", ["antony-j-blinken"]]);
  });

  it("reads the Head of State as the publisher's president", () => {
    const out = speakersOf(
      "Volodymyr Zelenskyy met with the Prime Minister of Estonia",
      [para("President of Ukraine Volodymyr Zelenskyy met with Prime Minister of Estonia Mari Kask."), para("The Head of State noted the support of Estonia.")],
      { publisher: { id: "ukraine-president", name: "President of Ukraine" } },
    );
    expect(out[1]).toEqual(["reported", ["volodymyr-zelenskyy"]]);
  });
});

describe("He after a name with a suffix", () => {
  it("finds the person a sentence opening with 'President Joseph R. Biden, Jr.' is about", () => {
    const out = speakersOf(
      "Readout of President Biden’s Meeting with Prime Minister Tanaka of Japan",
      [para("President Joseph R. Biden, Jr. met with Prime Minister Hiro Tanaka of Japan today. He underscored that the alliance is strong.")],
      { publisher: { id: "white-house", name: "The White House" } },
    );
    expect(out[0]).toEqual(["reported", ["joseph-r-biden-jr"]]);
  });
});
