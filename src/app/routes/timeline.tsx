import { useCallback } from "react";
import { useLoaderData, useSearchParams, type LoaderFunctionArgs } from "react-router-dom";
import { kindLabel } from "../../components/format.ts";
import type { FilterOptions } from "../../features/timeline/timeline-filters.tsx";
import { TimelineView } from "../../features/timeline/timeline-view.tsx";
import { loadManifest } from "../../lib/corpus-client.ts";
import { filtersFromSearchParams, filtersToParams, loadFacetIndex, resolveFilters, sharedListReader, type Filters } from "../../lib/facets-client.ts";
import { paths } from "../paths.ts";
import { RouteErrorBoundary } from "../route-error.tsx";

export async function loader({ request }: LoaderFunctionArgs) {
  const filters = filtersFromSearchParams(new URL(request.url).searchParams);
  const manifest = await loadManifest();
  const [person, country, kind, positions] = await Promise.all([
    loadFacetIndex("person"),
    loadFacetIndex("country"),
    loadFacetIndex("kind"),
    resolveFilters(filters, manifest.count),
  ]);
  const options: FilterOptions = {
    person: person.values,
    country: country.values,
    publisher: manifest.publishers.map((p) => ({ value: p.id, label: p.name, count: p.count })),
    kind: kind.values.map((v) => ({ ...v, label: v.label === v.value ? kindLabel(v.value) : v.label })),
    year: [...manifest.years].sort((a, b) => b.year - a.year).map((y) => ({ value: String(y.year), label: String(y.year), count: y.count })),
  };
  return { manifest, filters, options, positions };
}

export function Component() {
  const { manifest, filters, options, positions } = useLoaderData<Awaited<ReturnType<typeof loader>>>();
  const [, setSearchParams] = useSearchParams();
  const onFiltersChange = useCallback(
    (next: Filters) => {
      const params = new URLSearchParams();
      for (const [facet, values] of Object.entries(filtersToParams(next))) for (const v of values) params.append(facet, v);
      // Each filter state is its own history entry (Back undoes a filter); the page keeps its scroll.
      setSearchParams(params, { preventScrollReset: true });
    },
    [setSearchParams],
  );
  const names = new Map(manifest.publishers.map((p) => [p.id, p.name]));
  return (
    <TimelineView
      total={manifest.count}
      positions={positions}
      reader={sharedListReader(manifest.pageSize)}
      filters={filters}
      options={options}
      onFiltersChange={onFiltersChange}
      releaseHref={(id) => paths.release.href(id)}
      publisherName={(id) => names.get(id) ?? id}
      timelineHref={paths.timeline.href()}
    />
  );
}

export const ErrorBoundary = RouteErrorBoundary;
