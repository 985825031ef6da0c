import { parseWrittenDate } from "./dates.ts";
import type { Draft } from "./draft.ts";
import type { Block } from "./html-blocks.ts";
import { collapseNameTooltips, foldWhitespace } from "./text.ts";

/** A navigation bar saved as text: many short items on one line, set apart by runs of spaces or bars. */
function isNavLine(line: string): boolean {
  const items = line.trim().split(/\s{3,}|\s\|\s|\t+/).filter(Boolean);
  return items.length >= 4 && items.every((i) => i.split(/\s+/).length <= 6);
}

/** "Home > China News", "Home » News » Europe". */
function isBreadcrumb(line: string): boolean {
  const parts = line.trim().split(/\s*[>»›]\s*/);
  return parts.length >= 2 && parts.every((p) => p.length > 0 && p.split(/\s+/).length <= 6) && /^(home|main|start)\b/i.test(parts[0]!);
}

/** Page furniture that text scrapes glue to the last line of the article. */
const TRAILING_FURNITURE = /(?:\s*(?:Suggest To A Friend|Print This Page|Printer[- ]Friendly|Print|Close(?: Window)?|Back to Top|Share|E-?mail This Page)\s*\d*\s*)+$/;

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
  while (i < lines.length && (isNavLine(lines[i]!) || isBreadcrumb(lines[i]!))) {
    furniture.push(lines[i]!);
    i++;
    skipBlank();
  }
  const title = i < lines.length ? foldWhitespace(lines[i]!) : null;
  i++;
  let published: string | null = null;
  skipBlank();
  // A date line under the title ("2018/06/08", "June 8, 2018").
  const dateLine = i < lines.length ? lines[i]!.trim() : "";
  const ymd = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:\s|$)/.exec(dateLine);
  if (ymd) {
    published = `${ymd[1]}-${ymd[2]!.padStart(2, "0")}-${ymd[3]!.padStart(2, "0")}`;
    i++;
  } else if (dateLine.length < 40 && parseWrittenDate(dateLine)) {
    published = parseWrittenDate(dateLine);
    i++;
  }
  const rest = lines.slice(i);
  const usesBlankLines = rest.some((l) => l.trim() === "");
  const paras: string[] = [];
  let current: string[] = [];
  for (const line of rest) {
    if (line.trim() === "") {
      if (current.length) paras.push(current.join(" "));
      current = [];
    } else if (usesBlankLines) current.push(line);
    else paras.push(line);
  }
  if (current.length) paras.push(current.join(" "));
  const blocks: Block[] = [];
  for (const p of paras) {
    const t = collapseNameTooltips(foldWhitespace(p));
    if (t && t !== title && !isNavLine(p) && !isBreadcrumb(p)) blocks.push({ text: t, boldLead: null, heading: false });
  }
  // The footer comes last, either glued to the final sentence or on a line of its own.
  while (blocks.length) {
    const last = blocks[blocks.length - 1]!;
    const stripped = last.text.replace(TRAILING_FURNITURE, "").trim();
    if (stripped === last.text) break;
    if (stripped) {
      last.text = stripped;
      break;
    }
    blocks.pop();
  }
  return { format: "text", title, published, place: null, sourceUrl: null, byline: null, publisherHint: furniture.join(" ") || null, blocks, flattened: false };
}
