import { pageStampOfLine } from "./dates.ts";

/**
 * Site furniture that survives as lines of text on pages nobody wrote rules for: copyright lines,
 * page tools, bylines, timestamps, share rows, menus. None of it is release text, and left in it
 * turns into paragraphs and fake people ("Reserved").
 */

/** A navigation bar saved as text: short capitalised items set apart by runs of spaces or bars. */
export function isNavLine(line: string): boolean {
  const t = line.trim();
  const items = t.split(/\s{2,}|\s*[|｜]\s*|\t+/).filter(Boolean);
  if (items.length < 3) return false;
  if (!/\s{2,}|[|｜]|\t/.test(t)) return false;
  return items.every((i) => i.split(/\s+/).length <= 5 && /^[\p{Lu}\p{N}&"“'‘(]/u.test(i) && !/[.!?,;:]$/.test(i));
}

/** "Home > China News", "Home » News » Europe". */
export function isBreadcrumb(line: string): boolean {
  const parts = line.trim().split(/\s*[>»›]\s*/);
  return parts.length >= 2 && parts.every((p) => p.length > 0 && p.split(/\s+/).length <= 6) && /^(home|main|start)\b/i.test(parts[0]!);
}

const TOOL = "(?:Suggest To A Friend|Print(?: This Page| Version| Page)?|Printer[- ]Friendly(?: Version)?|Close(?: Window)?|Back to Top|Top|Share(?: This(?: Page)?)?|E-?mail(?: This Page)?|Text Version|Tweet|Download|Favorite|Bookmark)";
/** Page tools, alone or in a row, bracketed or not: "Print", "【Print】【Close】", "[Print] [Close]", "Print | Close". */
const TOOLS_LINE = new RegExp(`^(?:[\\[【(]?\\s*${TOOL}\\s*[\\]】)]?\\s*[|·•/]?\\s*)+$`, "i");
/** Tools glued to the end of the last sentence ("... banquet.Suggest To A Friend", "... 【Print】【Close】"). */
const GLUED_TOOLS = /(?<=[.!?”"’)\]]|^)\s*(?:(?:Suggest To A Friend|[\[【]\s*(?:Print|Close)\s*[\]】])\s*)+(?:\s*(?:Print|Close)\b)*\s*$/i;

const COPYRIGHT = /^(?:Copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4})|\bAll rights reserved\b/i;
const SOURCE_BYLINE = /^\[?\s*(?:\(?\s*Source\s*[:：]\s*[^()|｜.]{1,60}\)?\s*(?:[|｜]\s*)?(?:(?:Editors?|Author|Reporter|Web editor|Responsible editor)\s*[:：]\s*[^|｜]{1,60})?|(?:Editors?|Web editor|Responsible editor)\s*[:：]\s*[\p{Lu}][^|｜.\]]{0,60})\s*\]?$/iu;
const SHARE_ROW = /^(?:Share(?:\s+(?:this|on|to))?(?:\s+(?:article|story|page))?\s*:?)(?:\s*[\p{Lu}][\p{L}+.]*){0,10}\s*$/u;
/** Headings of a "see also" list at the foot of a page. */
export const RELATED_HEADING = /^(?:Related(?:\s+(?:news|articles|stories|content|links|reading|reports|items))?|See also|Read more|More news|Further reading|Recommended|You may also like)\s*:?$/i;

/** A photo caption ends with the picture's credit: "(Tessa News/Mira Kolb)", "(Photo by Mira Kolb)", "(Photo: ...)". */
const PHOTO_CREDIT = /\((?:[\p{Lu}][\p{L} .'-]{1,30}\/\s*[\p{Lu}][\p{L} .'-]{1,40}|Photo(?:graph)?(?:\s+by|\s*:|\s*\/)[^()]{2,60})\)\s*$/u;
export const isPhotoCaption = (t: string) => t.length <= 500 && PHOTO_CREDIT.test(t);

/** A stamp's or byline's label left alone in its own element ("Updated:", "Source:"), or a font-size toolbar. */
const LONE_LABEL = /^(?:(?:Updated|Published|Posted|Released|Source|Editors?|Date|Time|Share|By|Author|Reporter)\s*[:：]?|[\[【]?\s*(?:Font(?:\s+size)?|Text size)\s*[:：][^.!?]{0,40}[\]】]?)$/i;

/** A whole line (or block) that is page furniture and never release text. */
export function isFurnitureLine(line: string): boolean {
  const t = line.trim();
  if (!t) return true;
  if (TOOLS_LINE.test(t)) return true;
  if (t.length <= 240 && COPYRIGHT.test(t)) return true;
  if (t.length <= 140 && SOURCE_BYLINE.test(t)) return true;
  if (t.length <= 120 && SHARE_ROW.test(t)) return true;
  if (pageStampOfLine(t)) return true;
  if (isPhotoCaption(t)) return true;
  if (LONE_LABEL.test(t)) return true;
  return isNavLine(t) || isBreadcrumb(t);
}

/** The line with tools glued to its end taken off; "" when nothing else was on it. */
export function stripGluedTools(line: string): string {
  return line.replace(GLUED_TOOLS, "").trim();
}

/**
 * The index where a "Related news" list starts, or -1. The list runs to the end: its heading, then
 * headlines; prose after it (long lines, or sentences) means the heading was part of the body after all.
 */
export function relatedListStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    if (!RELATED_HEADING.test(lines[i]!.trim())) continue;
    // Headlines: short, few, and mostly without a sentence end; short transcript turns after a "See also" are not a list.
    const after = lines.slice(i + 1).filter((l) => !isFurnitureLine(l));
    const sentences = after.filter((l) => /[.!?"”]$/.test(l.trim())).length;
    if (after.length <= 15 && after.every((l) => l.split(/\s+/).length <= 30) && sentences * 3 <= after.length) return i;
  }
  return -1;
}

/** The site's name as its copyright line states it: "Copyright © 2024 Embassy of X in Y. All rights reserved." */
export function siteNameOfCopyright(line: string): string | null {
  const t = line.trim();
  if (t.length > 240 || !/(?:copyright|©|\(c\))/i.test(t)) return null;
  const m = /(?:copyright|©|\(c\))\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?(?:the\s+)?([\p{Lu}][^.|｜]{2,100}?)\s*(?:[.,|｜]\s*)?(?:All rights reserved\.?)?\s*$/iu.exec(t);
  if (!m) return null;
  const name = m[1]!.replace(/\s*\d{4}\s*$/, "").replace(/,\s*$/, "").trim();
  return name.length >= 3 && !/^all rights/i.test(name) ? name : null;
}
