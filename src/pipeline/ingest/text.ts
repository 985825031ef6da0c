import { decodeHTML } from "entities";

/** Every run of whitespace (no-break spaces and zero-width marks included) becomes one space. */
export function foldWhitespace(s: string): string {
  return s
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad]/g, "")
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
    "h.e", "h.m", "h.r.h", "s.a",
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

/**
 * Kremlin name tooltips that a scraper flattened into the text: "Ilham Aliyev Aliyev IlhamPresident
 * of Azerbaijan:" is the name, then the tooltip (surname, given names, position glued on). Where the
 * markup survives, the reader drops the tooltip element instead; this is for text without markup.
 */
export function collapseNameTooltips(text: string): string {
  const repeated = /(?<=\s|^)(\p{Lu}[\p{L}\p{M}'’\-]+) \1 /gu;
  let out = "";
  let from = 0;
  for (let m = repeated.exec(text); m; m = repeated.exec(text)) {
    const surname = m[1]!;
    const before = text.slice(Math.max(from, m.index - 60), m.index);
    const given = /((?:\p{Lu}[\p{L}\p{M}'’.\-]*\s){1,3})$/u.exec(before)?.[1]?.trim();
    if (!given) continue;
    const afterStart = m.index + m[0].length;
    // The tooltip's given names come back, possibly split differently from the text's.
    const givenTokens = given.split(/\s+/);
    let k = givenTokens.length;
    let matched = "";
    while (k > 0) {
      const candidate = givenTokens.slice(givenTokens.length - k).join(" ");
      if (text.startsWith(candidate, afterStart)) {
        matched = candidate;
        break;
      }
      k--;
    }
    if (!matched) continue;
    let end = afterStart + matched.length;
    // A position glued on without a space runs up to the label's note or colon.
    if (/^\p{Lu}/u.test(text.slice(end, end + 1)) && /\p{Ll}$/u.test(matched)) {
      const rest = /^[^:()]{2,160}?(?=\s*(?:\([^()]{2,40}\)\s*)?:)/u.exec(text.slice(end));
      if (!rest || /[.!?]\s/.test(rest[0])) continue;
      end += rest[0].length;
    } else if (!/^\s*(?:\([^()]{2,40}\)\s*)?:/.test(text.slice(end))) {
      continue;
    }
    out += text.slice(from, m.index + surname.length);
    from = end;
    repeated.lastIndex = end;
  }
  return out + text.slice(from);
}
