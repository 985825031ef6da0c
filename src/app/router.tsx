import { createBrowserRouter, RouterProvider, type HydrationState } from "react-router-dom";
import { paths } from "../lib/paths.ts";
import { AppLoading, RootLayout } from "./root-layout.tsx";
import { RootErrorBoundary } from "./route-error.tsx";

export const RELEASE_ROUTE_ID = "release";

// Each route module owns its loader, component, title and error boundary; they are lazy so
// the entry chunk stays small whatever pages the app grows. Add one line per route here.
export const routes = [
  {
    id: "root",
    path: "/",
    element: <RootLayout />,
    errorElement: <RootErrorBoundary />,
    hydrateFallbackElement: <AppLoading />,
    children: [
      { index: true, lazy: () => import("./routes/home.tsx") },
      // Named, so a prerendered page (src/app/server-render.tsx) and the browser agree on it.
      { id: RELEASE_ROUTE_ID, path: paths.release.pattern, lazy: () => import("./routes/release.tsx") },
      { path: paths.person.pattern, lazy: () => import("./routes/person.tsx") },
      { path: paths.timeline.pattern, lazy: () => import("./routes/timeline.tsx") },
      { path: paths.search.pattern, lazy: () => import("./routes/search.tsx") },
      { path: "*", lazy: () => import("./routes/not-found.tsx") },
    ],
  },
];

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export const createAppRouter = (): AppRouter => createBrowserRouter(routes);

/** The release route's module, as `import("./routes/release.tsx")` gives it. */
export type ReleaseRouteModule = typeof import("./routes/release.tsx");

/**
 * The routes with the release route's module already loaded: what a prerendered release page is
 * rendered with at build time, and hydrated with in the browser, so both make the same tree.
 */
export const routesWithRelease = (module: ReleaseRouteModule) =>
  routes.map((route) => ({
    ...route,
    children: route.children.map((child) => (child.id === RELEASE_ROUTE_ID ? { id: child.id, path: child.path, ...module } : child)),
  }));

/**
 * A router that starts on a prerendered release page with its data in hand: it is initialised at
 * once, and, unlike a router that loads its first page, it does not reset the scroll the reader
 * may already have moved.
 */
export const createHydratedReleaseRouter = (module: ReleaseRouteModule, hydrationData: HydrationState): AppRouter =>
  createBrowserRouter(routesWithRelease(module), { hydrationData });

/**
 * Resolves once the first navigation (lazy route code and loader data) has finished. Rendering
 * only then lets a prerendered page keep its static content until the app can show the same page,
 * instead of flashing the layout's "Loading…" in between.
 */
export function whenInitialized(router: AppRouter): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

export function AppRouterProvider({ router }: { router: AppRouter }) {
  return <RouterProvider router={router} />;
}
