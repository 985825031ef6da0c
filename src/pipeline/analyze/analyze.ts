import type { EventKind } from "../../lib/corpus-schema.ts";
import type { AnalyzedParagraph, Analysis, IngestedRelease } from "../types.ts";
import { findCountries, findDocuments, findOrganisations } from "./entities.ts";
import { attendanceSentences, findEvents, toReleaseEvents, type EventDraft } from "./events.ts";
import { findMentions } from "./mentions.ts";
import { sameGiven, spaceRunTogether } from "./names.ts";
import { headOfTitle, mentionsOf, type People, type PersonDraft } from "./people.ts";
import { attribute } from "./speakers.ts";

/**
 * IngestedRelease -> Analysis: people, who speaks where, the parts of the occasion in order, and the
 * countries, organisations and documents for filters. Pure and per release, so ids depend on this
 * release alone.
 */

/** The publisher's own principals: whom "the President" means in their releases when no one else is titled so. */
const PRINCIPALS: readonly { surname: string; given: string; canonical: string; country: string; title: string }[] = [
  { surname: "putin", given: "vladimir", canonical: "Vladimir Putin", country: "Russia", title: "President of Russia" },
  { surname: "medvedev", given: "dmitry", canonical: "Dmitry Medvedev", country: "Russia", title: "President of Russia" },
  { surname: "zelenskyy", given: "volodymyr", canonical: "Volodymyr Zelenskyy", country: "Ukraine", title: "President of Ukraine" },
  { surname: "zelensky", given: "volodymyr", canonical: "Volodymyr Zelenskyy", country: "Ukraine", title: "President of Ukraine" },
  { surname: "biden", given: "joseph", canonical: "Joseph R. Biden, Jr.", country: "United States", title: "President" },
  { surname: "trump", given: "donald", canonical: "Donald J. Trump", country: "United States", title: "President" },
  { surname: "obama", given: "barack", canonical: "Barack Obama", country: "United States", title: "President" },
  { surname: "harris", given: "kamala", canonical: "Kamala Harris", country: "United States", title: "Vice President" },
  { surname: "blinken", given: "antony", canonical: "Antony J. Blinken", country: "United States", title: "Secretary of State" },
  { surname: "xi", given: "jinping", canonical: "Xi Jinping", country: "China", title: "President" },
];

/** The publisher principal a person is, if any: same surname and no other given name. */
function principalOf(p: PersonDraft): (typeof PRINCIPALS)[number] | null {
  return PRINCIPALS.find((k) => k.surname === p.surname && (!p.given || sameGiven(p.given, k.given))) ?? null;
}

function homeCountryOf(ingested: IngestedRelease): string | null {
  const key = `${ingested.publisher.id} ${ingested.publisher.name}`.toLowerCase();
  if (/kremlin|russia/.test(key)) return "Russia";
  if (/ukrain/.test(key)) return "Ukraine";
  if (/white|state|united states|u\.s\./.test(key)) return "United States";
  if (/china|chinese|cn-|embassy/.test(key)) return "China";
  return null;
}

export function analyze(ingested: IngestedRelease): Analysis {
  const homeCountry = homeCountryOf(ingested);
  const labels = ingested.paragraphs.map((p) => p.label).filter((l): l is string => l !== null);
  const texts = ingested.paragraphs.map((p) => p.text);
  // People are looked for in text whose run-together labels are spaced again; the paragraphs keep their text.
  const { people } = mentionsOf({ title: ingested.title, byline: ingested.byline, labels, texts: texts.map(spaceRunTogether), homeCountry });
  for (const p of people.list) {
    const known = principalOf(p);
    if (!known) continue;
    // "Harris" alone is the Vice President only where the release says so.
    if (known.surname === "harris" && !p.given && !p.titles.some((t) => /vice/i.test(t))) continue;
    if (!p.country) p.country = known.country;
    const head = headOfTitle(known.title);
    if (!p.titles.some((t) => headOfTitle(t) === head)) p.titles.push(known.title);
  }
  people.isPrincipal = (p) => principalOf(p) !== null && p.country === homeCountry;
  // One id per principal across the corpus, however fully a release names them.
  const persons = people.finish((p) => {
    const known = principalOf(p);
    if (!known || (known.surname === "harris" && !p.given && !p.titles.some((t) => /vice/i.test(t)))) return null;
    return known.canonical;
  });
  const paragraphs = attribute(ingested.paragraphs, people);

  const { events: drafts, main } = findEvents(ingested.title, paragraphs);
  const principals = principalsOf(ingested.title, paragraphs, people);
  // The publisher's own leader holds whatever part they take part in.
  for (const p of people.list) if (principalOf(p) && p.country === homeCountry && !principals.includes(p.id)) principals.push(p.id);
  attachAttendees(drafts, paragraphs, people, principals);
  const events = toReleaseEvents(drafts, principals);

  const allTexts = [ingested.title, ...texts];
  return {
    people: persons,
    paragraphs,
    events,
    kind: kindOf(main, events.map((e) => e.kind)),
    countries: findCountries(allTexts),
    organisations: findOrganisations(allTexts),
    documents: findDocuments(texts),
  };
}

