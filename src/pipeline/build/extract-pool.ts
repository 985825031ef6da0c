import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { FileOutcome } from "./process-file.ts";
import type { WalkEntry } from "./walk.ts";

/** Below this many files, starting workers (each loads the whole pipeline) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 300;
/** A release extracts in milliseconds; one that takes this long has hit a pathological case. */
export const DEFAULT_FILE_TIMEOUT_MS = 60_000;

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)}s`;
}

export function defaultWorkerCount(files: number): number {
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.max(0, Math.min(availableParallelism(), 4));
}

interface Task {
  entry: WalkEntry;
  resolve: (o: FileOutcome) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  /** A worker that dies before it is ready cannot start at all (respawning it would loop). */
  ready: boolean;
}

/**
 * Extraction on worker threads: the pipeline is CPU-bound and pure, so N workers use N cores while the
 * main thread writes files and keeps the aggregates. Each worker holds one file at a time, so a file
 * that hangs or crashes its worker is skipped with its reason, the worker is replaced, and the build
 * goes on. The caller reorders results, so the output never depends on which worker was faster.
 */
export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private failure: Error | null = null;
  private closed = false;

  constructor(
    size: number,
    private readonly maxBytes: number,
    private readonly timeoutMs = DEFAULT_FILE_TIMEOUT_MS,
    /** The worker's entry module; tests swap in one that misbehaves on purpose. */
    private readonly workerUrl = new URL("./extract-worker-boot.mjs", import.meta.url),
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.workerUrl, { workerData: { maxBytes: this.maxBytes } }), task: null, timer: null, ready: false };
    slot.worker.on("message", (msg: { ready: true } | { outcome: FileOutcome }) => {
      if ("ready" in msg) {
        slot.ready = true;
        if (slot.task) this.arm(slot, slot.task);
        return;
      }
      const task = this.release(slot);
      task?.resolve(msg.outcome);
      this.pump();
    });
    const died = (why: string) => {
      if (this.closed) return;
      if (!slot.ready) return this.fail(new Error(`an extraction worker could not start: ${why}`));
      const task = this.release(slot);
      this.replace(slot);
      task?.resolve({ kind: "skipped", reason: "error", message: `extraction crashed its worker: ${why}` });
      this.pump();
    };
    slot.worker.on("error", (e) => died(e.message));
    slot.worker.on("exit", (code) => died(`exit code ${code}`));
    return slot;
  }

  private release(slot: Slot): Task | null {
    if (slot.timer) clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = null;
    slot.timer = null;
    return task;
  }

  private replace(slot: Slot): void {
    const old = slot.worker;
    old.removeAllListeners();
    old.on("error", () => {});
    void old.terminate();
    const fresh = this.spawn();
    this.slots[this.slots.indexOf(slot)] = fresh;
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const t of this.queue.splice(0)) t.reject(this.failure);
    for (const s of this.slots) this.release(s)?.reject(this.failure);
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.task || this.queue.length === 0) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      // A fresh worker is still loading the pipeline; that time is not the file's, so its clock starts at "ready".
      if (slot.ready) this.arm(slot, task);
      slot.worker.postMessage({ entry: task.entry });
    }
  }

  private arm(slot: Slot, task: Task): void {
    slot.timer = setTimeout(() => {
      if (slot.task !== task) return;
      this.release(slot);
      this.replace(slot);
      task.resolve({ kind: "skipped", reason: "error", message: `extraction took over ${formatDuration(this.timeoutMs)} and was stopped` });
      this.pump();
    }, this.timeoutMs);
  }

  run(entry: WalkEntry): Promise<FileOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<FileOutcome>((resolve, reject) => {
      this.queue.push({ entry, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.slots) this.release(s);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * Outcomes in input order, with at most `window` files in flight so memory stays bounded however
 * many files there are.
 */
export async function* inOrder(entries: readonly WalkEntry[], run: (e: WalkEntry) => Promise<FileOutcome>, window: number): AsyncGenerator<FileOutcome> {
  const inFlight = new Map<number, Promise<FileOutcome>>();
  let next = 0;
  for (let i = 0; i < entries.length; i++) {
    while (next < entries.length && next < i + window) {
      const p = run(entries[next]!);
      // Rejections are observed when their turn comes; this keeps Node from calling them unhandled first.
      p.catch(() => {});
      inFlight.set(next, p);
      next++;
    }
    const outcome = await inFlight.get(i)!;
    inFlight.delete(i);
    yield outcome;
  }
}
