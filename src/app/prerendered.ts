/**
 * How a prerendered page (scripts/lib/prerender.ts) tells the browser what it holds. Kept apart
 * from the app so the entry script can read it without loading anything else.
 */

/** On #root: "app" when it holds the app's own markup (hydrate it), "static" for a plain readable copy (replace it). */
export const PRERENDERED_ATTR = "data-prerendered";
export type PrerenderedKind = "app" | "static";

/** On #root: the corpus file the page's route loads first, fetched once the page has painted. */
export const PRERENDERED_DATA_ATTR = "data-prerendered-data";

/**
 * Inline `style` attributes are blocked by the CSP, so the prerendered markup carries an index into
 * a table of declarations (JSON on #root, `PRERENDERED_STYLES_ATTR`) that the app applies through
 * the CSSOM, which the policy allows, before it hydrates.
 */
export const PRERENDERED_STYLE_ATTR = "data-ssr-style";
export const PRERENDERED_STYLES_ATTR = "data-ssr-styles";

export function prerenderedKind(root: Element): PrerenderedKind | null {
  const kind = root.getAttribute(PRERENDERED_ATTR);
  return kind === "app" || kind === "static" ? kind : null;
}
