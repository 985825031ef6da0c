import { describe, expect, it } from "vitest";
import { placeFromText, visitDestination } from "../../../src/pipeline/ingest/place.ts";
import { ingestOk } from "./helpers.ts";

// Invented sentences; the places are real cities only where the rule is about their shape.
describe("place of the principal event", () => {
  it("joins a venue and the city after it", () => {
    expect(placeFromText("Premier Aldo Osk held talks with President Lina Daro at the Great Hall of the People in Beijing.")).toBe("the Great Hall of the People, Beijing");
  });

  it("skips where a guest is staying ('who is in ...') for where the talks were held", () => {
    expect(placeFromText("Minister Ando held talks with Minister Vell, who is in Velmor for the forum, at the Lantern Hall in Port Arlen.")).toBe("the Lantern Hall, Port Arlen");
  });

  it("reads a city after 'in'", () => {
    expect(placeFromText("The foreign ministers met in Tashkent on the margins of the forum.")).toBe("Tashkent");
  });

  it("takes a ministry or department as a venue", () => {
    expect(placeFromText("Secretary Vell met with Foreign Minister Ando at the Department of State to discuss grain.")).toBe("the Department of State");
    expect(placeFromText("President Daro welcomed Chancellor Osk at the White House.")).toBe("the White House");
  });

  it("keeps 'D.C.' with Washington", () => {
    expect(placeFromText("Secretary Vell met Minister Ando in Washington, D.C. on Tuesday.")).toBe("Washington, D.C.");
  });

  it("reads where a visit went", () => {
    expect(visitDestination("President Daro, who is on a working visit to Kyiv, laid flowers at the memorial.")).toBe("Kyiv");
    expect(visitDestination("During his state visit to Tashkent the minister opened a school.")).toBe("Tashkent");
  });

  it("never takes a person's name into a place", () => {
    expect(placeFromText("The deputy head met in Ukraine Karen Ostrova, the head of the mission.")).toBe("Ukraine");
    expect(placeFromText("The adviser met in Kyiv, Ukraine Jonas Weller said the talks went well.")).toBe("Kyiv, Ukraine");
    expect(placeFromText("The leaders met in Sharm El Sheikh, Egypt.")).toBe("Sharm El Sheikh, Egypt");
    expect(placeFromText("After the talks held in Velmor Ostrova said the accord was ready.")).toBe("Velmor");
    expect(placeFromText("The envoys met in New York prior to the forum.")).toBe("New York");
  });

  it("prefers the opening's place, then a visit's destination, then the wire dateline's city", () => {
    const page = (opening: string) => `Premier Osk Meets Minister Daro\n2024-09-04\n\n${opening}\n\nThe two sides agreed to expand grain trade.\n`;
    expect(ingestOk("wire/a.txt", page("VELMOR, Sept. 3 (Tessa News) -- Premier Aldo Osk met Minister Lina Daro at the Lantern Hall in Velmor.")).place).toBe("the Lantern Hall, Velmor");
    expect(ingestOk("wire/a.txt", page("VELMOR, Sept. 3 (Tessa News) -- Premier Aldo Osk received Minister Lina Daro, who is on an official visit to Velmor.")).place).toBe("Velmor");
    expect(ingestOk("wire/a.txt", page("PORT ARLEN, Sept. 3 (Tessa News) -- Premier Aldo Osk and Minister Lina Daro agreed to extend the ferry treaty.")).place).toBe("Port Arlen");
  });
});
