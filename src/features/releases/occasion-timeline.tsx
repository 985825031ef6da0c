import type { MouseEvent } from "react";
import { Link, useLocation } from "react-router-dom";
import { kindLabel } from "../../components/format.ts";
import type { Person, ReleaseEvent } from "../../lib/corpus-schema.ts";
import { joinNames, personName } from "./release-text.ts";

export interface OccasionTimelineProps {
  events: readonly ReleaseEvent[];
  people: Map<string, Person>;
  /** Called when a part is chosen whose paragraph is already the URL's anchor, so it still scrolls. */
  onRechoose: (paragraphId: string) => void;
}

/** The parts of the occasion in the order they happened; each links to the paragraph reporting it. */
export function OccasionTimeline({ events, people, onRechoose }: OccasionTimelineProps) {
  const location = useLocation();
  if (events.length === 0) return null;
  const parts = [...events].sort((a, b) => a.order - b.order);
  return (
    <section className="occasion-timeline" aria-labelledby="occasion-timeline-heading">
      <h2 id="occasion-timeline-heading">How the occasion unfolded</h2>
      <ol>
        {parts.map((e) => {
          const who = joinNames([...e.participants, ...e.attendees].map((id) => personName(people, id)));
          const label = (
            <>
              <span className="occasion-kind">{kindLabel(e.kind)}:</span> {e.label}
            </>
          );
          const paragraph = e.paragraph;
          return (
            <li key={e.id}>
              {paragraph ? (
                <Link
                  to={{ search: location.search, hash: paragraph }}
                  preventScrollReset
                  onClick={(ev: MouseEvent) => {
                    if (location.hash === `#${paragraph}`) {
                      ev.preventDefault();
                      onRechoose(paragraph);
                    }
                  }}
                >
                  {label}
                </Link>
              ) : (
                <span>{label}</span>
              )}
              {who && <span className="occasion-who"> ({who})</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
