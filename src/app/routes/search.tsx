import { useSearchParams } from "react-router-dom";
import { SearchView } from "../../features/search/search-view.tsx";
import { RouteErrorBoundary } from "../route-error.tsx";

// The search runs in the component, not a loader: typing replaces the URL on every pause, and a
// loader would hold each of those navigations until the engine answered.
export function Component() {
  const [params] = useSearchParams();
  const q = (params.get("q") ?? "").trim();
  return (
    <>
      <title>{q ? `Search: ${q.slice(0, 60)} — Readout` : "Search — Readout"}</title>
      <meta name="description" content="Search every release by word, phrase, speaker, country, publisher and date." />
      <SearchView />
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
