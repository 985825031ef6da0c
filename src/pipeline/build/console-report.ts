import { BuildError, buildCorpus, summaryLine, type BuildOptions, type BuildReport } from "./build-corpus.ts";
import { formatIssue } from "./issues.ts";

/**
 * Runs a corpus build and prints what a person at a terminal needs: one line per problem as it is
 * found, a live count and rate on a TTY, and always one summary line. Everything goes to stderr so
 * stdout stays free for tools. Returns null when the build failed (the message is printed).
 */
export async function buildCorpusWithConsole(options: Omit<BuildOptions, "onIssue" | "onProgress" | "signal">): Promise<BuildReport | null> {
  const tty = process.stderr.isTTY === true;
  const started = performance.now();
  let lastDraw = 0;
  let drawn = false;
  const clear = () => {
    if (drawn) process.stderr.write("\r\x1b[K");
    drawn = false;
  };
  // Ctrl-C cancels cleanly: the build removes its staged folder before the process exits.
  const cancel = new AbortController();
  const onSigint = () => cancel.abort();
  process.once("SIGINT", onSigint);
  try {
    const report = await buildCorpus({
      ...options,
      signal: cancel.signal,
      onIssue: (issue) => {
        clear();
        process.stderr.write(`${formatIssue(issue)}\n`);
      },
      onProgress: ({ done, total }) => {
        if (!tty) return;
        const now = performance.now();
        if (now - lastDraw < 100 && done !== total) return;
        lastDraw = now;
        const rate = done / Math.max((now - started) / 1000, 0.001);
        process.stderr.write(`\r\x1b[K${done}/${total} files, ${rate.toFixed(0)} files/s`);
        drawn = true;
      },
    });
    clear();
    process.stderr.write(`${summaryLine(report, (performance.now() - started) / 1000)}\n`);
    return report;
  } catch (e) {
    clear();
    if (e instanceof BuildError && e.report) process.stderr.write(`${summaryLine(e.report, (performance.now() - started) / 1000)}\n`);
    process.stderr.write(`error: ${(e as Error).message}\n`);
    return null;
  } finally {
    process.off("SIGINT", onSigint);
  }
}
