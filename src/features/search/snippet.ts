import type { TextPart } from "./query.ts";

const WINDOW = 32;

/**
 * A passage of about WINDOW words of `content` around the densest run of matched word positions,
 * with the matched words marked. Positions count whitespace-separated words, as Pagefind's do.
 */
export function buildSnippet(content: string, locations: readonly number[]): TextPart[] {
  const words = content.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const locs = [...new Set(locations)].filter((l) => l >= 0 && l < words.length).sort((a, b) => a - b);
  let start = 0;
  if (locs.length > 0) {
    // The window start that covers the most matches, preferring the earliest.
    let best = -1;
    for (const l of locs) {
      const s = Math.max(0, l - 6);
      const covered = locs.filter((x) => x >= s && x < s + WINDOW).length;
      if (covered > best) {
        best = covered;
        start = s;
      }
    }
  }
  const end = Math.min(words.length, start + WINDOW);
  const marked = new Set(locs);
  const parts: TextPart[] = [];
  const push = (text: string, mark: boolean) => {
    const prev = parts[parts.length - 1];
    if (prev && prev.mark === mark) prev.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push("… ", false);
  for (let i = start; i < end; i++) {
    if (i > start) push(" ", false);
    const w = words[i]!;
    if (marked.has(i)) {
      // Keep trailing punctuation outside the mark: "energy." marks "energy".
      const m = /^(.*?[\p{L}\p{N}])([^\p{L}\p{N}]*)$/u.exec(w);
      if (m) {
        push(m[1]!, true);
        if (m[2]) push(m[2], false);
      } else push(w, false);
    } else push(w, false);
  }
  if (end < words.length) push(" …", false);
  return parts;
}
