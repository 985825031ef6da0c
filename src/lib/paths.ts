/** Every route path of the app, in one place; components build links only through these. */
export const paths = {
  home: { pattern: "/", href: () => "/" },
  release: {
    pattern: "/releases/:releaseId",
    href: (releaseId: string, paragraphId?: string) =>
      `/releases/${encodeURIComponent(releaseId)}${paragraphId ? `#${paragraphId}` : ""}`,
  },
  person: { pattern: "/people/:personId", href: (personId: string) => `/people/${encodeURIComponent(personId)}` },
  timeline: {
    pattern: "/timeline",
    href: (params?: Record<string, string | string[] | undefined>) => `/timeline${toQuery(params)}`,
  },
  search: {
    pattern: "/search",
    href: (params?: Record<string, string | string[] | undefined>) => `/search${toQuery(params)}`,
  },
} as const;

function toQuery(params?: Record<string, string | string[] | undefined>): string {
  if (!params) return "";
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) if (v !== "") q.append(key, v);
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}
