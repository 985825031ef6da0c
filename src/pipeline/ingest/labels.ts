/**
 * Transcript labels: the speaker's name or title that opens a turn ("President of Russia Vladimir
 * Putin:", "PRESIDENT BIDEN:", "Q"), with an optional interpreting note in brackets either before the
 * colon ("Shinzo Abe (retranslated):") or just after it ("KISHIDA: (As interpreted.)").
 */
export interface LabelMatch {
  label: string;
  note: string | null;
  rest: string;
}

const CONNECTORS = new Set(["of", "the", "and", "de", "del", "da", "dos", "van", "von", "der", "den", "al", "bin", "ibn", "el", "la", "le", "du", "di", "y", "on", "for"]);
const SINGLE_WORD_LABELS = new Set(["q", "question", "answer", "moderator", "interpreter", "participant", "reply", "response", "audience", "journalist", "remark"]);
/** Words that open a title, so a heading glued in front of a label can be cut off at the title. */
const TITLE_WORDS = new Set([
  "president", "prime", "chancellor", "federal", "king", "queen", "emir", "crown", "secretary", "minister", "foreign",
  "chairman", "chair", "chairperson", "vice", "sultan", "governor", "mayor", "head", "director", "general", "ambassador",
  "deputy", "aide", "press", "spokesperson", "premier", "grand", "pope", "his", "her", "first", "acting", "speaker",
  "supreme", "co-chair", "executive", "chief", "state", "defence", "defense", "senator", "governor-general", "patriarch",
  "prince", "princess", "sheikh", "emperor", "dr.", "mr.", "mrs.", "ms.",
]);
/** A capitalised function word opens a sentence or a question ("To Secretary Blinken:"), not a name. */
const NOT_LABEL_START = new Set(["to", "for", "and", "but", "with", "on", "in", "at", "as", "from", "of", "by", "if", "so", "or", "then", "also", "again"]);

/**
 * Whether a label is a speaker by its form alone: upper case as transcripts print names, a title
 * first ("President of ..."), or a stock label ("Q", "Question").
 */
export function isSpeakerShaped(label: string): boolean {
  const first = label.split(/\s+/)[0]!.toLowerCase();
  return label === label.toUpperCase() || TITLE_WORDS.has(first) || SINGLE_WORD_LABELS.has(label.toLowerCase());
}

const NOTE_RE = /^\(\s*(?:as interpreted|via interpreter|through (?:an )?interpreter|as translated|translated|re-?translated|interpreted|in english|speaks? (?:in )?[a-z]+|speaking (?:in )?[a-z]+|via translator|through translation|re-?translation)[^)]{0,30}\)\s*/i;

