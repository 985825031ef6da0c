// A stand-in extraction worker that takes a while to load, as the real one does on a busy machine,
// then behaves like misbehaving-worker.mjs.
import { parentPort } from "node:worker_threads";

const loaded = Date.now() + 800;
while (Date.now() < loaded);

parentPort.on("message", ({ entry }) => {
  if (entry.relPath.includes("hang")) for (;;);
  parentPort.postMessage({ outcome: { kind: "built", json: JSON.stringify({ file: entry.relPath }), warnings: [] } });
});
parentPort.postMessage({ ready: true });
