import type { ReactNode } from "react";
import { Link, NavLink, Outlet, ScrollRestoration, useNavigation } from "react-router-dom";
import { useRouteFocus } from "../components/use-route-focus.ts";
import { SearchBox } from "../features/search/search-box.tsx";
import "../styles/global.css";
import { paths } from "../lib/paths.ts";

/**
 * The frame of every page: skip link, header with site name, nav and the search slot, main, footer.
 * Also owns focus after navigation and scroll restoration, so every route behaves the same.
 */
export function SiteShell({ children }: { children: ReactNode }) {
  useRouteFocus("main");
  const navigation = useNavigation();
  const busy = navigation.state === "loading";
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to={paths.home.href()} className="brand">
            Readout
          </Link>
          <nav className="site-nav" aria-label="Main">
            <ul>
              <li>
                <NavLink to={paths.home.href()} end>
                  Home
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.timeline.href()}>Timeline</NavLink>
              </li>
              <li>
                <NavLink to={paths.search.href()}>Search</NavLink>
              </li>
            </ul>
          </nav>
          <div className="site-search-slot">
            <SearchBox />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className={busy ? "site-main route-pending" : "site-main"} aria-busy={busy || undefined}>
        {children}
      </main>
      <footer className="site-footer">
        <p>Readout links every release to its published source. Attributions come from the releases themselves.</p>
      </footer>
      <ScrollRestoration />
    </>
  );
}

export function RootLayout() {
  return (
    <SiteShell>
      <Outlet />
    </SiteShell>
  );
}

/** What shows while the first page's code and data load: the frame, so the page never flashes empty. */
export function AppLoading() {
  return (
    <SiteShell>
      <p className="muted" role="status">
        Loading…
      </p>
    </SiteShell>
  );
}
