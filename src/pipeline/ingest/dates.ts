const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (n: number) => String(n).padStart(2, "0");

function ymd(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function monthOf(name: string): number | null {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? null;
}

/**
 * A publication timestamp to YYYY-MM-DD: the day as written in the stamp, in the stamp's own offset.
 * A feed stamped "Thu, 10 Mar 2022 00:26:00 +0000" is 10 March: annotators read the stamp as written,
 * so it is never moved into the publisher's zone (the text's own event day overrides it elsewhere).
 */
export function parseDateStamp(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(s);
  if (iso) return ymd(+iso[1]!, +iso[2]!, +iso[3]!);
  // RFC 822 / 2822: "Fri, 21 May 2021 21:34:18 +0000"
  const rfc = /^(?:\w{3},\s*)?(\d{1,2})\s+([A-Za-z]{3,9})\s+(\d{4})\b/.exec(s);
  if (rfc) {
    const m = monthOf(rfc[2]!);
    return m ? ymd(+rfc[3]!, m, +rfc[1]!) : null;
  }
  return parseWrittenDate(s);
}

const MONTH_NAME = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

/** "June 8, 2018", "8 June 2018", "08.06.2018" (day first, as Russian and European sites write it). */
export function parseWrittenDate(s: string): string | null {
  let m = new RegExp(`^${MONTH_NAME}\\s+(\\d{1,2}),?\\s+(\\d{4})`, "i").exec(s);
  if (m) return ymd(+m[3]!, monthOf(m[1]!)!, +m[2]!);
  m = new RegExp(`^(\\d{1,2})\\s+${MONTH_NAME}\\s+(\\d{4})`, "i").exec(s);
  if (m) return ymd(+m[3]!, monthOf(m[2]!)!, +m[1]!);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return ymd(+m[3]!, +m[2]!, +m[1]!);
  return null;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The most recent given weekday on or before `reference` ("met Friday" in a Saturday release is the day before). */
export function weekdayOnOrBefore(weekday: string, reference: string): string | null {
  const want = WEEKDAYS.indexOf(weekday.toLowerCase());
  if (want < 0) return null;
  const have = new Date(`${reference}T12:00:00Z`).getUTCDay();
  return addDays(reference, -((have - want + 7) % 7));
}

/**
 * A wire-style dateline opening the body: "BEIJING, Sept. 3 (Xinhua) --", "WASHINGTON, March 4 --",
 * "MOSCOW, June 8, 2018 —". The city is upper case (or Title Case before a dash), the month may be
 * abbreviated, the year is usually left out.
 */
const DATELINE = new RegExp(
  `^((?:[\\p{Lu}][\\p{Lu}\\p{M}.'’ -]{1,40}|[\\p{Lu}][\\p{Ll}\\p{M}'’.-]+(?: [\\p{Lu}][\\p{Ll}\\p{M}'’.-]+){0,2})(?:, [\\p{Lu}][\\p{L}.' ]{1,30})?),\\s+${MONTH_NAME}\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*(?:\\([^()]{2,30}\\)\\s*)?(?:--|—|–|-)\\s*`,
  "u",
);

export interface Dateline {
  /** The city as the dateline writes it ("BEIJING"). */
  city: string;
  /** The day, with the year taken from the publication day when the dateline leaves it out. */
  day: string | null;
  /** Length of the dateline, so the sentence after it can be read on its own. */
  length: number;
}

/** The dateline opening a paragraph, or null; a bare city dateline has no day. A day without a year lies on or before publication (allowing a late-filed story). */
/** A dateline with the city alone: "WASHINGTON --", "KYIV (Tessa News) —". */
const BARE_DATELINE = /^([\p{Lu}][\p{Lu}\p{M}.'’ -]{1,40}(?:, [\p{Lu}][\p{L}.' ]{1,30})?)\s*(?:\([^()]{2,30}\)\s*)?(?:--|—|–)\s*(?=\S)/u;

export function readDateline(paragraph: string, published: string | null): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m) {
    const bare = BARE_DATELINE.exec(paragraph);
    // Upper case only: "Kyiv — " in Title Case could be a sentence's own dash.
    return bare && bare[1]!.replace(/,.*/, "") === bare[1]!.replace(/,.*/, "").toUpperCase() && /\p{Lu}{3}/u.test(bare[1]!) ? { city: bare[1]!.trim(), day: null, length: bare[0].length } : null;
  }
  const month = monthOf(m[2]!);
  if (!month) return null;
  let day: string | null = null;
  if (m[4]) day = ymd(+m[4], month, +m[3]!);
  else if (published) {
    const y = +published.slice(0, 4);
    const sameYear = ymd(y, month, +m[3]!);
    // A dateline of 31 December on a page stamped 1 January belongs to the year before.
    day = sameYear && sameYear <= addDays(published, 2) ? sameYear : ymd(y - 1, month, +m[3]!);
  }
  return { city: m[1]!.trim(), day, length: m[0].length };
}

