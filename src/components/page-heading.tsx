import type { ReactNode } from "react";

/**
 * The page's one `h1`. It takes focus after a client-side navigation (see use-route-focus.ts), so
 * screen-reader and keyboard users start reading the new page where sighted users do.
 */
export function PageHeading({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <h1 tabIndex={-1} id={id}>
      {children}
    </h1>
  );
}
