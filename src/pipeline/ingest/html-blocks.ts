import { parseDocument } from "htmlparser2";
import { type AnyNode, type Document, type Element, isTag, isText } from "domhandler";
import { foldWhitespace } from "./text.ts";

/** One block of text as the markup laid it out, before labels and turns are worked out. */
export interface Block {
  text: string;
  /** Bold text the block opens with (`<b>Vladimir Putin:</b>`), the usual transcript label markup. */
  boldLead: string | null;
  /** A heading element, or a block that is bold from end to end. */
  heading: boolean;
}

export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

const SKIP_TAGS = new Set([
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "math", "form", "button",
  "select", "input", "textarea", "label", "img", "picture", "video", "audio", "source", "figure", "figcaption", "nav",
  "aside", "footer", "header", "menu", "dialog", "head", "title", "meta", "link",
]);
const BLOCK_TAGS = new Set([
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
  "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "hr", "address", "center", "body", "html",
]);
const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const BOLD_TAGS = new Set(["b", "strong"]);
const NOISE_ROLES = new Set(["navigation", "banner", "contentinfo", "search", "complementary", "dialog", "menu", "menubar", "toolbar", "tooltip", "alert"]);
const PAGE_NOISE_ROLES = new Set(["navigation", "banner", "contentinfo", "search", "menu", "menubar", "dialog"]);
/** Class or id fragments that mark site furniture on most sites: tooltips, sliders, share bars, "see also". */
const NOISE_CLASS = /tooltip|slider|carousel|gallery|caption|breadcrumb|share|social|sidebar|related|see-?also|footer|navbar|menu|masha-ignore|bottommeta|taglist|tagscol|advert|promo|comment|subscribe|newsletter|cookie|popup|modal|print_link|photo-credit|byline/i;
const NOISE_CLASS_WORDS = new Set(["nav", "cut", "hidden", "meta", "print", "tags", "ads", "ad", "share", "social", "widget", "visually-hidden", "sr-only", "screen-reader-text"]);

export function attr(el: Element, name: string): string {
  return el.attribs[name] ?? "";
}

export function isNoise(el: Element, roles: Set<string> = NOISE_ROLES): boolean {
  if (SKIP_TAGS.has(el.name)) return true;
  if ("hidden" in el.attribs || attr(el, "aria-hidden") === "true") return true;
  if (roles.has(attr(el, "role"))) return true;
  if (/display\s*:\s*none/i.test(attr(el, "style"))) return true;
  const cls = `${attr(el, "class")} ${attr(el, "id")}`.trim();
  if (!cls) return false;
  if (NOISE_CLASS.test(cls)) return true;
  return cls.split(/[\s_]+/).some((w) => NOISE_CLASS_WORDS.has(w.toLowerCase()));
}

/** Plain text of a subtree, furniture included (for titles and metadata). */
export function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (isTag(node)) {
    if (node.name === "script" || node.name === "style") return "";
    if (node.name === "br") return " ";
    return node.children.map(textOf).join("");
  }
  if ("children" in node) return (node as Document).children.map(textOf).join("");
  return "";
}

interface Segment {
  text: string;
  bold: boolean;
  link: boolean;
}

/**
 * The readable blocks under `root`, in reading order, with site furniture left out. Every block
 * element and every `<br>` ends a block; bold text at a block's start is kept apart as a possible
 * speaker label.
 */
