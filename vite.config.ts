import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { corpusPlugin } from "./scripts/lib/vite-corpus-plugin.ts";
import { cspPlugin } from "./scripts/lib/csp-plugin.ts";

// The corpus is built outside Vite (scripts/corpus.ts) and served or copied under /corpus/,
// so the app's bundle never contains release data.
export default defineConfig({
  plugins: [react(), corpusPlugin(), cspPlugin()],
  // The manifest tells the prerender which CSS a route's chunk needs, to link it in the page's head.
  build: { target: "es2022", sourcemap: false, manifest: true },
});
