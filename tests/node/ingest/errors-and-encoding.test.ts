import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { MAX_RAW_BYTES } from "../../../src/pipeline/ingest/decode.ts";
import { ingestError, ingestOk } from "./helpers.ts";

const html = (title: string, extra = "") =>
  `<html><head><meta charset="utf-8"></head><body><h1>${title}</h1><time datetime="2020-01-02">2 January</time><article><p>The ministers met in Northtown and talked about café prices and trade for an hour.</p>${extra}</article></body></html>`;

describe("bad input gets one line naming the file and the problem", () => {
  it.each([
    ["empty file", new Uint8Array(0), /fixtures\/x\.html: empty file/],
    ["whitespace only", " \n\t ", /fixtures\/x\.html: file holds only whitespace/],
    ["over-large file", new Uint8Array(MAX_RAW_BYTES + 1).fill(65), /fixtures\/x\.html: file too large/],
    ["no title", "<html><body><article><p>The ministers met and talked about trade for an hour, then left.</p></article></body></html>", /fixtures\/x\.html: no title/],
    ["no date", "<html><body><h1>Talks</h1><article><p>The ministers met and talked about trade for an hour, then left.</p></article></body></html>", /fixtures\/x\.html: no date/],
  ])("%s", (_, content, message) => {
    const error = ingestError("x.html", content);
    expect(error).toMatch(message);
    expect(error).not.toContain("\n");
  });

  it("rejects JSON that is neither a feed item nor a row, and JSON that does not parse", () => {
    expect(ingestError("x.json", JSON.stringify({ name: "a table row of something else" }))).toMatch(/x\.json: JSON of an unknown shape/);
    expect(ingestError("x.json", '{"title": "cut off')).toMatch(/x\.json: not valid JSON/);
  });

  it("rejects bytes that are no text at all", () => {
    expect(ingestError("x.bin", new Uint8Array([0, 1, 2, 3, 0, 5, 6, 7]))).toMatch(/x\.bin: unknown format/);
  });

  it("reads by content, not by extension", () => {
    expect(ingestOk("misnamed.txt", html("Talks in Northtown")).format).toBe("html");
  });
});

describe("encodings", () => {
  it("reads UTF-8 with a byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html("Café talks"))]);
    expect(ingestOk("a.html", bytes).title).toBe("Café talks");
  });

  it("reads UTF-16 little and big endian with their marks", () => {
    const le = iconv.encode(html("Café talks"), "utf-16le");
    const be = iconv.encode(html("Café talks"), "utf-16be");
    expect(ingestOk("a.html", new Uint8Array([0xff, 0xfe, ...le])).title).toBe("Café talks");
    expect(ingestOk("a.html", new Uint8Array([0xfe, 0xff, ...be])).title).toBe("Café talks");
  });

  it("honours a declared charset", () => {
    const page = html("Café talks").replace('charset="utf-8"', 'charset="iso-8859-1"');
    const r = ingestOk("a.html", iconv.encode(page, "latin1"));
    expect(r.title).toBe("Café talks");
    expect(r.warnings).toEqual([]);
  });

  it("falls back to windows-1252 for broken UTF-8 and says so", () => {
    const page = html("Caf\u00e9 talks \u2013 day one").replace('<meta charset="utf-8">', "");
    const r = ingestOk("a.html", iconv.encode(page, "windows-1252"));
    expect(r.title).toBe("Café talks – day one");
    expect(r.warnings).toEqual(["fixtures/a.html: not valid UTF-8, read as windows-1252"]);
  });
});
