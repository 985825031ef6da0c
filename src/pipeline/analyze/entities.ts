import { COUNTRY_BY_FORM, COUNTRY_FORMS, ORGANISATION_FORMS } from "./lexicon-places.ts";

/**
 * Countries, organisations and documents a release mentions, as normalised strings for the app's filters.
 */

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const COUNTRY_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(${COUNTRY_FORMS.map(escape).join("|")})(?:[’']s)?(?![\\p{L}\\p{M}])`,
  "gu",
);

/** Forms that are also ordinary words or too ambiguous to count without context. */
const WEAK_COUNTRY_FORMS = new Set(["us", "chad", "jordan", "georgia", "guinea", "niger", "turkey", "america", "korea", "korean", "congo"]);

export function findCountries(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  for (const text of texts) {
    for (const m of text.matchAll(COUNTRY_RE)) {
      const form = m[1]!;
      const lower = form.toLowerCase();
      if (form === "US" || form === "U.S.") {
        seen.set("United States", (seen.get("United States") ?? 0) + 1);
        continue;
      }
      // "US" as a pronoun is lower case; upper-case first letter is required for every form.
      if (!/^\p{Lu}/u.test(form)) continue;
      if (WEAK_COUNTRY_FORMS.has(lower)) {
        // "Jordan" might be a given name, "Georgia" a U.S. state: count only with a country cue nearby.
        const around = text.slice(Math.max(0, m.index - 40), m.index + form.length + 40);
        if (!/\b(?:of|President|Prime Minister|King|Foreign Minister|Republic|Kingdom|government|people|relations|visit)\b/.test(around)) continue;
      }
      const canonical = COUNTRY_BY_FORM.get(lower);
      if (canonical) seen.set(canonical, (seen.get(canonical) ?? 0) + 1);
    }
  }
  return [...seen.keys()];
}

function orgRegex(caseSensitive: boolean): RegExp {
  const forms = ORGANISATION_FORMS.filter((o) => o.caseSensitive === caseSensitive).map((o) => escape(o.form));
  return new RegExp(`(?<![\\p{L}\\p{M}\\-])(${forms.join("|")})(?![\\p{L}\\p{M}])`, caseSensitive ? "gu" : "giu");
}
const ORG_EXACT = orgRegex(true);
const ORG_FOLDED = orgRegex(false);
const ORG_BY_FORM = new Map(ORGANISATION_FORMS.map((o) => [o.caseSensitive ? o.form : o.form.toLowerCase(), o.canonical]));

export function findOrganisations(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(ORG_EXACT)) seen.add(ORG_BY_FORM.get(m[1]!)!);
    for (const m of text.matchAll(ORG_FOLDED)) {
      const c = ORG_BY_FORM.get(m[1]!.toLowerCase());
      if (c) seen.add(c);
    }
  }
  return [...seen];
}

const DOCUMENT_HEAD =
  /\b((?:Joint|Comprehensive|Framework|Bilateral|Intergovernmental|Strategic)?\s*(?:Statement|Declaration|Communiqué|Communique|Memorandum(?:\s+of\s+Understanding)?|Agreement|Treaty|Protocol|Action\s+Plan|Plan\s+of\s+Action|Programme|Program|Roadmap|Road\s+Map|Convention|Accord|Charter))\b/gu;
const DOCUMENT_CONTEXT = /\b(?:sign(?:ed|ing)|adopted|exchanged|concluded|inked|initialled|initialed)\b/i;

/** Documents signed or adopted: "Joint Statement between X and Y", "Memorandum of Understanding on ...". */
export function findDocuments(texts: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const text of texts) {
    if (!DOCUMENT_CONTEXT.test(text)) continue;
    for (const m of text.matchAll(DOCUMENT_HEAD)) {
      const at = m.index + (m[0].length - m[0].trimStart().length);
      if (!/^\p{Lu}/u.test(text.slice(at))) continue;
      // The document's full name runs on while words are capitalised or connect capitalised words.
      const rest = text.slice(at);
      const name = /^\p{Lu}[\p{L}\p{M}’'\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}’'\-]*|\d{4}|–\d{4}|(?:of|on|between|and|the|for|in|to)(?=\s+(?:the\s+)?(?:\p{Lu}|\d))))*/u.exec(rest);
      const doc = (name?.[0] ?? m[1]!)
        .trim()
        .replace(/\s+/g, " ")
        // A date after the name is not part of it ("... Agreement of September").
        .replace(/\s+(?:of|on|in)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)$/, "");
      // "Collective Security Treaty Organisation" is a body, not a document.
      if (/^(?:Treaty|Agreement|Charter)\s+Organi[sz]ation\b/.test(doc) || /Organi[sz]ation$/.test(doc)) continue;
      if (doc.split(" ").length < 2) continue;
      const key = doc.toLowerCase();
      if (!seen.has(key)) seen.set(key, doc);
    }
  }
  return [...seen.values()];
}
