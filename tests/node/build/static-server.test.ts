import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer, type StaticServer } from "../../../scripts/lib/static-server.ts";
import { tempDir } from "./helpers.ts";

// The host fallback rule of the README, as the e2e tests and benchmarks rely on it.
describe("static server fallback rule", () => {
  const tmp = tempDir("static");
  let server: StaticServer;

  beforeAll(async () => {
    const put = (name: string, text: string) => {
      mkdirSync(join(tmp.dir, name, ".."), { recursive: true });
      writeFileSync(join(tmp.dir, name), text);
    };
    put("index.html", "<title>app shell</title>");
    put("404.html", "<title>not found</title>");
    put("assets/app-1234.js", "console.log(1)");
    put("corpus/manifest.json", '{"count":1}');
    put("releases/2026-01-01-a-talk-abc123/index.html", "<title>prerendered</title>");
    server = await startStaticServer(tmp.dir);
  });
  afterAll(async () => {
    await server.close();
    tmp.cleanup();
  });

  const get = async (path: string) => {
    const res = await fetch(server.url + path);
    return { status: res.status, type: res.headers.get("content-type"), body: await res.text() };
  };

  it("serves a file that exists, with its type", async () => {
    expect(await get("/corpus/manifest.json")).toEqual({ status: 200, type: "application/json; charset=utf-8", body: '{"count":1}' });
    expect((await get("/assets/app-1234.js")).type).toMatch(/^text\/javascript/);
  });

  it("compresses text for a client that accepts gzip, as a real host would, and not otherwise", async () => {
    const { request } = await import("node:http");
    const raw = (encoding: string | null) =>
      new Promise<{ encoding: string | undefined; bytes: Buffer }>((ok, fail) => {
        const req = request(server.url + "/corpus/manifest.json", { headers: encoding ? { "Accept-Encoding": encoding } : {} }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c)).on("end", () => ok({ encoding: res.headers["content-encoding"], bytes: Buffer.concat(chunks) }));
        });
        req.on("error", fail).end();
      });
    const zipped = await raw("gzip, deflate");
    expect(zipped.encoding).toBe("gzip");
    expect((await import("node:zlib")).gunzipSync(zipped.bytes).toString()).toBe('{"count":1}');
    const plain = await raw(null);
    expect(plain.encoding).toBeUndefined();
    expect(plain.bytes.toString()).toBe('{"count":1}');
  });

  it("serves a prerendered page for its route", async () => {
    expect((await get("/releases/2026-01-01-a-talk-abc123")).body).toContain("prerendered");
  });

  it("serves the app shell with status 200 for any other app route, so deep links survive a reload", async () => {
    expect(await get("/releases/not-prerendered")).toMatchObject({ status: 200, body: "<title>app shell</title>" });
    expect(await get("/timeline?year=2026")).toMatchObject({ status: 200, body: "<title>app shell</title>" });
  });

  it("answers 404 for missing data and asset files instead of an HTML page", async () => {
    expect((await get("/corpus/releases/missing.json")).status).toBe(404);
    expect((await get("/assets/gone-0000.js")).status).toBe(404);
    expect((await get("/favicon.ico")).status).toBe(404);
  });

  it("never serves a file outside the site folder", async () => {
    expect((await get("/..%2f..%2fetc%2fpasswd")).status).toBe(404);
    expect((await get("/%2e%2e/%2e%2e/etc/passwd")).body).not.toContain("root:");
  });
});
