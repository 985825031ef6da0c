import { Link } from "react-router-dom";
import { paths } from "../../lib/paths.ts";
import type { Person, ReleaseEvent } from "../../lib/corpus-schema.ts";
import { personName } from "./release-text.ts";

/** Who held and who attended each part of the occasion, as the release lists them. */
export function AttendeeLists({ events, people }: { events: readonly ReleaseEvent[]; people: Map<string, Person> }) {
  const parts = [...events].sort((a, b) => a.order - b.order).filter((e) => e.participants.length + e.attendees.length > 0);
  if (parts.length === 0) return null;
  return (
    <section className="release-attendees" aria-labelledby="release-attendees-heading">
      <h2 id="release-attendees-heading">Who took part</h2>
      {parts.map((e) => (
        <section key={e.id} className="release-attendees-part" aria-labelledby={`attendees-${e.id}`}>
          <h3 id={`attendees-${e.id}`}>{e.label}</h3>
          {e.participants.length > 0 && <PeopleList label="Held by" ids={e.participants} people={people} principal />}
          {e.attendees.length > 0 && <PeopleList label="Attending" ids={e.attendees} people={people} />}
        </section>
      ))}
    </section>
  );
}

function PeopleList({ label, ids, people, principal }: { label: string; ids: string[]; people: Map<string, Person>; principal?: boolean }) {
  return (
    <div className={principal ? "people-list is-principals" : "people-list"}>
      <h4 className="people-list-label">{label}</h4>
      <ul>
        {ids.map((id) => {
          const titles = people.get(id)?.titles ?? [];
          return (
            <li key={id}>
              <Link to={paths.person.href(id)}>{personName(people, id)}</Link>
              {titles.length > 0 && <span className="people-list-title">, {titles.join("; ")}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
