import type { Dir } from "node:fs";
import { mkdir, mkdtemp, opendir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { decodeHTMLAttribute } from "entities";
import { build } from "vite";
import { PRERENDERED_ATTR, PRERENDERED_DATA_ATTR, PRERENDERED_STYLE_ATTR, PRERENDERED_STYLES_ATTR, type PrerenderedKind } from "../../src/app/prerendered.ts";
import { siteDescription } from "../../src/components/format.ts";
import { paths } from "../../src/lib/paths.ts";
import { corpusFiles } from "../../src/lib/corpus-files.ts";
import type { FacetPostings, ListPage, Manifest, PersonPage, Release, ReleaseSummary } from "../../src/lib/corpus-schema.ts";
import { describe, formatReleaseDate } from "../../src/lib/release-format.ts";
import { inlineCodeProblems } from "./csp-plugin.ts";

/**
 * Writes a static HTML page per release and per person into the built site, so shared links
 * preview (title, description, Open Graph) and read without JavaScript.
 *
 * A release page holds the app's own markup, rendered by the app's components at build time
 * (src/app/server-render.tsx, bundled here by Vite), with the route's CSS linked in the head; the
 * app hydrates it, so nothing moves when the app takes over. Person pages hold a plain readable
 * copy that the app replaces. Either way the entry script fetches the app and the page's data only
 * after the first paint (src/main.tsx), so the text is on screen first.
 *
 * Memory stays flat whatever the corpus size: releases are read one list page at a time and one
 * release at a time (a few in flight), people are walked with a directory stream, and a person's
 * release titles come from a small cache of list pages.
 */

const ROOT_EMPTY = '<div id="root"></div>';
const PROJECT = resolve(import.meta.dirname, "../..");
const SERVER_ENTRY = "src/app/server-render.tsx";
const RELEASE_ROUTE_MODULE = "src/app/routes/release.tsx";
const APP_MODULE = "src/app/start.tsx";
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
  /** Renders a release page's markup; by default the app's own, bundled by `loadReleaseRenderer`. */
  renderRelease?: ReleaseRenderer;
}

interface PageHead {
  title: string;
  description: string;
  path: string;
  type: "article" | "profile";
  published?: string | null;
  /** The corpus file the app will load first on this page: fetched with the app's code, after the first paint. */
  data?: string;
  /** Stylesheets the page's markup needs besides the entry's (site-absolute paths). */
  styles?: string[];
}

export interface RootContent {
  kind: PrerenderedKind;
  html: string;
  /** Inline style declarations the markup refers to by index (see src/app/prerendered.ts). */
  styles?: string[];
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

  render(head: PageHead, content: string | RootContent): string {
    const root: RootContent = typeof content === "string" ? { kind: "static", html: content } : content;
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
      ...(head.styles ?? []).map((href) => `<link rel="stylesheet" crossorigin href="${escapeHtml(href)}">`),
    ].filter(Boolean);
    const attrs = [
      `${PRERENDERED_ATTR}="${root.kind}"`,
      head.data ? `${PRERENDERED_DATA_ATTR}="/corpus/${escapeHtml(head.data)}"` : "",
      root.styles?.length ? `${PRERENDERED_STYLES_ATTR}="${escapeHtml(JSON.stringify(root.styles))}"` : "",
    ].filter(Boolean);
    const before = this.before
      .replace(/<title>[^<]*<\/title>/, () => `<title>${title} — Readout</title>`)
      // index.html carries no description of its own (the app renders one per page); drop any so a page has exactly one.
      .replace(/\s*<meta name="description" content="[^"]*"\s*\/?>/g, "")
      .replace(/<\/head>/, () => `  ${tags.join("\n    ")}\n  </head>`);
    return `${before}<div id="root" ${attrs.join(" ")}>${root.html}</div>${this.after}`;
  }
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

/** A release page's #root markup, from the app's own components. */
export type ReleaseRenderer = (release: Release) => string;

/**
 * Bundles src/app/server-render.tsx with the app's Vite config (its modules import CSS, which Node
 * cannot) into a temp folder and loads it. Everything is bundled in, so the folder needs no
 * node_modules; `dispose` removes it.
 */
export async function loadReleaseRenderer(): Promise<{ render: ReleaseRenderer; dispose: () => Promise<void> }> {
  const outDir = await mkdtemp(join(tmpdir(), "readout-ssr-"));
  const dispose = () => rm(outDir, { recursive: true, force: true });
  // Vite and the React plugin pick React's production build and JSX runtime from NODE_ENV, which a
  // test runner sets to "test"; the markup must come from what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      root: PROJECT,
      configFile: join(PROJECT, "vite.config.ts"),
      mode: "production",
      // Warnings would repeat what the client build said; errors still throw.
      logLevel: "error",
      define: { "process.env.NODE_ENV": JSON.stringify("production") },
      ssr: { noExternal: true },
      build: {
        ssr: SERVER_ENTRY,
        outDir,
        emptyOutDir: true,
        copyPublicDir: false,
        manifest: false,
        minify: false,
        sourcemap: false,
        rolldownOptions: { output: { entryFileNames: "[name].mjs", chunkFileNames: "[name]-[hash].mjs" } },
      },
    });
    const mod = (await import(pathToFileURL(join(outDir, "server-render.mjs")).href)) as { renderReleaseHtml?: ReleaseRenderer };
    if (typeof mod.renderReleaseHtml !== "function") throw new Error("no renderReleaseHtml export");
    return { render: mod.renderReleaseHtml, dispose };
  } catch (e) {
    await dispose();
    throw new Error(`${SERVER_ENTRY}: cannot build the release prerenderer (${plainText((e as Error).message)})`);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** A build error as one line: its first lines, without terminal colours and box drawing. */
const plainText = (message: string) =>
  message
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n")
    .slice(0, 4)
    .join(" ")
    .replace(/[\u2500-\u257f]+/g, "")
    .replace(/\s+/g, " ")
    .trim();

const LEADING_HOISTABLES = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/>|<link [^>]*\/>)+/;
const STYLE_ATTR = / style="([^"]*)"/g;
// React escapes text and attribute values, so these can only be markup it chose to emit.
const INLINE_CODE_HINT = /<script|<style|\son[a-z]+=|\sstyle=|javascript:/i;

