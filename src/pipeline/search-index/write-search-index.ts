import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import type { Release, ReleaseSummary } from "../../lib/corpus-schema.ts";
import { peoplePrefix, SEARCH_DIR, SEARCH_FORMAT_VERSION, searchFiles, type ShardInfo, type ShardList } from "../../lib/search-index-format.ts";
import { planShards, recordsForRelease, type SearchRecord } from "./records.ts";

export interface SearchIndexInput {
  /** The corpus folder being written (the temporary one; the build swaps it in afterwards). */
  outDir: string;
  /** Every built release, read back one at a time so memory stays flat at 100,000 releases. */
  releases: () => AsyncIterable<Release>;
  /** Summaries in list order (newest first); position i is list position i. */
  summaries: readonly ReleaseSummary[];
}

/**
 * Releases per Pagefind bundle. Pagefind's helper holds a whole bundle in memory (measured: about
 * 0.9 GB for 7,700 releases and their 12,500 speaker records, 1.1 GB near 10,000 releases) and
 * runs out of memory near 100,000 on 24 GB, so big corpora are split by years, one bundle open at a
 * time, and merged in the browser.
 */
export const DEFAULT_SHARD_SIZE = 10_000;

/** The browser needs the search bundle and the data; Pagefind's own UI files are never loaded. */
const UNUSED_BUNDLE_FILE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

interface OpenIndex {
  index: pagefind.PagefindIndex;
  records: number;
}

/**
 * Pagefind runs one helper process per Node process, shared by every caller; closing it while
 * another build still has an index open in it fails that build ("Invalid index"). So writers
 * take turns.
 */
let turn: Promise<unknown> = Promise.resolve();

/** Writes the search index under `<outDir>/search/`. Returns whether an index was written. */
export function writeSearchIndex(input: SearchIndexInput): Promise<boolean> {
  const run = turn.then(() => writeShards(input));
  turn = run.catch(() => undefined);
  return run;
}

async function writeShards(input: SearchIndexInput): Promise<boolean> {
  const shardSize = Number(process.env.READOUT_SEARCH_SHARD_SIZE) || DEFAULT_SHARD_SIZE;
  const plans = planShards(input.summaries, shardSize);
  const root = join(input.outDir, SEARCH_DIR);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  if (plans.length === 0) return false;

  const shardOf = new Map<string, number>();
  plans.forEach((p, i) => p.ids.forEach((id) => shardOf.set(id, i)));
  const pending = plans.map((p) => p.ids.size);
  const open = new Map<string, OpenIndex>();
  const shards: (ShardInfo | null)[] = plans.map(() => null);
  const speakerShards: (ShardInfo | null)[] = plans.map(() => null);
  const names = new Map<string, Map<string, string>>();

  const fail = (what: string, errors: string[]): never => {
    throw new Error(`search index: ${what}: ${errors.join("; ")}`);
  };
  const add = async (dir: string, record: SearchRecord, release: Release) => {
    let target = open.get(dir);
    if (!target) {
      const created = await pagefind.createIndex({ forceLanguage: "en" });
      target = { index: created.index ?? fail("starting Pagefind", created.errors), records: 0 };
      open.set(dir, target);
    }
    const added = await target.index.addCustomRecord(record);
    if (added.errors.length) fail(`indexing ${release.id} (${release.sourceFile})`, added.errors);
    target.records++;
  };
  // Written and freed as soon as its last release arrives: with releases in list order only one
  // shard's indexes are in memory at a time.
  const finish = async (dir: string, plan: (typeof plans)[number]): Promise<ShardInfo | null> => {
    const target = open.get(dir);
    if (!target) return null;
    const outputPath = join(root, dir);
    const written = await target.index.writeFiles({ outputPath });
    if (written.errors.length) fail(`writing ${outputPath}`, written.errors);
    await target.index.deleteIndex();
    open.delete(dir);
    for (const f of await readdir(outputPath)) if (UNUSED_BUNDLE_FILE.test(f)) await rm(join(outputPath, f));
    return { dir, from: plan.from, to: plan.to, releases: plan.ids.size, records: target.records };
  };

  try {
    for await (const release of input.releases()) {
      const i = shardOf.get(release.id);
      if (i === undefined) throw new Error(`search index: release ${release.id} (${release.sourceFile}) is not in the summaries`);
      const plan = plans[i]!;
      const speakerDir = plan.dir.replace(/^s/, "k");
      const records = recordsForRelease(release, plan.dir);
      await add(plan.dir, records.release, release);
      for (const r of records.speakers) await add(speakerDir, r, release);
      for (const p of release.people) {
        const prefix = peoplePrefix(p.id);
        const m = names.get(prefix) ?? new Map<string, string>();
        if (!m.has(p.id)) m.set(p.id, p.name);
        names.set(prefix, m);
      }
      if (--pending[i]! === 0) {
        shards[i] = await finish(plan.dir, plan);
        speakerShards[i] = await finish(speakerDir, plan);
        // deleteIndex() leaves the helper's heap at its high-water mark; only a fresh process
        // gives it back, so each shard starts a new helper (createIndex launches one).
        if (open.size === 0) await pagefind.close();
      }
    }
    const missing = plans.filter((_, i) => pending[i]! > 0).map((p) => p.dir);
    if (missing.length) throw new Error(`search index: shard ${missing.join(", ")} never received all its releases`);
  } finally {
    for (const s of open.values()) await s.index.deleteIndex().catch(() => undefined);
    await pagefind.close();
  }

  await mkdir(join(root, "people"), { recursive: true });
  for (const [prefix, m] of names) {
    await writeFile(join(input.outDir, searchFiles.peopleNames(prefix)), JSON.stringify(Object.fromEntries(m)));
  }
  const list: ShardList = {
    version: SEARCH_FORMAT_VERSION,
    shards: shards.filter((s): s is ShardInfo => s !== null),
    speakerShards: speakerShards.filter((s): s is ShardInfo => s !== null),
  };
  await writeFile(join(input.outDir, searchFiles.shards()), JSON.stringify(list));
  return true;
}
