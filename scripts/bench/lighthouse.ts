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
  /** Writes the full Lighthouse JSON report here, for reading the audits behind a score. */
  reportFile?: string;
  /** Writes the page load's trace (Chrome trace event JSON), for layout shifts and task timing. */
  traceFile?: string;
}

/**
 * Lighthouse 12.2.3 with its default (mobile, simulated throttling) settings against a Chromium this
 * function starts on a free debugging port and stops by its own pid.
 */
export async function runLighthouse(url: string, options: LighthouseOptions = {}): Promise<LighthouseScores> {
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
    if (options.reportFile && typeof result?.report === "string") writeFileSync(options.reportFile, result.report);
    if (options.traceFile && result?.artifacts.Trace) writeFileSync(options.traceFile, JSON.stringify(result.artifacts.Trace));
    const categories = result?.lhr.categories;
    const audits = result?.lhr.audits;
    const score = (s: number | null | undefined) => (typeof s === "number" ? Math.round(s * 100) : null);
    const metric = (id: string) => (typeof audits?.[id]?.numericValue === "number" ? audits[id].numericValue : null);
    return {
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
