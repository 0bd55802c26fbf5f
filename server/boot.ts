import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { seedDemoDirectory } from "../prisma/seed-demo";
import { businessIndexName, getBusinessIndex } from "../search/client";
import { startEmbeddedMeilisearch, type EmbeddedMeilisearch } from "../search/meili-server";
import { ensureIndex } from "../search/settings";
import { enqueueFullReindex } from "../search/reindex";
import { startSyncWorker } from "../search/sync-worker";
import { configureDatabase, prisma } from "~/utils/db.server";
import { getEnv, resetEnvCache } from "~/utils/env.server";

export interface BootOptions {
  log: (line: string) => void;
  /** Overrides SEED_DEMO. */
  seed?: boolean;
  /** Overrides SEARCH_WORKER. */
  worker?: boolean;
}

/**
 * Everything the app needs before it serves: migrations applied, Meilisearch reachable (started
 * from the npm-shipped binary when MEILI_URL is unset), index settings applied, demo data seeded
 * into an empty database, the index filled, and the sync worker running.
 */
export async function boot(options: BootOptions) {
  const { log } = options;
  mkdirSync("data", { recursive: true });
  if (!process.env.DATABASE_URL) process.env.DATABASE_URL = "file:./data/mutualist.db";

  log("Applying database migrations…");
  applyMigrations();
  await configureDatabase();

  let meili: EmbeddedMeilisearch | undefined;
  if (!process.env.MEILI_URL) {
    meili = await startEmbeddedMeilisearch({
      dataDir: path.resolve(process.env.MEILI_DATA_DIR ?? "data/meili"),
      port: process.env.MEILI_PORT ? Number(process.env.MEILI_PORT) : undefined,
      log,
    });
    process.env.MEILI_URL = meili.url;
    process.env.MEILI_MASTER_KEY = meili.masterKey;
  } else {
    log(`Meilisearch ${process.env.MEILI_URL} (external)`);
  }
  resetEnvCache();
  const env = getEnv();

  if (await ensureIndex(businessIndexName())) log(`Index settings applied to ${businessIndexName()}`);

  if ((options.seed ?? env.SEED_DEMO) && (await prisma.business.count()) === 0) {
    log("Seeding the demo directory…");
    const seeded = await seedDemoDirectory();
    log(`Seeded ${seeded.businesses} demo businesses (sign in as ${seeded.email})`);
  }

  const published = await prisma.business.count({ where: { status: "published" } });
  const stats = await getBusinessIndex().getStats();
  const pending = await prisma.searchOutbox.count({ where: { processedAt: null } });
  if (stats.numberOfDocuments !== published && pending === 0) {
    log(`Index has ${stats.numberOfDocuments} of ${published} published businesses: queueing a re-index`);
    await enqueueFullReindex();
  }

  const stopWorker = (options.worker ?? env.SEARCH_WORKER) ? startSyncWorker({ log }) : async () => {};

  return {
    async stop() {
      await stopWorker();
      await prisma.$disconnect();
      await meili?.stop();
    },
  };
}

export function applyMigrations(databaseUrl = process.env.DATABASE_URL) {
  const require = createRequire(import.meta.url);
  const prismaCli = require.resolve("prisma/build/index.js");
  try {
    execFileSync(process.execPath, [prismaCli, "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const output = (error as { stderr?: Buffer; stdout?: Buffer }).stderr?.toString() ?? "";
    throw new Error(`Database migration failed:\n${output}`);
  }
}
