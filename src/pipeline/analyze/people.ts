import type { Person } from "../../lib/corpus-schema.ts";
import { countryIn, findMentions, type Mention } from "./mentions.ts";
import { slugify } from "../../lib/slug.ts";
import { coreTokens, fold, canonicalOrder, givenOf, isSurnameFirst, latinise, levenshtein, sameGiven, surnameOf, titleCase } from "./names.ts";

/**
 * People of one release: every mention clustered into one person however the text names them, and a
 * resolver that maps a surface form (a name, a surname, a label, "the President") back to that person.
 */

export interface PersonDraft {
  id: string;
  name: string;
  forms: Set<string>;
  titles: string[];
  country: string | null;
  surname: string;
  given: string | null;
  mentions: number;
  firstAt: number;
}

export interface PeopleSource {
  title: string;
  byline: string | null;
  labels: string[];
  texts: string[];
  /** The country of the publisher, to pick the principal that "the President" means. */
  homeCountry: string | null;
}

/** Labels that carry no speaker: questions, unnamed voices, stage roles. */
export const ANONYMOUS_LABEL =
  /^(?:q|question|questions|answer|participant|participants|audience(?: member)?|moderator|reporter|journalist|staff|interpreter|voice|voices|speaker|unidentified|crowd|all|both|several|multiple|representative|student|press|the press|a participant|inaudible|mr\.? ?|ms\.? ?)$/i;

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);

export class People {
  readonly list: PersonDraft[] = [];
  private readonly homeCountry: string | null;
  /** The publisher's own principals, whom an office alone most likely means. */
  isPrincipal: (p: PersonDraft) => boolean = () => false;

  constructor(homeCountry: string | null) {
    this.homeCountry = homeCountry;
  }

  /** Adds or merges a mention; returns the person it names, or null for a bare word nobody vouched for. */
  /** While collecting, a surname two people share goes to the one named most; resolving speakers never guesses. */
  private pickAmbiguous = false;

  add(m: Pick<Mention, "name" | "title" | "country" | "titled" | "tokens">, at: number, createSingle: boolean, fuzzy = false): PersonDraft | null {
    const name = m.name.trim();
    if (!name) return null;
    const single = m.tokens <= 1;
    this.pickAmbiguous = true;
    const found = single ? this.bySingle(name, m.title) : this.byFull(name);
    this.pickAmbiguous = false;
    if (found) {
      found.mentions++;
      found.forms.add(name);
      if (!single && betterName(name, found.name)) {
        found.forms.add(found.name);
        found.name = name;
        found.surname = surnameOf(name);
        found.given = givenOf(name);
      }
      if (m.title && !found.titles.includes(m.title)) found.titles.push(m.title);
      if (!found.country && m.country) found.country = m.country;
      return found;
    }
    if (single && !createSingle) return null;
    if (single && fuzzy) {
      const close = this.closeSurname(name);
      if (close) {
        close.mentions++;
        close.forms.add(name);
        return close;
      }
    }
    if (single && PRONOUNS.has(fold(name))) return null;
    const draft: PersonDraft = {
      id: "",
      name,
      forms: new Set([name]),
      titles: m.title ? [m.title] : [],
      country: m.country,
      surname: surnameOf(name),
      given: givenOf(name),
      mentions: 1,
      firstAt: at,
    };
    this.list.push(draft);
    return draft;
  }

  private byFull(name: string): PersonDraft | null {
    const surname = surnameOf(name);
    const given = givenOf(name);
    const folded = fold(name);
    for (const p of this.list) if ([...p.forms].some((f) => fold(f) === folded)) return p;
    const candidates = this.list.filter((p) => p.surname === surname && (!p.given || !given || sameGiven(p.given, given)));
    if (candidates.length >= 1) return candidates.sort((a, b) => b.mentions - a.mentions)[0]!;
    // The same person named surname-first in one place and given-name-first in another ("Abe Shinzo").
    const tokens = coreTokens(name).sort().join(" ");
    return this.list.find((p) => coreTokens(p.name).sort().join(" ") === tokens) ?? null;
  }

  private bySingle(word: string, title: string | null): PersonDraft | null {
    if (PRONOUNS.has(fold(word))) return null;
    const w = bareSurname(surnameOf(word));
    const bySurname = this.list.filter((p) => bareSurname(p.surname) === w || bareSurname(p.surname.split(" ").at(-1) ?? "") === w);
    if (bySurname.length === 1) return bySurname[0]!;
    if (bySurname.length > 1 && title) {
      const t = fold(title);
      const withTitle = bySurname.filter((p) => p.titles.some((x) => fold(x).includes(t) || t.includes(fold(x))));
      if (withTitle.length === 1) return withTitle[0]!;
    }
    if (bySurname.length > 1) return this.pickAmbiguous ? bySurname.sort((a, b) => b.mentions - a.mentions)[0]! : null;
    // A given name alone ("Yair") or a regnal name ("Tawadros").
    const byAnyToken = this.list.filter((p) => coreTokens(p.name).includes(w));
    return byAnyToken.length === 1 ? byAnyToken[0]! : null;
  }

