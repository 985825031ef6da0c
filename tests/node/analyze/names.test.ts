import { describe, expect, it } from "vitest";
import { slugify } from "../../../src/lib/slug.ts";
import { isNameWord, surnameOf, titleCase } from "../../../src/pipeline/analyze/names.ts";

describe("names", () => {
  it("slugs a name to a stable lower-case id, dropping accents and punctuation", () => {
    expect(slugify("António Guterres")).toBe("antonio-guterres");
    expect(slugify("Joseph R. Biden, Jr.")).toBe("joseph-r-biden-jr");
  });

  it("title-cases upper-case labels and keeps name particles in lower case", () => {
    expect(titleCase("PRESIDENT VAN DER BELLEN")).toBe("President van der Bellen");
    expect(titleCase("Prime Minister Abe")).toBe("Prime Minister Abe");
  });

  it("finds the family name in Chinese order, with particles, and in Western order", () => {
    expect(surnameOf("Xi Jinping")).toBe("xi");
    expect(surnameOf("Alexander Van der Bellen")).toBe("van der bellen");
    expect(surnameOf("Antony J. Blinken")).toBe("blinken");
  });

  it("does not take months, countries, titles or bodies for name words", () => {
    for (const w of ["June", "Russia", "President", "Council", "Kremlin", "NATO"]) expect(isNameWord(w), w).toBe(false);
    for (const w of ["Putin", "Lapid", "O’Brien"]) expect(isNameWord(w), w).toBe(true);
  });
});
