import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../../src/pipeline/ingest/ingest.ts";
import type { IngestedRelease } from "../../../src/pipeline/types.ts";
import { sharedPath } from "../support/shared-checkout.ts";

const raw = sharedPath("corpus/raw");
const RAW = raw.path;
const FURNITURE = ["Using website content", "Publication status", "Suggest To A Friend", "jQuery", "modified_time:", "Office of the Spokesperson", "scraped by GitHub", "\\###", "Text version"];

// Runs over the real raw corpus where it is present; it only reads it, never copies from it.
describe.skipIf(!raw.present)(raw.name("the raw corpus"), () => {
  const counts = new Map<string, { ok: number; failed: number }>();
  const failures: { relPath: string; error: string }[] = [];
  const releases: { relPath: string; release: IngestedRelease }[] = [];

  beforeAll(() => {
    for (const dir of readdirSync(RAW, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const c = { ok: 0, failed: 0 };
      counts.set(dir.name, c);
      for (const name of readdirSync(join(RAW, dir.name))) {
        const relPath = `${dir.name}/${name}`;
        const r = ingest({ path: relPath, relPath, bytes: readFileSync(join(RAW, relPath)) });
        if (r.ok) {
          c.ok++;
          releases.push({ relPath, release: r.value.release });
        } else {
          c.failed++;
          failures.push({ relPath, error: r.error });
        }
      }
    }
    console.log([...counts].map(([d, c]) => `${d}: ${c.ok} ok, ${c.failed} failed`).join("\n"));
  }, 300_000);

  it("every file ingests with a title, a day and a body, or fails with a reason that names it", () => {
    expect(releases.length + failures.length).toBeGreaterThan(0);
    for (const f of failures) expect(f.error.startsWith(`${f.relPath}: `), f.error).toBe(true);
    for (const { relPath, release } of releases) {
      expect(release.title.length, relPath).toBeGreaterThan(0);
      expect(release.date, relPath).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(release.paragraphs.length, relPath).toBeGreaterThan(0);
    }
  });

  it("leaves no site furniture in any paragraph", () => {
    const dirty = releases.flatMap(({ relPath, release }) =>
      release.paragraphs.flatMap((p) => FURNITURE.filter((f) => p.text.includes(f)).map((f) => `${relPath}: ${f}`)),
    );
    expect(dirty).toEqual([]);
  });
});
