// Workers start as plain Node ESM whether the parent runs under tsx, Vitest or anything else, so
// the TypeScript loader is registered here before the worker's own module is imported.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
