import { pageStampOfLine } from "./dates.ts";
import type { Draft } from "./draft.ts";
import type { Block } from "./html-blocks.ts";
import { isBreadcrumb, isFurnitureLine, isNavLine, relatedListStart, siteNameOfCopyright, stripGluedTools } from "./furniture.ts";
import { publisherNameOf } from "./publisher.ts";
import { collapseNameTooltips, foldWhitespace } from "./text.ts";

/** A line before the title that names the site ("Embassy of ... in ...", "Ministry of Foreign Affairs"), not a menu. */
const SITE_NAME = /^(?:(?:The\s+)?(?:Embassy|Consulate(?:[- ]General)?|Permanent Mission|Mission|Ministry|Office|Department|Government|President|Presidency|Prime Minister|State Council|Xinhua|[\p{L}. ]{2,40}(?:News Agency|Ministry|Embassy))\b[^|｜>»]{0,120})$/u;

/**
 * A page saved as its visible text (the Chinese embassy style): a navigation line, a breadcrumb,
 * the title, the body, a glued footer.
 */
export function readPlainText(text: string): Draft {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && lines[i]!.trim() === "") i++;
  };
  skipBlank();
  const furniture: string[] = [];
  let siteName: string | null = null;
  let stampAbove: string | null = null;
  while (i < lines.length && (isNavLine(lines[i]!) || isBreadcrumb(lines[i]!) || isFurnitureLine(lines[i]!) || (SITE_NAME.test(foldWhitespace(lines[i]!)) && !isTitleLike(lines, i)))) {
    const line = foldWhitespace(lines[i]!);
    stampAbove ??= pageStampOfLine(line);
    if (!siteName && SITE_NAME.test(line) && !isNavLine(lines[i]!)) siteName = line;
    furniture.push(lines[i]!);
    i++;
    skipBlank();
  }
  const title = i < lines.length ? foldWhitespace(lines[i]!) : null;
  i++;
  let published: string | null = stampAbove;
  // Timestamps, sources and bylines under the title ("2024-09-04 10:21:05", "Source: Xinhua | Updated: ...").
  for (;;) {
    skipBlank();
    if (i >= lines.length) break;
    const line = lines[i]!.trim();
    const stamp = pageStampOfLine(line);
    if (stamp) published ??= stamp;
    else if (!isFurnitureLine(line)) break;
    i++;
  }
  const rest = lines.slice(i);
  // Blank lines between paragraphs, not just the file's final newline, mean lines are wrapped text.
  const usesBlankLines = /\S[ \t]*\n[ \t]*\n[ \t]*\S/.test(rest.join("\n").trim());
  const paras: string[] = [];
  let current: string[] = [];
  const end = () => {
    if (current.length) paras.push(current.join(" "));
    current = [];
  };
  const nonBlank = rest.map((l, k) => ({ l: l.trim(), k })).filter((x) => x.l);
  const related = relatedListStart(nonBlank.map((x) => x.l));
  // A "Related news" list runs to the end of the page; what follows its heading is headlines and footer.
  const bodyLines = related >= 0 ? rest.slice(0, nonBlank[related]!.k) : rest;
  const footerLines = related >= 0 ? rest.slice(nonBlank[related]!.k) : [];
  for (const line of footerLines) {
    const t = foldWhitespace(line);
    published ??= pageStampOfLine(t);
    siteName ??= siteNameOfCopyright(t);
  }
  for (const line of bodyLines) {
    if (line.trim() === "") end();
    else if (isFurnitureLine(line) || stripGluedTools(line) === "") {
      // A furniture line never joins a paragraph, even without a blank line around it.
      end();
      paras.push(line);
    } else if (usesBlankLines) current.push(line);
    else paras.push(line);
  }
  end();
  const blocks: Block[] = [];
  for (const p of paras) {
    const t = collapseNameTooltips(foldWhitespace(p));
    if (!t || t === title) continue;
    if (isFurnitureLine(t)) {
      const stamp = pageStampOfLine(t);
      if (stamp) published ??= stamp;
      siteName ??= siteNameOfCopyright(t);
      continue;
    }
    const kept = stripGluedTools(t);
    if (kept) blocks.push({ text: kept, boldLead: null, heading: false });
  }
  return { format: "text", title, published, place: null, sourceUrl: null, byline: null, publisherHint: furniture.join(" ") || null, publisherName: publisherNameOf(siteName), blocks, flattened: false };
}

/** A site-name-shaped line is the headline unless a menu or breadcrumb follows it. */
function isTitleLike(lines: string[], i: number): boolean {
  let j = i + 1;
  while (j < lines.length && lines[j]!.trim() === "") j++;
  const next = (lines[j] ?? "").trim();
  return !isNavLine(next) && !isBreadcrumb(next);
}
