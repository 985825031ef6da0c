import { parentPort, workerData } from "node:worker_threads";
import { extractRelease } from "../extract-release.ts";
import { processFile } from "./process-file.ts";
import type { WalkEntry } from "./walk.ts";

// One extraction worker: the pool sends one file at a time and waits for its outcome.
const { maxBytes } = workerData as { maxBytes: number };
parentPort!.on("message", (msg: { entry: WalkEntry }) => {
  void processFile(msg.entry, maxBytes, extractRelease).then((outcome) => parentPort!.postMessage({ outcome }));
});
parentPort!.postMessage({ ready: true });
