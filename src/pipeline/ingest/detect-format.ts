import type { SourceFormat } from "../../lib/corpus-schema.ts";
import { hasFrontMatter } from "./read-markdown.ts";

/**
 * The format from the content itself; the extension only breaks ties. A `.txt` holding HTML is
 * read as HTML, a `.json` that is not JSON is an error rather than text.
 */
export function detectFormat(text: string, path: string): SourceFormat | "json" | null {
  const head = text.slice(0, 1024).trimStart();
  if (head.startsWith("{")) return "json";
  if (/^(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<!doctype html|<head[\s>])/i.test(head)) return "html";
  if (hasFrontMatter(text)) return "markdown";
  if (/\.(html?|xhtml)$/i.test(path) && /<\w+[\s>]/.test(head)) return "html";
  if (/<(p|div|article|body|h1)[\s>]/i.test(head) && /<\/(p|div|article|body|h1)>/i.test(text.slice(0, 20000))) return "html";
  if (/\.(json)$/i.test(path)) return "json";
  if (/\S/.test(text) && !/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096))) return "text";
  return null;
}
