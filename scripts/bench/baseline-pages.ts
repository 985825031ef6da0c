import { once } from "node:events";
import { createWriteStream, existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ListPage, Manifest, Release } from "../../src/lib/corpus-schema.ts";
import { readJson } from "./site-files.ts";

/**
 * Plain HTML pages the app is measured against: the same data, no JavaScript, no styles beyond the
 * browser's own. They are written by the bench into its own folder and served by the same static server.
 */

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));

const head = (title: string) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${esc(title)}"><title>${esc(title)}</title></head><body><main>`;

export async function writeReleaseBaseline(corpusDir: string, releaseId: string, outDir: string): Promise<string> {
  const release = readJson<Release>(join(corpusDir, "releases", `${releaseId}.json`));
  const parts = [
    head(release.title),
    `<h1>${esc(release.title)}</h1>`,
    `<p>${esc([release.date, release.place, release.publisher.name].filter(Boolean).join(" · "))}</p>`,
    ...release.paragraphs.map((p) => `<p id="${esc(p.id)}">${esc(p.text)}</p>`),
    // A native control, so the plain page answers a click with no script at all.
    `<details><summary>About this release</summary><p>${esc(release.sourceFile)}</p>${release.sourceUrl ? `<p><a href="${esc(release.sourceUrl)}">Source</a></p>` : ""}</details>`,
    `</main></body></html>\n`,
  ];
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, "release.html"), parts.join("\n"));
  return "/release.html";
}

/** Every row of `positions` (or of the whole list) as one long HTML list, streamed so 100,000 rows stay cheap. */
export async function writeListBaseline(corpusDir: string, positions: number[] | "all", outDir: string, name: string, title: string): Promise<string> {
  const manifest = readJson<Manifest>(join(corpusDir, "manifest.json"));
  await mkdir(outDir, { recursive: true });
  const out = createWriteStream(join(outDir, name));
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, "drain");
  };
  await write(`${head(title)}<h1>${esc(title)}</h1><ul>\n`);
  const cache = new Map<number, ListPage>();
  const pageOf = (n: number): ListPage | null => {
    if (!cache.has(n)) {
      const file = join(corpusDir, "list", `${n}.json`);
      if (!existsSync(file)) return null;
      cache.clear();
      cache.set(n, readJson<ListPage>(file));
    }
    return cache.get(n) ?? null;
  };
  const all = positions === "all" ? null : positions;
  const count = all ? all.length : manifest.count;
  for (let i = 0; i < count; i++) {
    const pos = all ? (all[i] as number) : i;
    const item = pageOf(Math.floor(pos / manifest.pageSize))?.items[pos % manifest.pageSize];
    if (!item) continue;
    await write(`<li><a href="/releases/${esc(item.id)}">${esc(item.title)}</a> <time>${esc(item.date ?? "")}</time> ${esc(item.place ?? "")}</li>\n`);
  }
  await write(`</ul></main></body></html>\n`);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return `/${name}`;
}
