import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Small raw releases written for these tests (never text from the real corpus): one good Markdown
 * release, and one file for each kind of bad input the build must report.
 */
export function markdownRelease(opts: { title?: string; date?: string; url: string; body: string }): string {
  const front = [
    "tags: statements-releases",
    opts.date ? `date: '${opts.date}'` : null,
    `source_url: ${opts.url}`,
    opts.title ? `title: ${opts.title}` : null,
  ].filter(Boolean);
  return `---\n${front.join("\n")}\n---\n\n${opts.body}\n`;
}

export const GOOD = markdownRelease({
  title: "Readout of the Minister's Meeting with the Harbour Commission",
  date: "2026-05-04",
  url: "https://press.example/2026/05/04/readout-harbour-commission/",
  body: "The Minister met today with members of the Harbour Commission to review\nthe spring dredging programme.\n\nThe Minister thanked the Commission for its report.",
});

export interface BadInputFixture {
  name: string;
  bytes: Uint8Array | string;
  /** What the build should say: skipped with this reason, merged, or built with a warning. */
  expect: { kind: "skipped" | "merged" | "warning"; reason: string };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

export const BAD_INPUTS: BadInputFixture[] = [
  { name: "bad/empty.html", bytes: "", expect: { kind: "skipped", reason: "empty" } },
  {
    name: "bad/picture.png",
    bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]),
    expect: { kind: "skipped", reason: "unknown-format" },
  },
  { name: "bad/odd-shape.json", bytes: JSON.stringify({ foo: 1, bar: [2, 3] }), expect: { kind: "skipped", reason: "unknown-format" } },
  {
    name: "bad/no-title.md",
    bytes: markdownRelease({ date: "2026-05-06", url: "https://press.example/no-title/", body: "The delegations met in the morning and agreed to\nmeet again in June." }),
    expect: { kind: "skipped", reason: "no-title" },
  },
  {
    name: "bad/no-date.md",
    bytes: markdownRelease({ title: "Readout of a Meeting Without a Date", url: "https://press.example/no-date/", body: "The delegations met to discuss the grain\ncorridor and agreed to keep in touch." }),
    expect: { kind: "skipped", reason: "no-date" },
  },
  {
    name: "rerun/copy-of-good.md",
    bytes: GOOD,
    expect: { kind: "merged", reason: "duplicate" },
  },
  {
    // A stray Latin-1 byte (0xE9 for "é") in an otherwise UTF-8 file.
    name: "bad/latin1-byte.md",
    bytes: (() => {
      const text = utf8(
        markdownRelease({
          title: "Readout of the Call with the Mayor of Saint-Pierre",
          date: "2026-05-07",
          url: "https://press.example/latin1/",
          body: "The Minister spoke today with the Mayor of Saint-Pierre about the ferry\nservice. XX",
        }),
      );
      const at = text.lastIndexOf(0x58);
      text[at - 1] = 0xe9;
      return text;
    })(),
    expect: { kind: "warning", reason: "encoding" },
  },
];

/** Writes the good release, every bad input, and files the walk must ignore without a word. */
export function writeFixtureFolder(root: string): void {
  const put = (name: string, bytes: Uint8Array | string) => {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), bytes);
  };
  put("good/2026-05-04-readout-harbour-commission.md", GOOD);
  for (const f of BAD_INPUTS) put(f.name, f.bytes);
  put("SOURCES.md", "# Where these came from\n");
  put("MANIFEST.csv", "file,date\n");
  put("README.txt", "not a release\n");
  put(".DS_Store", "junk");
  put(".git/HEAD", "ref: refs/heads/main\n");
}
