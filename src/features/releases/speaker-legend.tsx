import type { CSSProperties } from "react";
import type { Person } from "../../lib/corpus-schema.ts";
import { speakerColourVars } from "../../lib/speaker-colours.ts";
import { personName } from "./release-text.ts";

export interface SpeakerLegendProps {
  speakers: { id: string; statements: number }[];
  people: Map<string, Person>;
  chosen: string | null;
  /** Index into the chosen speaker's statements, null before the first step. */
  step: number | null;
  onChoose: (personId: string | null) => void;
  onStep: (direction: 1 | -1) => void;
}

export function SpeakerLegend({ speakers, people, chosen, step, onChoose, onStep }: SpeakerLegendProps) {
  if (speakers.length === 0) return null;
  const chosenEntry = speakers.find((s) => s.id === chosen) ?? null;
  const chosenName = chosenEntry ? personName(people, chosenEntry.id) : "";
  const total = chosenEntry?.statements ?? 0;

  return (
    <section className="speaker-legend" aria-labelledby="speaker-legend-heading">
      <h2 id="speaker-legend-heading">Speakers</h2>
      <p className="speaker-legend-hint">Choose a speaker to follow their words through the release.</p>
      <ul className="speaker-legend-list">
        {speakers.map((s) => {
          const person = people.get(s.id);
          const pressed = chosen === s.id;
          return (
            <li key={s.id}>
              <button
                type="button"
                className="speaker-toggle"
                aria-pressed={pressed}
                style={speakerColourVars(s.id) as CSSProperties}
                onClick={() => onChoose(pressed ? null : s.id)}
              >
                <span className="speaker-swatch" aria-hidden="true" />
                <span className="speaker-toggle-name">{personName(people, s.id)}</span>
                {person && person.titles.length > 0 && (
                  <>
                    <span className="visually-hidden">, </span>
                    <span className="speaker-toggle-title">{person.titles.join("; ")}</span>
                  </>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      {chosenEntry && (
        <div className="speaker-stepper" role="group" aria-label={`Statements by ${chosenName}`}>
          <button type="button" onClick={() => onStep(-1)} disabled={total === 0}>
            Previous{" "}
            <span className="visually-hidden">statement by {chosenName}</span>
          </button>
          <button type="button" onClick={() => onStep(1)} disabled={total === 0}>
            Next{" "}
            <span className="visually-hidden">statement by {chosenName}</span>
          </button>
          <p className="speaker-stepper-status" role="status">
            {step === null
              ? `${chosenName}: ${total} ${total === 1 ? "statement" : "statements"}`
              : `Statement ${step + 1} of ${total}`}
          </p>
        </div>
      )}
    </section>
  );
}
