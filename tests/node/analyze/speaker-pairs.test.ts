import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/pipeline/analyze/analyze.ts";
import { para, release } from "./fixtures.ts";

const stateDept = { publisher: { id: "state-dept", name: "U.S. Department of State" } };
const speakers = (title: string, texts: string[], extra = {}) => analyze(release(title, texts.map((t) => para(t)), extra)).paragraphs.map((p) => [...p.speakers].sort());

describe("a pair of people as the subject of a reporting verb", () => {
  it("gives the sentence to both when they are named", () => {
    const out = speakers(
      "Secretary Blinken's Meeting with Foreign Minister Lena Moravec",
      ["Secretary Antony J. Blinken met with Foreign Minister Lena Moravec today.", "Secretary Blinken and Foreign Minister Moravec affirmed their support for the river commission."],
      stateDept,
    );
    expect(out[1]).toEqual(["antony-j-blinken", "lena-moravec"]);
  });

  it("gives the sentence to both when they are named by title alone", () => {
    const out = speakers(
      "Secretary Blinken's Meeting with Foreign Minister Lena Moravec",
      ["Secretary Antony J. Blinken met with Foreign Minister Lena Moravec today.", "The Secretary and the Foreign Minister also stressed the value of open sea lanes."],
      stateDept,
    );
    expect(out[1]).toEqual(["antony-j-blinken", "lena-moravec"]);
  });

  it("leaves a vague group without a speaker", () => {
    const out = speakers(
      "Secretary Blinken's Meeting with Foreign Minister Lena Moravec",
      ["Secretary Antony J. Blinken met with Foreign Minister Lena Moravec today.", "Both sides stressed the value of open sea lanes."],
      stateDept,
    );
    expect(out[1]).toEqual([]);
  });
});
