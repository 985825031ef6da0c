import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./browser.ts";

export interface LighthouseScores {
  performance: number | null;
  accessibility: number | null;
}

/**
 * Lighthouse 12.2.3 with its default (mobile, simulated throttling) settings against a Chromium this
 * function starts on a free debugging port and stops by its own pid.
 */
export async function runLighthouse(url: string): Promise<LighthouseScores> {
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
    const score = (s: number | null | undefined) => (typeof s === "number" ? Math.round(s * 100) : null);
    return { performance: score(categories?.performance?.score), accessibility: score(categories?.accessibility?.score) };
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
