import { createReadStream, existsSync, statSync } from "node:fs";
import { join, normalize, resolve } from "node:path";
import type { Plugin } from "vite";

/** Where the built corpus for the current run lives; set by scripts/start.ts and scripts/build-site.ts. */
export function corpusOutDir(): string {
  return resolve(process.env.READOUT_CORPUS_OUT ?? ".readout/corpus");
}

/**
 * Serves the built corpus folder under /corpus/ in dev and preview. The production build copies the
 * same folder into dist/corpus (scripts/build-site.ts), so the URLs are identical in both.
 */
export function corpusPlugin(): Plugin {
  const serve = (root: string) => (req: { url?: string }, res: import("node:http").ServerResponse, next: () => void) => {
    const url = (req.url ?? "").split("?")[0] ?? "";
    if (!url.startsWith("/corpus/")) return next();
    let rel: string;
    try {
      rel = normalize(decodeURIComponent(url.slice("/corpus/".length)));
    } catch {
      res.statusCode = 400;
      res.end("bad path");
      return;
    }
    if (rel.startsWith("..") || rel.includes("\0")) return next();
    const file = join(root, rel);
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.end("not found");
      return;
    }
    // The corpus is JSON, plus binary search postings and facet columns (.bin).
    const type = file.endsWith(".json") ? "application/json; charset=utf-8" : "application/octet-stream";
    res.setHeader("Content-Type", type);
    createReadStream(file).pipe(res);
  };
  return {
    name: "readout-corpus",
    configureServer(server) {
      server.middlewares.use(serve(corpusOutDir()));
    },
    configurePreviewServer(server) {
      server.middlewares.use(serve(corpusOutDir()));
    },
  };
}
