import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { createGzip, gzipSync } from "node:zlib";

/**
 * A tiny static host for the built site, used by e2e tests, benchmarks and `npm run preview`.
 * It applies the same fallback rule the README asks of any real host, so a test here proves
 * deep links survive a reload there:
 *   1. the path names a file in dist: serve it;
 *   2. `<path>/index.html` exists (a prerendered page): serve it;
 *   3. the path is under /corpus/ or /assets/ or has a file extension: 404 (a missing data file
 *      must not turn into an HTML page the client would try to parse);
 *   4. anything else is an app route: serve index.html with status 200, and the app decides
 *      (its own not-found page for unknown routes).
 */

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
  // Search postings and facet columns (src/lib/search-format.ts).
  ".bin": "application/octet-stream",
};

/** Text formats and the search index's binary postings, which compress well; images and fonts do not. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml|manifest\+json|octet-stream)|image\/svg)/;

export interface StaticServer {
  /** "http://127.0.0.1:<port>" without a trailing slash. */
  url: string;
  port: number;
  server: Server;
  close: () => Promise<void>;
}

export interface StaticServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Resolves a URL path to the file the fallback rule serves, or null for a 404. Exported for tests. */
export async function resolveStaticPath(root: string, urlPath: string): Promise<{ file: string; fallback: boolean } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = resolve(root, "." + (decoded.startsWith("/") ? decoded : `/${decoded}`));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (await isFile(file)) return { file, fallback: false };
  const index = join(file, "index.html");
  if (await isFile(index)) return { file: index, fallback: false };
  const isData = decoded.startsWith("/corpus/") || decoded.startsWith("/assets/") || extname(decoded) !== "";
  if (isData) return null;
  const appShell = join(root, "index.html");
  return (await isFile(appShell)) ? { file: appShell, fallback: true } : null;
}

/** Files up to this size are compressed once and kept, as a real host's edge cache would. */
const CACHE_FILE_BYTES = 1 << 20;
const CACHE_TOTAL_BYTES = 256 << 20;

/**
 * Gzipped bodies by file, least recently used first out. Compressing each response again would
 * charge every request of a benchmark for work no real host does per request.
 */
function gzipCache() {
  const bodies = new Map<string, { stamp: string; body: Buffer }>();
  let total = 0;
  return async (file: string): Promise<Buffer | null> => {
    const info = await stat(file);
    if (info.size > CACHE_FILE_BYTES) return null;
    const stamp = `${info.mtimeMs}:${info.size}`;
    const hit = bodies.get(file);
    if (hit) {
      bodies.delete(file);
      if (hit.stamp === stamp) {
        bodies.set(file, hit);
        return hit.body;
      }
      total -= hit.body.length;
    }
    const body = gzipSync(await readFile(file));
    bodies.set(file, { stamp, body });
    total += body.length;
    for (const [k, v] of bodies) {
      if (total <= CACHE_TOTAL_BYTES) break;
      bodies.delete(k);
      total -= v.body.length;
    }
    return body;
  };
}

/** Serves `dir` until `close()` is called. */
export async function startStaticServer(dir: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const compressed = gzipCache();
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const urlPath = new URL(req.url ?? "/", "http://localhost").pathname;
    const hit = await resolveStaticPath(root, urlPath);
    if (!hit) {
      const notFound = join(root, "404.html");
      const body = (await isFile(notFound)) && !urlPath.startsWith("/corpus/") ? notFound : null;
      res.writeHead(404, { "Content-Type": body ? TYPES[".html"]! : TYPES[".txt"]! });
      if (body && req.method === "GET") createReadStream(body).pipe(res);
      else res.end(req.method === "GET" && !body ? "not found" : undefined);
      return;
    }
    const type = TYPES[extname(hit.file)] ?? "application/octet-stream";
    const headers: Record<string, string> = { "Content-Type": type, "X-Content-Type-Options": "nosniff" };
    // Hashed bundles never change under one name; everything else is revalidated.
    // The icon is asked for again on every client navigation in Chromium; a day's caching spares a connection.
    headers["Cache-Control"] = urlPath.startsWith("/assets/") ? "public, max-age=31536000, immutable" : /^\/favicon\.\w+$/.test(urlPath) ? "public, max-age=86400" : "no-cache";
    // Compressed as any real host would, so page-load figures (Lighthouse, the bench) see real transfer sizes.
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    headers["Vary"] = "Accept-Encoding";
    if (gzip) headers["Content-Encoding"] = "gzip";
    const body = gzip ? await compressed(hit.file) : null;
    if (body) headers["Content-Length"] = String(body.length);
    res.writeHead(200, headers);
    if (req.method === "HEAD") res.end();
    else if (body) res.end(body);
    else {
      const file = createReadStream(hit.file).on("error", () => res.destroy());
      if (gzip) file.pipe(createGzip()).pipe(res);
      else file.pipe(res);
    }
  };
  const server = createServer((req, res) => {
    handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, host, () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

// `npm run preview [-- <folder>]`: serve a built site with the same rule a real host must follow.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? process.env.READOUT_DIST ?? "dist";
  const server = await startStaticServer(dir, { port: Number(process.env.PORT ?? 4173), host: process.env.HOST ?? "127.0.0.1" });
  console.log(`Serving ${resolve(dir)} at ${server.url}/ (Ctrl-C to stop)`);
  process.once("SIGINT", () => void server.close().then(() => process.exit(0)));
}
