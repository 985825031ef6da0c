import { isRouteErrorResponse, Link, useLoaderData, useRevalidator, useRouteError, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from "react-router-dom";
import { ReleasePage } from "../../features/releases/release-page.tsx";
import { useReleaseFind } from "../../features/search/find-in-release.tsx";
import { CorpusNotFoundError, isValidId, loadRelease } from "../../lib/corpus-client.ts";
import { paths } from "../../lib/paths.ts";

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
  return <ReleasePage key={release.id} release={release} find={find} {...(renderText ? { renderText } : {})} />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const revalidator = useRevalidator();
  return (
    <section className="release-error">
      <title>{notFound ? "Release not found — Readout" : "Could not load this release — Readout"}</title>
      {notFound && <meta name="robots" content="noindex" />}
      <h1 tabIndex={-1}>{notFound ? "Release not found" : "Could not load this release"}</h1>
      <p>
        {notFound
          ? "There is no release at this address. It may have been mistyped."
          : "Something went wrong while loading it. Check your connection and try again."}
      </p>
      {!notFound && (
        <p>
          <button type="button" onClick={() => revalidator.revalidate()} disabled={revalidator.state === "loading"}>
            Try again
          </button>
        </p>
      )}
      <p>
        <Link to={paths.home.href()}>Go to the latest releases</Link>
      </p>
    </section>
  );
}
