import { describe, expect, it } from "vitest";
import { ExtractPool, inOrder } from "../../../src/pipeline/build/extract-pool.ts";
import type { FileOutcome } from "../../../src/pipeline/build/process-file.ts";

const entries = (...names: string[]) => names.map((n) => ({ path: `/raw/${n}`, relPath: n }));

async function collect(pool: ExtractPool, names: string[]): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for await (const o of inOrder(entries(...names), (e) => pool.run(e), 4)) out.push(o);
  return out;
}

describe("extraction worker pool", () => {
  it("returns outcomes in input order, skipping a file that hangs or crashes its worker and carrying on", async () => {
    // Generous for the healthy files on a busy shared machine; only the hanging one should ever reach it.
    const pool = new ExtractPool(2, 1000, 3000, new URL("./workers/misbehaving-worker.mjs", import.meta.url));
    try {
      const got = await collect(pool, ["a.md", "b-hang.md", "c.md", "d-crash.md", "e.md", "f.md"]);
      expect(got.map((o) => (o.kind === "built" ? JSON.parse(o.json).file : `${o.reason}: ${o.message}`))).toEqual([
        "a.md",
        "error: extraction took over 3s and was stopped",
        "c.md",
        "error: extraction crashed its worker: exit code 3",
        "e.md",
        "f.md",
      ]);
    } finally {
      await pool.close();
    }
  });

  it("does not charge a worker's start-up to its first file, and states a short limit in milliseconds", async () => {
    // The stand-in takes 800 ms to load and the limit is 300 ms: the healthy file is built only if the
    // clock starts when the worker is ready.
    const pool = new ExtractPool(1, 1000, 300, new URL("./workers/slow-start-worker.mjs", import.meta.url));
    try {
      const got = await collect(pool, ["a.md", "b-hang.md"]);
      expect(got.map((o) => (o.kind === "built" ? JSON.parse(o.json).file : `${o.reason}: ${o.message}`))).toEqual([
        "a.md",
        "error: extraction took over 300 ms and was stopped",
      ]);
    } finally {
      await pool.close();
    }
  });

  it("fails the whole run with a clear message when a worker cannot start at all", async () => {
    const pool = new ExtractPool(1, 1000, 500, new URL("./workers/broken-worker.mjs", import.meta.url));
    try {
      await expect(collect(pool, ["a.md", "b.md"])).rejects.toThrow(/extraction worker could not start: pipeline failed to load/);
    } finally {
      await pool.close();
    }
  });
});
