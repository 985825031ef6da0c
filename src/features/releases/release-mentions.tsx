import { Link } from "react-router-dom";
import { paths } from "../../lib/paths.ts";
import { slugify } from "../../lib/slug.ts";

/** Countries, organisations and documents the release names, each a way into the rest of the corpus. */
export function ReleaseMentions({ countries, organisations, documents }: { countries: string[]; organisations: string[]; documents: string[] }) {
  if (countries.length + organisations.length + documents.length === 0) return null;
  return (
    <section className="release-mentions" aria-labelledby="release-mentions-heading">
      <h2 id="release-mentions-heading">Mentioned</h2>
      {countries.length > 0 && (
        <>
          <h3>Countries</h3>
          <p className="release-mentions-hint">Each opens the timeline of releases about that country.</p>
          <ul className="chip-list">
            {countries.map((c) => (
              <li key={c}>
                {/* The timeline filters by facet slug, the same key as facets/country/<slug>.json. */}
                <Link to={paths.timeline.href({ country: slugify(c) })}>{c}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {organisations.length > 0 && (
        <>
          <h3>Organisations</h3>
          <p className="release-mentions-hint">Each opens a search for releases naming it.</p>
          <ul className="chip-list">
            {organisations.map((o) => (
              <li key={o}>
                <Link to={paths.search.href({ organisation: o })}>{o}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {documents.length > 0 && (
        <>
          <h3>Documents signed</h3>
          <ul>
            {documents.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
