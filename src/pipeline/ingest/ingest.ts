import type { IngestedParagraph, IngestedRelease, RawFile, Result } from "../types.ts";
import { DATE_LINE, dateOfLine, eventDateFromOpening, pageStampOfLine, readDateline } from "./dates.ts";
import { decodeBytes, MAX_RAW_BYTES } from "./decode.ts";
import { detectFormat } from "./detect-format.ts";
import { type Draft, IngestError } from "./draft.ts";
import { isFurnitureLine, relatedListStart, stripGluedTools } from "./furniture.ts";
import type { Block } from "./html-blocks.ts";
import { isSpeakerShaped, parseLeadingLabel, takeLeadingNote } from "./labels.ts";
import { placeFromText, placeFromTitle, visitDestination } from "./place.ts";
import { publisherFor } from "./publisher.ts";
import { jsonKind, parseJsonObject, readFeedItem, readRow } from "./read-json.ts";
import { readHtmlPage } from "./read-html.ts";
import { readMarkdown } from "./read-markdown.ts";
import { readPlainText } from "./read-text.ts";
import { restoreFlattened } from "./restore-paragraphs.ts";
import { cleanTitle, foldWhitespace, splitSentences } from "./text.ts";

export interface Ingested {
  release: IngestedRelease;
  /** Decisions worth a line on stderr (an encoding guess), never silent. */
  warnings: string[];
}

