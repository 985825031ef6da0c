import { NotFoundContent, RouteErrorBoundary } from "../route-error.tsx";

export function Component() {
  return <NotFoundContent />;
}

export const ErrorBoundary = RouteErrorBoundary;
