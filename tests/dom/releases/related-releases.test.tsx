import { screen, within } from "@testing-library/react";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { estimatePosition, intersectSorted } from "../../../src/features/releases/related-releases.tsx";
import { makeRelease } from "./fixture.ts";
import { writeFixtureCorpus } from "./fixture-corpus.ts";
import { renderRelease } from "./render-release.tsx";

const current = makeRelease();
const sameVisit = makeRelease({ id: "2031-04-03-joint-statement-aaa111", title: "Joint statement after the talks", date: "2031-04-03" });
const years = makeRelease({ id: "2027-01-01-first-meeting-bbb222", title: "First meeting in the old days", date: "2027-01-01" });
const onlyAnna = makeRelease({
  id: "2031-03-01-anna-alone-ccc333",
  title: "Anna North visits a school",
  date: "2031-03-01",
  people: [makeRelease().people[0]!],
  events: [],
  paragraphs: [{ id: "p-1", text: "An invented visit.", speakers: [], kind: "narration" }],
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "readout-related-"));
  await writeFixtureCorpus(dir, [current, sameVisit, years, onlyAnna], 2);
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      const file = String(url).replace(/^.*\/corpus\//, "");
      try {
        return new Response(await readFile(join(dir, file), "utf8"), { status: 200 });
      } catch {
        return new Response("not found", { status: 404 });
      }
    }),
  );
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await rm(dir, { recursive: true, force: true });
});

describe("other releases with the same principals", () => {
  it("lists releases between both principals, not those with only one of them, and not this one", async () => {
    renderRelease(current);
    const region = await screen.findByRole(
      "region",
      { name: "Other releases with Anna North and Sam South" },
      // Several corpus reads in a row; the shared test machine can be slow.
      { timeout: 5000 },
    );
    const links = within(region).getAllByRole("link");
    expect(links.map((l) => l.textContent)).toEqual(["Joint statement after the talks", "First meeting in the old days"]);
    expect(links[0]).toHaveAttribute("href", "/releases/2031-04-03-joint-statement-aaa111");
    expect(within(region).queryByText("Anna North visits a school")).toBeNull();
    expect(within(region).queryByText(current.title)).toBeNull();
  });

  it("helpers: intersection keeps order; position estimate follows the per-year counts", () => {
    expect(intersectSorted([0, 2, 5, 9], [1, 2, 9])).toEqual([2, 9]);
    const manifest = { years: [{ year: 2031, count: 100 }, { year: 2030, count: 50 }] };
    expect(estimatePosition(manifest, "2030-12-31")).toBeGreaterThanOrEqual(100);
    expect(estimatePosition(manifest, "2030-12-31")).toBeLessThan(105);
    expect(estimatePosition(manifest, "2031-12-31")).toBeLessThan(5);
    expect(estimatePosition(manifest, null)).toBe(0);
  });
});
