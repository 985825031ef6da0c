import { decodeHTML } from "entities";

/** Every run of whitespace (no-break spaces and zero-width marks included) becomes one space. */
export function foldWhitespace(s: string): string {
  return s
    .replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, " ")
    .trim();
}

/** A title as the publisher gave it: entities decoded, whitespace folded, nothing else touched. */
export function cleanTitle(s: string, decode = true): string {
  return (decode && s.includes("&") ? decodeHTML(s) : s).replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, " ").trim();
}

/** Entities left in feed titles and rows (`&#8217;`, `&amp;`), decoded, then whitespace folded. */
export function cleanInline(s: string): string {
  return foldWhitespace(s.includes("&") ? decodeHTML(s) : s);
}

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "nos", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen",
    "rep", "rev", "prof", "hon", "messrs", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "jan", "feb",
    "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "art", "para", "approx", "inc", "ltd", "co", "corp", "dept",
    "h.e", "h.m", "h.r.h", "s.a", "d.c",
  ],
);

const OPEN_QUOTES = "\"“‘«„";

/**
 * Sentence boundaries in running text: after . ! ? (and any closing quote or bracket) followed by
 * a space and a capital, digit or opening quote, except after abbreviations and initials.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const re = /[.!?…]+["”’»)\]]*\s+(?=["“‘«„(\[]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    const before = text.slice(start, m.index + 1);
    const word = /([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase() ?? "";
    const isInitial = /(^|[\s(])\p{Lu}\.$/u.test(before);
    if (m[0].startsWith(".") && !/["”’»)\]]/.test(m[0]) && (ABBREVIATIONS.has(word) || isInitial)) continue;
    out.push(text.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

export function startsWithOpenQuote(s: string): boolean {
  return s.length > 0 && OPEN_QUOTES.includes(s[0]!);
}
