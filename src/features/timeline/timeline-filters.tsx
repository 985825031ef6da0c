import { useEffect, useState, type FormEvent } from "react";
import { formatCount } from "../../components/format.ts";
import type { FacetValue } from "../../lib/corpus-schema.ts";
import { emptyFilters, FILTER_FACETS, type FilterFacet, type Filters } from "../../lib/facets-client.ts";

/** Options where a facet may not be loaded yet (null): its chosen values still show and can be removed. */
export type LazyFilterOptions = Record<FilterFacet, readonly FacetValue[] | null>;

const FACET_NAMES: Record<FilterFacet, { legend: string; add: string; noun: string }> = {
  person: { legend: "People", add: "Add a person", noun: "person" },
  country: { legend: "Countries", add: "Add a country", noun: "country" },
  publisher: { legend: "Publishers", add: "Add a publisher", noun: "publisher" },
  kind: { legend: "Kind of occasion", add: "Add a kind", noun: "kind of occasion" },
  year: { legend: "Years", add: "Add a year", noun: "year" },
};

/** Facets with few values show every value as a checkbox; the others offer a type-ahead picker. */
const CHECKBOX_LIMIT = 40;
/** Suggestions in the picker's datalist; typing an exact name works beyond it too. */
const SUGGESTION_LIMIT = 5000;

export interface TimelineFiltersProps {
  filters: Filters;
  options: LazyFilterOptions;
  /** Called once the form is open while some facet's options are not loaded. */
  onNeedOptions?: () => void;
  onChange: (filters: Filters) => void;
  /** Where the form submits without JavaScript, and what "Clear" links to. */
  action: string;
}

const fold = (text: string) => text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").trim().toLowerCase();

/** The checked values, plus what was typed into each picker resolved to a value (by name or id). */
function readForm(form: HTMLFormElement, options: LazyFilterOptions): { filters: Filters; unknown: Partial<Record<FilterFacet, string>> } {
  const data = new FormData(form);
  const filters = emptyFilters();
  const unknown: Partial<Record<FilterFacet, string>> = {};
  for (const facet of FILTER_FACETS) {
    const values = data.getAll(facet).map((v) => String(v).trim()).filter(Boolean);
    const typed = String(data.get(`add-${facet}`) ?? "").trim();
    if (typed) {
      const wanted = fold(typed);
      // Values come most frequent first, so a name two people share picks the one seen most.
      const hit = (options[facet] ?? []).find((v) => fold(v.label) === wanted || v.value === typed);
      if (hit) values.push(hit.value);
      else unknown[facet] = typed;
    }
    filters[facet] = [...new Set(values)];
  }
  return { filters, unknown };
}

/**
 * Real form controls: checkboxes apply at once (one change per key press), while pickers apply
 * only with their "Add" button, because arrowing through a closed select fires a change per option.
 * Focus never moves: the list below updates and the count is announced.
 */
