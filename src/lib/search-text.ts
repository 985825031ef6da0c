import { stemmer } from "stemmer";

/**
 * How text becomes search terms. The build indexes with these functions and the browser looks up and
 * marks with the same ones, so a marked word is always a word the index matched. No Node imports:
 * the app bundles this file.
 */

/** Lower case, compatibility forms unified and accents dropped, so "Růžičková" finds "Ruzickova". */
export function foldWord(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** A word of a text and where it stands in it. */
export interface WordAt {
  /** Folded, apostrophes dropped ("Xi's" -> "xis"). */
  word: string;
  start: number;
  end: number;
}

/** Every word of a text with its offsets, in order. */
export function wordsAt(text: string): WordAt[] {
  const out: WordAt[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = foldWord(m[0]).replace(/['’]/g, "");
    if (word) out.push({ word, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** The folded words of a text, in order. */
export function words(text: string): string[] {
  return wordsAt(text).map((w) => w.word);
}

/**
 * The index term of a folded word: Porter stem for Latin-letter words ("talks", "talking" ->
 * "talk"), the word itself otherwise (numbers, other scripts).
 */
export function termOf(word: string): string {
  return /^[a-z]+$/.test(word) && word.length > 2 ? stemmer(word) : word;
}

/**
 * termOf with a memo of at most `limit` words, cleared when full: stemming is the costly step, and
 * the same words recur across paragraphs and releases.
 */
export function memoTermOf(limit: number): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let term = cache.get(word);
    if (term === undefined) {
      if (cache.size >= limit) cache.clear();
      cache.set(word, (term = termOf(word)));
    }
    return term;
  };
}

/** The index terms of a text, in order (repeats kept, for counts and word pairs). */
export function termsOf(text: string): string[] {
  return words(text).map(termOf);
}

/**
 * Key of two adjacent terms for phrase search. A 32-bit FNV-1a hash, so the build never holds
 * millions of pair strings; a collision can only add a release that also has every word of the
 * phrase (the engine always requires the words too).
 */
export function pairHash(a: string, b: string): number {
  let h = 0x811c9dc5;
  const s = `${a} ${b}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
