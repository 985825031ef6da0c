import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/pipeline/analyze/analyze.ts";
import { para, release } from "./fixtures.ts";

const stateDept = { publisher: { id: "state-dept", name: "U.S. Department of State" } };
const idOf = (text: string, name: string) =>
  analyze(release("Secretary Blinken's Meeting", [para(text)], stateDept)).people.find((p) => p.name.includes(name.split(" ")[0]!) || p.aliases.some((a) => a.includes(name)))?.id;

describe("Japanese and Korean names in either order", () => {
  it.each([
    ["Secretary Antony J. Blinken met with Foreign Minister Hayashi Yoshimasa today.", "Hayashi"],
    ["Secretary Antony J. Blinken met with Foreign Minister Yoshimasa Hayashi today.", "Yoshimasa"],
  ])("gives one id: %s", (text, name) => {
    expect(idOf(text, name)).toBe("yoshimasa-hayashi");
  });

  it.each([
    ["Secretary Antony J. Blinken met with Foreign Minister Kwon Min-jae today.", "Kwon"],
    ["Secretary Antony J. Blinken met with Foreign Minister Min-jae Kwon today.", "Min-jae"],
  ])("gives one id to a Korean name, surname first: %s", (text, name) => {
    expect(idOf(text, name)).toBe("kwon-min-jae");
  });

  it("leaves a Western name with a Korean-looking surname alone", () => {
    expect(idOf("Secretary Antony J. Blinken met with Senator Grace Lee today.", "Grace")).toBe("grace-lee");
  });
});
