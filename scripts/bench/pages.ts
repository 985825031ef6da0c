import type { Browser, Page } from "playwright-core";
import { median, openCold, percentile, quietAt } from "./browser.ts";

/** Waits until the page shows a heading with text (app route or plain page alike). */
export const waitForHeading = (page: Page) => page.waitForFunction(() => !!document.querySelector("h1")?.textContent?.trim(), undefined, { timeout: 30_000 });
/** Waits until at least five release links are on the page: a list has rendered its first rows. */
export const waitForRows = (page: Page) => page.waitForFunction(() => document.querySelectorAll('a[href*="/releases/"]').length >= 5, undefined, { timeout: 60_000 });

export interface PageTimes {
  fcp: number | null;
  /** The heading (or first rows) on screen. */
  shown: number | null;
  /** Main thread quiet after that: no long task ends later. */
  interactive: number | null;
}

/** Median over `runs` cold loads. */
export async function timePage(browser: Browser, url: string, kind: "heading" | "rows", runs: number): Promise<PageTimes> {
  const fcp: number[] = [];
  const shown: number[] = [];
  const interactive: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { probe } = await openCold(browser, url, kind === "heading" ? waitForHeading : waitForRows);
    const at = kind === "heading" ? probe.h1At : probe.rowsAt;
    if (probe.fcp !== null) fcp.push(probe.fcp);
    if (at !== null) {
      shown.push(at);
      interactive.push(quietAt(probe, Math.max(at, probe.fcp ?? 0)));
    }
  }
  return { fcp: median(fcp), shown: median(shown), interactive: median(interactive) };
}

/**
 * Scrolls a rendered list with real wheel input and records the interval between animation frames;
 * returns the 95th percentile frame time in ms (16.7 ms is a smooth 60 Hz).
 */
export async function scrollFrameTime(browser: Browser, url: string): Promise<{ p95: number | null; firstRows: number | null }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __rowsAt: number | null };
      w.__rowsAt = null;
      new MutationObserver(() => {
        if (w.__rowsAt === null && document.querySelectorAll('a[href*="/releases/"]').length >= 5) w.__rowsAt = performance.now();
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(url, { waitUntil: "load" });
    await waitForRows(page);
    await page.waitForLoadState("networkidle");
    const firstRows = await page.evaluate(() => (window as unknown as { __rowsAt: number | null }).__rowsAt);
    await page.mouse.move(206, 500);
    // A string, not a function: the bundler's name helpers would not exist inside the page.
    await page.evaluate(`(() => {
      window.__frames = [];
      window.__run = true;
      let last = performance.now();
      const tick = (t) => {
        window.__frames.push(t - last);
        last = t;
        if (window.__run) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    for (let i = 0; i < 60; i++) {
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(16);
    }
    await page.waitForTimeout(200);
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __run: boolean };
      w.__run = false;
      return w.__frames.slice(1);
    });
    return { p95: percentile(frames, 95), firstRows };
  } finally {
    await context.close();
  }
}
