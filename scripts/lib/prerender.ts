import type { Dir } from "node:fs";
import { mkdir, opendir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { siteDescription } from "../../src/components/format.ts";
import { paths } from "../../src/lib/paths.ts";
import { corpusFiles } from "../../src/lib/corpus-files.ts";
import type { FacetPostings, ListPage, Manifest, Person, PersonPage, Release, ReleaseSummary } from "../../src/lib/corpus-schema.ts";
import { describe, formatReleaseDate, safeHttpUrl } from "../../src/lib/release-format.ts";

/**
 * Writes a static HTML page per release and per person into the built site, so shared links
 * preview (title, description, Open Graph) and read without JavaScript. The app then renders over
 * the static content (createRoot replaces what is inside #root).
 *
 * Memory stays flat whatever the corpus size: releases are read one list page at a time and one
 * release at a time (a few in flight), people are walked with a directory stream, and a person's
 * release titles come from a small cache of list pages.
 */

const ROOT_EMPTY = '<div id="root"></div>';
const CONCURRENCY = 8;
const PERSON_RELEASES_SHOWN = 50;
const PERSON_STATEMENTS_SHOWN = 10;
const LIST_PAGE_CACHE = 16;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and for quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export interface PrerenderOptions {
  distDir: string;
  corpusDir: string;
  /** "https://example.org" without a trailing slash, or null when the site's address is unknown. */
  siteUrl: string | null;
}

interface PageHead {
  title: string;
  description: string;
  path: string;
  type: "article" | "profile";
  published?: string | null;
  /** The corpus file the app will load first on this page: fetched alongside the app's code. */
  data?: string;
}

/** The built index.html split around #root, with the head rewritten per page. */
export class PageTemplate {
  private readonly before: string;
  private readonly after: string;

  constructor(
    html: string,
    private readonly siteUrl: string | null,
    file = "index.html",
  ) {
    const at = html.indexOf(ROOT_EMPTY);
    if (at < 0) throw new Error(`${file}: no empty ${ROOT_EMPTY} to prerender into`);
    if (!/<title>[^<]*<\/title>/.test(html)) throw new Error(`${file}: no <title> element to replace`);
    this.before = html.slice(0, at);
    this.after = html.slice(at + ROOT_EMPTY.length);
  }

  render(head: PageHead, body: string): string {
    const url = this.siteUrl ? `${this.siteUrl}${head.path}` : null;
    const title = escapeHtml(head.title);
    const description = escapeHtml(head.description);
    const tags = [
      `<meta name="description" content="${description}" />`,
      url ? `<link rel="canonical" href="${escapeHtml(url)}" />` : "",
      `<meta property="og:site_name" content="Readout" />`,
      `<meta property="og:type" content="${head.type}" />`,
      `<meta property="og:title" content="${title}" />`,
      `<meta property="og:description" content="${description}" />`,
      url ? `<meta property="og:url" content="${escapeHtml(url)}" />` : "",
      head.published ? `<meta property="article:published_time" content="${escapeHtml(head.published)}" />` : "",
      `<meta name="twitter:card" content="summary" />`,
      // Same mode and credentials as the app's fetch(), so the browser reuses this response.
      head.data ? `<link rel="preload" href="/corpus/${escapeHtml(head.data)}" as="fetch" crossorigin="anonymous" />` : "",
    ].filter(Boolean);
    const before = this.before
      .replace(/<title>[^<]*<\/title>/, () => `<title>${title} — Readout</title>`)
      // index.html carries no description of its own (the app renders one per page); drop any so a page has exactly one.
      .replace(/\s*<meta name="description" content="[^"]*"\s*\/?>/g, "")
      .replace(/<\/head>/, () => `  ${tags.join("\n    ")}\n  </head>`);
    return `${before}<div id="root">${body}</div>${this.after}`;
  }
}

const names = (people: Map<string, Person>, ids: string[]) => ids.map((id) => escapeHtml(people.get(id)?.name ?? id)).join(", ");

/** The readable static body of a release: the same words the app shows, as plain HTML. */
export function releaseBody(release: Release): string {
  const people = new Map(release.people.map((p) => [p.id, p]));
  const out: string[] = ['<article class="release prerendered">', '<header class="release-header">'];
  out.push(`<h1>${escapeHtml(release.title)}</h1>`);
  const meta: string[] = [];
  const date = formatReleaseDate(release.date);
  if (date && release.date) meta.push(`<time datetime="${escapeHtml(release.date)}">${escapeHtml(date)}</time>`);
  if (release.place) meta.push(`<span>${escapeHtml(release.place)}</span>`);
  meta.push(`<span>${escapeHtml(release.publisher.name)}</span>`);
  out.push(`<p class="release-meta">${meta.join(" ")}</p>`);
  const source = safeHttpUrl(release.sourceUrl);
  if (source) out.push(`<p class="release-actions"><a href="${escapeHtml(source)}" rel="noopener noreferrer">Read the original</a></p>`);
  out.push("</header>", '<div class="release-body">');
  let prev = "";
  for (const p of release.paragraphs) {
    const key = p.speakers.join(",");
    const label = p.kind !== "heading" && key && key !== prev ? `<div class="speaker-label">${names(people, p.speakers)}:</div>` : "";
    prev = p.kind === "heading" ? "" : key;
    const text = escapeHtml(p.text);
    const inner = p.kind === "heading" ? `<h2>${text}</h2>` : `<p>${text}</p>`;
    out.push(`<div class="release-para" id="${escapeHtml(p.id)}">${label}${inner}</div>`);
  }
  out.push("</div>");
  const parts = [...release.events].sort((a, b) => a.order - b.order).filter((e) => e.participants.length + e.attendees.length > 0);
  if (parts.length > 0) {
    out.push("<section><h2>Who took part</h2>");
    for (const e of parts) {
      out.push(`<h3>${escapeHtml(e.label)}</h3>`);
      for (const [label, ids] of [
        ["Held by", e.participants],
        ["Attending", e.attendees],
      ] as const) {
        if (ids.length === 0) continue;
        out.push(`<h4>${label}</h4><ul>`);
        for (const id of ids) {
          const person = people.get(id);
          const titles = person?.titles.length ? `, ${escapeHtml(person.titles.join("; "))}` : "";
          out.push(`<li><a href="${escapeHtml(paths.person.href(id))}">${escapeHtml(person?.name ?? id)}</a>${titles}</li>`);
        }
        out.push("</ul>");
      }
    }
    out.push("</section>");
  }
  out.push("</article>");
  return out.join("\n");
}

/** The readable static body of a person page. */
export function personBody(page: PersonPage, releases: ReleaseSummary[]): string {
  const out: string[] = ['<article class="person prerendered">', `<h1>${escapeHtml(page.person.name)}</h1>`];
  if (page.titles.length > 0) out.push(`<ul class="person-titles">${page.titles.map((t) => `<li>${escapeHtml(t.title)}</li>`).join("")}</ul>`);
  out.push(`<p>${page.releaseCount} ${page.releaseCount === 1 ? "release" : "releases"}</p>`);
  if (releases.length > 0) {
    out.push("<h2>Releases</h2><ul>");
    for (const r of releases) {
      const date = formatReleaseDate(r.date);
      const time = date && r.date ? ` <time datetime="${escapeHtml(r.date)}">${escapeHtml(date)}</time>` : "";
      out.push(`<li><a href="${escapeHtml(paths.release.href(r.id))}">${escapeHtml(r.title)}</a>${time}</li>`);
    }
    out.push("</ul>");
  }
  const statements = page.statements.slice(0, PERSON_STATEMENTS_SHOWN);
  if (statements.length > 0) {
    out.push("<h2>Statements</h2>");
    for (const s of statements)
      out.push(
        `<blockquote><p>${escapeHtml(s.text)}</p><footer><a href="${escapeHtml(paths.release.href(s.releaseId, s.paragraphId))}">${escapeHtml(s.releaseTitle)}</a></footer></blockquote>`,
      );
  }
  out.push("</article>");
  return out.join("\n");
}

async function readJson<T>(file: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new Error(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
}

function checkSlug(id: unknown, file: string): string {
  if (typeof id !== "string" || !SLUG.test(id)) throw new Error(`${file}: id ${JSON.stringify(id)} is not a slug, refusing to use it as a path`);
  return id;
}

/** Runs `fn` over a stream of items with at most `limit` in flight, without collecting the items. */
async function eachLimited<T>(items: AsyncIterable<T> | Iterable<T>, limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  const running = new Set<Promise<void>>();
  for await (const item of items) {
    const p: Promise<void> = fn(item).finally(() => running.delete(p));
    running.add(p);
    if (running.size >= limit) await Promise.race(running);
  }
  await Promise.all(running);
}

/** The home page (the built index.html) gets the site description the app's home route also renders. */
export function withDescription(html: string, description: string): string {
  const tag = `<meta name="description" content="${escapeHtml(description)}" />`;
  const without = html.replace(/\s*<meta name="description" content="[^"]*"\s*\/?>/g, "");
  return without.replace(/<\/head>/, () => `  ${tag}\n  </head>`);
}

async function writePage(distDir: string, path: string, html: string) {
  const dir = join(distDir, ...path.split("/").filter(Boolean));
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "index.html"), html);
}

