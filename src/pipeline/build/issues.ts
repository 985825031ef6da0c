/** Why a file did not become a release of its own; counted in the build summary. */
export const SKIP_REASONS = [
  "unreadable",
  "empty",
  "too-large",
  "unknown-format",
  "encoding",
  "no-title",
  "no-date",
  "no-body",
  "invalid",
  "id-collision",
  "error",
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface BuildIssue {
  /** The file as given (input folder joined with its relative path). */
  file: string;
  /** skipped: not built; merged: a duplicate of a release already built; warning: built, but look. */
  kind: "skipped" | "merged" | "warning";
  reason: SkipReason | "duplicate" | "encoding" | "no-date";
  /** One line, without the file name. */
  message: string;
}

export function formatIssue(issue: BuildIssue): string {
  return `${issue.kind} ${issue.file}: ${issue.message}`;
}

/**
 * Sorts an extractor's one-line error into a reason for the summary. The message itself is kept
 * verbatim in the report; this only decides which count it adds to.
 */
export function classifyError(message: string): SkipReason {
  const m = message.toLowerCase();
  if (/unknown format|unknown shape|unrecogni[sz]ed|not a release|unsupported|not valid json|json is not|front matter/.test(m)) return "unknown-format";
  if (/too large|over the .*limit/.test(m)) return "too-large";
  if (/could not read|cannot read|permission|enoent|eacces/.test(m)) return "unreadable";
  if (/utf-?8|encoding|decod|charset/.test(m)) return "encoding";
  if (/empty|only whitespace/.test(m)) return "empty";
  if (/^invalid /.test(m)) return "invalid";
  if (/no title|title/.test(m)) return "no-title";
  if (/\bdate\b/.test(m)) return "no-date";
  if (/paragraph|body|article text|no text/.test(m)) return "no-body";
  return "error";
}

/** Folds a multi-line message into one line so every problem stays one line of output. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, "; ").trim();
}
