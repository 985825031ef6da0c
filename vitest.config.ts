import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// Three projects so each test runs where it belongs: pure Node for the pipeline and scripts,
// jsdom for components, and real Chromium (playwright-core) for end-to-end tests against the
// built static site.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: "node", environment: "node", include: ["tests/node/**/*.test.ts"], testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: "dom",
          environment: "jsdom",
          include: ["tests/dom/**/*.test.{ts,tsx}"],
          setupFiles: ["tests/dom/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One browser per file is plenty on two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
