import type { AnalyzedParagraph, IngestedParagraph } from "../types.ts";
import type { People, PersonDraft } from "./people.ts";
import { ANONYMOUS_LABEL } from "./people.ts";

/**
 * Who speaks in each paragraph: transcript turns (a label and the paragraphs that continue it) and reported
 * speech in the house styles of the corpus. When the reading is in doubt the paragraph stays narration.
 */

const VERBS = [
  "said",
  "says",
  "noted",
  "notes",
  "stressed",
  "stresses",
  "pointed out",
  "points out",
  "emphasized",
  "emphasised",
  "emphasizes",
  "emphasises",
  "underlined",
  "underlines",
  "underscored",
  "underscores",
  "stated",
  "states",
  "added",
  "adds",
  "expressed",
  "expresses",
  "highlighted",
  "highlights",
  "reiterated",
  "reiterates",
  "reaffirmed",
  "reaffirms",
  "affirmed",
  "informed",
  "told",
  "assured",
  "urged",
  "urges",
  "called for",
  "called on",
  "called upon",
  "hoped",
  "voiced",
  "recalled",
  "remarked",
  "observed",
  "announced",
  "proposed",
  "suggested",
  "condemned",
  "confirmed",
  "acknowledged",
  "mentioned",
  "indicated",
  "declared",
  "insisted",
  "explained",
  "thanked",
  "congratulated",
  "praised",
  "welcomed the",
  "invited",
  "briefed",
  "conveyed",
  "appreciated",
  "commended",
  "raised",
  "asked",
  "wished",
  "outlined",
  "described",
  "warned",
  "argued",
  "pledged",
  "promised",
  "vowed",
  "believes",
  "believed",
  "considers",
  "expressed his",
  "expressed her",
  "spoke about",
  "spoke of",
  "shared his",
  "shared her",
  "reassured",
  "recognized",
  "recognised",
  "reported",
  "replied",
  "responded",
  "answered",
  "concluded",
  "continued",
  "put it",
];
const VERB_RE = VERBS.sort((a, b) => b.length - a.length)
  .map((v) => v.replace(/ /g, "\\s+"))
  .join("|");
const ADVERB = String.raw`(?:also|again|once\s+again|further|then|in\s+turn|firmly|strongly|warmly|sincerely|repeatedly|separately|particularly|especially|specifically|briefly|[a-z]+ly)`;
const NAMEISH = String.raw`(?:\p{Lu}[\p{L}\p{M}’'\-]*\.?|van|der|de|bin|al|el|von|da)`;
const SUBJ = String.raw`(?:(?:the|The)\s+)?${NAMEISH}(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?${NAMEISH}){0,9}(?:,\s+Jr\.)?`;
const SUBJECTS = String.raw`(?:He|She|${SUBJ}(?:\s+and\s+${SUBJ})?)`;

