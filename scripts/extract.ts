import { extractFiles } from "../src/pipeline/extract-files.ts";

// npm run --silent extract -- FILE [FILE ...]
// One JSON array on stdout (the contract in ../shared/spec/extraction.md); warnings go to stderr.
// Stdout carries the JSON array and nothing else, so any stray log line from a stage goes to stderr.
console.log = console.info = console.debug = (...args: unknown[]) => console.error(...args);

const files = process.argv.slice(2).filter((a) => a !== "--");
if (files.length === 0) {
  process.stderr.write("usage: npm run --silent extract -- FILE [FILE ...]\n");
  process.exit(2);
}

const { results, failed } = extractFiles(files, process.cwd(), (line) => process.stderr.write(`${line}\n`));
process.stdout.write(JSON.stringify(results));
process.stdout.write("\n");
process.exitCode = failed ? 1 : 0;
