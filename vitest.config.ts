import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/bundle.ts"],
    setupFiles: ["test/support/preload.ts"],
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    // The test files of a worker share its module cache: importing the bot's modules once a worker
    // instead of once a file took the suite from about 335 s to 130 s on 2 cores. The files do not
    // depend on fresh modules: each clears the state it sets (hub cache, stores, spies, env).
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    coverage: {
      provider: "v8",
      include: ["src/core/**/*.ts"],
      reporter: ["text-summary"],
      thresholds: { lines: 95 },
    },
  },
});
