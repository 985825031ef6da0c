import { parseArgs } from "node:util";
import { buildCorpusWithConsole } from "../src/pipeline/build/console-report.ts";

const USAGE = "usage: npm run corpus -- <input folder> [--out <folder>] [--strict]";

function main(): Promise<number> | number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { out: { type: "string", short: "o" }, strict: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const out = values.out ?? process.env.READOUT_CORPUS_OUT ?? ".readout/corpus";
  return buildCorpusWithConsole({ input: positionals[0]!, out, strict: values.strict ?? false }).then((r) => (r ? 0 : 1));
}

process.exitCode = await main();
