import { SearchView } from "../../features/search/search-view.tsx";

// The search runs in the component, not a loader: typing replaces the URL on every pause, and a
// loader would hold each of those navigations until the engine answered.
export function Component() {
  return <SearchView />;
}
