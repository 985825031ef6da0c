import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/pipeline/analyze/analyze.ts";
import { findMentions } from "../../../src/pipeline/analyze/mentions.ts";
import { para, release } from "./fixtures.ts";

const names = (r: ReturnType<typeof analyze>) => r.people.map((p) => p.name).sort();

describe("finding people", () => {
  it("separates the office title from the name after it", () => {
    const [m] = findMentions("Talks took place with Federal President of Austria Alexander Van der Bellen today.");
    expect(m?.name).toBe("Alexander Van der Bellen");
    expect(m?.title).toBe("Federal President of Austria");
    expect(m?.country).toBe("Austria");
  });

  it("keeps one person however the text names them: full name, surname, title and surname", () => {
    const r = analyze(
      release("Meeting with Prime Minister of Norway Ingrid Solbakken", [
        para("Vladimir Putin met with Prime Minister of Norway Ingrid Solbakken in the Kremlin."),
        para("Solbakken thanked the Russian side. Prime Minister Solbakken then left for Murmansk."),
      ]),
    );
    expect(names(r)).toEqual(["Ingrid Solbakken", "Vladimir Putin"]);
    const ingrid = r.people.find((p) => p.name === "Ingrid Solbakken")!;
    expect(ingrid.id).toBe("ingrid-solbakken");
    expect(ingrid.aliases).toContain("Solbakken");
    expect(ingrid.titles).toContain("Prime Minister of Norway");
    expect(ingrid.country).toBe("Norway");
  });

  it("joins an upper-case transcript label and a byline to the person the text names", () => {
    const r = analyze(
      release(
        "Secretary Blinken and Foreign Minister Maria Ostberg Before Their Meeting",
        [
          para("Thank you all for coming.", { label: "SECRETARY BLINKEN" }),
          para("It is good to be here.", { label: "FOREIGN MINISTER OSTBERG" }),
        ],
        { byline: "Antony J. Blinken, Secretary of State", publisher: { id: "state-dept", name: "U.S. Department of State" } },
      ),
    );
    expect(names(r)).toEqual(["Antony J. Blinken", "Maria Ostberg"]);
    const [first, second] = r.paragraphs;
    expect(first?.speakers).toEqual(["antony-j-blinken"]);
    expect(second?.speakers).toEqual(["maria-ostberg"]);
  });

  it("resolves a misspelt label to the closest surname", () => {
    const r = analyze(
      release("Remarks by President Biden and Prime Minister Kowalczyk", [
        para("President Biden welcomed Prime Minister Kowalczyk to the White House."),
        para("We are glad to be here.", { label: "PRIME MINISTER KOWALCZIK" }),
      ]),
    );
    expect(r.paragraphs[1]?.speakers).toEqual(["kowalczyk"]);
  });

  it("handles Chinese name order and a surname that is also an English word", () => {
    const r = analyze(
      release("Xi Jinping Holds Talks with the President of Chile", [
        para("President Xi Jinping held talks with President Rodrigo Salas. He Lifeng and Wang Yi attended the talks."),
        para("Xi stressed that the two countries are good partners."),
      ]),
    );
    expect(names(r)).toEqual(["He Lifeng", "Rodrigo Salas", "Wang Yi", "Xi Jinping"]);
    expect(r.paragraphs[1]?.speakers).toEqual(["xi-jinping"]);
  });

  it("gives a principal the same id however a release names them", () => {
    const a = analyze(release("Readout", [para("President Biden spoke with the Prime Minister.")], { publisher: { id: "white-house", name: "The White House" } }));
    const b = analyze(release("Readout", [para("President Joseph R. Biden, Jr. met the Chancellor.")], { publisher: { id: "white-house", name: "The White House" } }));
    expect(a.people.map((p) => p.id)).toContain("joseph-r-biden-jr");
    expect(b.people.map((p) => p.id)).toContain("joseph-r-biden-jr");
  });

  it("does not take places, organisations, documents or months for people", () => {
    const r = analyze(
      release("Talks in Moscow", [
        para("In June the Security Council met at the Great Hall in New York. The Joint Statement on Climate Cooperation was signed in Costa Rica."),
        para("Later the Eurasian Economic Union and the Inflation Reduction Act were discussed in Los Angeles."),
      ]),
    );
    expect(r.people).toEqual([]);
  });
});

describe("names next to places and months", () => {
  it("keeps a surname that is also a month, and drops the country in front of a name", () => {
    const names = (t: string) => findMentions(t).map((m) => [m.name, m.country]);
    expect(names("Prime Minister of Great Britain Theresa May")).toEqual([["Theresa May", "United Kingdom"]]);
    expect(names("Crown Prince of Saudi Arabia Faisal bin Nasser")).toEqual([["Faisal bin Nasser", "Saudi Arabia"]]);
  });

  it("resolves a label to the titled person, not to the place named after them", () => {
    const r = analyze(
      release("Meeting with Patriarch Gregorios IV of Antioch", [
        para("Vladimir Putin met with Patriarch Gregorios IV of Antioch."),
        para("Your Holiness, welcome.", { label: "Vladimir Putin" }),
        para("Thank you.", { label: "Patriarch Gregorios IV of Antioch" }),
      ]),
    );
    expect(r.paragraphs[2]?.speakers).toEqual(["gregorios-iv"]);
  });
});

describe("title-case headlines", () => {
  it("does not take the headline's verb for part of a name", () => {
    expect(findMentions("Premier Li Wenhao Holds Talks with President Teodor Arvane").map((m) => m.name)).toEqual(["Li Wenhao", "Teodor Arvane"]);
  });
});

describe("ships", () => {
  it("are not people, though they bear people's names", () => {
    expect(findMentions("The leaders visited USS Ronald Reagan and the icebreaker Admiral Makarov.")).toEqual([]);
  });
});
