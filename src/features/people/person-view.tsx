import { useMemo } from "react";
import { Link } from "react-router-dom";
import { formatCount, formatDate, plural } from "../../components/format.ts";
import { PageHeading } from "../../components/page-heading.tsx";
import { VirtualReleaseList } from "../../components/virtual-release-list.tsx";
import type { PersonPage } from "../../lib/corpus-schema.ts";
import { positionsOf, type ListRowReader } from "../../lib/facets-client.ts";

/** Links are built by the route (the only layer that knows paths), so this view stays reusable. */
export interface PersonLinks {
  release: (id: string, paragraphId?: string) => string;
  person: (id: string) => string;
  timelineForPerson: (id: string) => string;
}

export interface PersonViewProps {
  page: PersonPage;
  /** Ascending list positions of the person's releases (newest first). */
  positions: readonly number[];
  reader: ListRowReader;
  links: PersonLinks;
  publisherName?: (id: string) => string;
}

const seen = (first: string | null, last: string | null): string => {
  if (!first && !last) return "Undated";
  if (first === last || !last) return formatDate(first ?? "");
  if (!first) return formatDate(last);
  return `${formatDate(first)} to ${formatDate(last)}`;
};

export function PersonView({ page, positions, reader, links, publisherName }: PersonViewProps) {
  const { person } = page;
  const positionSet = useMemo(() => positionsOf(positions), [positions]);
  const aliases = person.aliases.filter((a) => a !== person.name);
  return (
    <>
      <PageHeading>{person.name}</PageHeading>
      {aliases.length > 0 ? <p className="muted">Also written as: {aliases.join(", ")}</p> : null}
      <p>
        Appears in {plural(page.releaseCount, "release")}; quoted in {plural(page.statementCount, "paragraph")}.{" "}
        <Link to={links.timelineForPerson(person.id)}>Filter the timeline by {person.name}</Link>
      </p>

      <section aria-labelledby="person-titles">
        <h2 id="person-titles">Titles</h2>
        {page.titles.length === 0 ? (
          <p className="muted">The releases give no title.</p>
        ) : (
          <table>
            <caption className="visually-hidden">Titles the releases give {person.name}, and when</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Seen</th>
                <th scope="col">Releases</th>
              </tr>
            </thead>
            <tbody>
              {page.titles.map((t) => (
                <tr key={t.title}>
                  <td>{t.title}</td>
                  <td>{seen(t.first, t.last)}</td>
                  <td>{formatCount(t.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="person-met">
        <h2 id="person-met">Met most often</h2>
        {page.metMost.length === 0 ? (
          <p className="muted">No one else appears beside {person.name}.</p>
        ) : (
          <ul className="chip-list">
            {page.metMost.map((m) => (
              <li key={m.id}>
                <Link to={links.person(m.id)}>
                  {m.name} <span className="chip-count">({plural(m.count, "release")})</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="person-statements">
        <h2 id="person-statements">Statements</h2>
        {page.statements.length === 0 ? (
          <p className="muted">No paragraph carries {person.name}&rsquo;s words.</p>
        ) : (
          <>
            {page.statementCount > page.statements.length ? (
              <p className="muted">
                The latest {formatCount(page.statements.length)} of {formatCount(page.statementCount)}.
              </p>
            ) : null}
            <ol className="release-list">
              {page.statements.map((s) => (
                <li key={`${s.releaseId}#${s.paragraphId}`} className="statement">
                  <blockquote>
                    <p>{s.text}</p>
                  </blockquote>
                  <p className="muted">
                    <Link to={links.release(s.releaseId, s.paragraphId)}>{s.releaseTitle}</Link>
                    {s.date ? (
                      <>
                        , <time dateTime={s.date}>{formatDate(s.date)}</time>
                      </>
                    ) : null}
                  </p>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section aria-labelledby="person-releases">
        <h2 id="person-releases">Releases</h2>
        <p className="muted">{plural(positions.length, "release")}, newest first.</p>
        {positions.length > 0 ? (
          <VirtualReleaseList
            positions={positionSet}
            reader={reader}
            releaseHref={(id) => links.release(id)}
            label={`Releases with ${person.name}, newest first`}
            {...(publisherName ? { publisherName } : {})}
          />
        ) : null}
      </section>
    </>
  );
}
