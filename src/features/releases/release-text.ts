import type { Paragraph, Person, Release } from "../../lib/corpus-schema.ts";

/**
 * Reads `#p-12` (and `#p-12:~:text=...` where the browser kept the text directive in the hash).
 * Anything else is not a paragraph anchor and is ignored, so a mangled shared link still opens the page.
 */
export function parseParagraphHash(hash: string): string | null {
  const m = /^#?(p-\d{1,6})(?::~:.*)?$/.exec(hash);
  return m ? m[1]! : null;
}

export function paragraphNumber(paragraphId: string): string {
  return paragraphId.slice(2);
}

export function peopleById(release: Pick<Release, "people">): Map<string, Person> {
  return new Map(release.people.map((p) => [p.id, p]));
}

/** A person's display name; an id the release does not describe is shown as itself rather than invented. */
export function personName(people: Map<string, Person>, id: string): string {
  return people.get(id)?.name ?? id;
}

export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

const sameSpeakers = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s, i) => s === b[i]);

/**
 * The paragraphs that open a turn: a speaker paragraph whose speakers differ from the paragraph
 * before it. Those carry the speaker's name, so colour is never the only cue.
 */
export function turnStarts(paragraphs: readonly Paragraph[]): Set<string> {
  const starts = new Set<string>();
  let prev: readonly string[] = [];
  for (const p of paragraphs) {
    if (p.kind === "heading") {
      prev = [];
      continue;
    }
    if (p.speakers.length > 0 && !sameSpeakers(p.speakers, prev)) starts.add(p.id);
    prev = p.speakers;
  }
  return starts;
}

/**
 * One speaker's statements: each run of consecutive paragraphs carrying their words is one
 * statement, identified by its first paragraph (where stepping lands).
 */
export function statementsOf(paragraphs: readonly Paragraph[], personId: string): string[][] {
  const out: string[][] = [];
  let run: string[] | null = null;
  for (const p of paragraphs) {
    if (p.speakers.includes(personId)) {
      if (!run) {
        run = [];
        out.push(run);
      }
      run.push(p.id);
    } else {
      run = null;
    }
  }
  return out;
}

/** Speakers in order of first appearance, with how many paragraphs carry their words. */
export function speakersOf(release: Pick<Release, "paragraphs">): { id: string; paragraphs: number }[] {
  const counts = new Map<string, number>();
  for (const p of release.paragraphs) for (const s of p.speakers) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([id, paragraphs]) => ({ id, paragraphs }));
}

/** The occasion's principals: who held its parts, else its speakers; used for "other releases". */
export function principalsOf(release: Pick<Release, "events" | "paragraphs">): string[] {
  const ids = new Set<string>();
  for (const e of [...release.events].sort((a, b) => a.order - b.order)) for (const p of e.participants) ids.add(p);
  if (ids.size === 0) for (const s of speakersOf(release)) ids.add(s.id);
  return [...ids];
}

const fold = (s: string) => s.replace(/\s+/g, " ");

/**
 * Where a quoted passage sits in a paragraph's text, comparing with whitespace folded, so a
 * selection that spanned a line break still matches. Returns offsets into the original text.
 */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const q = fold(quote).trim();
  if (!q) return null;
  // Map each folded offset back to the original so the mark covers the original characters.
  const map: number[] = [];
  let folded = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (folded.endsWith(" ")) continue;
      folded += " ";
    } else folded += ch;
    map.push(i);
  }
  const at = folded.indexOf(q);
  if (at < 0) return null;
  return { start: map[at]!, end: map[at + q.length - 1]! + 1 };
}

/** Text directives treat `-`, `,` and `&` as syntax, so they are percent-encoded too. */
function encodeDirective(s: string): string {
  return encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
}

/**
 * The hash of a quote link: the paragraph anchor plus a text fragment. Long passages use
 * `textStart,textEnd` (a few words at each end) to keep the link short.
 */
export function quoteHash(paragraphId: string, quote: string): string {
  const words = fold(quote).trim().split(" ");
  const directive =
    words.length > 12
      ? `${encodeDirective(words.slice(0, 5).join(" "))},${encodeDirective(words.slice(-5).join(" "))}`
      : encodeDirective(words.join(" "));
  return `#${paragraphId}:~:text=${directive}`;
}

/** Quote links also carry `?quote=` so browsers without text fragments still mark the passage. */
export const QUOTE_PARAM = "quote";
export const SPEAKER_PARAM = "speaker";
export const MAX_QUOTE_LENGTH = 600;
