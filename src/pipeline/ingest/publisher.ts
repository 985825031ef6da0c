import type { Publisher } from "../../lib/corpus-schema.ts";

interface KnownPublisher extends Publisher {
  hosts: RegExp;
  /** Words in a source description that name this publisher when there is no URL. */
  hint: RegExp;
  /** The publisher's own time zone, so a UTC feed stamp gives the day it was published there. */
  timeZone?: string;
}

const KNOWN: KnownPublisher[] = [
  { id: "kremlin", name: "President of Russia", hosts: /(^|\.)kremlin\.ru$/, hint: /kremlin|president of russia/i },
  { id: "state-department", name: "U.S. Department of State", hosts: /(^|\.)state\.gov$/, hint: /department of state|state\.gov/i, timeZone: "America/New_York" },
  { id: "white-house", name: "The White House", hosts: /(^|\.)whitehouse\.gov$|^bidenwhitehouse\.archives\.gov$|^(obama|trump)whitehouse\.archives\.gov$/, hint: /white ?house/i, timeZone: "America/New_York" },
  { id: "president-of-ukraine", name: "President of Ukraine", hosts: /(^|\.)president\.gov\.ua$/, hint: /president of ukraine|president\.gov\.ua/i, timeZone: "Europe/Kyiv" },
  { id: "chinese-embassy-greece", name: "Embassy of the People's Republic of China in Greece", hosts: /^gr\.(china-embassy|chineseembassy)\.(org|gov\.cn)$/, hint: /embassy.*greece|china & greece/i },
  { id: "chinese-mfa", name: "Ministry of Foreign Affairs of the People's Republic of China", hosts: /(^|\.)fmprc\.gov\.cn$/, hint: /fmprc|ministry of foreign affairs of the people/i },
];

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}

export function timeZoneForUrl(url: string | null): string | undefined {
  const host = hostOf(url);
  return host ? KNOWN.find((p) => p.hosts.test(host))?.timeZone : undefined;
}

const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/**
 * Who published the release: from the URL's host first, then the source's own description, then
 * hints in the text (a page saved as text names its site in its navigation). An unseen host becomes
 * a publisher named after the host itself.
 */
export function publisherFor(url: string | null, hints: (string | null)[]): Publisher {
  const host = hostOf(url);
  if (host) {
    const known = KNOWN.find((p) => p.hosts.test(host));
    if (known) return { id: known.id, name: known.name };
  }
  for (const h of hints) {
    if (!h) continue;
    const known = KNOWN.find((p) => p.hint.test(h));
    if (known) return { id: known.id, name: known.name };
  }
  if (host) {
    const id = slug(host.replace(/\.(com|org|net|gov|int|info)(\.[a-z]{2})?$/, ""));
    return { id: id || "unknown", name: host };
  }
  return { id: "unknown", name: "Unknown publisher" };
}
