import type { Paragraph, Person, Release, ReleaseSummary } from "../../../src/lib/corpus-schema.ts";
import { releaseRow } from "../../../src/pipeline/build/aggregates.ts";
import {
  decodePostings,
  type TopRows,
  pairBucket,
  searchFiles,
  shardKeyFor,
  type DictShard,
  type IndexName,
  type PairShard,
  type SearchMeta,
} from "../../../src/lib/search-format.ts";
import { pairHash, termsOf } from "../../../src/lib/search-text.ts";
import { blankRelease } from "../support/release-fixture.ts";

const termOfWord = (word: string) => termsOf(word)[0]!;

/** Invented releases for these tests; no text here comes from the raw corpus. */
export function release(over: Partial<Release> & { id: string; title: string; paragraphs: Paragraph[] }): Release {
  return blankRelease({
    date: "2024-01-01",
    publisher: { id: "foreign-office", name: "Foreign Office of Norvania" },
    sourceFile: `fixtures/${over.id}.md`,
    format: "markdown",
    ...over,
  });
}

let paragraphNumber = 0;
export const para = (text: string, speakers: string[] = []): Paragraph => ({
  id: `p-${++paragraphNumber}`,
  text,
  speakers,
  kind: speakers.length ? "turn" : "narration",
});

export const person = (id: string, name: string): Person => ({ id, name, aliases: [], titles: [], country: null });

const ANA = person("ana-lindqvist", "Ana Lindqvist");
const KOFI = person("kofi-tembe", "Kofi Tembe");

/** In list order (newest first, undated last), so document n is FIXTURES[n]. */
export const FIXTURES: Release[] = [
  release({
    id: "2024-02-10-harbour-talks-aaaaaa",
    title: "Harbour talks on tidal energy",
    date: "2024-02-10",
    people: [ANA, KOFI],
    countries: ["Norvania", "Côte Blanche"],
    organisations: ["Tidal Council"],
    paragraphs: [
      para("The ministers discussed turbines and the dredging of the old harbour."),
      para("Tidal energy will power every coastal town within a decade.", [ANA.id]),
      para("We will build the turbines with local shipyards, and tidal", [KOFI.id]),
      para("energy prices must stay low for fishing families.", [KOFI.id]),
    ],
  }),
  release({
    id: "2024-02-10-grain-statement-bbbbbb",
    title: "Statement on grain corridors",
    date: "2024-02-10",
    kind: "press",
    publisher: { id: "presidency", name: "Presidency of Estmark" },
    people: [KOFI],
    countries: ["Estmark"],
    paragraphs: [
      para("Grain ships will sail under escort, a lighthouse crew said, and energy from the tidal plant will light the quay."),
      para("The corridor stays open through the winter.", [KOFI.id]),
    ],
  }),
  release({
    id: "2023-11-05-minsk-meeting-cccccc",
    title: "Встреча в Минске о Lighthouse",
    date: "2023-11-05",
    kind: "call",
    people: [ANA],
    countries: ["Norvania"],
    organisations: ["Tidal Council", "Northern Ports Forum"],
    paragraphs: [para("Стороны обсудили морские перевозки. 京 港"), para("Both sides agreed to meet again.")],
  }),
  release({
    id: "undated-lighthouse-note-dddddd",
    title: "Note on lighthouse keepers",
    date: null,
    kind: "other",
    paragraphs: [para("Keepers of every lighthouse will receive new lamps and radios this year.")],
  }),
];

export function summariesOf(releases: readonly Release[]): ReleaseSummary[] {
  return releases.map((r) => releaseRow(r).summary);
}

/** Reads what a browser engine would read: meta, a term's dictionary entry and its postings. */
export class IndexReader {
  readonly meta: SearchMeta;
  constructor(readonly files: Map<string, Uint8Array | string>) {
    this.meta = JSON.parse(this.text(searchFiles.meta())) as SearchMeta;
  }

  text(path: string): string {
    const f = this.files.get(path);
    if (typeof f !== "string") throw new Error(`${path}: ${f === undefined ? "missing" : "not text"}`);
    return f;
  }

  bytes(path: string): Uint8Array {
    const f = this.files.get(path);
    if (!(f instanceof Uint8Array)) throw new Error(`${path}: ${f === undefined ? "missing" : "not bytes"}`);
    return f;
  }

  json<T>(path: string): T {
    return JSON.parse(this.text(path)) as T;
  }

  /** Documents, weights and best rows of a word (folded and stemmed as the engine does), or null. */
  word(ix: IndexName, word: string): { docs: number[]; weights: number[]; top: TopRows } | null {
    const info = ix === "r" ? this.meta.releases : this.meta.speakers!;
    const term = termOfWord(word);
    const key = shardKeyFor(info.dictKeys, term);
    if (key === null) return null;
    const entry = this.json<DictShard>(searchFiles.dict(ix, key)).terms.find((e) => e[0] === term);
    if (!entry) return null;
    const [, df, file, offset, length] = entry;
    const bytes = this.bytes(searchFiles.postings(ix, file));
    const { docs, weights, top } = decodePostings(bytes, offset, length, df, true);
    return { docs: [...docs], weights: [...weights], top };
  }

  /** Documents where two words stand next to each other (by pair hash). */
  pair(ix: IndexName, a: string, b: string): number[] {
    const hash = pairHash(termOfWord(a), termOfWord(b));
    const bits = (ix === "r" ? this.meta.releases : this.meta.speakers!).pairBits;
    const shard = this.json<PairShard>(searchFiles.pairs(ix, pairBucket(hash, bits), bits));
    const entry = shard.pairs.find((p) => p[0] === hash);
    if (!entry) return [];
    const [, df, file, offset, length] = entry;
    const bytes = this.bytes(searchFiles.postings(ix, file));
    return [...decodePostings(bytes, offset, length, df, false).docs];
  }
}
