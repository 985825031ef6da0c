import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/pipeline/analyze/analyze.ts";
import { para, release } from "./fixtures.ts";

const stateDept = { publisher: { id: "state-dept", name: "U.S. Department of State" } };
const people = (title: string, texts: string[], extra = {}) => analyze(release(title, texts.map((t) => para(t)), extra)).people;
const ids = (title: string, texts: string[], extra = {}) => people(title, texts, extra).map((p) => p.id).sort();

describe("names with accented letters", () => {
  it("finds them wherever the accent falls", () => {
    const out = ids("Meeting with Vice President Marta Lucía Ramírez", [
      "Vladimir Putin met with Vice President of Colombia Marta Lucía Ramírez.",
      "Secretary-General António Guterres, Minister Tomáš Vrba, Ambassador Øystein Lunde and Deputy Minister Đỗ Văn Chiến also attended.",
    ]);
    expect(out).toEqual(["antonio-guterres", "do-van-chien", "marta-lucia-ramirez", "oystein-lunde", "tomas-vrba", "vladimir-putin"]);
  });
});

describe("hyphenated titles", () => {
  it("never stay in a name", () => {
    const out = people("Secretary Blinken's Meeting with Foreign Minister-Designate Sara Holm", [
      "Secretary Antony J. Blinken met with Foreign Minister-Designate Sara Holm and Ambassador-at-Large Pia Kron.",
      "Under-Secretary-General Omar Haddad joined them.",
    ], stateDept);
    expect(out.map((p) => p.name).sort()).toEqual(["Antony J. Blinken", "Omar Haddad", "Pia Kron", "Sara Holm"]);
  });
});

describe("names without spaces", () => {
  it("splits a label that runs title words and a name together", () => {
    const out = ids("Meeting in Kyiv", ["Volodymyr Zelenskyy met with PresidentofFinlandAnnaBerg in Kyiv."]);
    expect(out).toContain("anna-berg");
    expect(out.some((id) => id.includes("presidentof"))).toBe(false);
  });
});

describe("company, project and drug names", () => {
  it("do not become people", () => {
    const out = ids("Meeting with Prime Minister of Norway Anna Berg", [
      "Vladimir Putin met with Prime Minister of Norway Anna Berg.",
      "They discussed the Power of Siberia pipeline, the Nord Stream project, supplies of the Sputnik Light vaccine, and contracts with Boeing Capital and Rosatom Energy.",
      "The vaccine Gam-Covid-Vac and the Arctic LNG 2 project were also mentioned, as was the Yamal Peninsula.",
    ]);
    expect(out).toEqual(["anna-berg", "vladimir-putin"]);
  });
});
