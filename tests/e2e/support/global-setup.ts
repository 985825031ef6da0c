import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Absolute path of the static site built once for the whole e2e run (see docs/testing.md). */
    distDir: string;
  }
}

/**
 * Builds the static site over the sample corpus once per e2e run, through the real `npm run build`
 * script, into a temp folder. Tests reach it through `useSite()` (support/site.ts), which reads `inject("distDir")`.
 * READOUT_E2E_DIST=<folder> reuses a site built earlier (handy while writing a test); it is not removed.
 */
export default function setup(project: TestProject) {
  const reuse = process.env.READOUT_E2E_DIST;
  if (reuse) {
    const dir = resolve(reuse);
    if (!existsSync(join(dir, "index.html"))) throw new Error(`READOUT_E2E_DIST=${reuse}: no index.html there; build it with npm run build -- --out ${reuse}`);
    project.provide("distDir", dir);
    return;
  }
  const root = resolve(import.meta.dirname, "../../..");
  const work = mkdtempSync(join(tmpdir(), "readout-e2e-"));
  const dist = join(work, "dist");
  const run = spawnSync(process.execPath, ["--import", "tsx", join(root, "scripts/build-site.ts"), "--out", dist], {
    cwd: root,
    // Always the sample: the tests know its releases, whatever corpus the developer browses.
    // vitest sets NODE_ENV=test, which would make Vite bundle React's development build; the browser
    // tests must exercise what ships.
    env: { ...process.env, NODE_ENV: "production", READOUT_CORPUS: join(root, "corpus"), READOUT_CORPUS_OUT: join(work, "corpus") },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (run.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`e2e global setup: npm run build failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  project.provide("distDir", dist);
  return () => rmSync(work, { recursive: true, force: true });
}
