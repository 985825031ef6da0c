import iconv from "iconv-lite";

export interface DecodedText {
  text: string;
  /** The encoding actually used, for the caller's record. */
  encoding: string;
  /** Decisions the caller should surface (a fallback is a guess, so it is never silent). */
  warnings: string[];
}

/** Releases are a few hundred KB at most; anything this large is a mistake upstream, not a release. */
export const MAX_RAW_BYTES = 5 * 1024 * 1024;

const utf8Strict = new TextDecoder("utf-8", { fatal: true });

function labelOf(name: string): string | null {
  const n = name.trim().toLowerCase().replace(/^["']|["']$/g, "");
  if (n === "utf8" || n === "utf-8") return "utf-8";
  if (["iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "windows-1252", "cp1252"].includes(n)) return "windows-1252";
  return iconv.encodingExists(n) ? n : null;
}

/** A charset the file declares about itself in its first bytes (HTML meta or XML prolog). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1]! : null;
}

/**
 * Bytes to text: a byte-order mark wins, then a declared charset, then UTF-8. Bytes that are not
 * valid UTF-8 are read as windows-1252 (what mislabelled Western pages almost always are) and the
 * guess is reported.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"), encoding: "utf-16le", warnings: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"), encoding: "utf-16be", warnings: [] };
  }
  const declared = declaredCharset(bytes);
  const label = declared ? labelOf(declared) : null;
  if (declared && label && label !== "utf-8") {
    return { text: iconv.decode(Buffer.from(bytes), label), encoding: label, warnings: [] };
  }
  const decoded = decodeUtf8(bytes);
  if (declared && !label) decoded.warnings.push(`unknown declared charset "${declared}", read as ${decoded.encoding}`);
  return decoded;
}

function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: utf8Strict.decode(bytes), encoding: "utf-8", warnings: [] };
  } catch {
    return {
      text: iconv.decode(Buffer.from(bytes), "windows-1252"),
      encoding: "windows-1252",
      warnings: ["not valid UTF-8, read as windows-1252"],
    };
  }
}
