import { hardWrap, slugify } from "./escape.ts";
import type { Block, SyntheticRelease } from "./release-model.ts";

/**
 * White House briefing-room style Markdown: YAML front matter with a double-quoted, escaped and folded
 * title; a body hard-wrapped at 72 columns; remarks open with a place / time header, use upper-case
 * labels ("PRIME MINISTER X:  (As interpreted.)", "Q") and close on a bare end time; readouts end in "\###".
 */

function yamlTitle(title: string): string {
  // The source escapes curly apostrophes and puts a no-break space before the last word.
  let escaped = title.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/’/g, "\\u2019");
  const lastSpace = escaped.lastIndexOf(" ");
  if (lastSpace > 0 && escaped.length % 2 === 0) escaped = `${escaped.slice(0, lastSpace)}\\_${escaped.slice(lastSpace + 1)}`;
  if (escaped.length <= 72) return `"${escaped}"`;
  // Fold the way the source's YAML writer does: break before a space, escape the space on the next line.
  const at = escaped.lastIndexOf(" ", 70);
  if (at <= 0) return `"${escaped}"`;
  return `"${escaped.slice(0, at)}\\\n  \\ ${escaped.slice(at + 1)}"`;
}

function clock(date: string, time: string, plus: number): string {
  const [h, m] = time.split(":").map(Number) as [number, number];
  const total = h * 60 + m + plus;
  const hh = Math.floor(total / 60) % 24;
  const mm = total % 60;
  const h12 = hh % 12 === 0 ? 12 : hh % 12;
  return `${h12}:${String(mm).padStart(2, "0")} ${hh < 12 ? "A.M." : "P.M."} ${Number(date.slice(5, 7)) >= 4 && Number(date.slice(5, 7)) <= 10 ? "EDT" : "EST"}`;
}

function block(b: Block, release: SyntheticRelease): string | null {
  switch (b.kind) {
    case "break":
      return null;
    case "heading":
      return hardWrap(`\\### ${b.text}`, 72);
    case "turn": {
      if (b.speaker === "question") return hardWrap(`Q    ${b.text}`, 72);
      const label = b.speaker === release.host ? `PRESIDENT ${b.speaker.surname.toUpperCase()}` : `${b.speaker.title.toUpperCase()} ${b.speaker.surname.toUpperCase()}`;
      return hardWrap(`${label}:  ${b.note ? "(As interpreted.)  " : ""}${b.text}`, 72);
    }
    case "narration":
    case "reported":
      return hardWrap(b.text, 72);
  }
}

export function renderWhiteHouseMarkdown(release: SyntheticRelease, urlId: number): string {
  const section = release.occasion === "press" ? "speeches-remarks" : "statements-releases";
  const [y, m, d] = release.date.split("-");
  const url = `https://www.whitehouse.gov/briefing-room/${section}/${y}/${m}/${d}/${slugify(release.title)}-${urlId}/`;
  const front = [
    "---",
    `tags: ${section}`,
    `date: '${release.date}'`,
    `modified_time: ${release.date} ${release.time}:24-05:00`,
    `source_url: ${url}`,
    `published_time: ${release.date} ${release.time}:23-05:00`,
    `title: ${yamlTitle(release.title)}`,
    "---",
    " ",
  ];
  const body: string[] = [];
  if (release.occasion === "press") {
    body.push(`${release.place === "Washington" ? "Oval Office" : release.place}  \n${clock(release.date, release.time, 0)}`);
    for (const b of release.blocks) {
      if (b.kind !== "turn") continue;
      const text = block(b, release);
      if (text) body.push(text);
    }
    body.push(clock(release.date, release.time, 20 + (release.blocks.length % 40)));
  } else {
    for (const b of release.blocks) {
      const text = block(b, release);
      if (text) body.push(text);
    }
    body.push("\\###");
  }
  return `${front.join("\n")}\n${body.join("\n\n")}\n`;
}
