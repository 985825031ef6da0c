import { useEffect, useState } from "react";
import { Link } from "react-router-dom";
import { paths } from "../../lib/paths.ts";
import { fetchCorpusFile, loadListPage, loadManifest } from "../../lib/corpus-client.ts";
import { corpusFiles } from "../../lib/corpus-files.ts";
import type { FacetPostings, Manifest, Person, Release, ReleaseSummary } from "../../lib/corpus-schema.ts";
import { formatReleaseDate } from "../../lib/release-format.ts";
import { joinNames, personName, principalsOf } from "./release-text.ts";

const MAX_SHOWN = 5;
const MAX_PAGES = 3;

interface Related {
  withIds: string[];
  items: ReleaseSummary[];
}

/**
 * Where in the newest-first list a release of this date roughly sits, from the manifest's per-year
 * counts; used to pick the principals' releases closest in time (the same visit) without reading the list.
 */
export function estimatePosition(manifest: Pick<Manifest, "years">, date: string | null): number {
  if (!date) return 0;
  const year = Number(date.slice(0, 4));
  const dayOfYear = (Date.parse(`${date}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000;
  let before = 0;
  let inYear = 0;
  for (const y of manifest.years) {
    if (y.year > year) before += y.count;
    if (y.year === year) inYear = y.count;
  }
  return Math.round(before + inYear * (1 - Math.min(Math.max(dayOfYear / 365, 0), 1)));
}

export function intersectSorted(a: readonly number[], b: readonly number[]): number[] {
  const set = new Set(b);
  return a.filter((x) => set.has(x));
}

/**
 * Other releases between the same principals: the intersection of the first two principals'
 * person postings (or one's, when there is one or the intersection is only this release), the
 * positions nearest this release's date, read from at most a few list pages.
 */
export async function loadRelatedReleases(release: Release): Promise<Related> {
  const principals = principalsOf(release).slice(0, 2);
  if (principals.length === 0) return { withIds: [], items: [] };
  const manifest = await loadManifest();
  const postings = await Promise.all(
    principals.map((id) => fetchCorpusFile<FacetPostings>(corpusFiles.facetPostings("person", id)).catch(() => null)),
  );
  let withIds = principals.filter((_, i) => postings[i]);
  const lists = postings.filter((p): p is FacetPostings => p !== null).map((p) => p.positions);
  if (lists.length === 0) return { withIds: [], items: [] };
  let positions = lists.length === 2 ? intersectSorted(lists[0]!, lists[1]!) : lists[0]!;
  if (positions.length <= 1 && lists.length === 2) {
    positions = lists[0]!;
    withIds = withIds.slice(0, 1);
  }
  const near = estimatePosition(manifest, release.date);
  const chosen = [...positions].sort((x, y) => Math.abs(x - near) - Math.abs(y - near)).slice(0, MAX_SHOWN + 1);
  const pages = [...new Set(chosen.map((p) => Math.floor(p / manifest.pageSize)))].slice(0, MAX_PAGES);
  const loaded = await Promise.all(pages.map((n) => loadListPage(n).catch(() => null)));
  const rows: ReleaseSummary[] = [];
  for (const pos of chosen) {
    const page = loaded[pages.indexOf(Math.floor(pos / manifest.pageSize))];
    const row = page?.items[pos % manifest.pageSize];
    if (row && row.id !== release.id) rows.push(row);
  }
  rows.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  return { withIds, items: rows.slice(0, MAX_SHOWN) };
}

export function RelatedReleases({ release, people }: { release: Release; people: Map<string, Person> }) {
  const [related, setRelated] = useState<Related | null>(null);
  useEffect(() => {
    let live = true;
    setRelated(null);
    // A failure here only hides an extra; the release itself is already on screen.
    loadRelatedReleases(release).then(
      (r) => live && setRelated(r),
      () => live && setRelated({ withIds: [], items: [] }),
    );
    return () => {
      live = false;
    };
  }, [release]);

  if (!related || related.items.length === 0) return null;
  return (
    <section className="related-releases" aria-labelledby="related-releases-heading">
      <h2 id="related-releases-heading">Other releases with {joinNames(related.withIds.map((id) => personName(people, id)))}</h2>
      <ul>
        {related.items.map((r) => (
          <li key={r.id}>
            <Link to={paths.release.href(r.id)}>{r.title}</Link>
            {r.date && (
              <>
                {" "}
                <time dateTime={r.date}>{formatReleaseDate(r.date)}</time>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
