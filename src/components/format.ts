import type { EventKindName } from "../lib/corpus-files.ts";
import { formatReleaseDate } from "../lib/release-format.ts";

// Dates are calendar dates, not instants: format in UTC so no timezone shifts them by a day.
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const numberFormat = new Intl.NumberFormat("en-GB");

/** "2024-03-05" -> "5 March 2024", exactly as the release page and prerendered pages write it. */
export const formatDate = (iso: string): string => formatReleaseDate(iso) ?? iso;

/** "2024-03" -> "March 2024". */
export function formatMonth(yearMonth: string): string {
  const d = new Date(`${yearMonth}-01T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? yearMonth : monthFormat.format(d);
}

export const formatCount = (n: number): string => numberFormat.format(n);

/** "1 release", "2,345 releases". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`;

/** The home page's description, shared by the app and the prerendered index.html so both say the same. */
export const siteDescription = (count: number): string =>
  `Readouts of talks, calls, meetings and visits: ${plural(count, "release")}, with who said what and a link to every source.`;

const KIND_LABELS: Record<EventKindName, string> = {
  arrival: "Arrival",
  welcome: "Welcome",
  talks: "Talks",
  call: "Call",
  signing: "Signing",
  press: "Press statement",
  meal: "Meal",
  ceremony: "Ceremony",
  summit: "Summit",
  other: "Other",
};

/** The one label per occasion kind: facets, filters, search and the release page all use it. */
export const kindLabel = (kind: string): string => KIND_LABELS[kind as EventKindName] ?? kind;