export function TimelineFilters({ filters, options, onNeedOptions, onChange, action }: TimelineFiltersProps) {
  // What the user has asked for shows at once; the URL (and so `filters`) catches up when the
  // new results have loaded. Without this a box would flick back until then.
  const [shown, setShown] = useState(filters);
  const serialized = JSON.stringify(filters);
  useEffect(() => {
    setShown(JSON.parse(serialized) as Filters);
  }, [serialized]);
  const anySelected = FILTER_FACETS.some((f) => shown[f].length > 0);

  const [errors, setErrors] = useState<Partial<Record<FilterFacet, string>>>({});
  const change = (next: Filters) => {
    setErrors({});
    setShown(next);
    onChange(next);
  };
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { filters: next, unknown } = readForm(event.currentTarget, options);
    if (Object.keys(unknown).length > 0) {
      setErrors(Object.fromEntries(Object.entries(unknown).map(([f, text]) => [f, `No ${FACET_NAMES[f as FilterFacet].noun} called “${text}” in this corpus.`])));
      return;
    }
    change(next);
    // A picker empties once its value has been added, ready for the next name.
    event.currentTarget.querySelectorAll<HTMLInputElement>("input[data-picker]").forEach((input) => {
      input.value = "";
    });
  };

  const activeCount = FILTER_FACETS.reduce((n, f) => n + shown[f].length, 0);
  // Open on wide screens; on a phone the results come first and the filters are one tap away.
  const [open, setOpen] = useState(() => typeof window.matchMedia !== "function" || window.matchMedia("(min-width: 40rem)").matches);
  const missing = FILTER_FACETS.some((f) => options[f] === null);
  useEffect(() => {
    if (open && missing) onNeedOptions?.();
  }, [open, missing, onNeedOptions]);

  return (
    <details className="filters-panel" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Filters
        {activeCount > 0 ? <span className="chip-count"> ({activeCount} active)</span> : null}
      </summary>
      <form
        method="get"
        action={action}
        className="filters"
        aria-label="Filter the timeline"
        onSubmit={apply}
        onChange={(event) => {
          const target = event.target as HTMLElement;
          if (target instanceof HTMLInputElement && target.type === "checkbox") change(readForm(event.currentTarget, options).filters);
        }}
      >
        {FILTER_FACETS.map((facet) => (
          <FacetFieldset key={facet} facet={facet} selected={shown[facet]} values={options[facet]} error={errors[facet]} />
        ))}
        <div className="filters-actions">
          {anySelected ? (
            <a
              href={action}
              onClick={(e) => {
                e.preventDefault();
                change(emptyFilters());
              }}
            >
              Clear all filters
            </a>
          ) : (
            <span className="muted">No filters: every release is listed.</span>
          )}
        </div>
      </form>
    </details>
  );
}

interface FacetFieldsetProps {
  facet: FilterFacet;
  selected: readonly string[];
  values: readonly FacetValue[] | null;
  /** Why the typed name could not be added, shown under the picker. */
  error?: string | undefined;
}

function FacetFieldset({ facet, selected, values: maybeValues, error }: FacetFieldsetProps) {
  const names = FACET_NAMES[facet];
  const values = maybeValues ?? [];
  const labelOf = new Map(values.map((v) => [v.value, v]));
  const asCheckboxes = maybeValues !== null && values.length <= CHECKBOX_LIMIT;
  // Selected values always show as checkboxes, even if the corpus no longer has them, so they can be removed.
  const boxes = asCheckboxes ? [...values.map((v) => v.value), ...selected.filter((s) => !labelOf.has(s))] : [...selected];
  const pickable = asCheckboxes ? [] : values.filter((v) => !selected.includes(v.value)).slice(0, SUGGESTION_LIMIT);
  const pickerId = `filter-add-${facet}`;
  const errorId = `${pickerId}-error`;
  return (
    <fieldset>
      <legend>{names.legend}</legend>
      {boxes.length > 0 ? (
        <ul className="filters-options">
          {boxes.map((value) => {
            const v = labelOf.get(value);
            return (
              <li key={value}>
                <label>
                  <input type="checkbox" name={facet} value={value} checked={selected.includes(value)} onChange={() => {}} />
                  <span>
                    {v?.label ?? value}
                    {v ? <span className="chip-count"> ({formatCount(v.count)})</span> : null}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      ) : null}
      {maybeValues === null ? (
        <p className="muted">Loading…</p>
      ) : asCheckboxes ? (
        values.length === 0 ? <p className="muted">None in this corpus.</p> : null
      ) : (
        <div className="filters-add">
          <label htmlFor={pickerId}>{names.add}</label>
          <input
            id={pickerId}
            type="text"
            name={`add-${facet}`}
            list={`${pickerId}-list`}
            autoComplete="off"
            spellCheck={false}
            data-picker=""
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
          {/* Native suggestions as you type: keyboard and screen-reader support come with the browser. */}
          <datalist id={`${pickerId}-list`}>
            {pickable.map((v) => (
              <option key={v.value} value={v.label} label={`${formatCount(v.count)} ${v.count === 1 ? "release" : "releases"}`} />
            ))}
          </datalist>
          <button type="submit">Add</button>
          {error ? (
            <p id={errorId} className="filters-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      )}
    </fieldset>
  );
}
