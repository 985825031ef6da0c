import { useEffect, useState } from "react";
import { Link } from "react-router-dom";
import { paths } from "../../lib/paths.ts";
import { fetchCorpusFile } from "../../lib/corpus-client.ts";
import { corpusFiles } from "../../lib/corpus-files.ts";
import type { Person, Release, RelatedReleases as RelatedFile, ReleaseSummary } from "../../lib/corpus-schema.ts";
import { formatReleaseDate } from "../../lib/release-format.ts";
import { joinNames, personName } from "./release-text.ts";

interface Related {
  withIds: string[];
  items: ReleaseSummary[];
}

const NONE: Related = { withIds: [], items: [] };

/**
 * Other releases between the same principals, as the build chose them (closest in date, the same
 * day first). One small file whatever the corpus size: a frequent person's postings can run to
 * tens of thousands of positions, which is why the page never reads them.
 */
export async function loadRelatedReleases(release: Pick<Release, "id">): Promise<Related> {
  const file = await fetchCorpusFile<RelatedFile>(corpusFiles.related(release.id));
  return { withIds: file.with, items: file.items.filter((r) => r.id !== release.id) };
}

export function RelatedReleases({ release, people }: { release: Release; people: Map<string, Person> }) {
  const [related, setRelated] = useState<Related | null>(null);
  useEffect(() => {
    let live = true;
    setRelated(null);
    // A failure here only hides an extra; the release itself is already on screen.
    loadRelatedReleases(release).then(
      (r) => live && setRelated(r),
      () => live && setRelated(NONE),
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