/** "X (also) said/noted ..." at a clause start. */
const SUBJECT_VERB = new RegExp(String.raw`(${SUBJECTS})(?:\s+${ADVERB}){0,2}\s+(?:${VERB_RE})(?![\p{L}-])`, "uy");
/** '..., said the President.' after a quotation or a comma. */
const VERB_SUBJECT = new RegExp(String.raw`(?:${VERB_RE})\s+(${SUBJ})(?=\s*[.,;:!?]|$)`, "uy");
const ACCORDING = new RegExp(String.raw`[Aa]ccording\s+to\s+(him|her|${SUBJ})`, "gu");
const CLAUSE_START = /(?:^|[,;:–—"“”«»(]\s*|\s[–—-]\s+)/gu;

const GROUP_SUBJECT = /^(?:the\s+)?(?:two|both|all|sides?|parties|leaders?|presidents|ministers|interlocutors|delegations|heads)\b/i;
const NOT_SUBJECT = /^(?:The|A|An|This|That|These|Those|It|They|We|I|You|There|Here|In|On|At|For|By|With|As|After|Before|During|Following|Prior|Later|Such|Some|Many|Other|Most|Each|Every|No|Both|All|Russia|China|Ukraine)$/;

/** Stage directions and time stamps inside a transcript. */
const STAGE = /^(?:\(.*\)|\[.*\]|\d{1,2}:\d{2}\s*[AP]\.?\s*M\.?.*|END\b.*|The press (?:departs|exits|leaves).*|Reporters? (?:depart|exit|leave).*|\*\s*\*\s*\*)\.?$/i;
/** Narration opening a paragraph after a transcript: the turns are over. */
const NARRATION_OPENER =
  /^(?:The (?:talks|meeting|negotiations|conversation|leaders|two leaders|two sides|sides|parties|ceremony|documents|following documents)\b|Following the|After the|Prior to the|Before the|Later|In the (?:evening|afternoon|morning)|On the \p{Lu}\p{L}+ side|Documents were|The following documents)/u;
/** First and second person: a speaker's own words, whatever the paragraph opens with. */
const FIRST_PERSON = /\b(?:I|I’m|I'm|I’ve|I've|we|We|we’re|We’re|we've|We've|our|Our|ours|my|My|me|us|you|You|your|Your|yourself|yours)\b/;

export interface SpeakerContext {
  people: People;
}

function resolveSubject(subject: string, people: People, lastPerson: PersonDraft | null): PersonDraft[] | null {
  const parts = subject.split(/\s+and\s+/);
  const found: PersonDraft[] = [];
  for (const raw of parts) {
    const part = raw.trim();
    if (/^(?:He|She|he|she)$/.test(part)) {
      if (!lastPerson) return null;
      found.push(lastPerson);
      continue;
    }
    if (GROUP_SUBJECT.test(part) || NOT_SUBJECT.test(part)) return null;
    const p = people.resolveName(part) ?? people.resolveTitleRef(part);
    if (!p) return null;
    found.push(p);
  }
  return found.length ? found : null;
}

export interface SentenceReading {
  speakers: PersonDraft[];
  /** The one person the sentence is about, for a later "He". */
  subject: PersonDraft | null;
}

/** Reported speech in one paragraph of narration: who the paragraph quotes or reports. */
export function reportedSpeakers(text: string, people: People, lastPerson: PersonDraft | null): SentenceReading {
  const speakers: PersonDraft[] = [];
  let subject: PersonDraft | null = null;
  let current = lastPerson;
  const add = (ps: PersonDraft[]) => {
    for (const p of ps) if (!speakers.includes(p)) speakers.push(p);
    if (ps.length === 1) current = ps[0]!;
  };
  for (const sentence of splitSentences(text)) {
    let found = false;
    for (const start of clauseStarts(sentence)) {
      SUBJECT_VERB.lastIndex = start;
      const a = SUBJECT_VERB.exec(sentence);
      if (a) {
        const ps = resolveSubject(a[1]!, people, current);
        if (ps) {
          add(ps);
          found = true;
          break;
        }
      }
      const prev = sentence.slice(Math.max(0, start - 3), start);
      if (/[,"”»]\s*$|[–—-]\s*$/.test(prev)) {
        VERB_SUBJECT.lastIndex = start;
        const b = VERB_SUBJECT.exec(sentence);
        if (b) {
          const ps = resolveSubject(b[1]!, people, current);
          if (ps) {
            add(ps);
            found = true;
            break;
          }
        }
      }
    }
    if (!found) {
      for (const m of sentence.matchAll(ACCORDING)) {
        const who = m[1]!;
        const ps = /^(?:him|her)$/.test(who) ? (current ? [current] : null) : resolveSubject(who, people, current);
        if (ps) {
          add(ps);
          found = true;
          break;
        }
      }
    }
    if (!found) {
      // Who the sentence is about, so that the next "He said" finds them.
      const plain = sentence.replace(/,\s+(Jr|Sr)\./g, " $1.");
      const opener =
        /^((?:(?:the|The)\s+)?\p{Lu}[\p{L}\p{M}’'\-.]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}’'\-.]*){0,6})\s+\p{Ll}/u.exec(plain) ??
        /^[^,]{0,40},\s+((?:(?:the|The)\s+)?\p{Lu}[\p{L}\p{M}’'\-.]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}’'\-.]*){0,6})\s+\p{Ll}/u.exec(plain);
      if (opener) {
        const ps = resolveSubject(opener[1]!, people, current);
        if (ps && ps.length === 1) current = ps[0]!;
      }
    }
  }
  subject = current;
  return { speakers, subject };
}

function clauseStarts(sentence: string): number[] {
  const starts = new Set<number>();
  for (const m of sentence.matchAll(CLAUSE_START)) starts.add(m.index + m[0].length);
  return [...starts].filter((s) => s < sentence.length).sort((a, b) => a - b);
}

const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Sen|Rep|Gov|No|Prof|Amb|U\.S|U\.K|U\.N|etc|vs|i\.e|e\.g)|\b\p{Lu})\.$/u;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]["”’»)]*(?=\s+["“«(]?\p{Lu})/gu;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    const head = text.slice(start, m.index + 1);
    if (m[0].startsWith(".") && ABBREV.test(head)) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Speakers and kinds for every paragraph, in order. */
