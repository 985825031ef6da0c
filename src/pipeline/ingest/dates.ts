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

/** The calendar day of an instant as seen in an IANA time zone. */
function dayInZone(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/**
 * A publication timestamp to YYYY-MM-DD. The day is the one written in the timestamp, unless a
 * publisher time zone is given and the stamp carries an offset: then it is the publisher's own day
 * (a feed stamped 01:10 +0000 published the evening before in Washington).
 */
export function parseDateStamp(raw: string | null | undefined, timeZone?: string): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (iso) {
    const day = ymd(+iso[1]!, +iso[2]!, +iso[3]!);
    if (day && timeZone && iso[4] && iso[7]) {
      const instant = new Date(s.replace(" ", "T"));
      if (!Number.isNaN(instant.getTime())) return dayInZone(instant, timeZone);
    }
    return day;
  }
  // RFC 822 / 2822: "Fri, 21 May 2021 21:34:18 +0000"
  const rfc = /^(?:\w{3},\s*)?(\d{1,2})\s+([A-Za-z]{3,9})\s+(\d{4})(?:\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|GMT|UT|UTC|Z)?)?/.exec(s);
  if (rfc) {
    const m = monthOf(rfc[2]!);
    const day = m ? ymd(+rfc[3]!, m, +rfc[1]!) : null;
    if (day && timeZone && rfc[4] && rfc[7]) {
      const instant = new Date(s);
      if (!Number.isNaN(instant.getTime())) return dayInZone(instant, timeZone);
    }
    return day;
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

/**
 * The day the release itself gives for the event, when its opening says so: "On June 8, 2018,
 * President Xi ..." or "On 8 June, ...", or "spoke yesterday with ...". A date without a year takes the publication year, and only
 * when that does not put the event after publication.
 */
export function eventDateFromOpening(firstParagraph: string, published: string | null): string | null {
  const lead = firstParagraph.slice(0, 300);
  let m = new RegExp(`^(?:On|In the afternoon of|In the morning of|On the (?:morning|afternoon|evening) of)\\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\s*,`, "i").exec(lead);
  let day: string | null = null;
  if (m) day = resolveYear(monthOf(m[1]!)!, +m[2]!, m[3], published);
  if (!m) {
    m = new RegExp(`^(?:On)\\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?(\\d{1,2})\\s+${MONTH_NAME}(?:\\s+(\\d{4}))?\\s*,`, "i").exec(lead);
    if (m) day = resolveYear(monthOf(m[2]!)!, +m[1]!, m[3], published);
  }
  if (!m) {
    // "President Biden met December 14 with ...": a date right after the opening sentence's verb.
    m = new RegExp(`^[^.!?]{0,160}?\\b(?:met|spoke|held|hosted|talked|convened|received)\\s+(?:on\\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, "i").exec(lead);
    if (m) day = resolveYear(monthOf(m[1]!)!, +m[2]!, m[3], published);
  }
  if (!day && published && /^[^.!?]{0,200}\b(?:spoke|met|talked|held|hosted|participated|joined|convened|received)\b[^.!?]{0,80}\byesterday\b/i.test(lead)) {
    const d = new Date(`${published}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    day = d.toISOString().slice(0, 10);
  }
  return day;
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
  return m ? (parseDateStamp(m[1]!.replace(/[/.]/g, "-")) ?? parseWrittenDate(m[1]!)) : null;
}
