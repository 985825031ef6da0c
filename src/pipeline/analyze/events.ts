import type { EventKind, ReleaseEvent } from "../../lib/corpus-schema.ts";
import type { AnalyzedParagraph } from "../types.ts";
import { splitSentences } from "./speakers.ts";

/**
 * The parts of the occasion a release reports, in the order they happened. Triggers come from the
 * headline and from narration (never from what a speaker says in a turn); order comes from "prior to",
 * "after", "following", "later" and from headlines such as "Before Their Meeting".
 */

export interface EventDraft {
  kind: EventKind;
  label: string;
  /** Paragraph index, or -1 for the headline. */
  paragraph: number;
  /** Position in mention order, for stable sorting. */
  seq: number;
  relation: { when: "before" | "after"; ref: EventKind } | null;
  /** A distinguishing word for a second event of the same kind ("expanded", "wreath"). */
  variant: string;
  attendees: string[];
  fromHeadline?: boolean;
}

interface TriggerSpec {
  kind: EventKind;
  re: RegExp;
  label: string;
  variant?: (m: RegExpExecArray) => string;
  /** A second part named by the same words ("restricted and expanded formats"). */
  second?: (m: RegExpExecArray) => string | null;
}

function normaliseFormat(word: string): string {
  const w = word.toLowerCase();
  if (!w) return "";
  return /expanded|extended|broader|enlarged|delegations/.test(w) ? "expanded" : "narrow";
}

interface Trigger extends TriggerSpec {
  global: RegExp;
}

