import { formatCount, plural } from "../../components/format.ts";
import { PageHeading } from "../../components/page-heading.tsx";
import { VirtualReleaseList } from "../../components/virtual-release-list.tsx";
import { FILTER_FACETS, hasFilters, type Filters, type ListRowReader, type PositionSet } from "../../lib/facets-client.ts";
import { TimelineFilters, type LazyFilterOptions } from "./timeline-filters.tsx";

export interface TimelineViewProps {
  total: number;
  positions: PositionSet;
  reader: ListRowReader;
  filters: Filters;
  options: LazyFilterOptions;
  onNeedOptions?: () => void;
  onFiltersChange: (filters: Filters) => void;
  releaseHref: (id: string) => string;
  publisherName: (id: string) => string;
  /** The unfiltered timeline's address (form action and "Clear"). */
  timelineHref: string;
}

/** "Timeline: Vladimir Putin, 2024" for the document title, from the labels the filters show. */
export function describeFilters(filters: Filters, options: LazyFilterOptions): string {
  const parts: string[] = [];
  for (const facet of FILTER_FACETS) {
    const labels = new Map((options[facet] ?? []).map((v) => [v.value, v.label]));
    for (const value of filters[facet]) parts.push(labels.get(value) ?? value);
  }
  return parts.join(", ");
}

export function TimelineView(props: TimelineViewProps) {
  const { total, positions, reader, filters, options, onNeedOptions, onFiltersChange, releaseHref, publisherName, timelineHref } = props;
  const filtered = hasFilters(filters);
  const described = describeFilters(filters, options);
  const count = positions.length;
  return (
    <>
      <PageHeading>Timeline</PageHeading>
      <TimelineFilters
        filters={filters}
        options={options}
        onChange={onFiltersChange}
        action={timelineHref}
        {...(onNeedOptions ? { onNeedOptions } : {})}
      />
      <p role="status" aria-live="polite" aria-atomic="true">
        {filtered
          ? count === 0
            ? "No release matches these filters."
            : `${formatCount(count)} of ${plural(total, "release")} ${count === 1 ? "matches" : "match"} these filters.`
          : `${plural(count, "release")}, newest first.`}
      </p>
      {count > 0 ? (
        <VirtualReleaseList
          positions={positions}
          reader={reader}
          releaseHref={releaseHref}
          publisherName={publisherName}
          label={filtered ? `Releases matching ${described}, newest first` : "All releases, newest first"}
          groupByMonth
        />
      ) : null}
    </>
  );
}
