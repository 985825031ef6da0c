import { parseDateStamp } from "./dates.ts";
import type { Draft } from "./draft.ts";
import { IngestError } from "./draft.ts";
import { readHtmlFragment } from "./read-html.ts";
import { publisherNameOf } from "./publisher.ts";
import { cleanInline, cleanTitle, collapseNameTooltips, foldWhitespace } from "./text.ts";

type Json = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);

/** Which JSON shape this is: an RSS item, a scraped CSV row, or neither. */
export function jsonKind(obj: Json): "feed-json" | "row-json" | null {
  if (str(obj["content:encoded"]) || (str(obj["pubDate"]) && (str(obj["description"]) || str(obj["title"])))) return "feed-json";
  if (bodyOf(obj) && (str(obj["headline"]) || str(obj["title"]))) return "row-json";
  return null;
}

export function parseJsonObject(text: string): Json {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new IngestError(`not valid JSON (${(e as Error).message.split("\n")[0]})`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new IngestError("JSON is not an object");
  return parsed as Json;
}

/** One RSS `<item>` as JSON: `content:encoded` is HTML; the title may still hold character references. */
export function readFeedItem(obj: Json): Draft {
  const link = str(obj["link"]) ?? str(obj["guid"]);
  const body = str(obj["content:encoded"]) ?? str(obj["description"]) ?? "";
  return {
    format: "feed-json",
    title: str(obj["title"]) ? cleanTitle(obj["title"] as string) : null,
    published: parseDateStamp(str(obj["pubDate"]) ?? str(obj["dc:date"]) ?? str(obj["published"])),
    place: null,
    sourceUrl: link,
    byline: str(obj["dc:creator"]) ? cleanInline(obj["dc:creator"] as string) : null,
    publisherHint: str(obj["source"]),
    publisherName: publisherNameOf(str(obj["source"]) ?? str(obj["publisher"]) ?? str(obj["site_name"])),
    blocks: readHtmlFragment(body),
    flattened: false,
  };
}

/** The body of a row under the names scrapers commonly give it. */
function bodyOf(obj: Json): string | null {
  return str(obj["body"]) ?? str(obj["text"]) ?? str(obj["content"]);
}

/** One scraped CSV row: `body` is a single line whose paragraph breaks were lost. */
export function readRow(obj: Json): Draft {
  const body = bodyOf(obj) ?? "";
  const text = body.includes("<") && /<\/?(p|br|div)\b/i.test(body) ? null : collapseNameTooltips(cleanInline(body));
  const blocks = text === null ? readHtmlFragment(body) : [{ text, boldLead: null, heading: false }];
  const summary = str(obj["summary"]) ? cleanInline(obj["summary"] as string) : null;
  if (summary && text && !text.startsWith(summary.slice(0, 60))) blocks.unshift({ text: summary, boldLead: null, heading: false });
  const location = str(obj["location"]);
  return {
    format: "row-json",
    title: str(obj["headline"]) ? cleanTitle(obj["headline"] as string) : str(obj["title"]) ? cleanTitle(obj["title"] as string) : null,
    published: parseDateStamp(str(obj["date"]) ?? str(obj["published"]) ?? str(obj["datetime"])),
    place: location ? foldWhitespace(location) : null,
    sourceUrl: str(obj["link"]) ?? str(obj["url"]),
    byline: null,
    publisherHint: str(obj["source"]),
    publisherName: publisherNameOf(str(obj["source"]) ?? str(obj["publisher"]) ?? str(obj["site_name"])),
    blocks,
    flattened: text !== null,
  };
}
