import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/fail-on-console-error.ts"],
    // Integration files share one Meilisearch server but each gets its own database file and
    // index name, so files can run in parallel.
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
