import { Form, isRouteErrorResponse, Link, useRouteError } from "react-router-dom";
import { PageHeading } from "../components/page-heading.tsx";
import { paths } from "../lib/paths.ts";
import { SiteShell } from "./root-layout.tsx";

const PAGE_NOT_FOUND = "There is no page at this address. It may have been mistyped, or the release or person is not in this corpus.";

/** "Page not found" with a way on: a search box (plain GET form, works without JavaScript) and home. */
export function NotFoundContent({ heading = "Page not found", explanation = PAGE_NOT_FOUND }: { heading?: string; explanation?: string }) {
  return (
    <>
      <title>{`${heading} — Readout`}</title>
      <meta name="robots" content="noindex" />
      <PageHeading>{heading}</PageHeading>
      <p>{explanation}</p>
      <Form method="get" action={paths.search.href()} role="search" className="search-form" aria-labelledby="not-found-q-label">
        <label htmlFor="not-found-q" id="not-found-q-label">
          Search the releases
        </label>
        <input id="not-found-q" type="search" name="q" autoComplete="off" />
        <button type="submit" className="button-primary">
          Search
        </button>
      </Form>
      <ul>
        <li>
          <Link to={paths.home.href()}>Go to the home page</Link>
        </li>
        <li>
          <Link to={paths.timeline.href()}>Browse the timeline</Link>
        </li>
      </ul>
    </>
  );
}

function ErrorContent({ message }: { message: string }) {
  return (
    <>
      <title>Something went wrong — Readout</title>
      <PageHeading>Something went wrong</PageHeading>
      <p role="alert">{message}</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>{" "}
        or <Link to={paths.home.href()}>go to the home page</Link>.
      </p>
    </>
  );
}

function describe(error: unknown): string {
  if (isRouteErrorResponse(error)) return `The page could not be loaded (HTTP ${error.status}).`;
  if (error instanceof Error) return `The page could not be loaded: ${error.message}`;
  return "The page could not be loaded.";
}

/** Error boundary for route modules: a loader's 404 becomes the not-found page inside the layout. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundContent />;
  return <ErrorContent message={describe(error)} />;
}

/** Last resort for errors the layout itself cannot render around. */
export function RootErrorBoundary() {
  return (
    <SiteShell>
      <RouteErrorBoundary />
    </SiteShell>
  );
}
