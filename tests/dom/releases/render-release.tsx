import { render } from "@testing-library/react";
import { createMemoryRouter, RouterProvider, useLocation, useParams } from "react-router-dom";
import { paths } from "../../../src/lib/paths.ts";
import type { Release } from "../../../src/lib/corpus-schema.ts";
import { ReleasePage } from "../../../src/features/releases/release-page.tsx";

function LocationProbe() {
  const location = useLocation();
  return <output aria-label="location">{`${location.pathname}${location.search}${location.hash}`}</output>;
}

function PersonStub() {
  const { personId } = useParams();
  return <h1>Person {personId}</h1>;
}

/** Renders the release page inside a memory router, with a stub person page to follow links to. */
export function renderRelease(release: Release, entry = paths.release.href(release.id)) {
  const router = createMemoryRouter(
    [
      {
        path: paths.release.pattern,
        element: (
          <>
            <ReleasePage release={release} />
            <LocationProbe />
          </>
        ),
      },
      { path: paths.person.pattern, element: <PersonStub /> },
    ],
    { initialEntries: [entry] },
  );
  return { router, ...render(<RouterProvider router={router} />) };
}
