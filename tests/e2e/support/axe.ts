import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
let source: string | null = null;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending nodes. */
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2 A/AA rules) on the page as it is now and returns its violations, simplified.
 * Usage: `expect(await axe(page)).toEqual([])`. Pass `{ include: "main" }` to check one region.
 */
export async function axe(page: Page, options: { include?: string } = {}): Promise<AxeViolation[]> {
  source ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  // Evaluated through the DevTools protocol, which the site's strict CSP does not govern;
  // addScriptTag would add an inline script that the CSP rightly blocks.
  await page.evaluate(source);
  return page.evaluate(async (include) => {
    const w = window as unknown as {
      axe: {
        run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
      };
    };
    const result = await w.axe.run(include ? { include: [include] } : document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  }, options.include ?? null);
}
