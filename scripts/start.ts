import { resolve } from "node:path";
import { createServer } from "vite";
import { buildCorpusWithConsole } from "../src/pipeline/build/console-report.ts";

// `npm start`: build the corpus (the sample in corpus/, or READOUT_CORPUS), then serve the app with
// Vite. The corpus plugin serves READOUT_CORPUS_OUT at /corpus/, so set it before Vite loads its config.
const root = resolve(import.meta.dirname, "..");
const input = process.env.READOUT_CORPUS ?? resolve(root, "corpus");
const out = resolve(process.env.READOUT_CORPUS_OUT ?? resolve(root, ".readout/corpus"));
process.env.READOUT_CORPUS_OUT = out;

const report = await buildCorpusWithConsole({ input, out });
if (!report) process.exit(1);

const server = await createServer({
  root,
  server: {
    host: process.env.HOST ?? "127.0.0.1",
    port: process.env.PORT ? Number(process.env.PORT) : 5173,
  },
});
await server.listen();
server.printUrls();
const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
