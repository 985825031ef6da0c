import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";

/** The system Chromium with the flags the shared two-core machine needs; never a downloaded browser. */
export const CHROMIUM_PATH = process.env.READOUT_CHROMIUM ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** One browser per test file: launch in beforeAll, `await browser.close()` in afterAll. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * A fresh page in its own context that records console errors and page errors, so a test can
 * assert that nothing broke (`expect(errors).toEqual([])`). Close it with `page.context().close()`.
 */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return { page, errors };
}
