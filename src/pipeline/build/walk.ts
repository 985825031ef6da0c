import { readdir } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";

/** Files in a raw folder that describe the folder rather than hold a release. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith(".") || name === "SOURCES.md" || name === "MANIFEST.csv" || /^readme/i.test(name);
}

export interface WalkEntry {
  /** Path as the user would recognise it: the input folder joined with the relative path. */
  path: string;
  /** Relative to the input folder, always with "/" separators so ids and provenance match across systems. */
  relPath: string;
}

/** Code-unit order, not locale order: the same folder sorts the same way on every machine. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every candidate release under `input`, recursively, in sorted order. Directories named like
 * ignored files (dot-folders, such as a build's temp folder) are not entered; `exclude` keeps an
 * output folder inside the input out of the walk.
 */
export async function walkReleases(input: string, exclude: readonly string[] = []): Promise<WalkEntry[]> {
  const root = resolve(input);
  const skip = new Set(exclude.map((p) => resolve(p)));
  const out: WalkEntry[] = [];
  const visit = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => byName(a.name, b.name));
    for (const e of entries) {
      if (isIgnoredName(e.name)) continue;
      const full = join(dir, e.name);
      if (skip.has(full)) continue;
      if (e.isDirectory()) await visit(full);
      else if (e.isFile() || e.isSymbolicLink()) {
        const rel = relative(root, full).split(sep).join("/");
        out.push({ path: join(input, rel), relPath: rel });
      }
    }
  };
  await visit(root);
  return out;
}
