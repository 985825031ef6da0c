import { startTransition, StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { matchPath, type LoaderFunctionArgs } from "react-router-dom";
import { paths } from "../lib/paths.ts";
import { PRERENDERED_STYLE_ATTR, PRERENDERED_STYLES_ATTR, type PrerenderedKind } from "./prerendered.ts";
import {
  AppRouterProvider,
  createAppRouter,
  createHydratedReleaseRouter,
  RELEASE_ROUTE_ID,
  whenInitialized,
  type AppRouter,
  type ReleaseRouteModule,
} from "./router.tsx";

/** Lets the browser paint and handle input between steps, so no step is one long task. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** How many elements get their styles back per task: each costs a style recalculation. */
const STYLES_PER_TASK = 100;

/**
 * Puts back the inline styles the prerendered markup carries as indexes (see prerendered.ts), a
 * slice per task. Hydration leaves style attributes alone, so this may finish after it.
 */
async function restorePrerenderedStyles(root: HTMLElement) {
  let table: unknown;
  try {
    table = JSON.parse(root.getAttribute(PRERENDERED_STYLES_ATTR) ?? "[]");
  } catch {
    table = [];
  }
  root.removeAttribute(PRERENDERED_STYLES_ATTR);
  const styles = Array.isArray(table) ? table.filter((s): s is string => typeof s === "string") : [];
  const elements = [...root.querySelectorAll<HTMLElement>(`[${PRERENDERED_STYLE_ATTR}]`)];
  for (let i = 0; i < elements.length; i++) {
    if (i > 0 && i % STYLES_PER_TASK === 0) await yieldToBrowser();
    const el = elements[i]!;
    const declarations = styles[Number(el.getAttribute(PRERENDERED_STYLE_ATTR))] ?? "";
    for (const declaration of declarations.split(";")) {
      const at = declaration.indexOf(":");
      if (at > 0) el.style.setProperty(declaration.slice(0, at).trim(), declaration.slice(at + 1).trim());
    }
    el.removeAttribute(PRERENDERED_STYLE_ATTR);
  }
}

/**
 * The prerendered markup is the release at its bare address. A hash (a paragraph to highlight) or
 * a query other than the find words (which the find feature adds after hydration) changes the first
 * render, and hydration would keep the server's attributes, so such a page is rendered afresh.
 */
function matchesPrerenderedUrl(location: { search: string; hash: string }): boolean {
  if (location.hash) return false;
  return [...new URLSearchParams(location.search).keys()].every((key) => key === "q");
}

/**
 * Starts the app in #root. A page holding the app's own markup is hydrated (its DOM is kept, so
 * nothing moves and the long page is not laid out twice); any other content is replaced. Resolves
 * to whether the markup was kept: then a click on it can be replayed, and React hydrates at once
 * what the click needs.
 */
export async function startApp(root: HTMLElement, prerendered: PrerenderedKind | null): Promise<boolean> {
  await yieldToBrowser();
  const hydrated = prerendered === "app" && matchesPrerenderedUrl(window.location) ? await hydratedReleaseRouter() : null;
  // One router for the app's lifetime, created outside React so StrictMode cannot make two.
  const router = hydrated ?? createAppRouter();
  // Rendering only after the first navigation lets a prerendered page keep its content until the
  // app can show the same page, instead of flashing the layout's "Loading…" in between.
  await whenInitialized(router);
  // The static description (prerendered or the home page's) gives way to the one each route renders;
  // React 19 hoists that <meta> into <head> but does not replace an existing one.
  for (const meta of document.head.querySelectorAll('meta[name="description"]')) meta.remove();
  const app = (
    <StrictMode>
      <AppRouterProvider router={router} />
    </StrictMode>
  );
  await yieldToBrowser();
  // Checked again at the last moment: a link to a paragraph may have been followed natively.
  if (hydrated && matchesPrerenderedUrl(router.state.location)) {
    void restorePrerenderedStyles(root);
    // As a transition the hydration yields to the browser every few milliseconds instead of
    // holding the main thread for the whole page.
    startTransition(() => {
      hydrateRoot(root, app);
    });
    return true;
  }
  createRoot(root).render(app);
  return false;
}

/**
 * For a prerendered release page: the router with the release's module and data already loaded,
 * made as the page was made at build time. Null when the page will not render as prerendered (the
 * release failed to load): the usual start then shows what happened.
 */
async function hydratedReleaseRouter(): Promise<AppRouter | null> {
  const match = matchPath(paths.release.pattern, window.location.pathname);
  if (!match) return null;
  const module = await import("./routes/release.tsx");
  let data: Awaited<ReturnType<ReleaseRouteModule["loader"]>>;
  try {
    data = await module.loader({ params: match.params, request: new Request(window.location.href), context: undefined } as LoaderFunctionArgs);
  } catch {
    return null;
  }
  return createHydratedReleaseRouter(module, { loaderData: { [RELEASE_ROUTE_ID]: data } });
}
