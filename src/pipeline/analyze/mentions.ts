import { COUNTRY_BY_FORM } from "./lexicon-places.ts";
import { isCountryWord, isHeadTitleWord, isNameWord, isParticle, isSurnameFirst, isTitleWord, SUFFIXES } from "./names.ts";

/**
 * Finding the places in a text where a person is named: a run of capitalised words, split into the office
 * title in front of it and the personal name at its end.
 */

export interface Mention {
  /** The personal name as written, titles removed ("Antony J. Blinken", "Blinken"). */
  name: string;
  /** The office title in front of the name or in apposition after it, as written. */
  title: string | null;
  country: string | null;
  start: number;
  end: number;
  /** A title, a label or a byline vouches for it being a person. */
  titled: boolean;
  tokens: number;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{M}][\p{L}\p{M}'’\-]*(?:\.(?=[\s,]|$))?|\d+|[^\s\p{L}\p{M}\d]/gu;
const ABBREV_WITH_DOT = /^(?:\p{Lu}|Jr|Sr|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Amb|Adm|Capt|Prof|Hon)\.$/u;
const CONNECTOR = new Set(["of", "the", "and", "for", "on", "in", "to", "at"]);
const MONTH_NAMES = new Set(["May", "June", "August", "April"]);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    let t = m[0];
    let end = m.index + t.length;
    // A full stop belongs to the word only for initials and abbreviations; otherwise it ends a sentence.
    if (t.endsWith(".") && !ABBREV_WITH_DOT.test(t)) {
      t = t.slice(0, -1);
      end -= 1;
      tokens.push({ text: t, start: m.index, end });
      tokens.push({ text: ".", start: end, end: end + 1 });
      continue;
    }
    tokens.push({ text: t, start: m.index, end });
  }
  return tokens;
}

function isCap(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  // Plain ASCII that is not a capital: only an Arabic article joined to a name ("al-Assad") still counts.
  if (c < 128) return (t[2] === "-" || t[3] === "-") && /^(?:al|el|ad|as|bin|ibn|abu)-\p{Lu}/u.test(t);
  return /^\p{Lu}/u.test(t);
}

function stripPossessive(t: string): string {
  return t.replace(/[’']s$/, "").replace(/[’']$/, "");
}

/** The country a title or a phrase ties someone to ("Prime Minister of Japan", "French President"). */
export function countryIn(phrase: string): string | null {
  let best: { at: number; name: string } | null = null;
  for (const m of phrase.matchAll(/\p{Lu}[\p{L}’'.\-]*(?:\s+(?:of\s+the\s+|of\s+)?\p{Lu}[\p{L}’'.\-]*){0,4}/gu)) {
    const words = m[0].split(/\s+/);
    // Longest known form inside the capitalised stretch, e.g. "Russian Federation", "United States".
    for (let len = Math.min(words.length, 6); len >= 1; len--) {
      for (let i = 0; i + len <= words.length; i++) {
        const form = stripPossessive(words.slice(i, i + len).join(" ")).toLowerCase();
        const c = COUNTRY_BY_FORM.get(form);
        if (c && (!best || m.index < best.at)) best = { at: m.index, name: c };
      }
    }
  }
  return best?.name ?? null;
}

