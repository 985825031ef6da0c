import { useCallback, useState } from "react";
import { useLoaderData, useSearchParams, type LoaderFunctionArgs } from "react-router-dom";
import { kindLabel, plural } from "../../components/format.ts";
import type { LazyFilterOptions } from "../../features/timeline/timeline-filters.tsx";
import { describeFilters, TimelineView } from "../../features/timeline/timeline-view.tsx";
import { loadManifest } from "../../lib/corpus-client.ts";
import { filtersFromSearchParams, filtersToParams, hasFilters, loadFacetIndex, resolveFilters, sharedListReader, type Filters } from "../../lib/facets-client.ts";
import { paths } from "../../lib/paths.ts";
import { RouteErrorBoundary } from "../route-error.tsx";

/** Facets whose index grows with the corpus (thousands of people): fetched only when needed. */
const LARGE_FACETS = ["person", "country"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const filters = filtersFromSearchParams(new URL(request.url).searchParams);
  const manifest = await loadManifest();
  // A large index is needed up front only to label the values already chosen; otherwise the
  // filter form asks for it when it is opened (see onNeedOptions), so a phone never pays for it.
  const large = (facet: (typeof LARGE_FACETS)[number]) => (filters[facet].length > 0 ? loadFacetIndex(facet).then((i) => i.values) : Promise.resolve(null));
  const [person, country, kind, positions] = await Promise.all([large("person"), large("country"), loadFacetIndex("kind"), resolveFilters(filters, manifest.count)]);
  const options: LazyFilterOptions = {
    person,
    country,
    publisher: manifest.publishers.map((p) => ({ value: p.id, label: p.name, count: p.count })),
    kind: kind.values.map((v) => ({ ...v, label: v.label === v.value ? kindLabel(v.value) : v.label })),
    year: [...manifest.years].sort((a, b) => b.year - a.year).map((y) => ({ value: String(y.year), label: String(y.year), count: y.count })),
  };
  return { manifest, filters, options, positions };
}

export function Component() {
  const { manifest, filters, options: loaded, positions } = useLoaderData<Awaited<ReturnType<typeof loader>>>();
  const [later, setLater] = useState<Partial<LazyFilterOptions>>({});
  const options: LazyFilterOptions = { ...loaded, person: loaded.person ?? later.person ?? null, country: loaded.country ?? later.country ?? null };
  const onNeedOptions = useCallback(() => {
    Promise.all(LARGE_FACETS.map((f) => loadFacetIndex(f))).then(
      ([person, country]) => setLater({ person: person!.values, country: country!.values }),
      // The filters still work from the URL; the pickers just stay unavailable.
      () => setLater({ person: [], country: [] }),
    );
  }, []);
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
    <>
      <title>{hasFilters(filters) ? `Timeline: ${describeFilters(filters, options)} — Readout` : "Timeline — Readout"}</title>
      <meta name="description" content={`Every release by date, ${plural(manifest.count, "release")}, filterable by person, country, publisher, kind and year.`} />
      <TimelineView
      total={manifest.count}
      positions={positions}
      reader={sharedListReader(manifest.pageSize)}
      filters={filters}
      options={options}
      onNeedOptions={onNeedOptions}
      onFiltersChange={onFiltersChange}
      releaseHref={(id) => paths.release.href(id)}
      publisherName={(id) => names.get(id) ?? id}
      timelineHref={paths.timeline.href()}
      />
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
