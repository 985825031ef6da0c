/**
 * The build's baseline: read every raw file and parse it the cheapest sensible way for its format
 * (JSON.parse, an HTML DOM parse, the YAML front matter, lines of text), and nothing else. Run as a
 * child by the bench so its time and peak memory are measured like the build's.
 *   node --import tsx scripts/bench/read-parse.ts <folder>
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseDocument } from "htmlparser2";
import { parse as parseYaml } from "yaml";

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "SOURCES.md" || e.name === "MANIFEST.csv") continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile()) yield full;
  }
}

export async function readAndParse(folder: string): Promise<{ files: number; bytes: number; nodes: number }> {
  let files = 0;
  let bytes = 0;
  let nodes = 0;
  for await (const file of walk(folder)) {
    const text = await readFile(file, "utf8");
    bytes += text.length;
    files++;
    if (file.endsWith(".json")) nodes += Object.keys(JSON.parse(text) as object).length;
    else if (file.endsWith(".html") || file.endsWith(".htm")) nodes += parseDocument(text).children.length;
    else if (file.endsWith(".md")) {
      const end = text.indexOf("\n---", 4);
      const meta = text.startsWith("---") && end > 0 ? (parseYaml(text.slice(4, end)) as object | null) : null;
      nodes += Object.keys(meta ?? {}).length + text.slice(end + 4).split("\n\n").length;
    } else nodes += text.split("\n").length;
  }
  return { files, bytes, nodes };
}

const folder = process.argv[2];
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("read-parse.ts")) {
  if (!folder) {
    process.stderr.write("usage: read-parse.ts <folder>\n");
    process.exit(2);
  }
  const result = await readAndParse(folder);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
