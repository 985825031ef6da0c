import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ChildResult {
  code: number;
  wallMs: number;
  /** Largest resident set of any one process of the tree, from /usr/bin/time (GNU time's %M, in KiB). */
  maxRssBytes: number | null;
  /** Largest sum of resident sets over the whole tree (tools the build runs, such as esbuild under Vite, are child processes), sampled. */
  treePeakBytes: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = "/usr/bin/time";

function readText(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

/** Sum of VmRSS over `pid` and all its descendants, from /proc (Linux); null where /proc is missing. */
export function treeRssBytes(pid: number): number | null {
  if (!existsSync("/proc")) return null;
  let total = 0;
  const stack = [pid];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const p = stack.pop() as number;
    if (seen.has(p)) continue;
    seen.add(p);
    const status = readText(`/proc/${p}/status`);
    const kib = status ? /VmRSS:\s+(\d+)/.exec(status)?.[1] : undefined;
    if (kib) total += Number(kib) * 1024;
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) for (const c of (readText(`/proc/${p}/task/${t}/children`) ?? "").split(" ")) if (c.trim()) stack.push(Number(c));
  }
  return total;
}

/**
 * Runs a command as a child and measures it from outside: wall time here, peak memory through GNU time,
 * which reports the child's own max RSS, so the bench's own memory never counts.
 */
export function runMeasured(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; label: string }): Promise<ChildResult> {
  const scratch = mkdtempSync(join(tmpdir(), "readout-time-"));
  const timeFile = join(scratch, "time.txt");
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime ? [GNU_TIME, ["-f", "%M", "-o", timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let treePeakBytes: number | null = null;
    const sampler = setInterval(() => {
      const rss = child.pid !== undefined ? treeRssBytes(child.pid) : null;
      if (rss !== null) treePeakBytes = Math.max(treePeakBytes ?? 0, rss);
    }, 250);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
      // Keep only the tail: a build with many warnings must not fill the bench's memory.
      if (stderr.length > 200_000) stderr = stderr.slice(-100_000);
    });
    child.on("error", (e) => {
      clearInterval(sampler);
      rmSync(scratch, { recursive: true, force: true });
      reject(new Error(`${options.label}: could not start ${command}: ${e.message}`));
    });
    child.on("close", (code) => {
      clearInterval(sampler);
      const wallMs = performance.now() - started;
      let maxRssBytes: number | null = null;
      if (useTime && existsSync(timeFile)) {
        const kib = Number(readFileSync(timeFile, "utf8").trim().split("\n").pop());
        if (Number.isFinite(kib)) maxRssBytes = kib * 1024;
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve({ code: code ?? 1, wallMs, maxRssBytes, treePeakBytes, stdout, stderr });
    });
  });
}
