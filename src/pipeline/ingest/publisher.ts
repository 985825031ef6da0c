import type { Publisher } from "../../lib/corpus-schema.ts";

interface KnownPublisher extends Publisher {
  hosts: RegExp;
  /** Words in a source description that name this publisher when there is no URL. */
  hint: RegExp;
}

const KNOWN: KnownPublisher[] = [
  { id: "kremlin", name: "President of Russia", hosts: /(^|\.)kremlin\.ru$/, hint: /kremlin|president of russia/i },
  { id: "state-department", name: "U.S. Department of State", hosts: /(^|\.)state\.gov$/, hint: /department of state|state\.gov/i },
  { id: "white-house", name: "The White House", hosts: /(^|\.)whitehouse\.gov$|^bidenwhitehouse\.archives\.gov$|^(obama|trump)whitehouse\.archives\.gov$/, hint: /white ?house/i },
  { id: "president-of-ukraine", name: "President of Ukraine", hosts: /(^|\.)president\.gov\.ua$/, hint: /president of ukraine|president\.gov\.ua/i },
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

const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** Words that make a name an organisation's rather than a person's (an `author` meta tag may hold either). */
const ORGANISATION_WORD = /\b(?:Ministry|Embassy|Consulate|Mission|Office|Department|President|Presidency|Government|Agency|News|Xinhua|Press|Service|Council|Commission|Secretariat|Parliament|Chancellery|Cabinet|House|Kremlin|Republic|Kingdom|State|Federal|National|Affairs|Website|Portal|Times|Post|Daily|Network|Bureau|Organi[sz]ation|Union|Nations)\b/i;

/**
 * A publisher's name from a source's own description: the first clause, without what kind of
 * channel it is ("President of Russia official website, English news (https://...)" is "President of Russia").
 */
export function publisherNameOf(raw: string | null | undefined, requireOrganisation = false): string | null {
  if (!raw) return null;
  let name = raw.replace(/\s+/g, " ").split(/\s*[,(;|｜]\s*|\s+[-–—]\s+/)[0]!.trim();
  for (let prev = ""; prev !== name; ) {
    prev = name;
    name = name.replace(/\s+(?:(?:the\s+)?official|English|English-language|press[- ]releases?|press[- ]release feed|news feed|RSS(?: feed)?|feed|web ?site|site|portal|homepage|news|page)$/i, "").trim();
  }
  if (name.length < 3 || name.length > 100 || /^https?:|^www\./i.test(name) || !/\p{Lu}/u.test(name)) return null;
  if (requireOrganisation && !ORGANISATION_WORD.test(name)) return null;
  return name;
}

/**
 * Who published the release: a known host first (the five raw sources keep their curated names and
 * ids), then the name the source's own metadata gives (site name, feed or row source, front matter,
 * a copyright line), then hints in the text that name a known publisher, and the host name only last.
 */
export function publisherFor(url: string | null, hints: (string | null)[], statedName: string | null = null): Publisher {
  const host = hostOf(url);
  if (host) {
    const known = KNOWN.find((p) => p.hosts.test(host));
    if (known) return { id: known.id, name: known.name };
  }
  if (statedName) {
    const known = KNOWN.find((p) => p.hint.test(statedName));
    if (known) return { id: known.id, name: known.name };
    const id = slug(statedName);
    if (id) return { id, name: statedName };
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
