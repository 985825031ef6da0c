import type { Paragraph, Release, ReleaseSummary } from "../../lib/corpus-schema.ts";
import { countWords, encodeRecordUrl, SPEAKER_SEPARATOR, type FilterKey } from "../../lib/search-index-format.ts";

/** What Pagefind's addCustomRecord takes, narrowed to what this index writes. */
export interface SearchRecord {
  url: string;
  content: string;
  language: "en";
  /** Searchable as well as shown: only the title and speaker names of release records. */
  meta: Record<string, string>;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: { date: string };
}

/** Undated releases sort after every dated one in "newest first". */
const NO_DATE_SORT = "0000-00-00";

/**
 * One record for the release (title and speaker names in meta, every paragraph in content), and
 * for the speaker index one per speaker with only that speaker's paragraphs and no meta, so
 * `speaker=<id>` matches that person's own words and nothing else (not the title, not their name).
 */
export function recordsForRelease(release: Release, shard: string): { release: SearchRecord; speakers: SearchRecord[] } {
  const names = new Map(release.people.map((p) => [p.id, p.name]));
  const speakerIds = unique(release.paragraphs.flatMap((p) => p.speakers));
  const base = { ...baseFilters(release), shard: [shard] };
  const sort = { date: release.date ?? NO_DATE_SORT };
  const info = (paragraphs: readonly Paragraph[], speakers: string[], speaker: string | null) => {
    const { content, offsets } = joinParagraphs(paragraphs);
    const url = encodeRecordUrl({
      id: release.id,
      title: release.title,
      date: release.date ?? "",
      publisher: release.publisher.id,
      kind: release.kind,
      speakers: speakers.map((id) => names.get(id) ?? id),
      offsets,
      speaker,
    });
    return { url, content };
  };
  const whole = info(release.paragraphs, speakerIds, null);
  const meta: Record<string, string> = { title: release.title };
  const speakerNames = speakerIds.map((id) => names.get(id) ?? id);
  if (speakerNames.length) meta.speakers = speakerNames.join(SPEAKER_SEPARATOR);
  const record: SearchRecord = { ...whole, language: "en", meta, filters: base, sort };
  const speakers: SearchRecord[] = [];
  for (const id of speakerIds) {
    const own = info(
      release.paragraphs.filter((p) => p.speakers.includes(id)),
      [id],
      id,
    );
    speakers.push({ ...own, language: "en", meta: {}, filters: { ...base, speaker: [id] }, sort });
  }
  return { release: record, speakers };
}

function baseFilters(release: Release): Partial<Record<FilterKey, string[]>> {
  const f: Partial<Record<FilterKey, string[]>> = {
    person: unique(release.people.map((p) => p.id)),
    country: unique(release.countries),
    organisation: unique(release.organisations),
    publisher: [release.publisher.id],
    kind: [release.kind],
  };
  if (release.date) {
    f.year = [release.date.slice(0, 4)];
    f.month = [release.date.slice(0, 7)];
    f.day = [release.date];
  }
  // Pagefind rejects empty value lists on some keys; drop them instead.
  for (const key of Object.keys(f) as FilterKey[]) if (f[key]!.length === 0) delete f[key];
  return f;
}

/** Content is the paragraphs joined by newlines; offsets say where each starts in Pagefind's word count. */
export function joinParagraphs(paragraphs: readonly Paragraph[]): { content: string; offsets: { id: string; start: number }[] } {
  const offsets: { id: string; start: number }[] = [];
  let words = 0;
  for (const p of paragraphs) {
    offsets.push({ id: p.id, start: words });
    words += countWords(p.text);
  }
  return { content: paragraphs.map((p) => p.text).join("\n"), offsets };
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

export interface ShardPlan {
  dir: string;
  /** Ids of the releases in this shard. */
  ids: Set<string>;
  from: string | null;
  to: string | null;
}

/**
 * Splits the corpus into shards of whole years (newest first), each at most `maxReleases` releases
 * unless a single year is bigger, because Pagefind's build memory grows steeply with the record
 * count. Undated releases get a shard of their own at the end.
 */
export function planShards(summaries: readonly ReleaseSummary[], maxReleases: number): ShardPlan[] {
  const byYear = new Map<string, ReleaseSummary[]>();
  const undated: ReleaseSummary[] = [];
  for (const s of summaries) {
    if (!s.date) {
      undated.push(s);
      continue;
    }
    const y = s.date.slice(0, 4);
    const list = byYear.get(y) ?? [];
    list.push(s);
    byYear.set(y, list);
  }
  const years = [...byYear.keys()].sort().reverse();
  const plans: ShardPlan[] = [];
  let current: ReleaseSummary[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const dates = current.map((s) => s.date!).sort();
    plans.push({ dir: `s${plans.length}`, ids: new Set(current.map((s) => s.id)), from: dates[0]!, to: dates[dates.length - 1]! });
    current = [];
  };
  for (const y of years) {
    const list = byYear.get(y)!;
    if (current.length > 0 && current.length + list.length > maxReleases) flush();
    current.push(...list);
  }
  flush();
  if (undated.length > 0) plans.push({ dir: `s${plans.length}`, ids: new Set(undated.map((s) => s.id)), from: null, to: null });
  return plans;
}