const TIME_LINE = /^\d{1,2}:\d{2}\s*(?:[AP]\.?\s?M\.?)?(?:\s+[A-Z]{2,5})?$/i;
const END_LINE = /^(?:END(?:\s+\d{1,2}:\d{2}\s*(?:[AP]\.?\s?M\.?)?(?:\s+[A-Z]{2,5})?)?|###|#\s*#\s*#|-\s*30\s*-|\*\s*\*\s*\*)$/i;
/** The release-end mark some sites glue to the last sentence. */
const GLUED_END = /(?<=[.!?”"])\s+(?:###|-\s*30\s*-)$/;
const SECTION_BREAK = /^\*\s*\*\s*\*$/;
/** "Name, Title" at the top of a feed item: a byline, not the release. */
const BYLINE = /^[\p{Lu}][\p{L}\p{M}.'’\- ]{2,60},\s+(?:(?:the\s+)?(?:U\.S\.\s+)?(?:Secretary|Deputy Secretary|Under Secretary|Assistant Secretary|Spokesperson|Ambassador|Special|Counselor|Administrator|Deputy|Senior|Acting|Principal|Director|Coordinator|Envoy|Representative|Chief)\b[^.!?]*)$/u;

function readDraft(text: string, file: RawFile): Draft {
  const format = detectFormat(text, file.relPath || file.path);
  switch (format) {
    case "html":
      return readHtmlPage(text);
    case "markdown":
      return readMarkdown(text);
    case "text":
      return readPlainText(text);
    case "json":
    case "feed-json":
    case "row-json": {
      const obj = parseJsonObject(text);
      const kind = jsonKind(obj);
      if (kind === "feed-json") return readFeedItem(obj);
      if (kind === "row-json") return readRow(obj);
      throw new IngestError("JSON of an unknown shape (neither a feed item with title/pubDate/content:encoded nor a row with headline/date/body)");
    }
    default:
      throw new IngestError("unknown format (not HTML, JSON, Markdown with front matter or text)");
  }
}

/** A header line: a few words with no sentence end (an initialism such as "D.C." or "P.M." is no sentence end). */
const isShortLine = (t: string) => t.split(/\s+/).length <= 8 && !/[.!?]$/.test(t.replace(/(?:\b\p{Lu}\.){2,}$|\b[AP]\.M\.$/iu, "")) && t.length <= 80;

/** A byline at the top of the body: the creator field itself, one of several creators, or "Name, Title". */
function isBylineBlock(text: string, byline: string | null): boolean {
  if (byline && text.length <= byline.length && (text === byline || byline.includes(text)) && text.length >= 6) return true;
  return BYLINE.test(text);
}

/** Page tools that survive as a block of their own: "Print", "Close", "Suggest To A Friend", "Share". */
const FURNITURE_BLOCK = /^(?:(?:Suggest To A Friend|Print(?: This Page| Version)?|Printer[- ]Friendly(?: Version)?|Close(?: Window)?|Back to Top|Share(?: This(?: Page)?)?|E-?mail(?: This Page)?|Text Version|Tweet|Download)\s*[|·•/]?\s*)+$/i;

interface Paragraphs {
  paragraphs: IngestedParagraph[];
  headerPlace: string | null;
  /** A date line the page shows under its title, for pages without date metadata. */
  statedDate: string | null;
}

/** Paragraphs from a reader's blocks: bylines, header lines, end marks dropped; labels taken apart. */
function paragraphsOf(draft: Draft, title: string): Paragraphs {
  let statedDate: string | null = null;
  let blocks: Block[] = [];
  for (const [i, b] of draft.blocks.entries()) {
    const text = stripGluedTools(foldWhitespace(b.text).replace(GLUED_END, ""));
    if (!text || FURNITURE_BLOCK.test(text)) continue;
    // A date alone near the top is the page's date line; a labelled stamp ("Updated: ...") is furniture anywhere.
    const day = (i < 4 && DATE_LINE.test(text) ? dateOfLine(text) : null) ?? pageStampOfLine(text);
    if (day) {
      statedDate ??= day;
      continue;
    }
    if (isFurnitureLine(text)) continue;
    blocks.push({ ...b, text });
  }
  const related = relatedListStart(blocks.map((b) => b.text));
  if (related >= 0) blocks.splice(related);
  // A repeated title and a byline at the top are not body.
  while (blocks.length && (blocks[0]!.text === title || isBylineBlock(blocks[0]!.text, draft.byline))) blocks.shift();
  // The headline repeated just below the top (after a category line the reader kept) is not body either.
  blocks = blocks.filter((b, i) => i > 2 || b.text !== title);
  if (draft.flattened) {
    const out: IngestedParagraph[] = [];
    for (const b of blocks) out.push(...restoreFlattened(b.text));
    return { paragraphs: out, headerPlace: null, statedDate };
  }
  // A transcript's header: short lines (venue, city, start time) before the first turn.
  let headerPlace: string | null = null;
  const firstLabel = blocks.findIndex((b, i) => i < 8 && parseLeadingLabel(b.text, b.boldLead) !== null);
  if (firstLabel > 0 && blocks.slice(0, firstLabel).every((b) => isShortLine(b.text))) {
    const placeLines = blocks
      .slice(0, firstLabel)
      .map((b) => b.text.replace(/\s*[*_]+$/, ""))
      .filter((t) => t && !TIME_LINE.test(t) && !/^(?:via teleconference|virtual|by phone)$/i.test(t) && !/^\(?[A-Z][a-z]+\.? \d{1,2}, \d{4}\)?$/.test(t));
    if (placeLines.length) {
      // Venue first, then the "City, Country" line, whichever order the source used.
      placeLines.sort((a, b) => Number(a.includes(",")) - Number(b.includes(",")));
      headerPlace = placeLines.join(", ");
    }
    blocks = blocks.slice(firstLabel);
  } else {
    while (blocks.length && TIME_LINE.test(blocks[0]!.text)) blocks.shift();
  }
  while (blocks.length && (TIME_LINE.test(blocks[blocks.length - 1]!.text) || END_LINE.test(blocks[blocks.length - 1]!.text))) blocks.pop();

  const out: IngestedParagraph[] = [];
  let afterBreak = false;
  for (const b of blocks) {
    if (SECTION_BREAK.test(b.text) || END_LINE.test(b.text)) {
      afterBreak = true;
      continue;
    }
    const label = parseLeadingLabel(b.text, b.boldLead);
    if (label) out.push({ text: label.rest, label: label.label, labelNote: label.note, heading: false });
    else {
      // A bold sentence is emphasis, not a heading; a heading is short and unpunctuated.
      const headingLike = (b.heading && b.text.split(/\s+/).length <= 25 && !/[.!?]$/.test(b.text)) || (afterBreak && isShortLine(b.text) && b.text.split(/\s+/).length > 1);
      const note = takeLeadingNote(b.text);
      if (note.note && note.rest) out.push({ text: note.rest, label: null, labelNote: note.note, heading: false });
      else out.push({ text: b.text, label: null, labelNote: null, heading: headingLike });
    }
    afterBreak = false;
  }
  return { paragraphs: demoteRunInHeadings(out), headerPlace, statedDate };
}

/**
 * A fact sheet's bold run-in headings ("Cybersecurity Cooperation: President Biden welcomed ...")
 * look like labels. In a transcript speakers come back or carry a title; where three or more labels
 * each occur once and none is speaker-shaped, they are headings and the text is left whole.
 */
function demoteRunInHeadings(paragraphs: IngestedParagraph[]): IngestedParagraph[] {
  const labels = paragraphs.filter((p) => p.label).map((p) => p.label!);
  if (labels.length < 3 || new Set(labels).size !== labels.length || labels.some(isSpeakerShaped)) return paragraphs;
  return paragraphs.map((p) => (p.label ? { text: `${p.label}${p.labelNote ? ` ${p.labelNote}` : ""}: ${p.text}`, label: null, labelNote: null, heading: false } : p));
}

/** Raw bytes to a release with clean metadata and paragraphs, or an error naming the problem. */
export function ingest(file: RawFile): Result<Ingested> {
  const fail = (problem: string): Result<Ingested> => ({ ok: false, error: `${file.path}: ${problem}` });
  if (file.bytes.length === 0) return fail("empty file");
  if (file.bytes.length > MAX_RAW_BYTES) return fail(`file too large (${file.bytes.length} bytes, limit ${MAX_RAW_BYTES})`);
  const decoded = decodeBytes(file.bytes);
  if (decoded.text.trim() === "") return fail("file holds only whitespace");
  let draft: Draft;
  try {
    draft = readDraft(decoded.text, file);
  } catch (e) {
    if (e instanceof IngestError) return fail(e.message);
    throw e;
  }
  const title = draft.title ? cleanTitle(draft.title, false) : "";
  if (!title) return fail("no title");
  const { paragraphs, headerPlace, statedDate } = paragraphsOf(draft, title);
  if (paragraphs.length === 0) return fail("no body text");

  // The opening: the first prose, past an attribution line ("The below is attributable to ...:").
  const openings = paragraphs.filter((p) => !p.heading && !p.label && !/:$/.test(p.text)).slice(0, 2).map((p) => p.text);
  // The collector's file-name date stands in for a publication day, so a dateline or weekday can still be read against it.
  const published = draft.published ?? statedDate ?? fileNameDate(draft, file);
  const date = eventDateFromOpening(openings[0] ?? "", published) ?? published;
  if (!date) return fail("no date");
  const stated = draft.place && !/^(?:n\/?a|none|null|unknown|-+)$/i.test(draft.place.trim()) ? draft.place : null;
  // The principal event's place: stated fields, the opening sentences, the title, a visit's destination, the wire dateline's city.
  const dateline = openings[0] ? readDateline(openings[0], published) : null;
  const openingSentences = openings.map((o, i) => splitSentences(i === 0 && dateline ? o.slice(dateline.length) : o)[0] ?? "");
  const place =
    stated ??
    headerPlace ??
    placeFromTitle(title) ??
    openingSentences.map(placeFromText).find(Boolean) ??
    placeFromText(title) ??
    openingSentences.map(visitDestination).find(Boolean) ??
    (dateline ? cityOfDateline(dateline.city) : null);

  return {
    ok: true,
    value: {
      release: {
        format: draft.format,
        title,
        date,
        place: place ? foldWhitespace(place) : null,
        publisher: publisherFor(draft.sourceUrl, [draft.publisherHint, draft.byline], draft.publisherName ?? null),
        sourceUrl: draft.sourceUrl,
        byline: draft.byline,
        paragraphs,
      },
      warnings: decoded.warnings.map((w) => `${file.path}: ${w}`),
    },
  };
}

/**
 * A page saved as bare text carries no metadata; the collector's file name ("2018-06-08_...") is
 * then the only record of when it was published.
 */
function fileNameDate(draft: Draft, file: RawFile): string | null {
  if (draft.format !== "text") return null;
  const m = /(?:^|\/)(\d{4})-(\d{2})-(\d{2})[_-][^/]*$/.exec(file.relPath || file.path);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** "BEIJING" to "Beijing", "WASHINGTON, D.C." to "Washington, D.C.": a dateline's city as a place. */
function cityOfDateline(city: string): string {
  if (city !== city.toUpperCase()) return city;
  return city.replace(/[\p{L}\p{M}'’]+/gu, (w) => (/^(?:\p{Lu}\.?)+$/u.test(w) && w.length <= 2 ? w : w[0]! + w.slice(1).toLowerCase()));
}
