/** One row of the bench table: a figure beside the baseline it is judged against, measured in the same run. */
export interface BenchRow {
  area: string;
  measure: string;
  /** Corpus the figure was measured on: "real (2,215)", "10,000", ... */
  size: string;
  figure: number | null;
  baseline: number | null;
  unit: string;
  /** What the baseline is, shortly. */
  baselineLabel: string;
  note?: string;
}

export function formatValue(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return "n/a";
  switch (unit) {
    case "bytes":
      if (value >= 1024 * 1024) return `${(value / 1048576).toFixed(1)} MiB`;
      if (value >= 1024) return `${(value / 1024).toFixed(1)} KiB`;
      return `${Math.round(value)} B`;
    case "ms":
      return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
    case "/s":
      return `${value >= 100 ? Math.round(value).toLocaleString("en-US") : value.toFixed(1)}/s`;
    case "score":
      return String(Math.round(value));
    default:
      return `${value.toLocaleString("en-US", { maximumFractionDigits: 1 })}${unit ? ` ${unit}` : ""}`;
  }
}

export function ratio(row: Pick<BenchRow, "figure" | "baseline">): string {
  if (row.figure === null || row.baseline === null || !Number.isFinite(row.figure) || !Number.isFinite(row.baseline)) return "n/a";
  if (row.baseline === 0) return row.figure === 0 ? "1.00" : "n/a";
  const r = row.figure / row.baseline;
  return r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2);
}

const escapeCell = (s: string) => s.replace(/\|/g, "\\|");

/** A Markdown table, readable as plain text in a terminal and rendered in docs/performance.md. */
export function renderTable(rows: BenchRow[]): string {
  const header = ["Area", "Measure", "Corpus", "Figure", "Baseline", "Ratio", "Baseline is", "Note"];
  const lines = rows.map((r) => [
    r.area,
    r.measure,
    r.size,
    formatValue(r.figure, r.unit),
    formatValue(r.baseline, r.unit),
    ratio(r),
    r.baselineLabel,
    r.note ?? "",
  ]);
  const all = [header, ...lines].map((cells) => cells.map(escapeCell));
  const widths = header.map((_, i) => Math.max(...all.map((cells) => (cells[i] ?? "").length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [fmt(all[0] ?? []), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...all.slice(1).map(fmt)].join("\n");
}
