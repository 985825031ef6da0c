/**
 * Turns what a reader typed into a query the engine can run, forgivingly: no input is an error.
 * Quotes make phrases (an unbalanced quote is ignored), stop words are dropped unless nothing else
 * is left, punctuation such as `* ( ) [ ] < > &` only separates words, and very long input is cut.
 */
export interface ParsedQuery {
  /** The text as typed (cut to MAX_QUERY_CHARS), for the URL and for display as plain text. */
  text: string;
  /** Words that must all match (prefix and stem matching is the engine's job). */
  terms: string[];
  /** Quoted phrases of two or more words, each a list of words that must appear in order. */
  phrases: string[][];
  /** Nothing searchable was typed. */
  empty: boolean;
  /** Only very common words were typed (e.g. "the of"), so there is nothing to look for. */
  onlyStopWords: boolean;
  /** Input was longer than we search; the rest was ignored. */
  truncated: boolean;
}

export const MAX_QUERY_CHARS = 500;
export const MAX_TERMS = 12;

// Common English function words that would match nearly every release.
const STOP_WORDS = new Set(
  (
    "a an and are as at be been but by for from had has have he her his i if in into is it its " +
    "of on or our she so than that the their them then there these they this those to was we were " +
    "what when which who will with would you your not no do does did"
  ).split(" "),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Lower-case words of a piece of text: letters and digits; apostrophes inside a word are dropped. */
export function tokenize(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/(\p{L})['’](\p{L})/gu, "$1$2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function parseQuery(input: string | null | undefined): ParsedQuery {
  const raw = input ?? "";
  const truncated = raw.length > MAX_QUERY_CHARS;
  const text = truncated ? raw.slice(0, MAX_QUERY_CHARS) : raw;

  const phrases: string[][] = [];
  const loose: string[] = [];
  // Pairs of quotes make phrases; an odd last quote is treated as an ordinary character.
  const quoteCount = (text.match(/"/g) ?? []).length;
  const balanced = quoteCount % 2 === 0 ? text : text.replace(/"(?=[^"]*$)/, " ");
  balanced.split('"').forEach((part, i) => {
    const words = tokenize(part);
    if (i % 2 === 1 && words.length >= 2) phrases.push(words);
    else if (i % 2 === 1) loose.push(...words.map((w) => `=${w}`));
    else loose.push(...words);
  });

  // A quoted single word is kept even if common ("=" marks it); other stop words go.
  const meaningful = loose.filter((w) => w.startsWith("=") || !isStopWord(w)).map((w) => w.replace(/^=/, ""));
  const terms = [...new Set(meaningful)];
  const allWords = loose.length + phrases.length;
  const onlyStopWords = allWords > 0 && terms.length === 0 && phrases.length === 0;
  const cut = terms.length > MAX_TERMS;
  return {
    text,
    terms: terms.slice(0, MAX_TERMS),
    phrases: phrases.slice(0, 3),
    empty: allWords === 0,
    onlyStopWords,
    truncated: truncated || cut || phrases.length > 3,
  };
}

/** Every word the query looks for, for marking matches in text. */
export function queryWords(q: ParsedQuery): string[] {
  return [...new Set([...q.terms, ...q.phrases.flat()])].filter((w) => !isStopWord(w) || q.terms.includes(w));
}

const SUFFIXES = ["ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ies", "ied", "ed", "es", "s", "ly"];

/** A light English stem: enough to mark "talks", "talked", "talking" for the query word "talk". */
export function lightStem(word: string): string {
  for (const s of SUFFIXES) if (word.endsWith(s) && word.length - s.length >= 4) return word.slice(0, -s.length);
  return word;
}

export interface TextPart {
  text: string;
  mark: boolean;
}

/**
 * Splits text into marked and unmarked parts: a word is marked when it starts with a query word
 * or with its light stem, the way the index matches prefixes and stems.
 */
export function markText(text: string, words: readonly string[]): TextPart[] {
  if (words.length === 0 || !text) return [{ text, mark: false }];
  const stems = words.map((w) => [w, lightStem(w)] as const);
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    const w = m[0].normalize("NFKC").toLowerCase().replace(/['’]/g, "");
    if (!stems.some(([q, s]) => w.startsWith(q) || w.startsWith(s))) continue;
    const start = m.index!;
    if (start > last) parts.push({ text: text.slice(last, start), mark: false });
    parts.push({ text: m[0], mark: true });
    last = start + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts.length ? parts : [{ text, mark: false }];
}