const TRIGGER_SPECS: TriggerSpec[] = [
  { kind: "welcome", re: /\b(?:official\s+|state\s+)?welcom(?:e|ing)\s+ceremony|ceremony\s+(?:of\s+(?:official\s+)?welcome|to\s+(?:officially\s+)?welcome)|\bofficial\s+welcome\b|guard\s+of\s+hono(?:u)?r|hono(?:u)?r\s+guard/i, label: "Welcoming ceremony" },
  { kind: "arrival", re: /(?<!\b(?:who|which|that|had|has|have|after|upon|on)\s+)\b(?:arrived|landed)\s+(?:in|at)\b|\bwas\s+met\s+at\s+the\s+(?:airport|station)|\barrival\s+ceremony|\b(?:upon|on)\s+(?:his\s+|her\s+|their\s+)?arrival\b/i, label: "Arrival" },
  { kind: "call", re: /\bspoke\s+(?:today\s+|yesterday\s+|this\s+\w+\s+|again\s+|separately\s+)?with\b(?!\s+(?:\S+\s+){0,3}(?:journalists|reporters|the\s+press|the\s+media))|\b(?:tele)?phone\s+(?:conversation|call|talks?)\b|\bspoke\s+(?:by\s+(?:tele)?phone|on\s+the\s+phone)|\bvideo\s*(?:conference|call|link)\b|\bvideoconference\b|\bheld\s+a\s+call\b|\bcall\s+with\b/i, label: "Call" },
  {
    kind: "talks",
    re: /\b(?:talks|negotiations|consultations)\b(?:\s+(?:in|continued\s+in)\s+(?:an?\s+|the\s+)?(narrow|restricted|limited|expanded|extended|broader|enlarged|one-on-one|tête-à-tête|small)\s+format|\s+with\s+(?:the\s+participation\s+of\s+)?(?:the\s+)?(delegations))?|\bmet\s+(?:today\s+|separately\s+|privately\s+)?with\b(?!\s+(?:\S+\s+){0,3}(?:journalists|reporters|the\s+press|media))|\b(?:bilateral\s+|trilateral\s+|one-on-one\s+|private\s+)?meeting\s+(?:with|between)\b|\bheld\s+a\s+meeting\b|\bhad\s+a\s+meeting\b|\b(narrow|restricted|expanded|extended)[-\s]format\s+(?:talks|meeting)/iu,
    label: "Talks",
    variant: (m) => normaliseFormat(m[1] ?? m[2] ?? m[3] ?? ""),
  },
  {
    // "began in a restricted format", "continued in an expanded format": each format is its own round of talks.
    kind: "talks",
    re: /\b(narrow|restricted|limited|one-on-one|tête-à-tête|small|expanded|extended|broader|enlarged)(?:\s+and\s+(expanded|extended|broader|enlarged))?[-\s]formats?\b|\bwith\s+(?:the\s+)?participation\s+of\s+(?:the\s+|both\s+)?(?:[\p{L}’'-]+\s+(?:and\s+)?){0,4}?(delegations)\b/iu,
    label: "Talks",
    variant: (m) => normaliseFormat(m[1] ?? m[3] ?? ""),
    second: (m) => (m[2] ? normaliseFormat(m[2]) : null),
  },
  {
    // "first met one-on-one and were then joined by the delegations": two rounds of talks.
    kind: "talks",
    re: /\b(?:one-on-one|tête-à-tête|face[- ]to[- ]face|restricted|private)\s+(meeting|discussion|talks|conversation)\b|\b(?:began|started)\s+(?:their\s+|the\s+)?(?:meeting|talks)\s+(face\s+to\s+face)|\b(?:later\s+|then\s+)?joined\s+by\s+(?:the\s+|their\s+|both\s+)?(?:[\p{L}’']+\s+)?(?:members\s+of\s+(?:the\s+|their\s+)?)?(delegations)\b|\b(?:then|later|subsequently|and\s+then)\s+with\s+(?:the\s+|their\s+|both\s+)?(delegations)\b|\btalks\s+attended\s+by\s+(?:the\s+)?(?:two\s+|both\s+)?(?:\S+\s+){0,2}(delegations)\b/iu,
    label: "Talks",
    variant: (m) => (m[1] || m[2] ? "narrow" : "expanded"),
  },
  { kind: "signing", re: /\bsign(?:ed|ing)\b|\b(?:adopted|passed|approved)\s+(?:a|the)\s+(?:\S+\s+){0,3}(?:statement|declaration|documents?|agreements?|memorandum)\b|\b(?:documents?|statement|declaration)\s+(?:was|were)\s+(?:adopted|passed|approved)\b|\bexchange[ds]?\s+(?:of\s+)?(?:the\s+)?(?:documents|instruments|notes)\b|\bdocuments\s+were\s+(?:signed|exchanged)|\bdocuments?[-\s]exchange\b|\binked\b/i, label: "Signing of documents" },
  {
    kind: "press",
    re: /\bpress\s+(?:conference|statements?|availability|briefing|approach|encounter|spray)\b|\bnews\s+conference\b|\bstatements?\s+(?:to|for)\s+the\s+(?:press|media)\b|\b(?:met|meeting|spoke)\s+(?:(?:\S+\s+){0,3}(?:with|to)\s+)?(?:\S+\s+){0,3}?(?:journalists|reporters|the\s+press|the\s+media|media\s+representatives)\b|\b(?:answered|replied\s+to)\s+(?:\S+\s+){0,3}questions\b|\b(?:briefed|addressed)\s+the\s+(?:press|media)\b|\bjoint\s+press\b|\bgave\s+statements\b/i,
    label: "Press statements",
  },
  { kind: "meal", re: /\b(?:state\s+|official\s+|working\s+|private\s+)?(dinner|lunch|luncheon|breakfast|banquet|reception)\b/i, label: "Meal", variant: (m) => (m[1] ?? "").toLowerCase() },
  {
    kind: "ceremony",
    re: /\b(wreath|laid\s+flowers|concert|toured|tour\s+of|planted|exhibition|memorial|award(?:ed)?\s+(?:\S+\s+){0,3}(?:order|medal|prize)|visited\s+(?:the|a|an)\s+|ceremony)\b/i,
    label: "Ceremony",
    variant: (m) => (m[1] ?? "").toLowerCase().split(/\s+/)[0] ?? "",
  },
  {
    kind: "summit",
    re: /\b(?:took\s+part|participated|attended|spoke|chaired|opened|addressed)\s+(?:in\s+|at\s+)?(?:the\s+|a\s+)?(?:\S+\s+){0,6}?(summit|plenary\s+session|plenary\s+meeting|forum|session)\b/i,
    label: "Summit session",
  },
];

const TRIGGERS: Trigger[] = TRIGGER_SPECS.map((t) => ({ ...t, global: new RegExp(t.re.source, t.re.flags + "g") }));

const KIND_NOUN: [RegExp, EventKind][] = [
  [/\b(?:welcom(?:e|ing)\s+ceremony|official\s+welcome|ceremony\s+to\s+welcome)\b/i, "welcome"],
  [/\b(?:talks|negotiations|meeting|consultations)\b/i, "talks"],
  [/\b(?:conversation|call)\b/i, "call"],
  [/\bceremony\b/i, "ceremony"],
  [/\b(?:dinner|lunch|luncheon|breakfast|banquet|reception)\b/i, "meal"],
  [/\bsign(?:ing|ed)\b/i, "signing"],
  [/\b(?:press\s+conference|press\s+statements|news\s+conference|briefing)\b/i, "press"],
  [/\b(?:summit|session|forum)\b/i, "summit"],
];

function refKind(phrase: string): EventKind | null {
  for (const [re, kind] of KIND_NOUN) if (re.test(phrase)) return kind;
  return null;
}

const PAST_MEAL = /\b(?:have|’ve|'ve|just)\s+(?:just\s+|already\s+)?had\s+(?:(?:a|an|our|some|both|a\s+wonderful|a\s+good|a\s+long|a\s+working|a\s+private)\s+)?(?:[\p{L}-]+,?\s+){0,6}?(lunch|dinner|breakfast|luncheon)\b/iu;

const PAST_TALKS = /\b(?:we|I)\s+(?:have\s+|’ve\s+|'ve\s+)?(?:just\s+)?(?:had|held|concluded|finished|completed)\s+(?:a|an|our|very|two|several|some)\s+(?:[\p{L}-]+,?\s+){0,4}?(?:meeting|talks|discussions?|negotiations|conversation)\b|\b(?:our|today’s|today's)\s+(?:[\p{L}-]+\s+){0,2}?(?:talks|meeting|negotiations)\s+(?:today\s+)?(?:were|was|have\s+been|has\s+been)\b/iu;

const BEFORE_OPENER = /^(?:Prior\s+to|Before|Ahead\s+of|Preceding)\s+(?:the\s+|their\s+|his\s+|her\s+|this\s+)?([^,]{0,80}?)(?:,|\s+(?=\p{Lu}))/iu;
const AFTER_OPENER = /^(?:After|Following|Upon\s+the\s+(?:conclusion|completion)\s+of|At\s+the\s+(?:end|close|conclusion)\s+of|Following\s+the\s+(?:conclusion|completion)\s+of|Once)\s+(?:the\s+|their\s+|his\s+|her\s+)?([^,]{0,80}?)(?:,|\s+(?=\p{Lu}))/iu;
const LATER_OPENER = /^(?:Later|Then|Subsequently|Afterwards|In\s+the\s+(?:evening|afternoon)|That\s+evening|The\s+(?:talks|meeting)\s+(?:was|were)\s+followed\s+by)\b/i;
const INLINE_AFTER = /^\s*(?:\S+\s+){0,6}?(?:following|after)\s+(?:the\s+|their\s+)?(talks|meeting|negotiations|conversation|ceremony|signing|documents\s+(?:were|had\s+been)\s+signed)/i;
const INLINE_BEFORE = /^\s*(?:\S+\s+){0,6}?(?:before|ahead\s+of|prior\s+to)\s+(?:the\s+|their\s+)?(talks|meeting|negotiations|conversation|ceremony)/i;

/** What the headline says happened, in order. */
export function headlineEvents(title: string): { kind: EventKind; label: string }[] {
  const t = title.replace(/\s+/g, " ");
  const out: { kind: EventKind; label: string }[] = [];
  const press = /press\s+(?:statements?|conference|availability|encounter)|news\s+conference|statements?\s+(?:to|for)\s+the\s+press|joint\s+statements|\bremarks\b/i;
  if (/\b(?:before|ahead\s+of|prior\s+to)\s+(?:their|the|a|bilateral|our|his|her)?\s*(?:bilateral\s+|trilateral\s+)?(?:meeting|talks)\b/i.test(t)) {
    out.push({ kind: "press", label: "Remarks before the meeting" }, { kind: "talks", label: "Talks" });
    return out;
  }
  if (press.test(t) && /\b(?:following|after)\b[^|]*\b(?:talks|meeting|negotiations|summit)\b/i.test(t)) {
    out.push({ kind: /summit/i.test(t) && !/talks|meeting/i.test(t) ? "summit" : "talks", label: "Talks" }, { kind: "press", label: /news\s+conference|press\s+conference/i.test(t) ? "Press conference" : "Press statements" });
    return out;
  }
  if (/\b(?:call|telephone|phone|videoconference|video\s+conference|video\s+call|spoke\s+with|spoke\s+by)\b/i.test(t) || (/\bconversation\b/i.test(t) && !/\bmet\b|\bmeeting\b/i.test(t))) {
    out.push({ kind: "call", label: "Call" });
    return out;
  }
  if (/joint\s+press\s+(?:conference|availability)|press\s+conference|news\s+conference/i.test(t)) {
    out.push({ kind: "press", label: "Press conference" });
    return out;
  }
  if (/\b(?:summit|plenary|forum|session)\b/i.test(t) && !/\b(?:meeting|talks)\s+with\b/i.test(t)) {
    out.push({ kind: "summit", label: "Summit session" });
    return out;
  }
  if (/\b(?:talks|meeting|met|meets|negotiations|bilateral|trilateral|consultations|receives|received|hosts|hosted|roundtable|dialogue)\b/i.test(t)) {
    out.push({ kind: "talks", label: "Talks" });
    if (/\bremarks\b/i.test(t) && /\b(?:in|at)\s+(?:a\s+|the\s+)?(?:bilateral|trilateral)?\s*meeting\b/i.test(t)) out.unshift({ kind: "press", label: "Remarks to the press" });
    return out;
  }
  if (/\b(?:dinner|lunch|banquet|breakfast|reception)\b/i.test(t)) out.push({ kind: "meal", label: "Meal" });
  else if (/\b(?:wreath|ceremony|award|concert)\b/i.test(t)) out.push({ kind: "ceremony", label: "Ceremony" });
  else if (/\bvisit(?:ed|s)?\b/i.test(t)) out.push({ kind: "talks", label: "Talks" });
  return out;
}

export interface EventsResult {
  events: EventDraft[];
  main: EventKind;
}

/** Events of one release from its headline and its narration paragraphs. */
export function findEvents(title: string, paragraphs: AnalyzedParagraph[]): EventsResult {
  const events: EventDraft[] = [];
  let seq = 0;
  const headline = headlineEvents(title);
  for (const h of headline) {
    events.push({ kind: h.kind, label: h.label, paragraph: -1, seq: seq++, relation: null, variant: "", attendees: [], fromHeadline: true });
  }
  const main: EventKind = headline.find((h) => h.kind !== "press")?.kind ?? headline[0]?.kind ?? "other";
  const headlineHasPressFirst = headline[0]?.kind === "press" && headline.length > 1;

  // A meal the speakers say they have already had ("we have had lunch") happened before these remarks.
  const mealInTurn = paragraphs.findIndex((p) => p.kind === "turn" && PAST_MEAL.test(p.text));
  paragraphs.forEach((p, index) => {
    if (p.kind === "turn") return;
    for (const sentence of splitSentences(p.text)) {
      const before = BEFORE_OPENER.exec(sentence);
      const after = before ? null : AFTER_OPENER.exec(sentence);
      const later = LATER_OPENER.test(sentence);
      const openerRef = before ? refKind(before[1]!) : after ? refKind(after[1]!) : null;
      // Triggers inside the opener itself ("After the talks") name the reference, not a new part.
      const bodyStart = (before ?? after)?.[0].length ?? 0;
      const body = sentence.slice(bodyStart);
      const found: { kind: EventKind; at: number; label: string; variant: string; end: number }[] = [];
      for (const t of TRIGGERS) {
        for (const m of body.matchAll(t.global)) {
          // A meeting "on the sidelines of the summit" is not a session of it.
          if (t.kind === "summit" && /\bsidelines\s+of\b/i.test(body.slice(Math.max(0, m.index - 80), m.index + m[0].length))) continue;
          const exec = m as unknown as RegExpExecArray;
          found.push({ kind: t.kind, at: m.index, end: m.index + m[0].length, label: labelFor(t, m[0]), variant: t.variant ? t.variant(exec) : "" });
          const second = t.second?.(exec);
          if (second) found.push({ kind: t.kind, at: m.index + 1, end: m.index + m[0].length, label: labelFor(t, m[0]), variant: second });
        }
      }
      found.sort((a, b) => a.at - b.at);
      // A press trigger overlapping a talks trigger ("meeting with journalists") is press only.
      const kept = found.filter((f, i) => !found.some((g, j) => j !== i && g.kind === "press" && f.kind === "talks" && f.at >= g.at && f.at < g.end));
      let lastInSentence: EventDraft | null = null;
      for (const f of kept) {
        if (f.kind === "signing" && passingSigning(body, f.at, f.end)) continue;
        if (f.kind === "ceremony" && f.variant === "ceremony" && kept.some((g) => g.kind === "welcome" || g.kind === "signing" || g.kind === "arrival")) continue;
        // "attended the ceremony" refers back to one already reported.
        if (f.kind === "ceremony" && f.variant === "ceremony" && /\bthe\s+$/i.test(body.slice(Math.max(0, f.at - 5), f.at)) && events.some((e) => e.kind === "welcome" || e.kind === "ceremony")) continue;
        const tail = body.slice(f.end);
        let relation: EventDraft["relation"] = null;
        if (openerRef && openerRef !== f.kind) relation = { when: before ? "before" : "after", ref: openerRef };
        const inlineAfter = INLINE_AFTER.exec(tail);
        const inlineBefore = INLINE_BEFORE.exec(tail);
        if (inlineAfter && refKind(inlineAfter[1]!) !== f.kind) relation = { when: "after", ref: refKind(inlineAfter[1]!)! };
        else if (inlineBefore && refKind(inlineBefore[1]!) !== f.kind) relation = { when: "before", ref: refKind(inlineBefore[1]!)! };
        if (!relation && later && events.length) relation = { when: "after", ref: events[events.length - 1]!.kind };
        // "The talks continued over a working lunch": the meal is a round of the talks, so it keeps their place.
        if (!relation && f.kind === "meal" && /\b(?:talks|negotiations|conversation|discussions?)\s+(?:\S+\s+){0,3}?(?:continued|were\s+held|went\s+on)\s+(?:in\s+|over\s+|at\s+|during\s+)(?:a\s+|an\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(body.slice(Math.max(0, f.at - 90), f.at))) relation = { when: "after", ref: "talks" };
        // Talks the text already reported, then "continued with the delegations": the delegations make a second round.
        const secondRound =
          f.kind === "talks" &&
          f.variant === "expanded" &&
          events.some((e) => e.kind === "talks" && !e.variant && ((e.paragraph >= 0 && e.paragraph < index) || /\b(?:continued|later|then|followed|after)\b/i.test(sentence)));
        if (secondRound) {
          const first = events.find((e) => e.kind === "talks" && !e.variant)!;
          first.variant = "narrow";
        }
        const existing = events.find((e) => e.kind === f.kind && (e.variant === f.variant || !f.variant || !e.variant || f.kind !== "talks" && f.kind !== "ceremony" && f.kind !== "meal"));
        if (existing) {
          if (!existing.variant && f.variant) existing.variant = f.variant;
          if (existing.paragraph < 0) existing.paragraph = index;
          if (!existing.relation && relation && !(headlineHasPressFirst && existing.paragraph === -1)) existing.relation = existing.seq === 0 && headline.length ? null : relation;
          lastInSentence = existing;
          continue;
        }
        // "Spoke with" is a call only in a release about a call; elsewhere people speak with each other in the room.
        if (f.kind === "call" && main !== "call" && /^spoke\s/i.test(body.slice(f.at))) continue;
        // "took part via videoconference in the summit": the video link is how, not what.
        if (f.kind === "call" && /video|link/i.test(body.slice(f.at, f.end)) && kept.some((g) => g.kind === "summit" || g.kind === "ceremony")) continue;
        if (f.kind === "call" && /video|link/i.test(body.slice(f.at, f.end)) && /\b(?:summit|session|forum|opening|ceremony)\b/i.test(body)) continue;
        // A call readout is about the call; meetings it mentions are other occasions.
        if (f.kind === "talks" && main === "call") continue;
        // A second round of talks only when the text names its format.
        if (f.kind === "talks" && events.some((e) => e.kind === "talks") && !f.variant) continue;
        const ev: EventDraft = { kind: f.kind, label: f.label, paragraph: index, seq: seq++, relation, variant: f.variant, attendees: [] };
        events.push(ev);
        lastInSentence = ev;
      }
      void lastInSentence;
    }
  });
  // A press conference whose speakers say they have just held their talks: the talks came first.
  if (events.length > 0 && events.every((e) => e.kind === "press")) {
    const talksInTurn = paragraphs.findIndex((p) => p.kind === "turn" && PAST_TALKS.test(p.text));
    if (talksInTurn >= 0) {
      events.push({ kind: "talks", label: "Talks", paragraph: -1, seq: seq++, relation: { when: "before", ref: "press" }, variant: "", attendees: [] });
    }
  }
  if (mealInTurn >= 0 && !events.some((e) => e.kind === "meal") && events.length) {
    const first = [...events].sort((a, b) => a.seq - b.seq)[0]!;
    const meal = PAST_MEAL.exec(paragraphs[mealInTurn]!.text)![1]!.toLowerCase();
    events.push({ kind: "meal", label: meal.charAt(0).toUpperCase() + meal.slice(1), paragraph: mealInTurn, seq: seq++, relation: { when: "before", ref: first.kind }, variant: meal, attendees: [] });
  }
  return { events: orderEvents(events), main: main !== "other" ? main : (events[0]?.kind ?? "other") };
}

// Words around "signing"/"signed" that put the documents at another time or in someone's wishes, not at this occasion.
const SIGNING_ELSEWHERE_BEFORE = /\b(?:praised|welcomed|hailed|recalled|commended|appreciated|noted|celebrated|marked|highlighted|looked\s+forward\s+to|look\s+forward\s+to|looking\s+forward\s+to|prepar(?:e|es|ed|ing)\s+for|anniversary\s+of|since|previously|already|earlier|recently|formerly|once)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?$/i;
const SIGNING_ELSEWHERE_AFTER = /^(?:\s+[\p{L}\d’'-]+){0,5}?\s+(?:last\s+(?:year|month|week|autumn|spring|summer|winter)|earlier(?!\s+(?:today|this\s+(?:morning|afternoon)))|previously|(?:years?|months?|weeks?)\s+ago|in\s+the\s+past|in\s+(?:1[89]|20)\d\d)\b/iu;

/** A signing told about in passing (praised, looked forward to, signed last year) rather than done at this occasion. */
function passingSigning(body: string, at: number, end: number): boolean {
  const before = body.slice(Math.max(0, at - 60), at);
  if (SIGNING_ELSEWHERE_BEFORE.test(before)) return true;
  // "the documents signed earlier" / "the agreement signed in Vienna last year": a participle after its noun.
  const word = body.slice(at, end).toLowerCase();
  if (word === "signed" && /\b(?:documents?|agreements?|treaty|memorand(?:um|a)|accords?|protocols?|contracts?|deals?)\s+$/i.test(before) && !/\b(?:were|was|have\s+been|has\s+been|being)\s+(?:\S+\s+){0,3}$/i.test(before)) {
    return SIGNING_ELSEWHERE_AFTER.test(body.slice(end)) || /\b(?:implement\w*|fulfil\w*|carr(?:y|ying|ied)\s+out|progress\s+on)\s+(?:of\s+)?(?:the\s+|all\s+)?(?:[\p{L}-]+\s+){0,4}$/iu.test(before);
  }
  return SIGNING_ELSEWHERE_AFTER.test(body.slice(end));
}

function labelFor(t: Trigger, matched: string): string {
  const m = matched.replace(/\s+/g, " ").trim();
  if (t.kind === "talks" || t.kind === "call" || t.kind === "summit") return t.label;
  if (t.kind === "meal") return m.charAt(0).toUpperCase() + m.slice(1).toLowerCase();
  if (t.kind === "ceremony") return /wreath|flowers/i.test(m) ? "Wreath-laying" : /concert/i.test(m) ? "Concert" : /tour|visited/i.test(m) ? "Visit" : "Ceremony";
  return t.label;
}

/** Mention order, then each related part moved next to the part it is said to precede or follow. */
export function orderEvents(events: EventDraft[]): EventDraft[] {
  const free = events.filter((e) => !e.relation || !events.some((x) => x !== e && x.kind === e.relation!.ref));
  const placed = [...free].sort((a, b) => a.seq - b.seq);
  joinTalkRounds(placed);
  const related = events.filter((e) => !free.includes(e)).sort((a, b) => a.seq - b.seq);
  for (const e of related) {
    const r = e.relation!;
    // "After the talks" follows the last round of them; "before the talks" precedes the first.
    const refIdx = r.when === "after" ? placed.map((x) => x.kind).lastIndexOf(r.ref) : placed.findIndex((x) => x.kind === r.ref);
    if (refIdx < 0) {
      placed.push(e);
      continue;
    }
    if (r.when === "before") {
      placed.splice(refIdx, 0, e);
    } else {
      // After the reference and after whatever was already placed after it for the same reason.
      let at = refIdx + 1;
      while (at < placed.length && placed[at]!.relation?.when === "after" && placed[at]!.relation?.ref === r.ref) at++;
      placed.splice(at, 0, e);
    }
  }
  // Documents are signed before the statements to the press that a headline announces, unless the text says otherwise.
  for (const sign of placed.filter((e) => e.kind === "signing" && !e.relation)) {
    const press = placed.findIndex((e) => e.kind === "press" && e.fromHeadline);
    const at = placed.indexOf(sign);
    if (press >= 0 && press < at) {
      placed.splice(at, 1);
      placed.splice(press, 0, sign);
    }
  }
  settleUncued(placed);
  return placed;
}

/** A later round of talks belongs next to the earlier one, not after the signing and press that followed both. */
function joinTalkRounds(placed: EventDraft[]): void {
  for (const e of placed.filter((x) => x.kind === "talks" && x.variant && !x.relation)) {
    const i = placed.indexOf(e);
    const prev = placed.slice(0, i).map((x) => x.kind).lastIndexOf("talks");
    if (prev >= 0 && prev < i - 1 && placed.slice(prev + 1, i).every((x) => x.kind === "signing" || x.kind === "press")) moveTo(placed, e, prev + 1);
  }
}

function moveTo(placed: EventDraft[], e: EventDraft, at: number): void {
  const from = placed.indexOf(e);
  placed.splice(from, 1);
  placed.splice(at > from ? at - 1 : at, 0, e);
}

const CORE: EventKind[] = ["talks", "signing", "press"];

/**
 * Parts the text gives no cue for take their usual place in a visit, whatever order they are told in:
 * arrival first, the welcome before the talks, rounds of talks together, a meal after the talks, signing and press.
 */
function settleUncued(placed: EventDraft[]): void {
  let front = 0;
  for (const e of placed.filter((x) => x.kind === "arrival" && x.relation?.when !== "after")) moveTo(placed, e, front++);
  for (const e of placed.filter((x) => x.kind === "welcome" && !x.relation)) {
    const first = placed.findIndex((x) => CORE.includes(x.kind) || x.kind === "meal");
    if (first >= 0 && first < placed.indexOf(e)) moveTo(placed, e, Math.max(first, front));
  }
  joinTalkRounds(placed);
  // Press told after an uncued signing and only said to follow the talks also followed the signing.
  for (const e of placed.filter((x) => x.kind === "signing" && !x.relation)) {
    let i = placed.indexOf(e);
    while (i > 0) {
      const p = placed[i - 1]!;
      if (p.kind !== "press" || p.relation?.ref !== "talks" || p.paragraph < e.paragraph || (p.paragraph === e.paragraph && p.seq < e.seq)) break;
      moveTo(placed, e, i - 1);
      i--;
    }
  }
  for (const e of placed.filter((x) => x.kind === "meal" && !x.relation)) {
    const lastCore = placed.reduce((acc, x, k) => (CORE.includes(x.kind) ? k : acc), -1);
    if (lastCore > placed.indexOf(e)) moveTo(placed, e, lastCore + 1);
  }
}

export function toReleaseEvents(drafts: EventDraft[], principals: string[]): ReleaseEvent[] {
  return drafts.map((d, order) => ({
    id: `e-${order + 1}`,
    kind: d.kind,
    label: d.kind === "talks" && d.variant === "narrow" ? "Talks in narrow format" : d.kind === "talks" && d.variant === "expanded" ? "Talks with delegations" : d.label,
    order,
    attendees: d.attendees.filter((a) => !principals.includes(a)),
    participants: principals,
    paragraph: d.paragraph >= 0 ? `p-${d.paragraph + 1}` : null,
  }));
}

const ATTEND = /\b(?:attended|were\s+(?:also\s+)?present|was\s+(?:also\s+)?present|took\s+part|taking\s+part|joined\s+by|accompanied\s+by|participated|in\s+attendance|also\s+attending|present\s+were|were\s+also\s+there)\b/i;

const SIGNED_BY = /\b(?:was|were|have\s+been|had\s+been)\s+(?:also\s+)?signed\s+by\b/i;
/** The subject before "signed", after any opening phrase ("Following the talks, ..."). */
const SIGNERS = /^(.{3,240}?)\s+(?:also\s+|then\s+|jointly\s+)?signed\b/i;
const SIGNING_OPENER = /^(?:(?:Following|After|At\s+the\s+(?:end|close|conclusion)\s+of|Upon|On|In|Later|Then|Subsequently|Also|Afterwards)\b[^,]{0,80},\s+)+/i;

/** Sentences that list attendees, with the kind of the part they refer to (or null: the main part). */
export function attendanceSentences(paragraphs: AnalyzedParagraph[]): { paragraph: number; sentence: string; ref: EventKind | null; only?: boolean }[] {
  const out: { paragraph: number; sentence: string; ref: EventKind | null; only?: boolean }[] = [];
  paragraphs.forEach((p, index) => {
    if (p.kind === "turn" || p.kind === "heading") return;
    for (const sentence of splitSentences(p.text)) {
      // Those who put their names to the documents attend the signing: "signed by X and Y", "X and Y signed ...".
      const by = SIGNED_BY.exec(sentence);
      const subj = by ? null : SIGNERS.exec(sentence);
      const signers = by ? sentence.slice(by.index + by[0].length) : subj ? subj[1]!.replace(SIGNING_OPENER, "") : null;
      if (signers !== null) {
        const at = by ? by.index : sentence.search(/\bsigned\b/i);
        if (at >= 0 && !passingSigning(sentence, at, at + 6)) out.push({ paragraph: index, sentence: signers, ref: "signing", only: true });
      }
      const m = ATTEND.exec(sentence);
      if (!m) continue;
      // "X attended a plenary session": X holds that part; only "attended the talks" lists attendees of a part already reported.
      if (/^\s+(?:in\s+)?(?:a|an)\s/i.test(sentence.slice(m.index + m[0].length))) continue;
      // The part named right after the verb ("attended the ceremony"), else anywhere in the sentence.
      const afterVerb = sentence.slice(m.index + m[0].length, m.index + m[0].length + 60);
      const beforeVerb = sentence.slice(0, m.index);
      const ref = refKind(afterVerb.split(/[,;.]/)[0] ?? "") ?? refKind(beforeVerb.slice(-60)) ?? null;
      out.push({ paragraph: index, sentence, ref });
    }
  });
  return out;
}
