import { memoTermOf, termOf, words, wordsAt } from "../../lib/search-text.ts";

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
    // The index's own word rule (search-text.ts), so a query word is always a word the index could hold.
    const found = words(part);
    if (i % 2 === 1 && found.length >= 2) phrases.push(found);
    else if (i % 2 === 1) loose.push(...found.map((w) => `=${w}`));
    else loose.push(...found);
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

/**
 * termOf with a memo: marking and snippets stem every word of the paragraphs they look at, and
 * the same words recur across releases. Bounded, so a long session cannot grow it without limit.
 */
export const cachedTermOf = memoTermOf(50_000);

export interface TextPart {
  text: string;
  mark: boolean;
}

/** Shortest term a word may back off to, and how many characters shorter than the word it may be. */
const BACKOFF_MIN = 4;
const BACKOFF_MAX_CUT = 4;

/**
 * The terms a loose word of 3+ letters also matches when the index holds one: the longest of
 * these (longest first) that the word starts with, at least BACKOFF_MIN characters and at most
 * BACKOFF_MAX_CUT shorter than the word. A half-typed word longer than its stem ("presiden",
 * "meeti") otherwise matches nothing: its own stem is itself and no term starts with it.
 */
export function backoffPrefixes(word: string): string[] {
  const out: string[] = [];
  for (let n = word.length - 1; n >= Math.max(BACKOFF_MIN, word.length - BACKOFF_MAX_CUT); n--) out.push(word.slice(0, n));
  return out;
}

/**
 * Which index terms a query looks for, the way the engine matches them: a loose word matches its
 * own term, or (3+ letters) any term it starts, or a term it starts with (backoffPrefixes); a
 * phrase word only its own term. The engine caps a prefix at its commonest terms and backs off
 * only to the longest term its index holds, so a mark may also fall on a rarer completion or a
 * shorter stem, both still of what was typed.
 */
export function queryMatcher(q: ParsedQuery): (term: string) => boolean {
  const loose = q.terms.map((w) => [w, termOf(w), w.length >= 3 ? new Set(backoffPrefixes(w)) : null] as const);
  // A common word inside a phrase ("minister of energy") is matched but not worth marking everywhere.
  const exact = new Set(q.phrases.flat().filter((w) => !isStopWord(w)).map(termOf));
  return (term) =>
    exact.has(term) || loose.some(([w, own, backoff]) => term === own || (backoff !== null && (term.startsWith(w) || backoff.has(term))));
}

/** Splits text into marked and unmarked parts: a word is marked when `isMatch` accepts its index term. */
export function markText(text: string, isMatch: (term: string) => boolean): TextPart[] {
  if (!text) return [{ text, mark: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const w of wordsAt(text)) {
    if (!isMatch(cachedTermOf(w.word))) continue;
    if (w.start > last) parts.push({ text: text.slice(last, w.start), mark: false });
    parts.push({ text: text.slice(w.start, w.end), mark: true });
    last = w.end;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts.length ? parts : [{ text, mark: false }];
}
