/**
 * Builds the search baseline: one MiniSearch index over every release of a built corpus (title and
 * full text), serialised whole, as a site without a chunked index would ship it. Run as a child with a
 * large heap:  node --max-old-space-size=12000 --import tsx scripts/bench/minisearch-index.ts <corpus> <out.json>
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import MiniSearch from "minisearch";
import type { Release } from "../../src/lib/corpus-schema.ts";

export const MINISEARCH_OPTIONS = { fields: ["title", "text"], idField: "id" };

const [corpusDir, outFile] = process.argv.slice(2);
if (!corpusDir || !outFile) {
  process.stderr.write("usage: minisearch-index.ts <corpus folder> <out.json>\n");
  process.exit(2);
}
const index = new MiniSearch<{ id: string; title: string; text: string }>(MINISEARCH_OPTIONS);
const dir = join(corpusDir, "releases");
let n = 0;
for (const name of (await readdir(dir)).sort()) {
  if (!name.endsWith(".json")) continue;
  const release = JSON.parse(await readFile(join(dir, name), "utf8")) as Release;
  index.add({ id: release.id, title: release.title, text: release.paragraphs.map((p) => p.text).join("\n") });
  n++;
}
await writeFile(outFile, JSON.stringify(index));
process.stdout.write(`${JSON.stringify({ documents: n })}\n`);