export function blocksOf(root: AnyNode, skipRootCheck = true): Block[] {
  const blocks: Block[] = [];
  let segments: Segment[] = [];
  let headingDepth = 0;
  let blockIsHeading = false;

  const flush = () => {
    const text = foldWhitespace(segments.map((s) => s.text).join(""));
    // A short block that is nothing but a link is a category tag or a "read more", not prose.
    const onlyLink = segments.every((s) => s.link || s.text.trim() === "") && text.split(" ").length <= 6;
    if (text && !onlyLink) {
      let lead = "";
      let allBold = true;
      let leading = true;
      for (const s of segments) {
        if (s.bold && leading) lead += s.text;
        else if (!s.bold && s.text.trim() === "" && leading) lead += s.text;
        else if (!s.bold) {
          leading = false;
          if (s.text.trim() !== "") allBold = false;
        } else {
          leading = false;
        }
      }
      const boldLead = foldWhitespace(lead);
      blocks.push({ text, boldLead: boldLead || null, heading: blockIsHeading || (allBold && boldLead === text) });
    }
    segments = [];
    blockIsHeading = headingDepth > 0;
  };

  const walk = (node: AnyNode, bold: boolean, isRoot: boolean, link = false) => {
    if (isText(node)) {
      segments.push({ text: node.data, bold, link });
      return;
    }
    if (!isTag(node)) {
      if ("children" in node) for (const c of (node as Document).children) walk(c, bold, false, link);
      return;
    }
    if (!(isRoot && skipRootCheck) && isNoise(node)) return;
    if (node.name === "br") {
      flush();
      return;
    }
    const isBlock = BLOCK_TAGS.has(node.name);
    const isHeading = HEADING_TAGS.has(node.name);
    if (isBlock) flush();
    if (isHeading) {
      headingDepth++;
      blockIsHeading = true;
    }
    const nowBold = bold || BOLD_TAGS.has(node.name) || /font-weight\s*:\s*(bold|[6-9]00)/i.test(attr(node, "style"));
    for (const c of node.children) walk(c, nowBold, false, link || node.name === "a");
    if (isHeading) headingDepth--;
    if (isBlock) flush();
  };
  walk(root, false, true);
  flush();
  return blocks;
}

const PARA_TAGS = new Set(["p", "pre", "blockquote", "li", "td", "dd"]);

/**
 * The element that holds the article, found by text density (the idea behind Readability): every
 * paragraph of real prose scores its parent fully and its grandparent by half, and link-heavy
 * containers are discounted. Works on sites nobody has written rules for.
 */
export function findContentRoot(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  // Prose (paragraph text outside links) under each element, to widen the pick to the whole article.
  const prose = new Map<Element, number>();
  const visit = (node: AnyNode) => {
    if (!isTag(node)) {
      if ("children" in node) for (const c of (node as Document).children) visit(c);
      return;
    }
    // A page may mark its whole reading pane "complementary"; only inside the article is that furniture.
    if (isNoise(node, PAGE_NOISE_ROLES) && node.name !== "body" && node.name !== "html") return;
    if (PARA_TAGS.has(node.name) || (node.name === "div" && node.children.every((c) => !isTag(c) || !BLOCK_TAGS.has(c.name)))) {
      const text = foldWhitespace(textOf(node));
      if (text.length >= 40) {
        const net = text.length - linkTextOf(node);
        for (let up = node.parent; up && isTag(up); up = up.parent) prose.set(up, (prose.get(up) ?? 0) + net);
        const score = 1 + (text.match(/[,.;]/g)?.length ?? 0) * 0.5 + Math.min(text.length / 100, 4);
        const parent = node.parent && isTag(node.parent) ? node.parent : null;
        if (parent) {
          scores.set(parent, (scores.get(parent) ?? 0) + score);
          const grand = parent.parent && isTag(parent.parent) ? parent.parent : null;
          if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
        }
      }
      if (PARA_TAGS.has(node.name)) return;
    }
    for (const c of node.children) visit(c);
  };
  visit(doc);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    const text = textOf(el);
    const linkText = linkTextOf(el);
    const density = text.length ? linkText / text.length : 1;
    const final = score * (1 - density);
    if (final > bestScore) {
      best = el;
      bestScore = final;
    }
  }
  // An article split into sections scores each section apart; take the ancestor that holds
  // clearly more of the prose than the best section alone.
  for (let up = best?.parent; best && up && isTag(up) && up.name !== "body" && up.name !== "html"; up = up.parent) {
    if ((prose.get(up) ?? 0) >= (prose.get(best) ?? 0) * 1.5) best = up;
  }
  return best;
}

function linkTextOf(node: AnyNode): number {
  if (!isTag(node)) return 0;
  if (node.name === "a") return textOf(node).length;
  let n = 0;
  for (const c of node.children) n += linkTextOf(c);
  return n;
}

/** Depth-first search for the first element matching `test`. */
export function findFirst(node: AnyNode, test: (el: Element) => boolean): Element | null {
  if (isTag(node) && test(node)) return node;
  if ("children" in node) {
    for (const c of (node as Element).children) {
      const hit = findFirst(c, test);
      if (hit) return hit;
    }
  }
  return null;
}

export function findAll(node: AnyNode, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  if (isTag(node) && test(node)) out.push(node);
  if ("children" in node) for (const c of (node as Element).children) findAll(c, test, out);
  return out;
}

export function hasClass(el: Element, cls: string): boolean {
  return ` ${attr(el, "class")} `.includes(` ${cls} `);
}
