import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { CORPUS_SCHEMA_VERSION, corpusFiles } from "../../../src/lib/corpus-files.ts";
import type { ListPage, Manifest, PersonPage, Release, ReleaseSummary } from "../../../src/lib/corpus-schema.ts";
import { principalIds } from "../../../src/pipeline/build/aggregates.ts";
import { RelatedPicker } from "../../../src/pipeline/build/related.ts";

/**
 * Writes a tiny corpus folder from invented releases, in the layout the app and the prerenderer
 * read (manifest, list pages, releases, people, person postings, related files). Not a substitute for the real
 * build: just enough for tests that need files on disk.
 */
export async function writeFixtureCorpus(dir: string, releases: Release[], pageSize = 2): Promise<void> {
  const write = async (file: string, data: unknown) => {
    const path = join(dir, file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, JSON.stringify(data));
  };
  const sorted = [...releases].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  const summaries: ReleaseSummary[] = sorted.map((r) => ({
    id: r.id,
    title: r.title,
    date: r.date,
    place: r.place,
    publisher: r.publisher.id,
    kind: r.kind,
    people: r.people.slice(0, 6).map((p) => p.id),
    countries: r.countries,
  }));
  const pages = Math.ceil(summaries.length / pageSize);
  const years = new Map<number, number>();
  for (const r of sorted) if (r.date) years.set(Number(r.date.slice(0, 4)), (years.get(Number(r.date.slice(0, 4))) ?? 0) + 1);
  const manifest: Manifest = {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    buildId: "fixture",
    count: sorted.length,
    pageSize,
    pages,
    publishers: [],
    years: [...years].sort((a, b) => b[0] - a[0]).map(([year, count]) => ({ year, count })),
    topPeople: [],
    search: false,
  };
  await write(corpusFiles.manifest(), manifest);
  for (let n = 0; n < pages; n++) {
    const page: ListPage = { page: n, items: summaries.slice(n * pageSize, (n + 1) * pageSize) };
    await write(corpusFiles.listPage(n), page);
  }
  const people = new Map<string, { name: string; titles: Set<string>; positions: number[] }>();
  sorted.forEach((r, position) => {
    for (const p of r.people) {
      const entry = people.get(p.id) ?? { name: p.name, titles: new Set<string>(), positions: [] };
      p.titles.forEach((t) => entry.titles.add(t));
      entry.positions.push(position);
      people.set(p.id, entry);
    }
  });
  for (const r of sorted) await write(corpusFiles.release(r.id), r);
  for (const [id, p] of people) {
    const page: PersonPage = {
      person: { id, name: p.name, aliases: [] },
      releaseCount: p.positions.length,
      titles: [...p.titles].map((title) => ({ title, first: null, last: null, count: 1 })),
      statements: [],
      statementCount: 0,
      metMost: [],
    };
    await write(corpusFiles.person(id), page);
    await write(corpusFiles.facetPostings("person", id), { value: id, positions: p.positions });
  }
  const related = new RelatedPicker(summaries, (id) => people.get(id)?.positions);
  for (const [position, r] of sorted.entries()) await write(corpusFiles.related(r.id), related.pick(position, principalIds(r)));
}
