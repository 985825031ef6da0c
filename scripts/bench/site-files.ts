import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Gzip size at the default level, what a host compressing on the fly sends. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data).length;
}

export function fileGzipSize(path: string): number {
  return gzipSize(readFileSync(path));
}

export interface EntryAssets {
  /** The `<script type="module" src>` of index.html: the entry chunk. */
  entry: string | null;
  /** Chunks index.html preloads with the entry (`<link rel="modulepreload">`): fetched on every first load too. */
  preloads: string[];
  styles: string[];
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1] ?? null;

/** Reads which JS and CSS files the built index.html loads up front, as files in `distDir`. */
export function entryAssets(distDir: string): EntryAssets {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const local = (href: string | null) => (href && href.startsWith("/") && !href.startsWith("//") ? join(distDir, href.split(/[?#]/)[0] as string) : null);
  let entry: string | null = null;
  const preloads: string[] = [];
  const styles: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    if (tag.startsWith("<script") && /type="module"/.test(tag)) entry ??= local(attr(tag, "src"));
    else if (tag.startsWith("<link") && /rel="modulepreload"/.test(tag)) {
      const f = local(attr(tag, "href"));
      if (f) preloads.push(f);
    } else if (tag.startsWith("<link") && /rel="stylesheet"/.test(tag)) {
      const f = local(attr(tag, "href"));
      if (f) styles.push(f);
    }
  }
  return { entry: entry && existsSync(entry) ? entry : null, preloads: preloads.filter((f) => existsSync(f)), styles: styles.filter((f) => existsSync(f)) };
}

interface ListPageLike {
  items: { id: string }[];
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** The newest release: the first row of the first list page, the one a reader is most likely to open. */
export function newestReleaseId(corpusDir: string): string | null {
  const page = join(corpusDir, "list/0.json");
  if (!existsSync(page)) return null;
  return readJson<ListPageLike>(page).items[0]?.id ?? null;
}
