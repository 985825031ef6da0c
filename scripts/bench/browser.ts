import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.READOUT_CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Installed before any page script: records long tasks, and the moment the page first shows an <h1> with
 * text and at least `minLinks` links to releases, so the same probe times the app and plain HTML pages.
 */
export const PROBE = `(() => {
  const probe = { longTasks: [], h1At: null, rowsAt: null, lastMutation: 0 };
  window.__bench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  const check = () => {
    probe.lastMutation = performance.now();
    if (probe.h1At === null) {
      const h1 = document.querySelector("h1");
      if (h1 && h1.textContent && h1.textContent.trim()) probe.h1At = performance.now();
    }
    if (probe.rowsAt === null && document.querySelectorAll('a[href*="/releases/"]').length >= 5) probe.rowsAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  document.addEventListener("DOMContentLoaded", check);
})();`;

export interface Probe {
  longTasks: [number, number][];
  h1At: number | null;
  rowsAt: number | null;
  /** Last DOM change seen: for an app, when it finished rendering over the HTML it was served. */
  lastMutation: number;
  fcp: number | null;
  loadEventEnd: number;
}

export async function readProbe(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const w = window as unknown as { __bench: Omit<Probe, "fcp" | "loadEventEnd"> };
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    return { ...w.__bench, fcp, loadEventEnd: nav?.loadEventEnd ?? 0 };
  });
}

export interface Transfer {
  /** Bytes on the wire as the server sent them (headers and bodies). */
  transferred: number;
  /** Sum of each response body gzipped, what a compressing host would send. */
  gzip: number;
  /** Same, for /corpus/ data only. */
  dataGzip: number;
  /** The HTML document itself, gzipped: a prerendered page carries the release text here. */
  documentGzip: number;
  requests: number;
}

/** Opens `url` in a fresh context (cold cache) and counts every response until the network is idle. */
export async function openCold(browser: Browser, url: string, waitFor: (page: Page) => Promise<unknown>): Promise<{ transfer: Transfer; probe: Probe }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const transfer: Transfer = { transferred: 0, gzip: 0, dataGzip: 0, documentGzip: 0, requests: 0 };
    cdp.on("Network.loadingFinished", (e: { encodedDataLength: number }) => {
      transfer.transferred += e.encodedDataLength;
    });
    const bodies: Promise<void>[] = [];
    page.on("response", (response) => {
      transfer.requests++;
      bodies.push(
        response
          .body()
          .then((body) => {
            const gz = gzipSync(body).length;
            transfer.gzip += gz;
            if (new URL(response.url()).pathname.startsWith("/corpus/")) transfer.dataGzip += gz;
            if (response.request().resourceType() === "document") transfer.documentGzip += gz;
          })
          .catch(() => undefined),
      );
    });
    await page.goto(url, { waitUntil: "load" });
    await waitFor(page);
    await page.waitForLoadState("networkidle");
    await Promise.all(bodies);
    const probe = await readProbe(page);
    return { transfer, probe };
  } finally {
    await context.close();
  }
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
}
