// A stand-in extraction worker for the pool's tests: it answers at once, except for files whose
// name asks it to hang or to crash.
import { parentPort } from "node:worker_threads";

parentPort.on("message", ({ entry }) => {
  if (entry.relPath.includes("hang")) for (;;);
  if (entry.relPath.includes("crash")) process.exit(3);
  parentPort.postMessage({ outcome: { kind: "built", json: JSON.stringify({ file: entry.relPath }), warnings: [] } });
});
parentPort.postMessage({ ready: true });
