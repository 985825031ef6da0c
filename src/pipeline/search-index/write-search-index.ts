import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import type { Release, ReleaseSummary } from "../../lib/corpus-schema.ts";
import {
  peoplePrefix,
  SEARCH_DIR,
  SEARCH_FORMAT_VERSION,
  searchFiles,
  type ShardInfo,
  type ShardList,
} from "../../features/search/index-format.ts";
import { planShards, recordsForRelease } from "./records.ts";

export interface SearchIndexInput {
  /** The corpus folder being written (the temporary one; the build swaps it in afterwards). */
  outDir: string;
  /** Every built release, read back one at a time so memory stays flat at 100,000 releases. */
  releases: () => AsyncIterable<Release>;
  /** Summaries in list order (newest first); position i is list position i. */
  summaries: readonly ReleaseSummary[];
}

/**
 * Releases per Pagefind bundle. Pagefind's build needs about 2.6 GB for 10,000 records and runs out
 * of memory near 100,000 on 24 GB, so big corpora are split by years and merged in the browser.
 */
export const DEFAULT_SHARD_SIZE = 8000;

/** The browser needs the search bundle and the data; Pagefind's own UI files are never loaded. */
const UNUSED_BUNDLE_FILE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** Writes the search index under `<outDir>/search/`. Returns whether an index was written. */
export async function writeSearchIndex(input: SearchIndexInput): Promise<boolean> {
  const shardSize = Number(process.env.READOUT_SEARCH_SHARD_SIZE) || DEFAULT_SHARD_SIZE;
  const plans = planShards(input.summaries, shardSize);
  const root = join(input.outDir, SEARCH_DIR);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  if (plans.length === 0) return false;

  const shardOf = new Map<string, number>();
  plans.forEach((p, i) => p.ids.forEach((id) => shardOf.set(id, i)));
  const open = new Map<number, { index: pagefind.PagefindIndex; pending: number; records: number }>();
  const infos: (ShardInfo | null)[] = plans.map(() => null);
  const names = new Map<string, Map<string, string>>();

  const fail = (what: string, errors: string[]) => {
    throw new Error(`search index: ${what}: ${errors.join("; ")}`);
  };
  // A shard is written and freed as soon as its last release arrives, so when releases come in
  // list order only one Pagefind index is in memory at a time.
  const finish = async (i: number) => {
    const shard = open.get(i)!;
    const plan = plans[i]!;
    const dir = join(root, plan.dir);
    const written = await shard.index.writeFiles({ outputPath: dir });
    if (written.errors.length) fail(`writing ${dir}`, written.errors);
    await shard.index.deleteIndex();
    open.delete(i);
    for (const f of await readdir(dir)) if (UNUSED_BUNDLE_FILE.test(f)) await rm(join(dir, f));
    infos[i] = { dir: plan.dir, from: plan.from, to: plan.to, releases: plan.ids.size, records: shard.records };
  };

  try {
    for await (const release of input.releases()) {
      const i = shardOf.get(release.id);
      if (i === undefined) throw new Error(`search index: release ${release.id} (${release.sourceFile}) is not in the summaries`);
      let shard = open.get(i);
      if (!shard) {
        const created = await pagefind.createIndex({ forceLanguage: "en" });
        if (!created.index) fail("starting Pagefind", created.errors);
        shard = { index: created.index!, pending: plans[i]!.ids.size, records: 0 };
        open.set(i, shard);
      }
      for (const record of recordsForRelease(release, plans[i]!.dir)) {
        const added = await shard.index.addCustomRecord(record);
        if (added.errors.length) fail(`indexing ${release.id} (${release.sourceFile})`, added.errors);
        shard.records++;
      }
      for (const p of release.people) {
        const prefix = peoplePrefix(p.id);
        const m = names.get(prefix) ?? new Map<string, string>();
        if (!m.has(p.id)) m.set(p.id, p.name);
        names.set(prefix, m);
      }
      if (--shard.pending === 0) await finish(i);
    }
    const missing = [...open.keys()];
    if (missing.length) throw new Error(`search index: ${missing.map((i) => plans[i]!.dir).join(", ")} never received all their releases`);
  } finally {
    for (const s of open.values()) await s.index.deleteIndex().catch(() => undefined);
    await pagefind.close();
  }

  await mkdir(join(root, "people"), { recursive: true });
  for (const [prefix, m] of names) {
    await writeFile(join(input.outDir, searchFiles.peopleNames(prefix)), JSON.stringify(Object.fromEntries(m)));
  }
  const list: ShardList = { version: SEARCH_FORMAT_VERSION, shards: infos.filter((s): s is ShardInfo => s !== null) };
  await writeFile(join(input.outDir, searchFiles.shards()), JSON.stringify(list));
  return true;
}