/**
 * The day the release itself gives for the event, when its opening says so: "On June 8, 2018,
 * President Xi ..." or "On 8 June, ...", "met Friday", "on Tuesday", "spoke yesterday". A wire dateline
 * ("BEIJING, Sept. 3 (Xinhua) --") gives the day of filing, and is the reference for a weekday after
 * it. A date without a year takes the reference's year, and only when that does not put the event
 * after it; a weekday is the most recent such day not after the reference.
 */
export function eventDateFromOpening(firstParagraph: string, published: string | null): string | null {
  const dateline = readDateline(firstParagraph, published);
  const reference = dateline?.day ?? published;
  const lead = firstParagraph.slice(dateline?.length ?? 0, (dateline?.length ?? 0) + 300);
  const fromText = explicitDate(lead, reference) ?? relativeDate(lead, reference);
  return fromText ?? dateline?.day ?? null;
}

function explicitDate(lead: string, published: string | null): string | null {
  let m = new RegExp(`^(?:On|In the afternoon of|In the morning of|On the (?:morning|afternoon|evening) of)\\s+(?:${WEEKDAY},?\\s+)?${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?:\\s+local time)?\\s*,`, "i").exec(lead);
  if (m) return resolveYear(monthOf(m[2]!)!, +m[3]!, m[4], published);
  m = new RegExp(`^(?:On)\\s+(?:${WEEKDAY},?\\s+)?(\\d{1,2})\\s+${MONTH_NAME}(?:\\s+(\\d{4}))?\\s*,`, "i").exec(lead);
  if (m) return resolveYear(monthOf(m[3]!)!, +m[2]!, m[4], published);
  // "President Biden met December 14 with ...": a date right after the opening sentence's verb.
  m = new RegExp(`^[^.!?]{0,160}?\\b(?:met|spoke|held|hosted|talked|convened|received)\\s+(?:on\\s+)?(?:${WEEKDAY},?\\s+)?${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, "i").exec(lead);
  if (m) return resolveYear(monthOf(m[2]!)!, +m[3]!, m[4], published);
  return null;
}

const EVENT_VERB = "(?:met|meets|spoke|speaks|talked|held|holds|hosted|hosts|participated|joined|convened|received|visited|signed|attended|arrived|called|welcomed|opened|chaired|addressed|said|announced|toured|paid)";

/** "met Friday", "on Tuesday", "Xi on Tuesday held talks", "spoke yesterday": a day relative to the reference. */
function relativeDate(lead: string, reference: string | null): string | null {
  if (!reference) return null;
  // Only the opening sentence: a weekday further on may belong to another occasion.
  const sentence = /^[^.!?]*(?:[.!?]|$)/.exec(lead.replace(/\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\./g, (x) => x.replace(/\./g, "\u2024")))?.[0] ?? lead;
  // "On Wednesday, March 17" is an explicit date (handled, or rejected as future, before this).
  const notDate = `\\b(?!\\s*,?\\s*${MONTH_NAME}|\\s*,?\\s*\\d)`;
  const weekday =
    new RegExp(`(?:^|\\bon\\s+|\\b${EVENT_VERB}\\s+(?:on\\s+)?)(?:(?:this|last)\\s+)?${WEEKDAY}${notDate}`, "i").exec(sentence) ??
    new RegExp(`^(?:On\\s+)?${WEEKDAY}${notDate}`, "i").exec(sentence);
  // An announcement ("will host ... on Tuesday") looks ahead; the rule only reads back from the reference.
  if (weekday && !/\bwill\b/i.test(sentence.slice(0, weekday.index + 40))) return weekdayOnOrBefore(weekday[1]!, reference);
  if (/\b(?:on\s+)?yesterday\b/i.test(sentence) && new RegExp(`\\b${EVENT_VERB}\\b`, "i").test(sentence)) return addDays(reference, -1);
  return null;
}

function resolveYear(month: number, dayOfMonth: number, year: string | undefined, published: string | null): string | null {
  if (year) return ymd(+year, month, dayOfMonth);
  if (!published) return null;
  const candidate = ymd(+published.slice(0, 4), month, dayOfMonth);
  return candidate && candidate <= published ? candidate : null;
}

/** A line that is only a date (and maybe a time): "2018/06/08", "June 8, 2018 14:05", "Updated: 8 June 2018". */
export const DATE_LINE = /^(?:(?:Published|Updated|Date|Posted)\s*:?\s*)?(\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|(?:[A-Z][a-z]+\.? \d{1,2},? \d{4})|(?:\d{1,2} [A-Z][a-z]+ \d{4}))(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** The day of a date line (see DATE_LINE), or null. */
export function dateOfLine(line: string): string | null {
  const m = DATE_LINE.exec(line.trim());
  return m ? dayOfStamp(m[1]!) : null;
}

/** "2024/9/4", "2024-09-04", "June 8, 2018", "8 June 2018" to YYYY-MM-DD. */
function dayOfStamp(s: string): string | null {
  const n = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(s);
  if (n) return ymd(+n[1]!, +n[2]!, +n[3]!);
  return parseWrittenDate(s);
}

const STAMP_DATE = `(\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}|${MONTH_NAME}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_NAME}\\s+\\d{4})`;
const STAMP_TIME = "(?:,?\\s*(?:at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[AP]\\.?M\\.?)?(?:\\s*(?:GMT|UTC|BJT|EST|EDT|CET|CEST|MSK)(?:[+-]\\d{1,2})?)?)?";
/** The time may also come first: "10:21, September 04, 2024". */
const STAMP = new RegExp(`(?:\\d{1,2}:\\d{2}(?::\\d{2})?,?\\s+)?${STAMP_DATE}${STAMP_TIME}`, "i");
/** Labels that sit next to a page timestamp: nothing of the release is said on such a line. */
const STAMP_LABEL = /^(?:(?:Updated|Published|Posted|Released|Date|Time|Last (?:updated|modified)|Release date)\s*[:：]?|\(?Source\s*[:：]\s*[^()|｜:]{1,60}\)?|Editors?\s*[:：]\s*[^|｜:]{1,40}|Author\s*[:：]\s*[^|｜:]{1,40}|From\s*[:：]\s*[^|｜:]{1,60}|By\s+[\p{Lu}][^|｜:]{1,60}|[\w-]+(?:\.[\w-]+)+\.(?:com|cn|org|net|gov|int)(?:\.[a-z]{2})?|\([^()]{1,40}\)|[|｜/·•\-–—]|\s)*$/iu;

/**
 * A page timestamp on a line of its own: "2024-09-04 10:21:05", "Updated: 2024-09-04",
 * "Published: September 4, 2024", "(Source: Xinhua) 2024-09-04", "Source: Xinhua | Updated: 2024-09-04".
 * The day as written (no zone conversion); null when the line says anything besides stamp labels.
 */
export function pageStampOfLine(line: string): string | null {
  const t = line.trim();
  // Cheap test first: every stamp holds a four-digit year.
  if (t.length > 140 || !/\d{4}/.test(t)) return null;
  const m = STAMP.exec(t);
  if (!m) return null;
  const rest = t.slice(0, m.index) + " " + t.slice(m.index + m[0].length);
  if (!STAMP_LABEL.test(rest.trim())) return null;
  return dayOfStamp(m[1]!.replace(/\s+/g, " "));
}
