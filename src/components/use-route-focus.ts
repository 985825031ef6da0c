import { useEffect, useRef } from "react";
import { useLocation } from "react-router-dom";

/**
 * Moves focus to the new page's `h1` after a client-side navigation to another path.
 * Not on first load (the browser's own start point is right there), not when only the query changes
 * (filters keep focus on the control the user is using), and never when the URL has a hash: a
 * paragraph permalink wins and its page scrolls and focuses the target itself.
 */
export function useRouteFocus(mainId = "main"): void {
  const { pathname, hash } = useLocation();
  const previous = useRef<string | null>(null);

  useEffect(() => {
    const before = previous.current;
    previous.current = pathname;
    if (before === null || before === pathname || hash) return;
    const main = document.getElementById(mainId);
    const heading = main?.querySelector<HTMLElement>("h1") ?? null;
    const target = heading ?? main;
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    // Scroll position belongs to <ScrollRestoration/>; focusing must not move it.
    target.focus({ preventScroll: true });
  }, [pathname, hash, mainId]);
}