/** The title phrase ending right before `end` in `text` ("Federal President of Austria"), or null. */
function titleBefore(text: string, end: number): string | null {
  const before = text.slice(Math.max(0, end - 160), end);
  const m = /((?:(?:\p{Lu}[\p{L}\p{M}’'.\-]*|of|the|and|for|on|in|to|at)\s+){1,16})$/u.exec(before);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  while (words.length && CONNECTOR.has(words[0]!)) words.shift();
  // Stop at a sentence-opening word that cannot be part of a title ("After", "On").
  let from = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    // A possessive belongs to someone else ("Deputy Secretary Sherman’s Meeting With ...").
    if (/[’']s$/.test(w) && !isCountryWord(w)) break;
    // Another person's name ends the title: "Secretary Blinken and Danish Foreign Minister Jeppe Kofod".
    if (isNameWord(w) && !isTitleWord(w) && !isCountryWord(w) && words[i + 1] === "and") break;
    if (CONNECTOR.has(w) || isTitleWord(w) || isCountryWord(w) || /^\p{Lu}/u.test(w)) from = i;
    else break;
  }
  const kept = words.slice(from);
  while (kept.length && CONNECTOR.has(kept[0]!)) kept.shift();
  if (!kept.some((w) => isTitleWord(w))) return null;
  // Only from the first title word or country on: drops "On June 8, 2018," style openers.
  const firstUseful = kept.findIndex((w) => isTitleWord(w) || isCountryWord(w) || /^(?:UN|EU|NATO|CEO|Gazprom|Rosneft)$/.test(w));
  return kept.slice(Math.max(0, firstUseful)).join(" ").replace(/[’']s$/, "") || null;
}

/** An apposition after a name: ", Secretary of State," / " of Russia". */
function titleAfter(text: string, end: number): { title: string | null; country: string | null } {
  const after = text.slice(end, end + 120);
  const of = /^\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'\-]*\s?){1,4})/u.exec(after);
  if (of) {
    const c = countryIn(of[1]!);
    if (c) return { title: null, country: c };
  }
  const appo = /^,\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'\-]*|of|the|and|for)(?:\s+(?:\p{Lu}[\p{L}’'\-]*|of|the|and|for)){0,10})(?=[,;.)]|$)/u.exec(after);
  if (appo) {
    const words = appo[1]!.split(/\s+/);
    if (isTitleWord(words[0] === "the" ? (words[1] ?? "") : words[0]!)) return { title: appo[1]!.replace(/^the\s+/, ""), country: countryIn(appo[1]!) };
  }
  return { title: null, country: null };
}

const MENTION_CACHE = new Map<string, Mention[]>();

/** Every personal-name mention in `text`; cached, as subjects and labels are looked up again and again. */
export function findMentions(text: string): Mention[] {
  const hit = MENTION_CACHE.get(text);
  if (hit) return hit;
  if (MENTION_CACHE.size > 5_000) MENTION_CACHE.clear();
  const out = findMentionsUncached(text);
  MENTION_CACHE.set(text, out);
  return out;
}

function findMentionsUncached(text: string): Mention[] {
  const tokens = tokenize(text);
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i]!.text)) {
      i++;
      continue;
    }
    // Grow a run: capitalised words, initials, inner particles, and a ", Jr." suffix.
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1]!;
      const gap = text.slice(tokens[j]!.end, next.start);
      if (gap !== " " && gap !== "\u00a0") {
        if (next.text === "," && j + 2 < tokens.length && /^(?:Jr|Sr)\.?$/.test(tokens[j + 2]!.text)) {
          j += 2;
          continue;
        }
        break;
      }
      // A possessive ends a name: "Blinken’s Call with ..." in a title-case headline.
      if (/[’']s?$/.test(tokens[j]!.text)) break;
      if (isCap(next.text)) {
        j++;
        continue;
      }
      if (isParticle(next.text) && j + 2 < tokens.length && (isCap(tokens[j + 2]!.text) || isParticle(tokens[j + 2]!.text))) {
        j++;
        continue;
      }
      break;
    }
    const run = tokens.slice(i, j + 1).filter((t) => t.text !== ",");
    i = j + 1;
    const m = nameInRun(text, run);
    if (m) out.push(m);
  }
  return out;
}

