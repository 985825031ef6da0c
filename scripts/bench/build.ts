import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { runMeasured } from "./child.ts";
import { folderBytes } from "./datasets.ts";
import type { Dataset } from "./datasets.ts";
import type { BenchRow } from "./table.ts";
import type { ChildResult } from "./child.ts";

/** The larger of the sampled whole-tree peak and GNU time's single-process peak (which catches short spikes). */
const peak = (r: ChildResult): number | null => {
  const values = [r.treePeakBytes, r.maxRssBytes].filter((v): v is number => v !== null);
  return values.length ? Math.max(...values) : null;
};

export interface SiteBuild {
  dist: string;
  corpus: string;
}

/**
 * Measures the build over one raw folder through the real `npm run build` (scripts/build-site.ts), which
 * builds the corpus and then the site. Release rate comes from the build's own summary line (corpus part
 * only); peak memory is the whole process's, so it bounds the corpus build's from above.
 */
export async function measureBuild(dataset: Dataset, options: { root: string; log: (m: string) => void; reuse?: boolean }): Promise<{ rows: BenchRow[]; site: SiteBuild | null }> {
  const node = process.execPath;
  const site: SiteBuild = { dist: join(dataset.work, "dist"), corpus: join(dataset.work, "corpus") };
  const record = join(dataset.work, "build.done.json");
  // --reuse-build: the site and its build figures from an earlier run, so browser figures can be re-measured
  // without another long build. The rows say so; a changed generator removes the whole folder, and the record with it.
  if (options.reuse && existsSync(record) && existsSync(join(site.dist, "index.html"))) {
    const saved = JSON.parse(readFileSync(record, "utf8")) as { when: string; rows: BenchRow[] };
    options.log(`bench: ${dataset.label}: reusing the build from ${saved.when}`);
    return { rows: saved.rows.map((r) => ({ ...r, note: `${r.note ? `${r.note}; ` : ""}build of ${saved.when}` })), site };
  }
  options.log(`bench: ${dataset.label}: read-and-parse baseline`);
  const baseline = await runMeasured(node, ["--import", "tsx", join(options.root, "scripts/bench/read-parse.ts"), dataset.raw], { cwd: options.root, label: "read-parse" });
  if (baseline.code !== 0) throw new Error(`bench: read-parse baseline failed on ${dataset.raw}: ${baseline.stderr.trim().split("\n").pop()}`);
  const baselineRate = dataset.files / (baseline.wallMs / 1000);

  options.log(`bench: ${dataset.label}: npm run build (corpus + site)`);
  const build = await runMeasured(node, ["--import", "tsx", join(options.root, "scripts/build-site.ts"), "--out", site.dist], {
    cwd: options.root,
    env: { ...process.env, NODE_ENV: "production", NO_COLOR: "1", FORCE_COLOR: "0", READOUT_CORPUS: dataset.raw, READOUT_CORPUS_OUT: site.corpus },
    label: "build",
  });
  const summary = /corpus: built (\d+).*? from (\d+) files .*? in ([\d.]+)s/.exec(build.stderr);
  const ok = build.code === 0 && summary !== null;
  if (!ok) options.log(`bench: ${dataset.label}: build failed (exit ${build.code}): ${build.stderr.trim().split("\n").slice(-3).join(" / ")}`);
  const corpusSeconds = summary ? Number(summary[3]) : null;
  const built = summary ? Number(summary[1]) : null;
  const rows: BenchRow[] = [
    {
      area: "Build",
      measure: "raw files/s (corpus build)",
      size: dataset.label,
      figure: corpusSeconds ? dataset.files / corpusSeconds : null,
      baseline: baselineRate,
      unit: "/s",
      baselineLabel: "read + parse every file",
      note: built !== null ? `${built.toLocaleString("en-US")} releases built` : "build failed",
    },
    {
      area: "Build",
      measure: "peak memory (all processes)",
      size: dataset.label,
      figure: ok ? peak(build) : null,
      baseline: peak(baseline),
      unit: "bytes",
      baselineLabel: "read + parse every file",
      note: `whole npm run build, every process; largest single process ${build.maxRssBytes ? `${(build.maxRssBytes / 1048576).toFixed(0)} MiB` : "n/a"}; limit 2 GiB at 100,000`,
    },
    {
      area: "Build",
      measure: "wall time, corpus + site",
      size: dataset.label,
      figure: ok ? build.wallMs : null,
      baseline: baseline.wallMs,
      unit: "ms",
      baselineLabel: "read + parse every file",
    },
    {
      area: "Build",
      measure: "corpus output size",
      size: dataset.label,
      figure: ok ? folderBytes(site.corpus) : null,
      baseline: dataset.bytes,
      unit: "bytes",
      baselineLabel: "raw input size",
    },
  ];
  if (ok) await writeFile(record, JSON.stringify({ when: `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`, rows }));
  return { rows, site: ok ? site : null };
}
