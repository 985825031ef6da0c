import { useState } from "react";
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

export function AppRouter() {
  // One router for the app's lifetime, even when StrictMode renders twice.
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
