import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { REPO as repo, sharedPath } from "./support/shared-checkout.ts";

// The shared scorer over the development gold set; skipped where ../shared is not checked out beside the repo.
const shared = sharedPath("tools/score-extraction.mjs");
const scorer = shared.path;

/** Levels reached when this floor was set; a change that drops below any of them fails. */
const FLOOR = {
  people: 1.0,
  speakers_f1: 0.994,
  attendees_f1: 1.0,
  timeline_f1: 1.0,
};

describe.skipIf(!shared.present)(shared.name("extraction score on gold-dev"), () => {
  it("keeps people, speakers, attendees and timeline at or above the floor", () => {
    const run = spawnSync(process.execPath, [scorer], { cwd: repo, encoding: "utf8", maxBuffer: 1 << 26 });
    const last = run.stdout.trim().split("\n").at(-1) ?? "";
    const figures = Object.fromEntries(
      last
        .split(" ")
        .map((kv) => kv.split("="))
        .filter((kv) => kv.length === 2)
        .map(([k, v]) => [k!, Number(v)]),
    );
    expect(last, run.stderr).toMatch(/extracted=(\d+)\/\1$/);
    for (const [name, floor] of Object.entries(FLOOR)) expect(figures[name], name).toBeGreaterThanOrEqual(floor);
  });
});
