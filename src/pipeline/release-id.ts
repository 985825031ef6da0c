import { createHash } from "node:crypto";

const MAX_SLUG_WORDS = 8;

export function titleSlug(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_SLUG_WORDS)
    .join("-");
}

/**
 * `<date or "undated">-<title slug>-<6 hex>`. Everything comes from the release itself (the hash is
 * of its source URL, or of its path when it has none), so an id never changes when other releases
 * are added or removed, and links keep working.
 */
export function releaseId(input: { date: string | null; title: string; sourceUrl: string | null; relPath: string }): string {
  const hash = createHash("sha256").update(input.sourceUrl ?? input.relPath).digest("hex").slice(0, 6);
  const slug = titleSlug(input.title) || "release";
  return `${input.date ?? "undated"}-${slug}-${hash}`;
}
