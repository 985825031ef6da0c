import { parse as parseYaml } from "yaml";
import { decodeHTML } from "entities";
import { parseDateStamp } from "./dates.ts";
import type { Draft } from "./draft.ts";
import { IngestError } from "./draft.ts";
import type { Block } from "./html-blocks.ts";
import { publisherNameOf } from "./publisher.ts";
import { cleanTitle, foldWhitespace } from "./text.ts";

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function hasFrontMatter(text: string): boolean {
  return FRONT_MATTER.test(text);
}

// Escaped characters are parked in the private-use area while emphasis is removed, so "\\*" stays a star.
const park = (c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0));
const unpark = (s: string) => s.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));

/** Markdown inline syntax to plain text: escapes, emphasis, links, images, stray inline HTML. */
export function markdownInline(s: string): string {
  let t = s.replace(/\\([\\`*_{}\[\]()#+\-.!|>~"'<])/g, (_, c: string) => park(c));
  t = t
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    // Converters leave emphasis markers unbalanced or space-padded ("**Health **"); none of them is text.
    .replace(/\*\*|__/g, "")
    .replace(/(^|[\s(“"‘])[*_](?=\S)/g, "$1")
    .replace(/(\S)[*_](?=[\s.,;:!?)”"’]|$)/g, "$1");
  t = unpark(t);
  return foldWhitespace(t.includes("&") ? decodeHTML(t) : t);
}

interface RawPara {
  lines: string[];
}

/**
 * Markdown with YAML front matter (the White House archive): paragraphs are separated by blank
 * lines, hard-wrapped lines are joined back, and a two-space line end is a line break that starts
 * a new block (header lines such as "Akasaka Palace / Tokyo, Japan" must stay apart).
 */
export function readMarkdown(text: string): Draft {
  const m = FRONT_MATTER.exec(text);
  if (!m) throw new IngestError("Markdown without YAML front matter");
  let meta: Record<string, unknown>;
  try {
    const parsed: unknown = parseYaml(m[1]!);
    meta = parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch (e) {
    throw new IngestError(`bad YAML front matter (${(e as Error).message.split("\n")[0]})`);
  }
  const body = text.slice(m[0].length);
  const paras: RawPara[] = [];
  let current: string[] = [];
  const end = () => {
    if (current.length) paras.push({ lines: current });
    current = [];
  };
  for (const line of body.split(/\r?\n/)) {
    if (line.trim() === "") {
      end();
      continue;
    }
    const hardBreak = / {2,}$|\\$/.test(line);
    current.push(line.replace(/\\$/, ""));
    if (hardBreak) end();
  }
  end();

  const blocks: Block[] = [];
  for (const p of paras) {
    const first = p.lines[0]!;
    const heading = /^\s{0,3}#{1,6}\s/.test(first);
    const joined = p.lines.map((l) => l.replace(/^\s{0,3}#{1,6}\s+/, "").replace(/^\s{0,3}(?:[-*+]|\d+\.)\s+(?=\S)/, "").replace(/^\s{0,3}>\s?/, "")).join(" ");
    const boldLead = /^\s*\*\*([\s\S]+?)\*\*/.exec(joined);
    const textOut = markdownInline(joined);
    if (!textOut) continue;
    blocks.push({ text: textOut, boldLead: boldLead ? markdownInline(boldLead[1]!) : null, heading: heading || (boldLead !== null && markdownInline(boldLead[1]!) === textOut) });
  }
  const value = (k: string) => {
    const v = meta[k];
    if (v instanceof Date) return v.toISOString();
    return typeof v === "string" ? v : typeof v === "number" ? String(v) : null;
  };
  const title = value("title");
  return {
    format: "markdown",
    title: title ? cleanTitle(title) : null,
    published: parseDateStamp(value("date")) ?? parseDateStamp(value("published_time")),
    place: null,
    sourceUrl: value("source_url") ?? value("url") ?? value("link"),
    byline: value("author"),
    publisherHint: null,
    publisherName: publisherNameOf(value("publisher") ?? value("site") ?? value("source_name") ?? value("site_name")),
    blocks,
    flattened: false,
  };
}