export async function prerender(options: PrerenderOptions): Promise<{ pages: number }> {
  const { distDir, corpusDir, siteUrl } = options;
  const indexFile = join(distDir, "index.html");
  const template = new PageTemplate(await readFile(indexFile, "utf8"), siteUrl, indexFile);
  const manifest = await readJson<Manifest>(join(corpusDir, corpusFiles.manifest()));
  let pages = 0;
  await writeFile(indexFile, withDescription(await readFile(indexFile, "utf8"), siteDescription(manifest.count)));

  // Releases, one list page at a time.
  for (let n = 0; n < manifest.pages; n++) {
    const listFile = join(corpusDir, corpusFiles.listPage(n));
    const list = await readJson<ListPage>(listFile);
    await eachLimited(list.items, CONCURRENCY, async (item) => {
      const id = checkSlug(item.id, listFile);
      const release = await readJson<Release>(join(corpusDir, corpusFiles.release(id)));
      const first = release.paragraphs.find((p) => p.kind !== "heading")?.text ?? release.title;
      const path = paths.release.href(id);
      const html = template.render(
        { title: release.title, description: describe(first), path, type: "article", published: release.date, data: corpusFiles.release(id) },
        releaseBody(release),
      );
      await writePage(distDir, path, html);
      pages++;
    });
  }

  // People, walked as a directory stream; their release titles come from cached list pages.
  const cache = new Map<number, Promise<ListPage>>();
  const listPage = (n: number) => {
    let hit = cache.get(n);
    if (hit) {
      cache.delete(n);
    } else {
      hit = readJson<ListPage>(join(corpusDir, corpusFiles.listPage(n)));
      if (cache.size >= LIST_PAGE_CACHE) cache.delete(cache.keys().next().value!);
    }
    cache.set(n, hit);
    return hit;
  };
  const peopleDir = join(corpusDir, "people");
  let dir: Dir;
  try {
    dir = await opendir(peopleDir);
  } catch {
    return { pages };
  }
  async function* personIds() {
    for await (const entry of dir) if (entry.isFile() && entry.name.endsWith(".json")) yield entry.name.slice(0, -".json".length);
  }
  await eachLimited(personIds(), CONCURRENCY, async (rawId) => {
    const file = join(corpusDir, corpusFiles.person(rawId));
    const id = checkSlug(rawId, file);
    const page = await readJson<PersonPage>(file);
    let positions: number[] = [];
    try {
      positions = (await readJson<FacetPostings>(join(corpusDir, corpusFiles.facetPostings("person", id)))).positions;
    } catch {
      // A person with no postings file still gets a page, just without the release list.
    }
    const releases: ReleaseSummary[] = [];
    for (const pos of positions.slice(0, PERSON_RELEASES_SHOWN)) {
      const row = (await listPage(Math.floor(pos / manifest.pageSize))).items[pos % manifest.pageSize];
      if (row) releases.push(row);
    }
    const titles = page.titles.map((t) => t.title);
    const description = `${page.person.name}${titles.length ? `, ${titles.slice(0, 2).join("; ")}` : ""}: ${page.releaseCount} ${
      page.releaseCount === 1 ? "release" : "releases"
    } in Readout.`;
    const path = paths.person.href(id);
    await writePage(distDir, path, template.render({ title: page.person.name, description: describe(description), path, type: "profile", data: corpusFiles.person(id) }, personBody(page, releases)));
    pages++;
  });
  return { pages };
}
