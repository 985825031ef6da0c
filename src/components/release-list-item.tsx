import { Link } from "react-router-dom";
import type { ReleaseSummary } from "../lib/corpus-schema.ts";
import { formatDate, kindLabel } from "./format.ts";

export interface ReleaseListItemProps {
  release: ReleaseSummary;
  href: string;
  /** Publisher names by id, so the row shows "Kremlin" rather than "kremlin". */
  publisherName?: (id: string) => string;
  /** Heading level of the title inside the item, so lists nest correctly under their section. */
  titleLevel?: 2 | 3 | 4;
}

/** One release in a list: title (the link), date, place, publisher, kind. Renders only the inside of an item. */
export function ReleaseListItemBody({ release, href, publisherName, titleLevel = 3 }: ReleaseListItemProps) {
  const Title = `h${titleLevel}` as const;
  return (
    <article className="release-item" aria-labelledby={`rt-${release.id}`}>
      <Title className="release-item-title" id={`rt-${release.id}`}>
        <Link to={href}>{release.title}</Link>
      </Title>
      <p className="release-item-meta">
        {release.date ? <time dateTime={release.date}>{formatDate(release.date)}</time> : <span>Undated</span>}
        {release.place ? <span>{release.place}</span> : null}
        <span>{publisherName ? publisherName(release.publisher) : release.publisher}</span>
        <span>{kindLabel(release.kind)}</span>
      </p>
    </article>
  );
}
