import { useLoaderData, type LoaderFunctionArgs } from "react-router-dom";
import { plural } from "../../components/format.ts";
import { PersonView, type PersonLinks } from "../../features/people/person-view.tsx";
import { CorpusNotFoundError, isValidId, loadManifest, loadPersonPage } from "../../lib/corpus-client.ts";
import { loadFacetPositions, sharedListReader } from "../../lib/facets-client.ts";
import { paths } from "../../lib/paths.ts";
import { RouteErrorBoundary } from "../route-error.tsx";

export async function loader({ params }: LoaderFunctionArgs) {
  const id = params.personId;
  if (!isValidId(id)) throw new Response("Not found", { status: 404 });
  try {
    const [manifest, page, positions] = await Promise.all([loadManifest(), loadPersonPage(id), loadFacetPositions("person", id)]);
    return { manifest, page, positions };
  } catch (e) {
    if (e instanceof CorpusNotFoundError) throw new Response("Not found", { status: 404 });
    throw e;
  }
}

const links: PersonLinks = {
  release: (id, paragraphId) => paths.release.href(id, paragraphId),
  person: (id) => paths.person.href(id),
  timelineForPerson: (id) => paths.timeline.href({ person: id }),
};

export function Component() {
  const { manifest, page, positions } = useLoaderData<Awaited<ReturnType<typeof loader>>>();
  const names = new Map(manifest.publishers.map((p) => [p.id, p.name]));
  const { person } = page;
  const mainTitle = page.titles[0]?.title;
  return (
    <>
      <title>{`${person.name} — Readout`}</title>
      <meta
        name="description"
        content={`${person.name}${mainTitle ? `, ${mainTitle}` : ""}: ${plural(page.releaseCount, "release")} and ${plural(page.statementCount, "statement")} in Readout.`}
      />
      <PersonView
      key={page.person.id}
      page={page}
      positions={positions}
      reader={sharedListReader(manifest.pageSize)}
      links={links}
      publisherName={(pid) => names.get(pid) ?? pid}
      />
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
