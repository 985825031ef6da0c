import type { SyntheticRelease } from "./release-model.ts";

/**
 * Embassy news page saved as visible text: a navigation line, a breadcrumb, the title, reported-speech
 * paragraphs, and the footer link glued onto the last line without a break.
 */
export function renderEmbassyText(release: SyntheticRelease): string {
  const nav = "Home   Embassy Info   About China   China & Greece   Economy & Trade   Consular Affairs   Culture & Education   Science & Technology   Media   Contact Us ";
  const [y, m, d] = release.date.split("-").map(Number) as [number, number, number];
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const paragraphs = release.blocks.filter((b) => b.kind === "narration" || b.kind === "reported").map((b) => ("text" in b ? b.text : ""));
  if (paragraphs.length > 0) paragraphs[0] = `On ${months[m - 1]} ${d}, ${y}, ${paragraphs[0]}`;
  const last = paragraphs.length - 1;
  paragraphs[last] = `${paragraphs[last] ?? ""}Suggest To A Friend`;
  return `${nav}\n Home > China News\n${release.title}\n\n${paragraphs.join("\n\n")}\n  Print\n`;
}
