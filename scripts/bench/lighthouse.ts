import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./browser.ts";

export interface LighthouseScores {
  performance: number | null;
  accessibility: number | null;
  /** The lab metrics behind the performance score, in ms (CLS unitless): what to read when it drops. */
  metrics: { fcp: number | null; lcp: number | null; tbt: number | null; cls: number | null; si: number | null };
}

export interface LighthouseOptions {
  /**
   * Lighthouse runs, each in a fresh Chromium; the run with the median performance score is
   * returned. One run on a shared machine can lose ten points to another process's CPU use.
   */
  runs?: number;
  /** Writes the full Lighthouse JSON report of the returned run here, for reading the audits behind a score. */
  reportFile?: string;
  /** Writes the returned run's page-load trace (Chrome trace event JSON), for layout shifts and task timing. */
  traceFile?: string;
}

interface Run {
  scores: LighthouseScores;
  report: string | null;
  trace: unknown;
}

/**
 * Lighthouse 12.2.3 with its default (mobile, simulated throttling) settings, `runs` times (3 by
 * default), against a Chromium started per run on a free debugging port and stopped by its own pid.
 */
export async function runLighthouse(url: string, options: LighthouseOptions = {}): Promise<LighthouseScores> {
  const runs: Run[] = [];
  for (let i = 0; i < Math.max(1, options.runs ?? 3); i++) runs.push(await runOnce(url));
  // Unscored runs sort first, so they are picked only when most runs have no score.
  runs.sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  const median = runs[Math.floor(runs.length / 2)]!;
  if (options.reportFile && median.report !== null) writeFileSync(options.reportFile, median.report);
  if (options.traceFile && median.trace) writeFileSync(options.traceFile, JSON.stringify(median.trace));
  return median.scores;
}

async function runOnce(url: string): Promise<Run> {
  const profile = mkdtempSync(join(tmpdir(), "readout-lh-"));
  const chrome = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"], { stdio: ["ignore", "ignore", "pipe"] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let err = "";
      const timer = setTimeout(() => reject(new Error(`lighthouse: Chromium did not open a debugging port: ${err.slice(-300)}`)), 30_000);
      chrome.stderr.setEncoding("utf8").on("data", (d: string) => {
        err += d;
        const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      chrome.on("exit", (code) => reject(new Error(`lighthouse: Chromium exited (${code}): ${err.slice(-300)}`)));
    });
    const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
    const categories = result?.lhr.categories;
    const audits = result?.lhr.audits;
    const score = (s: number | null | undefined) => (typeof s === "number" ? Math.round(s * 100) : null);
    const metric = (id: string) => (typeof audits?.[id]?.numericValue === "number" ? audits[id].numericValue : null);
    const scores: LighthouseScores = {
      performance: score(categories?.performance?.score),
      accessibility: score(categories?.accessibility?.score),
      metrics: {
        fcp: metric("first-contentful-paint"),
        lcp: metric("largest-contentful-paint"),
        tbt: metric("total-blocking-time"),
        cls: metric("cumulative-layout-shift"),
        si: metric("speed-index"),
      },
    };
    return { scores, report: typeof result?.report === "string" ? result.report : null, trace: result?.artifacts.Trace ?? null };
  } finally {
    if (chrome.exitCode === null) {
      const exited = new Promise((r) => chrome.once("exit", r));
      chrome.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    // Chromium may still be flushing its profile; a leftover temp folder must not void the scores.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // Left in the temp folder; harmless.
    }
  }
}
