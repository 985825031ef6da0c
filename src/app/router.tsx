import { createBrowserRouter, RouterProvider } from "react-router-dom";
import { paths } from "./paths.ts";
import { RootLayout } from "./root-layout.tsx";

// Each route module owns its loader, component, title and error boundary; they are lazy so
// the entry chunk stays small whatever pages the app grows.
export const routes = [
  {
    path: "/",
    element: <RootLayout />,
    children: [
      { index: true, lazy: () => import("./routes/home.tsx") },
      { path: paths.release.pattern, lazy: () => import("./routes/release.tsx") },
      { path: "*", lazy: () => import("./routes/not-found.tsx") },
    ],
  },
];

export function AppRouter() {
  const router = createBrowserRouter(routes);
  return <RouterProvider router={router} />;
}
