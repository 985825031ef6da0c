import type { IngestedParagraph } from "../types.ts";
import { findLabelsInRun } from "./labels.ts";
import { splitSentences, startsWithOpenQuote } from "./text.ts";

const TARGET = 380;
const HARD_MAX = 1400;

/**
 * Quotation depth after a sentence. A straight quote opens when it follows a space or the start and
 * comes before a word, and closes otherwise, so a quotation inside a quotation ("we use the "good
 * offices" mechanism") does not end the outer one.
 */
function quoteDepth(s: string, depth: number): number {
  let d = depth;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "“" || ch === "«") d++;
    else if (ch === "”" || ch === "»") d = Math.max(0, d - 1);
    else if (ch === '"') {
      const before = i === 0 ? " " : s[i - 1]!;
      const after = i + 1 < s.length ? s[i + 1]! : " ";
      const opens = /[\s(\[—–-]/.test(before) && !/\s/.test(after);
      d = opens ? d + 1 : Math.max(0, d - 1);
    }
  }
  return d;
}

/**
 * Running text split back into paragraphs at sentence ends: a quotation is never cut, a new
 * quotation starts a paragraph, and otherwise paragraphs close once they reach a readable length.
 */
export function splitIntoParagraphs(text: string): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let len = 0;
  let depth = 0;
  let prevClosedQuote = false;
  for (const s of splitSentences(text)) {
    const startsQuote = startsWithOpenQuote(s);
    const inQuote = depth > 0;
    if (cur.length && (!inQuote || len > HARD_MAX) && (startsQuote || len + s.length > TARGET * 1.4 || prevClosedQuote || len >= TARGET)) {
      out.push(cur.join(" "));
      cur = [];
      len = 0;
    }
    depth = quoteDepth(s, depth);
    prevClosedQuote = depth === 0 && /["”»]/.test(s);
    cur.push(s);
    len += s.length + 1;
  }
  if (cur.length) out.push(cur.join(" "));
  return out;
}

const para = (text: string, label: string | null = null, labelNote: string | null = null, heading = false): IngestedParagraph => ({ text, label, labelNote, heading });

/**
 * A body flattened onto one line (scraped CSV rows): cut at "* * *" section breaks, then at
 * transcript labels, then into paragraphs. A short unpunctuated line after a break is a heading.
 */
export function restoreFlattened(text: string): IngestedParagraph[] {
  const out: IngestedParagraph[] = [];
  for (const section of text.split(/\s*\*\s*\*\s*\*\s*/)) {
    const s = section.trim();
    if (!s) continue;
    const labels = findLabelsInRun(s);
    const first = labels[0];
    const preludeEnd = first ? (first.headingStart >= 0 ? first.headingStart : first.start) : s.length;
    const prelude = s.slice(0, preludeEnd).trim();
    if (prelude) for (const p of splitIntoParagraphs(prelude)) out.push(para(p));
    labels.forEach((l, i) => {
      if (l.headingStart >= 0) {
        const heading = s.slice(l.headingStart, l.start).trim();
        if (heading) out.push(para(heading, null, null, true));
      }
      const next = labels[i + 1];
      const end = next ? (next.headingStart >= 0 ? next.headingStart : next.start) : s.length;
      const words = s.slice(l.textStart, end).trim();
      const parts = words ? splitIntoParagraphs(words) : [];
      if (parts.length === 0) return;
      parts.forEach((p, j) => out.push(j === 0 ? para(p, l.label, l.note) : para(p)));
    });
  }
  return out;
}
