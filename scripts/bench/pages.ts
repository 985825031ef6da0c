import type { Browser, Page } from "playwright-core";
import { median, percentile, PROBE, readProbe } from "./browser.ts";

/** Waits until the page shows a heading with text (app route or plain page alike). */
export const waitForHeading = (page: Page) => page.waitForFunction(() => !!document.querySelector("h1")?.textContent?.trim(), undefined, { timeout: 30_000 });
/** Waits until at least five release links are on the page: a list has rendered its first rows. */
export const waitForRows = (page: Page) => page.waitForFunction(() => document.querySelectorAll('a[href*="/releases/"]').length >= 5, undefined, { timeout: 60_000 });

export interface PageTimes {
  fcp: number | null;
  /** The heading (or first rows) in the page. */
  shown: number | null;
  /** When a click on the page's first control (`clickSelector`) was first handled. */
  interactive: number | null;
}

/**
 * Clicks `selector` from the moment it exists until the click changes the page (a handler ran); returns
 * the page time of the first click that did. A click the page cannot answer yet (script not loaded,
 * main thread busy) changes nothing, or waits, so this is time-to-answer as a user would feel it.
 */
async function firstAnsweredClick(page: Page, selector: string, timeoutMs: number): Promise<number | null> {
  const deadline = Date.now() + timeoutMs;
  await page.waitForSelector(selector, { timeout: timeoutMs, state: "attached" });
  // Strings, not functions: the bundler's name helpers would not exist inside the page.
  const attempt = `(async () => {
    const el = document.querySelector(${JSON.stringify(selector)});
    if (!el) return null;
    let changed = false;
    const mo = new MutationObserver(() => { changed = true; });
    mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const t0 = performance.now();
    el.click();
    await new Promise((r) => setTimeout(r, 50));
    mo.disconnect();
    return changed ? t0 : null;
  })()`;
  while (Date.now() < deadline) {
    const at = (await page.evaluate(attempt)) as number | null;
    if (at !== null) return at;
    await page.waitForTimeout(25);
  }
  return null;
}

/** Median over `runs` cold loads. `clickSelector` names a control whose click changes the page. */
export async function timePage(browser: Browser, url: string, kind: "heading" | "rows", runs: number, clickSelector?: string): Promise<PageTimes> {
  const fcp: number[] = [];
  const shown: number[] = [];
  const interactive: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    try {
      await context.addInitScript(PROBE);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: "commit" });
      const answered = clickSelector ? await firstAnsweredClick(page, clickSelector, 30_000).catch(() => null) : null;
      await (kind === "heading" ? waitForHeading(page) : waitForRows(page));
      await page.waitForLoadState("load", { timeout: 180_000 });
      const probe = await readProbe(page);
      const at = kind === "heading" ? probe.h1At : probe.rowsAt;
      if (probe.fcp !== null) fcp.push(probe.fcp);
      if (at !== null) shown.push(at);
      if (answered !== null) interactive.push(answered);
    } finally {
      await context.close();
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
    // A plain list of 100,000 rows is many megabytes: give it time, that slowness is what it measures.
    await page.goto(url, { waitUntil: "load", timeout: 180_000 });
    await waitForRows(page);
    await page.waitForLoadState("networkidle", { timeout: 180_000 });
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