const isNameToken = (t: string) => /^[\p{Lu}][\p{L}\p{M}'’.\-]*$/u.test(t) || /^[\p{Lu}]\.$/u.test(t);

/** Whether a run of words reads like a speaker label: capitalised words and name connectors only. */
export function looksLikeLabel(label: string): boolean {
  const tokens = label.trim().split(/\s+/);
  if (tokens.length === 0 || tokens.length > 14) return false;
  if (/[,;!?"“”]/.test(label)) return false;
  if (tokens.length === 1) {
    const t = tokens[0]!;
    if (SINGLE_WORD_LABELS.has(t.toLowerCase())) return true;
    return /^[\p{Lu}][\p{Lu}'’.\-]+$/u.test(t) && t.length >= 3;
  }
  if (!isNameToken(tokens[0]!) || !isNameToken(tokens[tokens.length - 1]!)) return false;
  if (NOT_LABEL_START.has(tokens[0]!.toLowerCase())) return false;
  return tokens.every((t) => isNameToken(t) || CONNECTORS.has(t.toLowerCase()));
}

/** An interpreting note opening a paragraph, e.g. a turn's continuation that switches language. */
export function takeLeadingNote(text: string): { note: string | null; rest: string } {
  return takeNoteAfterColon(text);
}

function takeNoteAfterColon(rest: string): { note: string | null; rest: string } {
  const m = NOTE_RE.exec(rest);
  if (!m) return { note: null, rest };
  return { note: m[0].trim(), rest: rest.slice(m[0].length) };
}

/** A label opening a paragraph. `boldLead` is the bold text the paragraph starts with, if any. */
export function parseLeadingLabel(text: string, boldLead: string | null = null): LabelMatch | null {
  // White House transcripts write a journalist's question as a bare "Q" and two spaces.
  const q = /^Q(?::\s*|\s{2,}|\s+(?=[\p{Lu}"“]))(?=\S)/u.exec(text);
  if (q && !/^Q\s+[\p{Lu}]\.?\s/u.test(text)) return { label: "Q", note: null, rest: text.slice(q[0].length) };

  const m = /^([^:()]{1,120}?)\s*(\([^)]{2,40}\))?\s*:\s*(?=\S)/u.exec(text);
  if (m) {
    const label = m[1]!.trim();
    const noteBefore = m[2] ?? null;
    if (noteBefore && !NOTE_RE.test(noteBefore)) return null;
    const boldOk = boldLead !== null && boldLead.replace(/:\s*$/, "").trim().startsWith(label);
    if (looksLikeLabel(label) || (boldOk && label.split(/\s+/).length <= 14 && !/[.!?]$/.test(label))) {
      const after = takeNoteAfterColon(text.slice(m[0].length));
      if (!after.rest) return null;
      return { label, note: noteBefore ?? after.note, rest: after.rest };
    }
  }
  return null;
}

export interface LabelInRun {
  /** Index in the text where the label starts. */
  start: number;
  /** Index where the turn's own words start. */
  textStart: number;
  label: string;
  note: string | null;
  /** A heading found glued in front of the label (flattened transcripts), start index or -1. */
  headingStart: number;
}

/**
 * Labels inside text that lost its line breaks: a run of capitalised words ending in a colon, after a
 * sentence end or at the start. A short phrase without sentence punctuation between the start and
 * the label is a section heading that was glued on ("Opening remarks at the summit President of
 * Russia Vladimir Putin:").
 */
export function findLabelsInRun(text: string): LabelInRun[] {
  const found: LabelInRun[] = [];
  const colon = /:\s+/g;
  for (let m = colon.exec(text); m; m = colon.exec(text)) {
    let end = m.index;
    let note: string | null = null;
    let prefix = text.slice(Math.max(0, end - 240), end);
    const offset = end - prefix.length;
    const noteMatch = /\s*(\([^()]{2,40}\))\s*$/.exec(prefix);
    if (noteMatch) {
      if (!NOTE_RE.test(noteMatch[1]!)) continue;
      note = noteMatch[1]!;
      prefix = prefix.slice(0, noteMatch.index);
    }
    const tokenRe = /\S+/g;
    const tokens: { t: string; i: number }[] = [];
    for (let t = tokenRe.exec(prefix); t; t = tokenRe.exec(prefix)) tokens.push({ t: t[0], i: t.index });
    let k = tokens.length;
    while (k > 0 && tokens.length - k < 14) {
      const t = tokens[k - 1]!.t;
      if (isNameToken(t) || CONNECTORS.has(t.toLowerCase())) k--;
      else break;
    }
    while (k < tokens.length && CONNECTORS.has(tokens[k]!.t.toLowerCase())) k++;
    if (k >= tokens.length) continue;
    let run = tokens.slice(k);
    // A capitalised word that ends a sentence ("... in Moscow. Vladimir Putin:") is not part of the label.
    const lastStop = run.findLastIndex((x, idx) => idx < run.length - 1 && /[.!?…]["”’»)]*$/.test(x.t) && !/^[\p{Lu}]\.$/u.test(x.t) && !/^(Mr|Mrs|Ms|Dr|St|Jr)\.$/.test(x.t));
    if (lastStop >= 0) run = run.slice(lastStop + 1);
    const beforeIdx = run[0]!.i;
    const before = prefix.slice(0, beforeIdx).trimEnd();
    const atSentenceStart = before === "" ? offset === 0 || /[.!?…"”’»)\]*]$/.test(text.slice(0, offset).trimEnd()) || text.slice(0, offset).trim() === "" : /[.!?…"”’»)\]*]$/.test(before);
    let headingStart = -1;
    if (!atSentenceStart) {
      // Glued heading: only right at the start of the text, short, and with a title word to cut at.
      const whole = text.slice(0, offset + beforeIdx).trim();
      const sentenceEnd = Math.max(whole.lastIndexOf(". "), whole.lastIndexOf("* "));
      if (sentenceEnd >= 0 || offset !== 0) continue;
      if (whole.split(/\s+/).length > 16) continue;
      headingStart = 0;
    }
    // A glued heading ends where the label's title starts: "Beginning of talks with President of
    // Argentina Alberto Fernandez President of Russia Vladimir Putin" cuts at the last title word
    // that follows a name ("of the State of Palestine" is no cut).
    if (headingStart >= 0) {
      let cut = -1;
      for (let j = run.length - 2; j >= 0; j--) {
        const prev = j > 0 ? run[j - 1]!.t : null;
        if (TITLE_WORDS.has(run[j]!.t.toLowerCase()) && (prev === null || (!TITLE_WORDS.has(prev.toLowerCase()) && !CONNECTORS.has(prev.toLowerCase())))) {
          cut = j;
          break;
        }
      }
      if (cut < 0) continue;
      run = run.slice(cut);
    }
    const label = run.map((x) => x.t).join(" ");
    if (!looksLikeLabel(label)) continue;
    const start = offset + run[0]!.i;
    if (headingStart >= start) headingStart = -1;
    let textStart = m.index + m[0].length;
    const after = NOTE_RE.exec(text.slice(textStart));
    if (after && !note) {
      note = after[0].trim();
      textStart += after[0].length;
    }
    found.push({ start, textStart, label, note, headingStart });
  }
  return found;
}
