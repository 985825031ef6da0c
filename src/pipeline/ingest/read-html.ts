import type { Document, Element } from "domhandler";
import { attr, blocksOf, findAll, findContentRoot, findFirst, hasClass, isNoise, parseHtml, textOf } from "./html-blocks.ts";
import { dateOfLine, pageStampOfLine, parseDateStamp, parseWrittenDate } from "./dates.ts";
import type { Draft } from "./draft.ts";
import { IngestError } from "./draft.ts";
import { siteNameOfCopyright } from "./furniture.ts";
import { publisherNameOf } from "./publisher.ts";
import { cleanTitle, foldWhitespace } from "./text.ts";

function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = findFirst(doc, (e) => e.name === "meta" && (attr(e, "property") === key || attr(e, "name") === key || attr(e, "itemprop") === key));
    const v = el ? foldWhitespace(attr(el, "content")) : "";
    if (v) return v;
  }
  return null;
}

function pageTitle(doc: Document, root: Element | null): string | null {
  // The h1 nearest the article: inside it or before it; not one in a navigation bar.
  const h1s = findAll(doc, (e) => e.name === "h1").filter((h) => !insideNoise(h));
  const named = h1s.find((h) => attr(h, "itemprop") === "name" || attr(h, "itemprop") === "headline") ?? h1s.find((h) => root && isInside(h, root)) ?? h1s[0];
  const fromH1 = named ? cleanTitle(textOf(named), false) : "";
  if (fromH1) return fromH1;
  // No h1: an element the page itself calls the title or headline, before the article.
  const marked = findFirst(doc, (e) => {
    if (e.name === "title" || e.name === "meta" || insideNoise(e) || (root && isInside(e, root))) return false;
    const name = `${attr(e, "class")} ${attr(e, "id")} ${attr(e, "itemprop")}`;
    if (!/(?:^|[\s_-])(?:title|headline|heading)(?:$|[\s_-])/i.test(name) || /sub-?title|site|logo/i.test(name)) return false;
    const t = foldWhitespace(textOf(e));
    return t.length >= 10 && t.length <= 300;
  });
  if (marked) return cleanTitle(textOf(marked), false);
  const site = metaContent(doc, "og:site_name");
  const og = metaContent(doc, "og:title", "twitter:title", "headline");
  if (og) return withoutSiteName(og, site, false);
  const t = findFirst(doc, (e) => e.name === "title");
  return t ? withoutSiteName(foldWhitespace(textOf(t)), site) || null : null;
}

/** "Ministers meet | Foreign Office" is the headline plus the site's name; keep the headline. */
function withoutSiteName(title: string, site: string | null, guess = true): string {
  const parts = title.split(/\s+[|•·»–—-]\s+/);
  if (parts.length < 2) return title;
  const rest = site ? parts.filter((p) => p.toLowerCase() !== site.toLowerCase()) : parts;
  // A document title with no known site name: the headline is its longest part.
  if (rest.length === parts.length) return guess ? parts.reduce((a, b) => (b.length > a.length ? b : a)) : title;
  return rest.join(" - ");
}

function isInside(el: Element, ancestor: Element): boolean {
  for (let p: Element | null = el; p; p = p.parent as Element | null) if (p === ancestor) return true;
  return false;
}

function insideNoise(el: Element): boolean {
  for (let p = el.parent as Element | null; p && p.type === "tag"; p = p.parent as Element | null) {
    if ((p.name === "nav" || p.name === "footer") || (isNoise(p) && p.name !== "header" && attr(p, "role") !== "complementary")) return true;
  }
  return false;
}

function pageDate(doc: Document): string | null {
  const published = findFirst(doc, (e) => attr(e, "itemprop") === "datePublished" && (e.name === "time" || e.name === "meta"));
  const stamp = published ? attr(published, "datetime") || attr(published, "content") : null;
  const fromMeta = stamp ?? metaContent(doc, "article:published_time", "date", "dc.date", "DC.date.issued", "pubdate", "publish-date");
  const parsed = parseDateStamp(fromMeta);
  if (parsed) return parsed;
  const time = findFirst(doc, (e) => e.name === "time" && !!attr(e, "datetime"));
  if (time) return parseDateStamp(attr(time, "datetime")) ?? parseWrittenDate(foldWhitespace(textOf(time)));
  // Last resort: a short element that holds nothing but a date ("2018/06/08" under the title).
  // A labelled stamp ("Updated: 2024-09-04 10:21", "Source: Xinhua | 2024-09-04") in an element of its own counts too.
  const dayOf = (e: Element) => {
    const t = foldWhitespace(textOf(e));
    return t.length > 140 ? null : (dateOfLine(t) ?? pageStampOfLine(t));
  };
  const line = findFirst(doc, (e) => e.name !== "script" && e.name !== "style" && e.children.every((c) => c.type === "text") && dayOf(e) !== null);
  return line ? dayOf(line) : null;
}

function pagePlace(doc: Document): string | null {
  const el = findFirst(doc, (e) => hasClass(e, "read__place") || hasClass(e, "p-location") || attr(e, "itemprop") === "contentLocation" || attr(e, "itemprop") === "locationCreated");
  const v = el ? foldWhitespace(textOf(el)) : "";
  return v || null;
}

/**
 * A full HTML page. The article is found by text density; a publisher's own markers (schema.org
 * `articleBody`, a lead paragraph) are used on top when present, so unseen sites still come out clean.
 */
export function readHtmlPage(html: string): Draft {
  const doc = parseHtml(html);
  const marked = findFirst(doc, (e) => attr(e, "itemprop") === "articleBody");
  const root = marked ?? findContentRoot(doc);
  if (!root) throw new IngestError("no article text found in the page");
  const blocks = blocksOf(root);
  const lead = findFirst(doc, (e) => hasClass(e, "read__lead") || (attr(e, "itemprop") === "description" && e.name !== "meta"));
  if (lead && !isInside(lead, root)) {
    const leadBlocks = blocksOf(lead);
    const leadText = leadBlocks.map((b) => b.text).join(" ");
    if (leadText && !blocks.some((b) => b.text.includes(leadText))) blocks.unshift(...leadBlocks.map((b) => ({ ...b, heading: false })));
  }
  const canonical = findFirst(doc, (e) => e.name === "link" && attr(e, "rel") === "canonical");
  const url = metaContent(doc, "og:url") ?? (canonical ? attr(canonical, "href") : null);
  return {
    format: "html",
    title: pageTitle(doc, root),
    published: pageDate(doc),
    place: pagePlace(doc),
    sourceUrl: url && /^https?:\/\//.test(url) ? url : null,
    byline: metaContent(doc, "author", "article:author"),
    publisherHint: metaContent(doc, "og:site_name"),
    publisherName:
      publisherNameOf(metaContent(doc, "og:site_name", "application-name", "publisher", "dc.publisher", "DC.publisher", "article:publisher")) ??
      publisherNameOf(metaContent(doc, "author"), true) ??
      pageCopyrightName(doc),
    blocks,
    flattened: false,
  };
}

/** The site's name from a short copyright element ("© 2024 Ministry of ... All rights reserved"). */
function pageCopyrightName(doc: Document): string | null {
  const el = findFirst(doc, (e) => e.name !== "script" && e.name !== "style" && e.children.every((c) => c.type === "text") && siteNameOfCopyright(foldWhitespace(textOf(e))) !== null);
  return el ? publisherNameOf(siteNameOfCopyright(foldWhitespace(textOf(el)))) : null;
}

/** An HTML fragment (a feed item's body): every block, furniture left out. */
export function readHtmlFragment(html: string) {
  return blocksOf(parseHtml(html));
}
