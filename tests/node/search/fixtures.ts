import type { Paragraph, Release } from "../../../src/lib/corpus-schema.ts";
import { corpusFiles, FACETS } from "../../../src/lib/corpus-files.ts";
import { COLUMN_FACETS } from "../../../src/lib/search-format.ts";
import { compareNewestFirst, FacetAggregate, releaseRow } from "../../../src/pipeline/build/aggregates.ts";
import { buildSearchIndex } from "../../../src/pipeline/search-index/build-search-index.ts";
import { blankRelease } from "../support/release-fixture.ts";

/** Invented releases, written for these tests; none of their text comes from the raw corpus. */
export function fixtureRelease(over: Partial<Release> & { id: string; paragraphs: Paragraph[] }): Release {
  return blankRelease({
    title: "Untitled",
    date: "2021-05-04",
    publisher: { id: "state-dept", name: "Valdorian Foreign Ministry" },
    sourceFile: `fixtures/${over.id}.json`,
    format: "feed-json",
    ...over,
  });
}

export const para = (n: number, text: string, speakers: string[] = [], kind: Paragraph["kind"] = speakers.length ? "turn" : "narration"): Paragraph => ({
  id: `p-${n}`,
  text,
  speakers,
  kind,
});

const person = (id: string, name: string) => ({ id, name, aliases: [], titles: [], country: null });
const MARA = person("mara-quell", "Mara Quell");
const TOMAS = person("tomas-brenn", "Tomas Brenn");
const ILSE = person("ilse-varn", "Ilse Varn");
const VALDORIA_FM = { id: "state-dept", name: "Valdorian Foreign Ministry" };
const ESTMARK_PALACE = { id: "kremlin", name: "Estmark Palace" };
const HARBOUR_OFFICE = { id: "white-house", name: "Harbour Office" };

export const SHIPPING = "2022-03-10-talks-on-river-shipping-aaaaaa";
export const CALL = "2021-07-01-call-with-the-prime-minister-bbbbbb";
export const PRESS = "2021-07-01-press-remarks-on-timber-dddddd";
export const SIGNING = "2020-11-20-signing-ceremony-cccccc";
export const BRIEFING = "2019-02-14-briefing-on-the-harbour-eeeeee";
export const UNDATED = "undated-note-on-lighthouses-ffffff";

export const FIXTURES: Release[] = [
  fixtureRelease({
    id: SHIPPING,
    title: "Talks on river shipping with Valdoria",
    date: "2022-03-10",
    publisher: VALDORIA_FM,
    kind: "talks",
    countries: ["Valdoria"],
    organisations: ["River Commission"],
    people: [MARA, TOMAS],
    paragraphs: [
      para(1, "The delegations met in the capital to discuss river shipping and the dredging of the northern channel."),
      para(2, "We welcome the new agreement on shipping lanes and fisheries.", ["mara-quell"]),
      para(3, "Our ports will cooperate closely on grain exports this season.", ["tomas-brenn"]),
      para(4, "Both sides agreed to meet again in the autumn."),
    ],
  }),
  fixtureRelease({
    id: CALL,
    title: "Call with the Prime Minister of Estmark",
    date: "2021-07-01",
    publisher: ESTMARK_PALACE,
    kind: "call",
    countries: ["Estmark"],
    people: [MARA, ILSE],
    paragraphs: [
      para(1, "The leaders spoke by telephone about grain exports and energy prices."),
      para(2, "Energy cooperation must continue despite the winter.", ["ilse-varn"]),
      para(3, "I thanked my colleague for the frank discussion of grain corridors.", ["mara-quell"]),
    ],
  }),
  fixtureRelease({
    id: PRESS,
    title: "Press remarks on timber",
    date: "2021-07-01",
    publisher: VALDORIA_FM,
    kind: "press",
    countries: ["Valdoria", "Estmark"],
    people: [ILSE],
    paragraphs: [
      para(1, "We talked about the exports of grain and of timber, and about the harbour fees.", ["ilse-varn"]),
      para(2, "Questions followed on the lighthouse programme."),
    ],
  }),
  fixtureRelease({
    id: SIGNING,
    title: "Signing ceremony for the fisheries accord",
    date: "2020-11-20",
    publisher: HARBOUR_OFFICE,
    kind: "signing",
    countries: ["Valdoria", "Estmark"],
    people: [TOMAS],
    paragraphs: [
      para(1, "The fisheries accord was signed in the presence of both delegations."),
      para(2, "This accord protects the northern waters for our children.", ["tomas-brenn"]),
    ],
  }),
  fixtureRelease({
    id: BRIEFING,
    title: "Briefing on the harbour",
    date: "2019-02-14",
    publisher: HARBOUR_OFFICE,
    kind: "press",
    countries: ["Estmark"],
    people: [MARA],
    paragraphs: [
      para(1, "The harbour master described the new grain silos."),
      para(2, "Talks with the river pilots will resume in spring.", ["mara-quell"]),
    ],
  }),
  fixtureRelease({
    id: UNDATED,
    title: "Note on lighthouses",
    date: null,
    publisher: HARBOUR_OFFICE,
    kind: "other",
    people: [],
    paragraphs: [para(1, "Lighthouses along the northern coast will be repainted.")],
  }),
];

/**
 * What a built corpus holds for search, from fixture releases: release files, the facet index and
 * position lists (made by the build's own aggregates), and the search index (the build's own
 * in-memory builder). Path under the corpus root -> contents.
 */
export function fixtureCorpus(releases: readonly Release[] = FIXTURES): Map<string, string | Uint8Array> {
  const rows = releases.map((r) => ({ release: r, row: releaseRow(r) })).sort((a, b) => compareNewestFirst(a.row.summary, b.row.summary));
  const summaries = rows.map((r) => r.row.summary);
  const names = new Map(releases.flatMap((r) => r.people.map((p) => [p.id, p.name] as const)));
  const publishers = new Map(releases.map((r) => [r.publisher.id, r.publisher.name]));
  const facets = new FacetAggregate();
  rows.forEach(({ row }, position) =>
    facets.add(position, row.facets, (facet, value) => (facet === "person" ? (names.get(value) ?? value) : facet === "publisher" ? (publishers.get(value) ?? value) : value)),
  );
  const files = new Map<string, string | Uint8Array>();
  const facetValues: Partial<Record<(typeof COLUMN_FACETS)[number], string[]>> = {};
  for (const facet of FACETS) {
    const values = facets.values(facet);
    files.set(corpusFiles.facetIndex(facet), JSON.stringify({ facet, values }));
    for (const v of values) files.set(corpusFiles.facetPostings(facet, v.value), JSON.stringify({ value: v.value, positions: facets.buckets.get(facet)!.get(v.value)!.positions }));
    if ((COLUMN_FACETS as readonly string[]).includes(facet)) facetValues[facet as (typeof COLUMN_FACETS)[number]] = values.map((v) => v.value);
  }
  for (const r of releases) files.set(corpusFiles.release(r.id), JSON.stringify(r));
  const index = buildSearchIndex(
    rows.map((r) => r.release),
    summaries,
    { buildId: "fixture", facetValues, personName: (id) => names.get(id) ?? id },
  );
  for (const [path, data] of index) files.set(path, data);
  return files;
}
