import { Link } from "react-router-dom";
import { formatCount, plural } from "../../components/format.ts";
import { PageHeading } from "../../components/page-heading.tsx";
import { ReleaseListItemBody } from "../../components/release-list-item.tsx";
import type { Manifest, ReleaseSummary } from "../../lib/corpus-schema.ts";

/** Links are built by the route (the only layer that knows paths), so this view stays reusable. */
export interface HomeLinks {
  release: (id: string) => string;
  person: (id: string) => string;
  timeline: (params?: Record<string, string>) => string;
}

export interface HomeViewProps {
  manifest: Manifest;
  latest: readonly ReleaseSummary[];
  links: HomeLinks;
}

export function HomeView({ manifest, latest, links }: HomeViewProps) {
  const publisherNames = new Map(manifest.publishers.map((p) => [p.id, p.name]));
  const publisherName = (id: string) => publisherNames.get(id) ?? id;
  const years = [...manifest.years].sort((a, b) => b.year - a.year);
  return (
    <>
      <PageHeading>Latest releases</PageHeading>
      <p className="muted">
        {plural(manifest.count, "release")} from {plural(manifest.publishers.length, "publisher")}.{" "}
        <Link to={links.timeline()}>See them all on the timeline</Link>.
      </p>

      {latest.length === 0 ? (
        <p>The corpus has no releases yet.</p>
      ) : (
        <ol className="release-list" aria-label="Latest releases, newest first">
          {latest.map((r) => (
            <li key={r.id}>
              <ReleaseListItemBody release={r} href={links.release(r.id)} publisherName={publisherName} titleLevel={2} />
            </li>
          ))}
        </ol>
      )}

      <section aria-labelledby="home-by-year">
        <h2 id="home-by-year">By year</h2>
        {years.length === 0 ? (
          <p className="muted">No dated releases.</p>
        ) : (
          <ul className="chip-list">
            {years.map((y) => (
              <li key={y.year}>
                <Link to={links.timeline({ year: String(y.year) })}>
                  {y.year} <span className="chip-count">({formatCount(y.count)})</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="home-by-publisher">
        <h2 id="home-by-publisher">By publisher</h2>
        <ul className="chip-list">
          {manifest.publishers.map((p) => (
            <li key={p.id}>
              <Link to={links.timeline({ publisher: p.id })}>
                {p.name} <span className="chip-count">({formatCount(p.count)})</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-by-person">
        <h2 id="home-by-person">People who appear most</h2>
        {manifest.topPeople.length === 0 ? (
          <p className="muted">No people yet.</p>
        ) : (
          <ul className="chip-list">
            {manifest.topPeople.map((p) => (
              <li key={p.value}>
                <Link to={links.person(p.value)}>
                  {p.label} <span className="chip-count">({formatCount(p.count)})</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
