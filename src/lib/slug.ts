/**
 * The one slug function for facet values and ids: `facets/<facet>/<slugify(value)>.json`.
 * Lower-case ASCII letters and digits joined by single hyphens; accents are folded ("Élysée" ->
 * "elysee") so the same name written with or without them lands in one file. Values with no
 * letters or digits at all (e.g. only punctuation or a non-Latin script) fall back to a short
 * stable hash, so no value ever maps to an empty file name.
 */
export function slugify(value: string): string {
  const slug = value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || `x-${hash(value)}`;
}

/** FNV-1a over UTF-16 code units, base 36: tiny, stable across Node and browsers. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
