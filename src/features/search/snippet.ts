import { wordsAt } from "../../lib/search-text.ts";
import { cachedTermOf, type TextPart } from "./query.ts";

/** Words a snippet shows at most. */
export const SNIPPET_WORDS = 32;
/** Words shown before the first match, so it reads in context. */
const LEAD_WORDS = 6;

/** Whether any word of `text` has an index term `isMatch` accepts. */
export function holdsMatch(text: string, isMatch: (term: string) => boolean): boolean {
  for (const w of wordsAt(text)) if (isMatch(cachedTermOf(w.word))) return true;
  return false;
}

/**
 * About SNIPPET_WORDS words of a paragraph, starting a little before its first matched word, with
 * every matched word marked. The text between words is kept as written (punctuation included), so
 * a snippet is a true quotation, cut only at its ends.
 */
export function buildSnippet(text: string, isMatch: (term: string) => boolean): TextPart[] {
  const all = wordsAt(text);
  if (all.length === 0) return text ? [{ text, mark: false }] : [];
  const matched = all.map((w) => isMatch(cachedTermOf(w.word)));
  const firstMatch = matched.indexOf(true);
  const first = firstMatch < 0 ? 0 : Math.max(0, firstMatch - LEAD_WORDS);
  const last = Math.min(all.length, first + SNIPPET_WORDS) - 1;
  const start = first === 0 ? 0 : all[first]!.start;
  const end = last === all.length - 1 ? text.length : all[last]!.end;

  const parts: TextPart[] = [];
  const push = (t: string, mark: boolean) => {
    if (!t) return;
    const prev = parts[parts.length - 1];
    if (prev && prev.mark === mark && !mark) prev.text += t;
    else parts.push({ text: t, mark });
  };
  if (start > 0) push("… ", false);
  let at = start;
  for (let i = first; i <= last; i++) {
    if (!matched[i]) continue;
    const w = all[i]!;
    push(text.slice(at, w.start), false);
    push(text.slice(w.start, w.end), true);
    at = w.end;
  }
  push(text.slice(at, end), false);
  if (end < text.length) push(" …", false);
  return parts;
}
