import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/pipeline/analyze/analyze.ts";
import { para, release } from "./fixtures.ts";

const ukraine = { publisher: { id: "ukraine-president", name: "President of Ukraine" }, format: "row-json" as const };
const read = (texts: string[]) => analyze(release("President of Ukraine met with Prime Minister of Norway Ingrid Solbakken", texts.map((t) => para(t)), ukraine)).paragraphs;

const narration =
  "On the sidelines of the Northern Forum, President of Ukraine Volodymyr Zelenskyy held a meeting with Prime Minister of Norway Ingrid Solbakken, who is on a working visit to the region. The meeting took place in a warm atmosphere and lasted more than an hour, covering energy, grain corridors, reconstruction and the situation at the front.";
const speech =
  " Volodymyr Zelenskyy thanked Norway for its steady help with air defence and for the new package of support for the energy sector. Ingrid Solbakken noted that her government would keep its support at the same level next year.";

describe("a long paragraph that mixes narration and reported speech", () => {
  it("is split so that narration keeps no speaker and each reported sentence keeps its own", () => {
    const out = read([narration + speech]);
    expect(out.map((p) => [p.kind, p.speakers])).toEqual([
      ["narration", []],
      ["reported", ["volodymyr-zelenskyy"]],
      ["reported", ["ingrid-solbakken"]],
    ]);
    expect(out.map((p) => p.text).join(" ")).toBe(narration + speech);
  });

  it("is not split inside a quotation", () => {
    const quoted = `${narration} Volodymyr Zelenskyy said: "We are grateful. Ingrid Solbakken noted that this is a long road, and we will walk it together."`;
    const out = read([quoted]);
    expect(out).toHaveLength(2);
    expect(out[1]!.text).toMatch(/^Volodymyr Zelenskyy said: "We are grateful\. .* together\."$/);
  });

  it("leaves a short paragraph whole", () => {
    const out = read(["Volodymyr Zelenskyy met Ingrid Solbakken in Kyiv. Ingrid Solbakken noted progress."]);
    expect(out).toHaveLength(1);
  });
});

describe("narration about someone else after reported speech", () => {
  it("starts a part without a speaker", () => {
    const out = read([narration + speech + " Volodymyr Zelenskyy later took the guest to a school in the suburbs that was damaged by shelling."]);
    expect(out.map((p) => p.speakers)).toEqual([[], ["volodymyr-zelenskyy"], ["ingrid-solbakken"], []]);
  });
});
