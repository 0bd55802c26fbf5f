import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "#server/boot";
import { startEmbeddedMeilisearch } from "#search/meili-server";

declare module "vitest" {
  export interface ProvidedContext {
    meiliUrl: string;
    meiliKey: string;
    templateDatabase: string;
    workDir: string;
  }
}

/**
 * Once per `npm test`: a real Meilisearch server (from the npm-shipped binary, or MEILI_URL when
 * set) and a migrated template SQLite file that each test file copies (tests/setup/per-file.ts).
 */
export default async function setup(project: TestProject) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), "mutualist-test-"));
  const templateDatabase = path.join(workDir, "template.db");
  applyMigrations(`file:${templateDatabase}`);
  mkdirSync(path.join(workDir, "db"), { recursive: true });
  copyFileSync(templateDatabase, path.join(workDir, "db", "check.db"));

  let stop = async () => {};
  let meiliUrl = process.env.MEILI_URL ?? "";
  let meiliKey = process.env.MEILI_MASTER_KEY ?? "";
  if (!meiliUrl) {
    const meili = await startEmbeddedMeilisearch({ dataDir: path.join(workDir, "meili") });
    meiliUrl = meili.url;
    meiliKey = meili.masterKey;
    stop = meili.stop;
  }
  project.provide("meiliUrl", meiliUrl);
  project.provide("meiliKey", meiliKey);
  project.provide("templateDatabase", templateDatabase);
  project.provide("workDir", workDir);

  return async () => {
    await stop();
    rmSync(workDir, { recursive: true, force: true });
  };
}