/**
 * Fits the app's server markup to the page: the <title> and <meta> React puts first are dropped
 * (the page's head has its own), and inline styles, which the CSP blocks, become indexes into a
 * table the app applies through the CSSOM as it takes over (src/app/start.tsx).
 */
export function releaseRootContent(html: string, file: string): RootContent {
  const styles: string[] = [];
  const index = new Map<string, number>();
  const body = html.replace(LEADING_HOISTABLES, "").replace(STYLE_ATTR, (_, value: string) => {
    let i = index.get(value);
    if (i === undefined) {
      i = styles.length;
      index.set(value, i);
      styles.push(decodeHTMLAttribute(value));
    }
    return ` ${PRERENDERED_STYLE_ATTR}="${i}"`;
  });
  if (INLINE_CODE_HINT.test(body)) {
    const problems = inlineCodeProblems(body);
    if (problems.length > 0) throw new Error(`${file}: the prerendered markup has what the Content-Security-Policy blocks: ${problems.join("; ")}`);
  }
  return { kind: "app", html: body, styles };
}

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

/** The files Vite's build manifest lists for `key` and its static imports (not dynamic ones). */
function chunkFiles(manifest: Record<string, ManifestChunk>, key: string): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  const seen = new Set<string>();
  const walk = (k: string) => {
    const chunk = manifest[k];
    if (!chunk || seen.has(k)) return;
    seen.add(k);
    js.add(`/${chunk.file}`);
    for (const c of chunk.css ?? []) css.add(`/${c}`);
    for (const i of chunk.imports ?? []) walk(i);
  };
  walk(key);
  return { js: [...js], css: [...css] };
}

/** Vite's build manifest (dist/.vite/manifest.json), or null for a site built without one. */
async function readViteManifest(distDir: string): Promise<Record<string, ManifestChunk> | null> {
  const file = join(distDir, ".vite", "manifest.json");
  try {
    return JSON.parse(await readFile(file, "utf8")) as Record<string, ManifestChunk>;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new Error(`${file}: cannot read Vite's manifest (${(e as Error).message})`);
  }
}

const linkedIn = (html: string, href: string) => html.includes(`href="${href}"`) || html.includes(`src="${href}"`);

/** The home page loads the app at once (nothing to show before it): its chunks are preloaded with the entry. */
export function withModulePreloads(html: string, files: string[]): string {
  const tags = files.filter((f) => !linkedIn(html, f)).map((f) => `<link rel="modulepreload" crossorigin href="${escapeHtml(f)}">`);
  if (tags.length === 0) return html;
  return html.replace(/<\/head>/, () => `  ${tags.join("\n    ")}\n  </head>`);
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
  const indexHtml = await readFile(indexFile, "utf8");
  const template = new PageTemplate(indexHtml, siteUrl, indexFile);
  const manifest = await readJson<Manifest>(join(corpusDir, corpusFiles.manifest()));
  const vite = await readViteManifest(distDir);
  const releaseStyles = vite ? chunkFiles(vite, RELEASE_ROUTE_MODULE).css.filter((href) => !linkedIn(indexHtml, href)) : [];
  const appChunks = vite ? chunkFiles(vite, APP_MODULE).js : [];
  let pages = 0;
  await writeFile(indexFile, withModulePreloads(withDescription(indexHtml, siteDescription(manifest.count)), appChunks));

  const renderer = options.renderRelease ? null : await loadReleaseRenderer();
  try {
    pages += await prerenderReleases(distDir, corpusDir, template, manifest, options.renderRelease ?? renderer!.render, releaseStyles);
  } finally {
    await renderer?.dispose();
  }
  return { pages: pages + (await prerenderPeople(distDir, corpusDir, template, manifest)) };
}

async function prerenderReleases(distDir: string, corpusDir: string, template: PageTemplate, manifest: Manifest, render: ReleaseRenderer, styles: string[]): Promise<number> {
  let pages = 0;

  // Releases, one list page at a time.
  for (let n = 0; n < manifest.pages; n++) {
    const listFile = join(corpusDir, corpusFiles.listPage(n));
    const list = await readJson<ListPage>(listFile);
    await eachLimited(list.items, CONCURRENCY, async (item) => {
      const id = checkSlug(item.id, listFile);
      const file = join(corpusDir, corpusFiles.release(id));
      const release = await readJson<Release>(file);
      const first = release.paragraphs.find((p) => p.kind !== "heading")?.text ?? release.title;
      const path = paths.release.href(id);
      let markup: string;
      try {
        markup = render(release);
      } catch (e) {
        throw new Error(`${file}: cannot prerender this release (${(e as Error).message})`);
      }
      const html = template.render(
        { title: release.title, description: describe(first), path, type: "article", published: release.date, data: corpusFiles.release(id), styles },
        releaseRootContent(markup, file),
      );
      await writePage(distDir, path, html);
      pages++;
    });
  }
  return pages;
}

async function prerenderPeople(distDir: string, corpusDir: string, template: PageTemplate, manifest: Manifest): Promise<number> {
  let pages = 0;

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
    return pages;
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
  return pages;
}
