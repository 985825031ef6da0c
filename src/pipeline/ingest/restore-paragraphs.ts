import type { IngestedParagraph } from "../types.ts";
import { findLabelsInRun } from "./labels.ts";
import { splitSentences, startsWithOpenQuote } from "./text.ts";

const TARGET = 380;
const HARD_MAX = 1400;

function quoteDelta(s: string, open: boolean): boolean {
  let inQuote = open;
  for (const ch of s) {
    if (ch === "“" || ch === "«") inQuote = true;
    else if (ch === "”" || ch === "»") inQuote = false;
    else if (ch === '"') inQuote = !inQuote;
  }
  return inQuote;
}

/**
 * Running text split back into paragraphs at sentence ends: a quotation is never cut, a new
 * quotation starts a paragraph, and otherwise paragraphs close once they reach a readable length.
 */
export function splitIntoParagraphs(text: string): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let len = 0;
  let inQuote = false;
  let prevClosedQuote = false;
  for (const s of splitSentences(text)) {
    const startsQuote = startsWithOpenQuote(s);
    if (cur.length && (!inQuote || len > HARD_MAX) && (startsQuote || len + s.length > TARGET * 1.4 || prevClosedQuote || len >= TARGET)) {
      out.push(cur.join(" "));
      cur = [];
      len = 0;
    }
    const wasIn = inQuote;
    inQuote = quoteDelta(s, inQuote);
    prevClosedQuote = (wasIn || /["“”«»]/.test(s)) && !inQuote && /["”»]/.test(s);
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
