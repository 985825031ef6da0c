import { screen, waitFor, within } from "@testing-library/react";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { makeRelease } from "./fixture.ts";
import { writeFixtureCorpus } from "./fixture-corpus.ts";
import { renderRelease } from "./render-release.tsx";

const current = makeRelease();
const sameDay = makeRelease({ id: "2031-04-02-dinner-for-the-guest-ddd444", title: "Dinner for the guest", date: "2031-04-02" });
const sameVisit = makeRelease({ id: "2031-04-03-joint-statement-aaa111", title: "Joint statement after the talks", date: "2031-04-03" });
const years = makeRelease({ id: "2027-01-01-first-meeting-bbb222", title: "First meeting in the old days", date: "2027-01-01" });
const anna = makeRelease().people[0]!;
const onlyAnna = makeRelease({
  id: "2031-03-01-anna-alone-ccc333",
  title: "Anna North visits a school",
  date: "2031-03-01",
  people: [anna],
  events: [],
  paragraphs: [{ id: "p-1", text: "An invented visit.", speakers: ["anna-north"], kind: "narration" }],
});
const withZed = makeRelease({
  id: "2031-05-01-anna-meets-zed-eee555",
  title: "Anna North receives Zed West",
  date: "2031-05-01",
  people: [anna, { id: "zed-west", name: "Zed West", aliases: [], titles: [], country: null }],
  events: [{ id: "e-1", kind: "talks", label: "Talks", order: 0, attendees: [], participants: ["anna-north", "zed-west"], paragraph: "p-1" }],
  paragraphs: [{ id: "p-1", text: "An invented meeting.", speakers: [], kind: "narration" }],
});
const notInCorpus = makeRelease({ id: "2031-06-01-not-built-fff666", title: "Not in this corpus" });

let dir: string;
const fetched: string[] = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "readout-related-"));
  await writeFixtureCorpus(dir, [current, sameDay, sameVisit, years, onlyAnna, withZed], 2);
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      const file = String(url).replace(/^.*\/corpus\//, "");
      fetched.push(file);
      try {
        return new Response(await readFile(join(dir, file), "utf8"), { status: 200 });
      } catch {
        return new Response("not found", { status: 404 });
      }
    }),
  );
});
beforeEach(() => {
  fetched.length = 0;
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await rm(dir, { recursive: true, force: true });
});

// Several corpus reads in a row; the shared test machine can be slow.
const slow = { timeout: 5000 };

describe("other releases with the same principals", () => {
  it("lists releases between both principals from one small file, the same day first, then nearest in date", async () => {
    renderRelease(current);
    const region = await screen.findByRole("region", { name: "Other releases with Anna North and Sam South" }, slow);
    const links = within(region).getAllByRole("link");
    expect(links.map((l) => l.textContent)).toEqual(["Dinner for the guest", "Joint statement after the talks", "First meeting in the old days"]);
    expect(links[1]).toHaveAttribute("href", "/releases/2031-04-03-joint-statement-aaa111");
    expect(within(region).queryByText("Anna North visits a school")).toBeNull();
    expect(within(region).queryByText(current.title)).toBeNull();
    // One small file, never a person's postings or list pages (files are cached per page load,
    // so this is checked on the first render).
    expect(fetched).toContain(`related/${current.id}.json`);
    expect(fetched.filter((f) => f.startsWith("facets/") || f.startsWith("list/"))).toEqual([]);
  });

  it("falls back to the first principal's releases when the two never met elsewhere", async () => {
    renderRelease(withZed);
    const region = await screen.findByRole("region", { name: "Other releases with Anna North" }, slow);
    expect(within(region).getAllByRole("link")).toHaveLength(5);
    expect(within(region).queryByText(withZed.title)).toBeNull();
  });

  it("shows nothing when the corpus has no related file for the release", async () => {
    renderRelease(notInCorpus);
    await waitFor(() => expect(fetched).toContain(`related/${notInCorpus.id}.json`), slow);
    // Let the rejected fetch settle before looking.
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole("region", { name: /Other releases with/ })).toBeNull();
    expect(screen.getByRole("heading", { level: 1, name: notInCorpus.title })).toBeInTheDocument();
  });
});
