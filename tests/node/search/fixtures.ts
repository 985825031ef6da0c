import type { Paragraph, Release, ReleaseSummary } from "../../../src/lib/corpus-schema.ts";

/** Invented releases, written for these tests; none of their text comes from the raw corpus. */
export function fixtureRelease(over: Partial<Release> & { id: string; paragraphs: Paragraph[] }): Release {
  return {
    title: "Untitled",
    date: "2021-05-04",
    place: null,
    publisher: { id: "state-dept", name: "U.S. Department of State" },
    sourceUrl: null,
    sourceFile: `fixtures/${over.id}.json`,
    format: "feed-json",
    kind: "talks",
    people: [],
    events: [],
    countries: [],
    organisations: [],
    documents: [],
    ...over,
  };
}

export const para = (n: number, text: string, speakers: string[] = [], kind: Paragraph["kind"] = speakers.length ? "turn" : "narration"): Paragraph => ({
  id: `p-${n}`,
  text,
  speakers,
  kind,
});

const person = (id: string, name: string) => ({ id, name, aliases: [], titles: [], country: null });

export const FIXTURES: Release[] = [
  fixtureRelease({
    id: "2022-03-10-talks-on-river-shipping-aaaaaa",
    title: "Talks on river shipping with Valdoria",
    date: "2022-03-10",
    publisher: { id: "state-dept", name: "U.S. Department of State" },
    kind: "talks",
    countries: ["Valdoria"],
    organisations: ["River Commission"],
    people: [person("mara-quell", "Mara Quell"), person("tomas-brenn", "Tomas Brenn")],
    paragraphs: [
      para(1, "The delegations met in the capital to discuss river shipping and the dredging of the northern channel."),
      para(2, "We welcome the new agreement on shipping lanes and fisheries.", ["mara-quell"]),
      para(3, "Our ports will cooperate closely on grain exports this season.", ["tomas-brenn"]),
      para(4, "Both sides agreed to meet again in the autumn."),
    ],
  }),
  fixtureRelease({
    id: "2021-07-01-call-with-the-prime-minister-bbbbbb",
    title: "Call with the Prime Minister of Estmark",
    date: "2021-07-01",
    publisher: { id: "kremlin", name: "President of Russia" },
    kind: "call",
    countries: ["Estmark"],
    people: [person("mara-quell", "Mara Quell"), person("ilse-varn", "Ilse Varn")],
    paragraphs: [
      para(1, "The leaders spoke by telephone about grain exports and energy prices."),
      para(2, "Energy cooperation must continue despite the winter.", ["ilse-varn"]),
      para(3, "I thanked my colleague for the frank discussion of grain corridors.", ["mara-quell"]),
    ],
  }),
  fixtureRelease({
    id: "2020-11-20-signing-ceremony-cccccc",
    title: "Signing ceremony for the fisheries accord",
    date: "2020-11-20",
    publisher: { id: "white-house", name: "The White House" },
    kind: "signing",
    countries: ["Valdoria", "Estmark"],
    people: [person("tomas-brenn", "Tomas Brenn")],
    paragraphs: [
      para(1, "The fisheries accord was signed in the presence of both delegations."),
      para(2, "This accord protects the northern waters for our children.", ["tomas-brenn"]),
    ],
  }),
];

export function summariesOf(releases: readonly Release[]): ReleaseSummary[] {
  return [...releases]
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""))
    .map((r) => ({ id: r.id, title: r.title, date: r.date, place: r.place, publisher: r.publisher.id, kind: r.kind, people: r.people.map((p) => p.id).slice(0, 6), countries: r.countries }));
}
