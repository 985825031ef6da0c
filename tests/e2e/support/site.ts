import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchBrowser, newPage as openPage } from "./browser.ts";
import { startServer, type StaticServer } from "./server.ts";

export interface Site {
  /** Folder being served: the e2e build, or what `serve` returned. */
  readonly distDir: string;
  /** Origin of the static server, no trailing slash. */
  readonly url: string;
  readonly browser: Browser;
  /**
   * A fresh page in its own context; `errors` collects console errors and page errors.
   * Close it with `page.context().close()`.
   */
  newPage(options?: BrowserContextOptions): Promise<{ page: Page; errors: string[] }>;
}

export interface SiteOptions {
  /** Given the e2e build's folder, returns the folder to serve instead (e.g. a copy over other data). */
  serve?: (builtDir: string) => Promise<string>;
}

/**
 * Registers beforeAll/afterAll for one test file: a static server over the site built by the global
 * setup and one Chromium. Call it at the top level of the file; the fields are readable inside tests.
 */
export function useSite(options: SiteOptions = {}): Site {
  let distDir: string | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const built = inject("distDir");
    distDir = options.serve ? await options.serve(built) : built;
    server = await startServer(distDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const ready = <T,>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useSite: ${what} is read before beforeAll ran (read it inside a test or hook)`);
    return value;
  };

  return {
    get distDir() {
      return ready(distDir, "distDir");
    },
    get url() {
      return ready(server, "url").url;
    },
    get browser() {
      return ready(browser, "browser");
    },
    newPage(contextOptions) {
      // No favicon stub: the site links /favicon.svg, so a missing icon shows up in `errors`.
      return openPage(ready(browser, "browser"), contextOptions);
    },
  };
}
