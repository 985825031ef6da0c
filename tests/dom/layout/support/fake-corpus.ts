import { configure, render } from "@testing-library/react";
import { createElement } from "react";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { vi } from "vitest";
import { routes } from "../../../../src/app/router.tsx";
import { corpusFiles, EVENT_KINDS, type Facet } from "../../../../src/lib/corpus-files.ts";
import type { FacetIndex, ListPage, Manifest, PersonPage, ReleaseSummary } from "../../../../src/lib/corpus-schema.ts";
import { slugify } from "../../../../src/lib/slug.ts";

// Route modules load lazily; on a busy two-core machine the first render can take over a second.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

/**
 * A small invented corpus (made-up people, places and titles) in the built corpus layout, served
 * through a stubbed fetch, so components run their real loaders against realistic files.
 */
export const PEOPLE = [
  { id: "ada-quill", name: "Ada Quill", title: "Foreign Minister of Freedonia" },
  { id: "bram-osei", name: "Bram Osei", title: "President of Sylvania" },
  { id: "cora-lind", name: "Cora Lind", title: "Prime Minister of Elbonia" },
  { id: "dev-marr", name: "Dev Marr", title: "Trade Envoy" },
] as const;
export const PUBLISHERS = [
  { id: "freedonia-mfa", name: "Freedonia Foreign Ministry" },
  { id: "sylvania-palace", name: "Sylvania Palace Office" },
] as const;
const COUNTRIES = ["Freedonia", "Sylvania", "Elbonia"] as const;
const PLACES = ["Northport", "Lakeside", "Old Harbour"] as const;

export interface FakeCorpus {
  files: Map<string, unknown>;
  rows: ReleaseSummary[];
  manifest: Manifest;
}

type FakePerson = { id: string; name: string; title: string };

/**
 * `count` releases, one every 3 days backwards from 2024-12-30, newest first; deterministic.
 * `extraPeople` adds invented envoys, for facets with more values than fit as checkboxes.
 */
export function makeCorpus(count: number, pageSize = 50, extraPeople = 0): FakeCorpus {
  const people: FakePerson[] = [...PEOPLE];
  for (let n = 1; n <= extraPeople; n++) people.push({ id: `envoy-${n}`, name: `Envoy Number ${n}`, title: "Special Envoy" });
  const rows: ReleaseSummary[] = [];
  const start = Date.UTC(2024, 11, 30);
  for (let i = 0; i < count; i++) {
    const date = new Date(start - i * 3 * 86_400_000).toISOString().slice(0, 10);
    const a = people[i % people.length]!;
    const b = people[(i + 1 + (i % 3 === 0 ? 1 : 0)) % people.length]!;
    rows.push({
      id: `${date}-meeting-${i}-abc${String(i).padStart(3, "0")}`.replace(/[^a-z0-9-]/g, ""),
      title: `Meeting ${i}: ${a.name} and ${b.name}`,
      date,
      place: PLACES[i % PLACES.length]!,
      publisher: PUBLISHERS[i % PUBLISHERS.length]!.id,
      kind: EVENT_KINDS[i % 4]!,
      people: [a.id, b.id],
      countries: [COUNTRIES[i % COUNTRIES.length]!],
    });
  }
  const files = new Map<string, unknown>();
  const pages = Math.ceil(count / pageSize);
  for (let n = 0; n < pages; n++) files.set(corpusFiles.listPage(n), { page: n, items: rows.slice(n * pageSize, (n + 1) * pageSize) } satisfies ListPage);

  const postings = new Map<Facet, Map<string, number[]>>();
  const post = (facet: Facet, value: string, position: number) => {
    const byValue = postings.get(facet) ?? new Map<string, number[]>();
    postings.set(facet, byValue);
    const list = byValue.get(value) ?? [];
    byValue.set(value, list);
    list.push(position);
  };
  rows.forEach((r, position) => {
    for (const p of r.people) post("person", p, position);
    for (const c of r.countries) post("country", slugify(c), position);
    post("publisher", r.publisher, position);
    post("kind", r.kind, position);
    if (r.date) post("year", r.date.slice(0, 4), position);
  });
  const labelOf = (facet: Facet, value: string) =>
    facet === "person"
      ? (people.find((p) => p.id === value)?.name ?? value)
      : facet === "country"
        ? (COUNTRIES.find((c) => slugify(c) === value) ?? value)
        : value;
  for (const [facet, byValue] of postings) {
    const values = [...byValue].map(([value, list]) => ({ value, label: labelOf(facet, value), count: list.length })).sort((x, y) => y.count - x.count);
    files.set(corpusFiles.facetIndex(facet), { facet, values } satisfies FacetIndex);
    for (const [value, positions] of byValue) files.set(corpusFiles.facetPostings(facet, value), { value, positions });
  }

  for (const p of people) {
    const mine = rows.filter((r) => r.people.includes(p.id));
    const page: PersonPage = {
      person: { id: p.id, name: p.name, aliases: [p.name.split(" ")[1]!] },
      releaseCount: mine.length,
      titles: [{ title: p.title, first: mine[mine.length - 1]?.date ?? null, last: mine[0]?.date ?? null, count: mine.length }],
      statements: mine.slice(0, 3).map((r, k) => ({
        releaseId: r.id,
        paragraphId: `p-${k + 2}`,
        date: r.date,
        releaseTitle: r.title,
        text: `${p.name} said the talks in ${r.place} were useful (statement ${k + 1}).`,
      })),
      statementCount: mine.length,
      metMost: people.filter((o) => o.id !== p.id)
        .slice(0, 2)
        .map((o, k) => ({ id: o.id, name: o.name, count: 10 - k })),
    };
    files.set(corpusFiles.person(p.id), page);
  }

  const years = new Map<number, number>();
  for (const r of rows) if (r.date) years.set(Number(r.date.slice(0, 4)), (years.get(Number(r.date.slice(0, 4))) ?? 0) + 1);
  const manifest: Manifest = {
    schemaVersion: 1,
    buildId: "test",
    count,
    pageSize,
    pages,
    publishers: PUBLISHERS.map((p) => ({ ...p, count: rows.filter((r) => r.publisher === p.id).length })),
    years: [...years].map(([year, n]) => ({ year, count: n })),
    topPeople: PEOPLE.map((p) => ({ value: p.id, label: p.name, count: rows.filter((r) => r.people.includes(p.id)).length })),
    search: false,
  };
  files.set(corpusFiles.manifest(), manifest);
  return { files, rows, manifest };
}

/** Serves the corpus at /corpus/ through fetch; records every file asked for. */
export function serveCorpus(corpus: FakeCorpus): { requested: string[] } {
  const requested: string[] = [];
  vi.stubGlobal("fetch", async (input: RequestInfo | URL) => {
    const url = String(input);
    const file = url.slice(url.indexOf("/corpus/") + "/corpus/".length);
    requested.push(file);
    const body = corpus.files.get(file);
    return body === undefined
      ? new Response("not found", { status: 404 })
      : new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });
  });
  // jsdom does not implement scrolling; ScrollRestoration and the virtualizer only need it not to throw.
  vi.stubGlobal("scrollTo", () => {});
  return { requested };
}

/** The real app routes in a memory router, starting at `url`. */
export function renderApp(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const view = render(createElement(RouterProvider, { router }));
  return { router, ...view };
}
