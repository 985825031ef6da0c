import { availableParallelism, cpus, loadavg, totalmem } from "node:os";

export interface MachineInfo {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  chromium: string;
  /** 1-minute load average when the table was written: other work on a shared machine slows timings. */
  load: number;
}

export function machineInfo(chromium: string): MachineInfo {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium,
    load: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}

/** docs/performance.md, written whole by `npm run bench -- --write-docs`. */
export function renderPerformanceDoc(input: { table: string; machine: MachineInfo; command: string; when: string; minutes: number }): string {
  const m = input.machine;
  return `# Performance

Readout is built for 100,000 releases: the build streams, and what a reader downloads to open a page
must not grow with the corpus. \`npm run bench\` measures both and prints one table in which every
figure stands beside a baseline measured in the same run, with the ratio figure / baseline.

## Latest run

${input.when}, \`${input.command}\`, ${input.minutes.toFixed(1)} minutes.
Machine: ${m.cores} cores (\`nproc\`), ${m.cpu}, ${m.memoryGiB} GiB memory, Node ${m.node}, ${m.chromium} (headless);
load average ${m.load} when the table was written.
The machine is shared with other work, so timings vary from run to run by tens of percent; sizes
in bytes are exact and repeatable.

${input.table}

## How to reproduce

\`\`\`
npm run bench                              # real corpus, 10,000 and 100,000 synthetic releases
npm run bench -- --sizes real,10000        # quicker
npm run bench -- --sizes 2000 --skip lighthouse,search
npm run bench -- --write-docs              # also rewrite this file
npm run bench -- --reuse-build             # keep each size's last successful build (and its build rows, marked
                                           # with their date) and re-measure only the browser figures
\`\`\`

Progress goes to stderr and the table to stdout. Synthetic corpora are made by
\`npm run gen-corpus -- --count N --out <folder> --seed S\` into \`.readout/bench/synthetic-N-seedS/raw\`
and reused while count, seed and the generator's sources are unchanged; each size's built corpus, site
and baseline pages sit beside it. The real corpus is \`../shared/corpus/raw\` when it is there.

## What each figure means

| Area | Figure | Baseline |
|---|---|---|
| Build | raw files per second through the corpus build (from the build's own summary line), peak memory (the largest sum of resident memory over the whole \`npm run build\` process tree, child processes included, sampled every 250 ms; or GNU time's single-process peak if larger), wall time, size of the built corpus folder | a child process that only reads every raw file and parses it (JSON.parse, an HTML DOM parse, YAML front matter, lines); for the output size, the raw input size |
| First load | bytes to open the home page and the newest release on a cold cache in Chromium (every response body gzipped and summed: what a compressing host sends), the corpus data among them, and the entry chunk's gzip size | the same figure on the first (smallest) corpus of the run: the ratio must stay near 1.00 as the corpus grows |
| Release page | first contentful paint, the moment the release title is in the page, and when the page answers input: from the moment the first button in \`main\` exists, it is clicked every few ms until a click changes the page (a handler ran), median of cold loads | the same release as a plain static HTML file (title, paragraphs and a native \`<details>\` control, no script) on the same server |
| Lists | timeline and the page of the most named person (thousands of releases at 100,000): time until the first five rows are on screen, and the 95th percentile time between animation frames while scrolling with the mouse wheel (16.7 ms = smooth) | the same rows rendered whole in one plain HTML list |
| Search | the app's search box on a 412 px wide page: a query is typed and Enter pressed; time from the Enter key reaching the page until the status line names the query (count and result rows are drawn in the same render), for the first query (loads the index) and later ones (p50, p95 of 9); "facet counts in" runs until the page stops changing (snippets and counts included); bytes fetched per query from the first keystroke (gzip) | one MiniSearch index of the same corpus (titles and full text) fetched whole by the browser and queried in memory; its first query includes fetching and loading the index |
| Lighthouse | Lighthouse ${"12.2.3"} performance and accessibility scores of the prerendered release page, default mobile settings (simulated slow 4G and CPU) | the plain HTML release page; the target for the app is 95 or more |

Timings are measured without CPU throttling except in Lighthouse, so a phone is several times slower;
the ratios are what carries over. Budgets that must hold are asserted as bytes in
\`tests/node/budgets.test.ts\` (entry JS <= 120 KB gzip, CSS <= 20 KB gzip, data for a release page's first
load <= 60 KB gzip at any corpus size).
`;
}