function nameInRun(text: string, fullRun: Token[]): Mention | null {
  // Title-case headlines run on past the name ("... Maria Ostberg Before Their Meeting"): drop such trailing words.
  let runEnd = fullRun.length;
  const keepsAtEnd = (k: number) => {
    const w = stripPossessive(fullRun[k]!.text);
    return isNameWord(w) || isTitleWord(w) || isParticle(w) || SUFFIXES.has(w) || (MONTH_NAMES.has(w) && k > 0 && isNameWord(fullRun[k - 1]!.text));
  };
  while (runEnd > 1 && !keepsAtEnd(runEnd - 1)) runEnd--;
  const run = fullRun.slice(0, runEnd);
  const words = run.map((t) => t.text);
  const last = words.length - 1;
  // The name is the longest tail of name-like words; the rest of the run belongs to the title.
  let from = last + 1;
  for (let k = last; k >= 0; k--) {
    const w = stripPossessive(words[k]!);
    const ok =
      isNameWord(w) ||
      (isParticle(w) && k > 0 && k < last) ||
      (MONTH_NAMES.has(w) && k > 0 && isNameWord(words[k - 1]!) && !isTitleWord(words[k - 1]!)) ||
      (w === "Van" && k < last);
    if (!ok) break;
    from = k;
  }
  // The second word of a country name is not a given name ("Saudi Arabia Mohammad bin Salman").
  for (let again = true; again && from <= last; ) {
    again = false;
    for (let len = 2; len <= 4; len++) {
      const j = from - len + 1;
      if (j >= 0 && j < from && COUNTRY_BY_FORM.has(words.slice(j, from + 1).join(" ").toLowerCase())) {
        from++;
        again = true;
        break;
      }
    }
  }
  // Surname-first names whose surname is also an English word ("He Lifeng").
  if (from === last + 1 || from > 0) {
    for (const len of [3, 2]) {
      const start = last + 1 - len;
      if (start >= 0 && start < from && isSurnameFirst(words.slice(start).map(stripPossessive))) {
        from = start;
        break;
      }
    }
  }
  while (from <= last && (SUFFIXES.has(words[from]!) || (isParticle(words[from]!) && from === last))) from++;
  if (from > last) return null;
  let nameTokens = run.slice(from);
  // A name repeated inside one run ("Alexander Lukashenko Lukashenko Alexander"): keep the first copy.
  const seenWords = new Set<string>();
  const cut = nameTokens.findIndex((t) => {
    const k = t.text.toLowerCase();
    if (seenWords.has(k) && !isParticle(t.text)) return true;
    seenWords.add(k);
    return false;
  });
  if (cut > 0) nameTokens = nameTokens.slice(0, cut);
  const core = nameTokens.filter((t) => !SUFFIXES.has(t.text) && !/^\p{Lu}\.$/u.test(t.text) && !isParticle(t.text));
  if (core.length === 0) return null;
  if (core.length === 1 && SUFFIXES.has(stripPossessive(core[0]!.text))) return null;
  const startTok = nameTokens[0]!;
  const endTok = nameTokens[nameTokens.length - 1]!;
  let name = text.slice(startTok.start, endTok.end);
  name = stripPossessive(name).replace(/\s+/g, " ").replace(/\s+,/g, ",");
  if (COUNTRY_BY_FORM.has(name.toLowerCase())) return null;
  // "New Zealand", "Costa Rica": the run's last words may spell a country even when each word alone does not.
  const lastWords = words.slice(Math.max(0, from - 2)).join(" ").toLowerCase();
  if (from > 0 && (COUNTRY_BY_FORM.has(lastWords) || COUNTRY_BY_FORM.has(words.slice(from - 1).join(" ").toLowerCase()))) return null;
  if (nameTokens.length > 5) return null;

  const prefixInRun = run.slice(0, from).map((t) => t.text);
  // Ships are named after people: "USS Ronald Reagan", "the cruiser Admiral Kuznetsov".
  if (/^(?:USS|HMS|HMCS|HMAS|RFS|INS|JS|ROKS|USNS|USCGC)$/.test(prefixInRun.at(-1) ?? "")) return null;
  if (/\b(?:ship|vessel|cruiser|carrier|frigate|destroyer|submarine|icebreaker|corvette|yacht|tanker)\s+(?:\p{Lu}\S*\s+)?$/iu.test(text.slice(Math.max(0, run[0]!.start - 30), run[0]!.start))) return null;
  let title: string | null = titleBefore(text, startTok.start);
  if (!title && prefixInRun.some((w) => isTitleWord(w))) title = prefixInRun.join(" ");
  // "Mr." and "His Excellency" vouch for a person but are not offices.
  const courtesy = title !== null && /^(?:(?:Mr|Mrs|Ms|Dr|Madam|Sir|Dame|Lord|Lady|His|Her|Excellency|Holiness|Majesty|Highness|Royal)\.?\s*)+$/.test(title);
  // A bare surname needs an office right in front of it ("Secretary Blinken"), not just a title somewhere before.
  if (core.length === 1 && title) {
    const prevWord = from > 0 ? run[from - 1]!.text : (/(\S+)\s+$/.exec(text.slice(Math.max(0, startTok.start - 40), startTok.start))?.[1] ?? "");
    if (!isHeadTitleWord(prevWord.replace(/[’']s$/, ""))) title = null;
  }
  const after = titleAfter(text, endTok.end);
  const country = (title ? countryIn(title) : null) ?? after.country ?? (after.title ? countryIn(after.title) : null);
  return {
    name,
    title: courtesy ? null : (title ?? after.title),
    country,
    start: startTok.start,
    end: endTok.end,
    titled: title !== null || after.title !== null,
    tokens: core.length,
  };
}
