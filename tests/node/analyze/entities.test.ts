import { describe, expect, it } from "vitest";
import { findCountries, findDocuments, findOrganisations } from "../../../src/pipeline/analyze/entities.ts";

describe("entities", () => {
  it("normalises country names and demonyms to one name per country", () => {
    expect(findCountries(["The Russian President met the Prime Minister of Japan; Japanese firms and the Russian Federation agreed."]).sort()).toEqual([
      "Japan",
      "Russia",
    ]);
  });

  it("does not read a given name or the pronoun 'us' as a country", () => {
    expect(findCountries(["Michael Jordan told us about basketball."])).toEqual([]);
  });

  it("finds organisations by name and abbreviation, case-sensitively for abbreviations", () => {
    expect(findOrganisations(["Both are members of the SCO and BRICS and the Eurasian Economic Union; who knows what the UN will do."]).sort()).toEqual([
      "BRICS",
      "Eurasian Economic Union",
      "Shanghai Cooperation Organisation",
      "United Nations",
    ]);
  });

  it("names the documents that were signed", () => {
    expect(findDocuments(["The leaders signed the Joint Statement on Strategic Partnership between Chile and Peru and a Memorandum of Understanding on Fisheries."])).toEqual([
      "Joint Statement on Strategic Partnership between Chile and Peru",
      "Memorandum of Understanding on Fisheries",
    ]);
  });
});
