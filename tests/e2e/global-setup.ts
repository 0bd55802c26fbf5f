import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildProduction, startBuiltApp } from "#scripts/built-app";
import { findFreePort } from "#search/meili-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Builds the site and starts it the way `npm run build && npm start` does (server/main.ts), on a
 * fresh database and Meilisearch data folder with the demo directory seeded; stops it afterwards.
 * The production build avoids Vite's on-demand compiling and dependency re-optimisation reloads,
 * which made dev-mode browser runs timing-dependent.
 */
export default async function setup(project: TestProject) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), "mutualist-e2e-"));
  const port = await findFreePort(3100);
  buildProduction();
  const app = await startBuiltApp({
    port,
    env: {
      DATABASE_URL: `file:${path.join(workDir, "e2e.db")}`,
      MEILI_DATA_DIR: path.join(workDir, "meili"),
      MEILI_URL: "",
    },
  });
  const baseUrl = app.baseUrl;
  project.provide("baseUrl", baseUrl);
  return async () => {
    await app.stop();
    rmSync(workDir, { recursive: true, force: true });
  };
}
