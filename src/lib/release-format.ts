/**
 * Small formatting helpers shared by the release page and the prerenderer, so the static HTML and
 * the app say the same thing.
 */

// Made once, on first use: building a formatter costs far more than formatting, and a list formats dozens of dates.
let longDate: Intl.DateTimeFormat | undefined;

/** "2016-09-21" -> "21 September 2016"; dates are calendar days, so UTC avoids an off-by-one. */
export function formatReleaseDate(date: string | null): string | null {
  if (!date) return null;
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return (longDate ??= new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })).format(d);
}

/** Only http(s) URLs become links: a `javascript:` or `data:` source URL is shown as text, if at all. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** A short plain description for meta tags: the first words of the first real paragraph. */
export function describe(text: string, max = 160): string {
  const s = text.replace(/\s+/g, " ").trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
