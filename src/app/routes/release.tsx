import { useMemo } from "react";
import { isRouteErrorResponse, Link, useLoaderData, useRevalidator, useRouteError, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from "react-router-dom";
import { ReleasePage } from "../../features/releases/release-page.tsx";
import { useReleaseFind } from "../../features/search/find-in-release.tsx";
import { CorpusNotFoundError, isValidId, loadRelease } from "../../lib/corpus-client.ts";
import { paths } from "../../lib/paths.ts";
import { describe } from "../../lib/release-format.ts";
import { NotFoundContent } from "../route-error.tsx";
import "./release-route.css";

export async function loader({ params }: LoaderFunctionArgs) {
  if (!isValidId(params.releaseId)) throw new Response("Not found", { status: 404 });
  try {
    return await loadRelease(params.releaseId);
  } catch (e) {
    if (e instanceof CorpusNotFoundError) throw new Response("Not found", { status: 404 });
    throw e;
  }
}

// The chosen speaker, a quote and the paragraph anchor live in the URL but do not change the data.
export function shouldRevalidate({ currentParams, nextParams, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return currentParams.releaseId !== nextParams.releaseId && defaultShouldRevalidate;
}

export function Component() {
  const release = useLoaderData<Awaited<ReturnType<typeof loader>>>();
  const { find, renderText } = useReleaseFind(release.paragraphs);
  const firstText = release.paragraphs.find((p) => p.kind !== "heading")?.text ?? release.title;
  // The find hook renders again right after hydration, synchronously; without marks to add, the
  // page (hundreds of paragraphs) must not render again with it.
  const page = useMemo(
    () => <ReleasePage key={release.id} release={release} find={find} {...(renderText ? { renderText } : {})} />,
    [release, find, renderText],
  );
  return (
    <>
      <title>{`${release.title} — Readout`}</title>
      <meta name="description" content={describe(firstText)} />
      {page}
    </>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const revalidator = useRevalidator();
  if (notFound) return <NotFoundContent heading="Release not found" explanation="There is no release at this address. It may have been mistyped." />;
  return (
    <section className="release-error">
      <title>Could not load this release — Readout</title>
      <h1 tabIndex={-1}>Could not load this release</h1>
      <p>Something went wrong while loading it. Check your connection and try again.</p>
      <p>
        <button type="button" onClick={() => revalidator.revalidate()} disabled={revalidator.state === "loading"}>
          Try again
        </button>
      </p>
      <p>
        <Link to={paths.home.href()}>Go to the latest releases</Link>
      </p>
    </section>
  );
}