export function attribute(paragraphs: IngestedParagraph[], people: People): AnalyzedParagraph[] {
  const out: AnalyzedParagraph[] = [];
  let turn: string[] | null = null;
  let lastPerson: PersonDraft | null = null;
  for (const p of paragraphs) {
    const text = p.text;
    if (p.heading) {
      out.push({ text, speakers: [], kind: "heading" });
      turn = null;
      lastPerson = null;
      continue;
    }
    if (p.label !== null) {
      const clean = p.label.replace(/\(.*?\)/g, "").trim();
      const person = ANONYMOUS_LABEL.test(clean) ? null : people.resolveLabel(p.label);
      turn = person ? [person.id] : [];
      lastPerson = person ?? lastPerson;
      out.push({ text, speakers: turn, kind: "turn" });
      continue;
    }
    if (turn !== null) {
      if (STAGE.test(text.trim())) {
        out.push({ text, speakers: [], kind: "narration" });
        continue;
      }
      if (!NARRATION_OPENER.test(text) || FIRST_PERSON.test(text)) {
        out.push({ text, speakers: turn, kind: "turn" });
        continue;
      }
      turn = null;
    }
    const parts = splitMixed(text, people, lastPerson);
    for (const part of parts) {
      const reading = reportedSpeakers(part, people, lastPerson);
      lastPerson = reading.subject;
      out.push({ text: part, speakers: reading.speakers.map((s) => s.id), kind: reading.speakers.length ? "reported" : "narration" });
    }
  }
  return out;
}

/** Paragraphs at least this long may be split where the attribution changes (bodies restored from flat text). */
const SPLIT_MIN_LENGTH = 400;

function quotesOpen(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const open = (text.match(/[“«]/g) ?? []).length;
  const close = (text.match(/[”»]/g) ?? []).length;
  return straight % 2 === 1 || open !== close;
}

/**
 * A long paragraph that mixes narration with reported speech, split at sentence boundaries where the attribution
 * changes: narration before the first reported sentence stays without a speaker, and each speaker keeps the
 * sentences that follow their own. Sentences without an attribution of their own stay with the speech before them,
 * and no split falls inside a quotation.
 */
function splitMixed(text: string, people: People, lastPerson: PersonDraft | null): string[] {
  if (text.length < SPLIT_MIN_LENGTH) return [text];
  const sentences = splitSentences(text);
  if (sentences.length < 2) return [text];
  const keys: string[] = [];
  /** Sentences of narration about someone else ("X visited ..."): they end the speech before them. */
  const turnsAway: boolean[] = [];
  let current = lastPerson;
  for (const sentence of sentences) {
    const r = reportedSpeakers(sentence, people, current);
    turnsAway.push(r.speakers.length === 0 && r.subject !== null && r.subject !== current);
    current = r.subject;
    keys.push(r.speakers.map((p) => p.id).sort().join(" "));
  }
  const groups: { key: string; sentences: string[] }[] = [];
  for (const [i, sentence] of sentences.entries()) {
    const key = keys[i]!;
    const last = groups.at(-1);
    const inQuote = last ? quotesOpen(groups.flatMap((g) => g.sentences).join(" ")) : false;
    if (last && (inQuote || (key === "" && last.key !== "" && !turnsAway[i]) || key === last.key)) {
      last.sentences.push(sentence);
      continue;
    }
    groups.push({ key, sentences: [sentence] });
  }
  if (groups.length < 2) return [text];
  // Narration sentences only split off when the paragraph also reports someone.
  return groups.map((g) => g.sentences.join(" "));
}
