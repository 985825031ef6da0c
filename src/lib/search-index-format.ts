/**
 * The layout of the search index under `<corpus>/search/`, shared by the build (which writes it)
 * and the browser engine (which reads it). No zod and no Node imports: the app bundles this file.
 *
 *   search/shards.json          ShardList: which Pagefind bundles exist and the dates each covers
 *   search/<shard>/pagefind.js  one Pagefind bundle per shard (word index, filters, fragments)
 *   search/people/<xx>.json     person id -> name, split by the id's first two characters, so a
 *                               facet list fetches only the few names it shows
 */
export const SEARCH_DIR = "search";
export const SEARCH_FORMAT_VERSION = 1;

export const searchFiles = {
  shards: () => `${SEARCH_DIR}/shards.json`,
  shardBase: (dir: string) => `${SEARCH_DIR}/${dir}/`,
  peopleNames: (prefix: string) => `${SEARCH_DIR}/people/${prefix}.json`,
} as const;

/** Which names file holds a person id; ids are lower-case slugs, so two characters spread them well. */
export function peoplePrefix(personId: string): string {
  return personId.slice(0, 2).padEnd(2, "_");
}

export interface ShardInfo {
  /** Folder under search/: "s0"... for releases, "k0"... for speakers' words. */
  dir: string;
  /** Dates covered, inclusive (YYYY-MM-DD); null bounds for the shard of undated releases. */
  from: string | null;
  to: string | null;
  releases: number;
  records: number;
}

export interface ShardList {
  version: typeof SEARCH_FORMAT_VERSION;
  /** Whole releases, newest dates first; within a shard Pagefind sorts by date. */
  shards: ShardInfo[];
  /**
   * Speaker records (one per speaker and release, holding only that person's paragraphs) live in
   * bundles of their own, so an ordinary search never downloads them. Same years as `shards`.
   */
  speakerShards: ShardInfo[];
}

/**
 * Filter keys. month and day exist only so a date range can be expressed; shard lets the browser
 * ask one shard at a time for results in date order; speaker is on speaker records only.
 */
export const FILTER_KEYS = ["shard", "speaker", "person", "country", "organisation", "publisher", "kind", "year", "month", "day"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * What a result shows about its release. Pagefind indexes every meta field for search, so only the
 * title and speaker names of release records go in meta; the rest rides in the record's URL,
 * which Pagefind stores but never indexes (a search for "41" must not match a word offset).
 */
export interface RecordInfo {
  id: string;
  title: string;
  /** YYYY-MM-DD or "". */
  date: string;
  /** Publisher id. */
  publisher: string;
  kind: string;
  /** Speaker names. */
  speakers: string[];
  /** Where each paragraph starts in the record's word stream (see paragraphAt). */
  offsets: { id: string; start: number }[];
  /** Set on speaker records: whose words the record holds. */
  speaker: string | null;
}

export function encodeRecordUrl(info: RecordInfo): string {
  const q = new URLSearchParams({ d: info.date, pub: info.publisher, k: info.kind, pw: encodeParagraphOffsets(info.offsets) });
  if (info.speaker) {
    q.set("s", info.speaker);
    q.set("t", info.title);
    q.set("n", info.speakers.join(SPEAKER_SEPARATOR));
  }
  return `/releases/${info.id}?${q.toString()}`;
}

/** Reads back encodeRecordUrl; `meta` supplies title and speakers for release records. */
export function decodeRecordUrl(url: string, meta: Record<string, string> = {}): RecordInfo {
  const [path = "", query = ""] = url.split("?");
  const q = new URLSearchParams(query);
  const speaker = q.get("s");
  const names = (speaker ? q.get("n") : meta.speakers) ?? "";
  return {
    id: decodeURIComponent(path.split("/").pop() ?? ""),
    title: (speaker ? q.get("t") : meta.title) ?? "",
    date: q.get("d") ?? "",
    publisher: q.get("pub") ?? "",
    kind: q.get("k") ?? "other",
    speakers: names ? names.split(SPEAKER_SEPARATOR) : [],
    offsets: decodeParagraphOffsets(q.get("pw") ?? ""),
    speaker,
  };
}

export const SPEAKER_SEPARATOR = "; ";

/** Word offsets as Pagefind counts them: content split on whitespace. */
export function countWords(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w) n++;
  return n;
}

export function encodeParagraphOffsets(offsets: readonly { id: string; start: number }[]): string {
  return offsets.map((o) => `${o.id}:${o.start}`).join(" ");
}

export function decodeParagraphOffsets(pw: string | undefined): { id: string; start: number }[] {
  const out: { id: string; start: number }[] = [];
  for (const part of (pw ?? "").split(" ")) {
    const m = /^(p-\d+):(\d+)$/.exec(part);
    if (m) out.push({ id: m[1]!, start: Number(m[2]) });
  }
  return out;
}

/** The paragraph holding word `location`, given offsets in ascending order. */
export function paragraphAt(offsets: readonly { id: string; start: number }[], location: number): string | null {
  let found: string | null = null;
  for (const o of offsets) {
    if (o.start > location) break;
    found = o.id;
  }
  return found;
}
