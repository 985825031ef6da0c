import type { FacetValue, PersonPage, Release, ReleaseSummary } from "../../lib/corpus-schema.ts";
import type { Facet } from "../../lib/corpus-files.ts";
import { slugify } from "../../lib/slug.ts";

/**
 * The compact state the build keeps per release and per person while releases stream past:
 * never a full release, so memory grows with the number of releases and people, not their text.
 */

export const STATEMENT_CAP = 50;
/** A person page quotes, the release page holds the whole paragraph. */
export const STATEMENT_CHARS = 480;
export const MET_MOST_CAP = 12;
/** Pairs per release are quadratic; the first people of a release are its principals anyway. */
const PAIR_PEOPLE_CAP = 24;
const ALIAS_CAP = 24;

const byStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first; null dates last; then a fixed tie-break so equal dates sort the same every build. */
export function compareNewestFirst(a: { date: string | null; id: string }, b: { date: string | null; id: string }): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return byStr(a.id, b.id);
}

export interface ReleaseRow {
  summary: ReleaseSummary;
  /** Facet values of the release, raw labels (slugged when the facets are written). */
  facets: Record<Facet, string[]>;
  /** The first two principals, which pick the release's related releases. */
  principals: string[];
}

/**
 * Who the occasion was between: those who held its parts in event order, else its speakers in
 * order of first appearance (the same rule the release page uses for its headings).
 */
export function principalIds(release: Pick<Release, "events" | "paragraphs">, limit = 2): string[] {
  const ids = new Set<string>();
  for (const e of [...release.events].sort((a, b) => a.order - b.order)) for (const p of e.participants) ids.add(p);
  if (ids.size === 0) for (const p of release.paragraphs) for (const s of p.speakers) ids.add(s);
  return [...ids].slice(0, limit);
}

/** The list row and facet values of one release. */
export function releaseRow(release: Release): ReleaseRow {
  const order: string[] = [];
  const add = (id: string) => {
    if (!order.includes(id)) order.push(id);
  };
  for (const p of release.paragraphs) for (const s of p.speakers) add(s);
  for (const e of release.events) for (const s of e.participants) add(s);
  for (const p of release.people) add(p.id);
  const summary: ReleaseSummary = {
    id: release.id,
    title: release.title,
    date: release.date,
    place: release.place,
    publisher: release.publisher.id,
    kind: release.kind,
    people: order.slice(0, 6),
    countries: release.countries,
  };
  return { summary, facets: releaseFacets(release), principals: principalIds(release) };
}

/** A release's facet values as written (FacetAggregate keys them with facetKey). */
export function releaseFacets(release: Release): Record<Facet, string[]> {
  return {
    person: release.people.map((p) => p.id),
    country: release.countries,
    organisation: release.organisations,
    publisher: [release.publisher.id],
    kind: [release.kind],
    year: release.date ? [release.date.slice(0, 4)] : [],
  };
}

/**
 * The key of a facet value: ids and years as they are, names by their slug, so two spellings that
 * share a file name share a list ("U.S." and "US"). The search index's facet columns use it too.
 */
export function facetKey(facet: Facet, raw: string): string {
  return facet === "person" || facet === "publisher" || facet === "kind" || facet === "year" ? raw : slugify(raw);
}

/**
 * Who met whom in one release, each ordered pair once: those who took part in the same event
 * (principals and attendees). A spokesperson or a person merely mentioned met nobody. Releases
 * whose events name fewer than two people fall back to everyone the release names.
 */
export function metPairs(release: Release): [string, string][] {
  const groups = release.events.map((e) => [...new Set([...e.participants, ...e.attendees])]).filter((g) => g.length >= 2);
  if (groups.length === 0) groups.push([...new Set(release.people.map((p) => p.id))]);
  const pairs = new Map<string, [string, string]>();
  for (const group of groups) {
    const ids = group.slice(0, PAIR_PEOPLE_CAP);
    for (const a of ids) for (const b of ids) if (a !== b) pairs.set(`${a}\n${b}`, [a, b]);
  }
  return [...pairs.values()];
}

interface Statement {
  releaseId: string;
  paragraphId: string;
  paragraphIndex: number;
  date: string | null;
  releaseTitle: string;
  text: string;
}

interface PersonAgg {
  names: Map<string, number>;
  aliases: Set<string>;
  releaseCount: number;
  titles: Map<string, { first: string | null; last: string | null; count: number }>;
  statements: Statement[];
  /** The oldest statement kept at the last trim: anything older can never make the page. */
  floor: Statement | null;
  statementCount: number;
  met: Map<string, number>;
}

function compareStatements(a: Pick<Statement, "releaseId" | "date" | "paragraphIndex">, b: Pick<Statement, "releaseId" | "date" | "paragraphIndex">): number {
  return compareNewestFirst({ date: a.date, id: a.releaseId }, { date: b.date, id: b.releaseId }) || a.paragraphIndex - b.paragraphIndex;
}

