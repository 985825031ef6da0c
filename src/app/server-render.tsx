import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { createMemoryRouter } from "react-router-dom";
import type { Release } from "../lib/corpus-schema.ts";
import { paths } from "../lib/paths.ts";
import { AppRouterProvider, RELEASE_ROUTE_ID, routesWithRelease } from "./router.tsx";
import * as releaseRoute from "./routes/release.tsx";

/**
 * The app's own markup for a release page, rendered at build time (scripts/lib/prerender.ts) so the
 * browser can hydrate it instead of replacing it: no layout shift, no second layout of a long page.
 * The tree is the browser's (same routes, ids and providers) with the release route's module
 * already loaded and its loader data given, so the first client render produces the same HTML.
 * Built by Vite as an SSR bundle; nothing here reaches the browser.
 */
export function renderReleaseHtml(release: Release): string {
  const router = createMemoryRouter(routesWithRelease(releaseRoute), {
    initialEntries: [paths.release.href(release.id)],
    hydrationData: { loaderData: { [RELEASE_ROUTE_ID]: release } },
  });
  try {
    if (!router.state.initialized) throw new Error(`${release.id}: the release route did not render from the given data`);
    if (router.state.errors) throw new Error(`${release.id}: the release route failed: ${JSON.stringify(router.state.errors).slice(0, 200)}`);
    return renderToString(
      <StrictMode>
        <AppRouterProvider router={router} />
      </StrictMode>,
    );
  } finally {
    router.dispose();
  }
}
