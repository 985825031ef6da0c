import { startStaticServer, type StaticServer } from "../../../scripts/lib/static-server.ts";

/**
 * Serves a built site on a free port with the README's host fallback rule.
 * Usage: `const server = await startServer(inject("distDir"));` ... `await server.close();`
 * `server.url` has no trailing slash: `page.goto(server.url + "/releases/<id>")`.
 */
export function startServer(distDir: string): Promise<StaticServer> {
  return startStaticServer(distDir, { port: 0 });
}
export type { StaticServer };
