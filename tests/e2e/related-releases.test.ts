import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { RelatedReleases } from "../../src/lib/corpus-schema.ts";
import { useSite } from "./support/site.ts";

const site = useSite();

/** A release of the built sample whose related file lists others (picked by shape, not by id). */
function releaseWithRelated(): RelatedReleases {
  const dir = join(site.distDir, "corpus", "related");
  for (const f of readdirSync(dir).sort()) {
    const related = JSON.parse(readFileSync(join(dir, f), "utf8")) as RelatedReleases;
    if (related.items.length > 0) return related;
  }
  throw new Error("the sample corpus has no release with related releases; this test needs one");
}

describe("other releases on a release page", () => {
  it("come from one small file, never from a person's postings, and lead to the other release", async () => {
    const related = releaseWithRelated();
    const { page, errors } = await site.newPage();
    const corpusRequests: string[] = [];
    page.on("request", (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith("/corpus/")) corpusRequests.push(path.slice("/corpus/".length));
    });
    await page.goto(`${site.url}/releases/${related.id}`);
    const region = page.getByRole("region", { name: /^Other releases with / });
    await region.waitFor();
    const first = related.items[0]!;
    await expect.poll(() => region.getByRole("link").allTextContents()).toEqual(related.items.map((r) => r.title));
    expect(corpusRequests).toContain(`related/${related.id}.json`);
    expect(corpusRequests.filter((f) => f.startsWith("facets/"))).toEqual([]);

    await region.getByRole("link", { name: first.title }).first().click();
    await page.getByRole("heading", { level: 1, name: first.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/releases/${first.id}`);
    expect(errors).toEqual([]);
  });
});
