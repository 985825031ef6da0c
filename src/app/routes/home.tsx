import { useLoaderData } from "react-router-dom";
import { siteDescription } from "../../components/format.ts";
import { loadListPage, loadManifest } from "../../lib/corpus-client.ts";
import { HomeView, type HomeLinks } from "../../features/home/home-view.tsx";
import { paths } from "../../lib/paths.ts";
import { RouteErrorBoundary } from "../route-error.tsx";

/** How many of the newest releases the home page lists; the timeline has the rest. */
const LATEST = 20;

export async function loader() {
  const manifest = await loadManifest();
  const first = manifest.pages > 0 ? await loadListPage(0) : { page: 0, items: [] };
  return { manifest, latest: first.items.slice(0, LATEST) };
}

const links: HomeLinks = {
  release: (id) => paths.release.href(id),
  person: (id) => paths.person.href(id),
  timeline: (params) => paths.timeline.href(params),
};

export function Component() {
  const { manifest, latest } = useLoaderData<Awaited<ReturnType<typeof loader>>>();
  return (
    <>
      <title>Readout: latest diplomatic releases</title>
      <meta name="description" content={siteDescription(manifest.count)} />
      <HomeView manifest={manifest} latest={latest} links={links} />
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