function kindOf(main: EventKind, kinds: EventKind[]): EventKind {
  if (main !== "other") return main;
  return kinds[0] ?? "other";
}

/** Those who held the occasion: people in the headline, and both sides of the first "met with" sentence. */
function principalsOf(title: string, paragraphs: { text: string; kind: string }[], people: People): string[] {
  const ids = new Set<string>();
  const addFrom = (text: string) => {
    for (const m of findMentions(text)) {
      const p = m.tokens <= 1 ? people.resolveName(m.title ? `${m.title} ${m.name}` : m.name) : people.resolveName(m.name);
      if (p) ids.add(p.id);
    }
  };
  addFrom(title);
  const first = paragraphs.find((p) => p.kind !== "heading" && p.kind !== "turn" && /\b(?:met|held\s+talks|spoke|talks|meeting|conversation|call)\b/i.test(p.text));
  if (first) {
    const sentence = first.text.split(/(?<=[.!?])\s+/).find((s) => /\b(?:met|held\s+talks|spoke|talks|meeting|conversation|call)\b/i.test(s)) ?? "";
    // Only the clause naming the meeting; attendance clauses list attendees, not principals.
    const clause = sentence.split(/\b(?:attended|accompanied|joined|present|took part)\b/i)[0] ?? "";
    addFrom(clause);
    const subjectRef = /^(?:[^,]{0,40},\s+)?(?:the\s+)?((?:\p{Lu}[\p{L}\-]*\s+){0,3}(?:President|Prime Minister|Secretary|Chancellor))\b/iu.exec(clause);
    if (subjectRef) {
      const p = people.resolveTitleRef(subjectRef[1]!);
      if (p) ids.add(p.id);
    }
  }
  return [...ids];
}

function attachAttendees(drafts: EventDraft[], paragraphs: AnalyzedParagraph[], people: People, principals: string[]): void {
  if (drafts.length === 0) return;
  for (const a of attendanceSentences(paragraphs)) {
    let target: EventDraft | undefined;
    if (a.ref === "ceremony") target = drafts.find((d) => d.kind === "welcome") ?? drafts.find((d) => d.kind === "ceremony");
    else if (a.ref) target = drafts.find((d) => d.kind === a.ref);
    // Signers belong to a signing the release reports, or to nothing.
    if (a.only && !target) continue;
    // No part named: the part reported in the same paragraph, else the main one.
    target ??= drafts.find((d) => d.paragraph === a.paragraph) ?? drafts.find((d) => d.kind === "talks" || d.kind === "call") ?? drafts[0];
    if (!target) continue;
    for (const m of findMentions(a.sentence)) {
      // A bare surname among signers is most often a principal named in passing ("Mr Castro signed").
      if (a.only && m.tokens <= 1) continue;
      const p: PersonDraft | null = m.tokens <= 1 ? (m.titled ? people.resolveName(`${m.title ?? ""} ${m.name}`.trim()) : people.resolveName(m.name)) : people.resolveName(m.name);
      if (p && !principals.includes(p.id) && !target.attendees.includes(p.id)) target.attendees.push(p.id);
    }
  }
}
