import { createBrowserRouter, RouterProvider } from "react-router-dom";
import { paths } from "../lib/paths.ts";
import { AppLoading, RootLayout } from "./root-layout.tsx";
import { RootErrorBoundary } from "./route-error.tsx";

// Each route module owns its loader, component, title and error boundary; they are lazy so
// the entry chunk stays small whatever pages the app grows. Add one line per route here.
export const routes = [
  {
    path: "/",
    element: <RootLayout />,
    errorElement: <RootErrorBoundary />,
    hydrateFallbackElement: <AppLoading />,
    children: [
      { index: true, lazy: () => import("./routes/home.tsx") },
      { path: paths.release.pattern, lazy: () => import("./routes/release.tsx") },
      { path: paths.person.pattern, lazy: () => import("./routes/person.tsx") },
      { path: paths.timeline.pattern, lazy: () => import("./routes/timeline.tsx") },
      { path: paths.search.pattern, lazy: () => import("./routes/search.tsx") },
      { path: "*", lazy: () => import("./routes/not-found.tsx") },
    ],
  },
];

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export const createAppRouter = (): AppRouter => createBrowserRouter(routes);

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