  /** A person by a surface name: full name, surname, given name, with a title or without. */
  resolveName(surface: string): PersonDraft | null {
    // "Patriarch Theophilos III of Jerusalem": the titled or fuller mention names the person, not the place.
    const mentions = [...findMentions(surface)].sort((a, b) => Number(b.titled) - Number(a.titled) || b.tokens - a.tokens);
    for (const m of mentions) {
      const p = m.tokens <= 1 ? this.bySingle(m.name, m.title) : this.byFull(m.name);
      if (p) return p;
    }
    return null;
  }

  /**
   * "the President", "the Russian President", "the UN Secretary-General", "the Prime Minister of Japan":
   * the one person of the release holding that office, preferring the publisher's own principal.
   */
  resolveTitleRef(ref: string): PersonDraft | null {
    const words = ref
      .replace(/^(?:the|The|our|Our)\s+/, "")
      .replace(/[’']s$/, "")
      .trim();
    if (!words) return null;
    // "the Head of State", "the head of the Ukrainian state": the president of that (or the publisher's) state.
    const headOfState = /^head\s+of\s+(?:the\s+)?(?:([\p{L}-]+)\s+)?state$/iu.exec(words);
    const head = headOfState ? "president" : headOfTitle(words);
    if (!head) return null;
    const holders = this.list.filter((p) => p.titles.some((t) => headOfTitle(t) === head));
    const refCountry = countryOfRef(words);
    // "the Deputy Secretary" is not "the Secretary": rank words in the reference must be in the title, and
    // a bare office prefers the holder whose title has no rank word.
    const ranks = (t: string) => (fold(t).match(RANK_WORDS) ?? []).sort().join(" ");
    const refRanks = ranks(words);
    let pool = holders.filter((p) => p.titles.some((t) => headOfTitle(t) === head && ranks(t) === refRanks));
    if (pool.length === 0) pool = holders;
    if (refCountry) pool = pool.filter((p) => p.country === refCountry);
    else if (/\b(?:UN|United Nations|NATO|EU)\b/.test(words)) pool = pool.filter((p) => p.titles.some((t) => /UN|United Nations|NATO|EU/.test(t)));
    if (pool.length === 1) return pool[0]!;
    if (pool.length > 1 && !refCountry) {
      const preferred = pool.filter((p) => this.isPrincipal(p));
      if (preferred.length === 1) return preferred[0]!;
      const home = this.homeCountry ? pool.filter((p) => p.country === this.homeCountry) : [];
      if (home.length === 1) return home[0]!;
    }
    return null;
  }

  /** A transcript label: a name, a title with a name, an upper-case form, a misspelt surname. */
  resolveLabel(label: string): PersonDraft | null {
    const clean = label.replace(/\(.*?\)/g, "").replace(/:$/, "").trim();
    if (!clean || ANONYMOUS_LABEL.test(clean)) return null;
    const cased = titleCase(clean);
    const direct = this.resolveName(cased);
    if (direct) return direct;
    if (/^(?:[Tt]he\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)*$/u.test(cased) && findMentions(cased).length === 0) {
      const byTitle = this.resolveTitleRef(cased);
      if (byTitle) return byTitle;
    }
    const m = findMentions(cased).at(-1);
    return m ? this.closeSurname(m.name) : null;
  }

  /** A misspelt surname ("PRESIDENT BIDNE"): the one person whose surname is within one or two edits. */
  private closeSurname(name: string): PersonDraft | null {
    const w = fold(name.split(/\s+/).at(-1) ?? "");
    if (w.length < 4) return null;
    const close = this.list.filter((p) => p.surname !== w && levenshtein(p.surname, w) <= (w.length >= 7 ? 2 : 1));
    return close.length === 1 ? close[0]! : null;
  }

  /** Final people: ids from the fullest name, aliases the other forms. */
  finish(canonicalName: (p: PersonDraft) => string | null = () => null): Person[] {
    const used = new Set<string>();
    for (const p of this.list) {
      let id = slugify(latinise(canonicalName(p) ?? canonicalOrder(p.name)));
      while (used.has(id)) id += "-x";
      used.add(id);
      p.id = id;
    }
    return this.list.map((p) => ({
      id: p.id,
      name: p.name,
      aliases: [...p.forms].filter((f) => f !== p.name),
      titles: p.titles,
      country: p.country,
    }));
  }
}

/** "el-sisi" -> "sisi": Arabic article prefixes are often dropped in later mentions. */
function bareSurname(s: string): string {
  return s.replace(/^(?:al|el|ad|as|ash|at)-/, "");
}

function betterName(candidate: string, current: string): boolean {
  const a = coreTokens(candidate).length;
  const b = coreTokens(current).length;
  if (a !== b) return a > b;
  // Same words: the form with initials or a suffix is fuller ("Antony J. Blinken").
  return candidate.replace(/,/g, "").split(/\s+/).length > current.replace(/,/g, "").split(/\s+/).length;
}

const RANK_WORDS = /\b(?:deputy|assistant|under|vice|acting|first|principal|senior|special|chief)\b/g;

const TITLE_HEADS = [
  "head of the office of the president",
  "head of the presidential office",
  "chief of staff",
  "secretary-general",
  "secretary general",
  "prime minister",
  "foreign minister",
  "vice president",
  "vice-president",
  "vice premier",
  "crown prince",
  "first lady",
  "president",
  "chancellor",
  "premier",
  "secretary",
  "minister",
  "king",
  "queen",
  "emir",
  "sultan",
  "pope",
  "patriarch",
  "taoiseach",
  "governor",
  "spokesperson",
  "ambassador",
  "envoy",
  "speaker",
  "mayor",
  "prince",
];

const TITLE_HEAD_RES: [string, RegExp][] = TITLE_HEADS.map((h) => [h, new RegExp(`(?:^|\\s)${h.replace(/[-]/g, "[- ]")}(?:$|\\s)`)]);

/** The office word of a title: "Federal President of Austria" -> "president". */
export function headOfTitle(title: string): string | null {
  const t = fold(title.replace(/[’']s\b/g, ""));
  let best: { at: number; head: string } | null = null;
  for (const [h, re] of TITLE_HEAD_RES) {
    const at = t.search(re);
    // The first office named wins, a longer head over its own tail ("prime minister" over "minister").
    if (at >= 0 && (!best || at < best.at || (at === best.at && h.length > best.head.length))) best = { at, head: h.replace("secretary general", "secretary-general").replace("vice-president", "vice president") };
  }
  return best?.head ?? null;
}

function countryOfRef(words: string): string | null {
  return countryIn(words);
}

const SPEAKS_AFTER = /^\s+(?:also\s+|then\s+)?(?:said|says|noted|stressed|told|added|asked|replied|emphasi[sz]ed|pointed\s+out)\b/;

export function mentionsOf(source: PeopleSource): { people: People } {
  const people = new People(source.homeCountry);
  const all: { m: Mention; at: number; fromLabel: boolean }[] = [];
  let offset = 0;
  const push = (text: string, fromLabel: boolean) => {
    for (const m of findMentions(text)) {
      // A bare surname that speaks ("Merkel said") is a person even without a title.
      const speaks = m.tokens <= 1 && !m.titled && SPEAKS_AFTER.test(text.slice(m.end, m.end + 40));
      all.push({ m: speaks ? { ...m, titled: true } : m, at: offset + m.start, fromLabel });
    }
    offset += text.length + 1;
  };
  // Title-case headlines capitalise every word: only titled names are taken from them.
  for (const m of findMentions(source.title)) if (m.titled) all.push({ m, at: m.start, fromLabel: false });
  offset += source.title.length + 1;
  if (source.byline) push(source.byline, true);
  for (const l of source.labels) push(titleCase(l.replace(/\(.*?\)/g, "")), true);
  for (const t of source.texts) push(t, false);
  // Full names first so that surnames and labels attach to them; then titled single words.
  for (const { m, at } of all) if (m.tokens >= 2 && (m.titled || isPlausibleBareName(m))) people.add(m, at, false);
  for (const { m, at, fromLabel } of all) if (m.tokens <= 1 && m.titled) people.add(m, at, true, fromLabel);
  for (const { m, at } of all) if (m.tokens <= 1 && !m.titled) people.add(m, at, false);
  return { people };
}

/** A two-to-four word name with no title in front: accepted unless it looks like a surname-first place. */
function isPlausibleBareName(m: Mention): boolean {
  if (m.tokens > 4) return false;
  const words = m.name.split(/\s+/);
  if (isSurnameFirst(words)) return true;
  // Two given names in a row ("Lady Gaga" aside) are rare; two capitalised words are usually a name here.
  return words.every((w) => w.length >= 2);
}
