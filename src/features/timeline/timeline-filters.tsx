import { useEffect, useRef, useState, type FormEvent } from "react";
import { formatCount } from "../../components/format.ts";
import type { FacetValue } from "../../lib/corpus-schema.ts";
import { emptyFilters, FILTER_FACETS, type FilterFacet, type Filters } from "../../lib/facets-client.ts";

/** Options where a facet may not be loaded yet (null): its chosen values still show and can be removed. */
export type LazyFilterOptions = Record<FilterFacet, readonly FacetValue[] | null>;

const FACET_NAMES: Record<FilterFacet, { legend: string; add: string }> = {
  person: { legend: "People", add: "Add a person" },
  country: { legend: "Countries", add: "Add a country" },
  publisher: { legend: "Publishers", add: "Add a publisher" },
  kind: { legend: "Kind of occasion", add: "Add a kind" },
  year: { legend: "Years", add: "Add a year" },
};

/** Facets with few values show every value as a checkbox; the others offer a picker. */
const CHECKBOX_LIMIT = 40;
/** A native select stays quick with a few hundred options; rarer values are reached from person pages or search. */
const PICKER_LIMIT = 400;

export interface TimelineFiltersProps {
  filters: Filters;
  options: LazyFilterOptions;
  /** Called once the form is open while some facet's options are not loaded. */
  onNeedOptions?: () => void;
  onChange: (filters: Filters) => void;
  /** Where the form submits without JavaScript, and what "Clear" links to. */
  action: string;
}

function readForm(form: HTMLFormElement): Filters {
  const data = new FormData(form);
  const filters = emptyFilters();
  for (const facet of FILTER_FACETS) {
    const values = data.getAll(facet).map((v) => String(v).trim()).filter(Boolean);
    filters[facet] = [...new Set(values)];
  }
  return filters;
}

/**
 * Real form controls: checkboxes apply at once (one change per key press), while pickers apply
 * only with their "Add" button, because arrowing through a closed select fires a change per option.
 * Focus never moves: the list below updates and the count is announced.
 */
export function TimelineFilters({ filters, options, onNeedOptions, onChange, action }: TimelineFiltersProps) {
  const formRef = useRef<HTMLFormElement>(null);
  // What the user has asked for shows at once; the URL (and so `filters`) catches up when the
  // new results have loaded. Without this a box would flick back until then.
  const [shown, setShown] = useState(filters);
  const serialized = JSON.stringify(filters);
  useEffect(() => {
    setShown(JSON.parse(serialized) as Filters);
    // A picker goes back to its prompt once its value has been added.
    formRef.current?.querySelectorAll<HTMLSelectElement>("select[data-picker]").forEach((s) => {
      s.value = "";
    });
  }, [serialized]);
  const anySelected = FILTER_FACETS.some((f) => shown[f].length > 0);

  const change = (next: Filters) => {
    setShown(next);
    onChange(next);
  };
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    change(readForm(event.currentTarget));
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
        ref={formRef}
        method="get"
        action={action}
        className="filters"
        aria-label="Filter the timeline"
        onSubmit={apply}
        onChange={(event) => {
          const target = event.target as HTMLElement;
          if (target instanceof HTMLInputElement && target.type === "checkbox") change(readForm(event.currentTarget));
        }}
      >
        {FILTER_FACETS.map((facet) => (
          <FacetFieldset key={facet} facet={facet} selected={shown[facet]} values={options[facet]} />
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

function FacetFieldset({ facet, selected, values: maybeValues }: { facet: FilterFacet; selected: readonly string[]; values: readonly FacetValue[] | null }) {
  const names = FACET_NAMES[facet];
  const values = maybeValues ?? [];
  const labelOf = new Map(values.map((v) => [v.value, v]));
  const asCheckboxes = maybeValues !== null && values.length <= CHECKBOX_LIMIT;
  // Selected values always show as checkboxes, even if the corpus no longer has them, so they can be removed.
  const boxes = asCheckboxes ? [...values.map((v) => v.value), ...selected.filter((s) => !labelOf.has(s))] : [...selected];
  const pickable = asCheckboxes ? [] : values.filter((v) => !selected.includes(v.value)).slice(0, PICKER_LIMIT);
  const pickerId = `filter-add-${facet}`;
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
          <select id={pickerId} name={facet} data-picker="" defaultValue="">
            <option value="">Choose…</option>
            {pickable.map((v) => (
              <option key={v.value} value={v.value}>
                {v.label} ({formatCount(v.count)})
              </option>
            ))}
          </select>
          <button type="submit">Add</button>
        </div>
      )}
    </fieldset>
  );
}