function clip(text: string): string {
  if (text.length <= STATEMENT_CHARS) return text;
  const cut = text.slice(0, STATEMENT_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${(space > STATEMENT_CHARS * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const minDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const maxDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

export class PeopleAggregate {
  private readonly people = new Map<string, PersonAgg>();

  add(release: Release): void {
    for (const person of release.people) {
      let agg = this.people.get(person.id);
      if (!agg) {
        agg = { names: new Map(), aliases: new Set(), releaseCount: 0, titles: new Map(), statements: [], floor: null, statementCount: 0, met: new Map() };
        this.people.set(person.id, agg);
      }
      agg.releaseCount++;
      agg.names.set(person.name, (agg.names.get(person.name) ?? 0) + 1);
      for (const alias of person.aliases) if (agg.aliases.size < ALIAS_CAP) agg.aliases.add(alias);
      for (const title of person.titles) {
        const t = agg.titles.get(title);
        if (t) {
          t.count++;
          t.first = minDate(t.first, release.date);
          t.last = maxDate(t.last, release.date);
        } else agg.titles.set(title, { first: release.date, last: release.date, count: 1 });
      }
    }
    release.paragraphs.forEach((p, index) => {
      if (p.kind === "heading") return;
      for (const speaker of new Set(p.speakers)) {
        const agg = this.people.get(speaker);
        if (!agg) continue;
        agg.statementCount++;
        const key = { releaseId: release.id, paragraphIndex: index, date: release.date };
        if (agg.floor && compareStatements(key, agg.floor) > 0) continue;
        agg.statements.push({ ...key, paragraphId: p.id, releaseTitle: release.title, text: clip(p.text) });
        // Trim in batches: sorting on every push would be quadratic for prolific speakers.
        if (agg.statements.length >= STATEMENT_CAP * 2) {
          agg.statements = agg.statements.sort(compareStatements).slice(0, STATEMENT_CAP);
          agg.floor = agg.statements[STATEMENT_CAP - 1]!;
        }
      }
    });
    for (const [a, b] of metPairs(release)) {
      const agg = this.people.get(a);
      if (agg && this.people.has(b)) agg.met.set(b, (agg.met.get(b) ?? 0) + 1);
    }
  }

  /** The name shown for a person: the form used most, the fuller one on a tie. */
  nameOf(id: string): string {
    const agg = this.people.get(id);
    if (!agg) return id;
    let best = "";
    let bestCount = -1;
    for (const [name, count] of agg.names) {
      if (count > bestCount || (count === bestCount && (name.length > best.length || (name.length === best.length && name < best)))) {
        best = name;
        bestCount = count;
      }
    }
    return best;
  }

  ids(): string[] {
    return [...this.people.keys()].sort(byStr);
  }

  top(limit: number): FacetValue[] {
    return [...this.people.entries()]
      .map(([id, agg]) => ({ value: id, label: this.nameOf(id), count: agg.releaseCount }))
      .sort((a, b) => b.count - a.count || byStr(a.value, b.value))
      .slice(0, limit);
  }

  page(id: string): PersonPage {
    const agg = this.people.get(id)!;
    const name = this.nameOf(id);
    const aliases = new Set([...agg.names.keys(), ...agg.aliases]);
    aliases.delete(name);
    const statements = agg.statements.sort(compareStatements).slice(0, STATEMENT_CAP);
    return {
      person: { id, name, aliases: [...aliases].sort(byStr).slice(0, ALIAS_CAP) },
      releaseCount: agg.releaseCount,
      titles: [...agg.titles.entries()]
        .map(([title, t]) => ({ title, first: t.first, last: t.last, count: t.count }))
        .sort((a, b) => b.count - a.count || byStr(a.title, b.title)),
      statements: statements.map((s) => ({ releaseId: s.releaseId, paragraphId: s.paragraphId, date: s.date, releaseTitle: s.releaseTitle, text: s.text })),
      statementCount: agg.statementCount,
      metMost: [...agg.met.entries()]
        .sort((a, b) => b[1] - a[1] || byStr(a[0], b[0]))
        .slice(0, MET_MOST_CAP)
        .map(([other, count]) => ({ id: other, name: this.nameOf(other), count })),
    };
  }
}

export interface FacetBucket {
  labels: Map<string, number>;
  positions: number[];
}

/** Postings per facet value, keyed by facetKey; the label shown is the spelling used most. */
export class FacetAggregate {
  readonly buckets = new Map<Facet, Map<string, FacetBucket>>();

  /** Positions must be added in ascending order (the list order), which keeps postings sorted for free. */
  add(position: number, facets: Record<Facet, string[]>, labelOf: (facet: Facet, value: string) => string): void {
    for (const [facet, values] of Object.entries(facets) as [Facet, string[]][]) {
      let byValue = this.buckets.get(facet);
      if (!byValue) this.buckets.set(facet, (byValue = new Map()));
      const seen = new Set<string>();
      for (const raw of values) {
        const slug = facetKey(facet, raw);
        if (seen.has(slug)) continue;
        seen.add(slug);
        let bucket = byValue.get(slug);
        if (!bucket) byValue.set(slug, (bucket = { labels: new Map(), positions: [] }));
        const label = labelOf(facet, raw);
        bucket.labels.set(label, (bucket.labels.get(label) ?? 0) + 1);
        bucket.positions.push(position);
      }
    }
  }

  values(facet: Facet): FacetValue[] {
    const byValue = this.buckets.get(facet) ?? new Map<string, FacetBucket>();
    return [...byValue.entries()]
      .map(([value, b]) => ({ value, label: mostUsed(b.labels), count: b.positions.length }))
      .sort((a, b) => b.count - a.count || byStr(a.value, b.value));
  }
}

function mostUsed(labels: Map<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [label, count] of labels) {
    if (count > bestCount || (count === bestCount && label < best)) {
      best = label;
      bestCount = count;
    }
  }
  return best;
}
