import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { seedDemoDirectory } from "#prisma/seed-demo";
import { businessIndexName, getBusinessIndex } from "#search/client";
import { findRunningEmbedded, startEmbeddedMeilisearch, type EmbeddedMeilisearch } from "#search/meili-server";
import { ensureIndex } from "#search/settings";
import { enqueueFullReindex } from "#search/reindex";
import { startSyncWorker } from "#search/sync-worker";
import { configureDatabase, prisma } from "#app/utils/db.server";
import { getEnv, resetEnvCache } from "#app/utils/env.server";

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

  const search = await connectSearch(log);
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
      await search.stop();
    },
  };
}

/**
 * Points MEILI_URL / MEILI_MASTER_KEY at a Meilisearch: the configured one, else the one another
 * of our processes runs on the data folder, else a new one from the bundled binary.
 * `stop()` stops only a server this call started.
 */
export async function connectSearch(log: (line: string) => void) {
  let started: EmbeddedMeilisearch | undefined;
  if (process.env.MEILI_URL) {
    log(`Meilisearch ${process.env.MEILI_URL} (external)`);
  } else {
    const dataDir = path.resolve(process.env.MEILI_DATA_DIR || "data/meili");
    const running = await findRunningEmbedded(dataDir);
    if (running) {
      log(`Meilisearch ${running.url} (already running for this folder)`);
      process.env.MEILI_URL = running.url;
      process.env.MEILI_MASTER_KEY = running.masterKey;
    } else {
      started = await startEmbeddedMeilisearch({
        dataDir,
        port: process.env.MEILI_PORT ? Number(process.env.MEILI_PORT) : undefined,
        log,
      });
      process.env.MEILI_URL = started.url;
      process.env.MEILI_MASTER_KEY = started.masterKey;
    }
  }
  resetEnvCache();
  return { stop: async () => started?.stop() };
}

/** For command-line tools: migrations applied, database configured, Meilisearch connected, index ready. */
export async function prepareCli(log: (line: string) => void = () => {}) {
  mkdirSync("data", { recursive: true });
  if (!process.env.DATABASE_URL) process.env.DATABASE_URL = "file:./data/mutualist.db";
  applyMigrations();
  await configureDatabase();
  const search = await connectSearch(log);
  await ensureIndex(businessIndexName());
  return {
    async stop() {
      await prisma.$disconnect();
      await search.stop();
    },
  };
}

/**
 * Migration folders not yet recorded as applied in the database (all of them for a new file).
 * Read with a short-lived read-only connection, closed before anything else opens the file.
 */
export function pendingMigrations(databaseUrl = process.env.DATABASE_URL ?? ""): string[] {
  const folders = readdirSync(path.resolve("prisma/migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const file = databaseUrl.replace(/^file:/, "");
  if (!existsSync(file)) return folders;
  const require = createRequire(import.meta.url);
  const Database = require("better-sqlite3") as new (
    file: string,
    options: { readonly: boolean; fileMustExist: boolean },
  ) => { prepare(sql: string): { all(): unknown[] }; close(): void };
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const applied = new Set(
      (
        db
          .prepare(
            "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
          )
          .all() as { name: string }[]
      ).map((row) => row.name),
    );
    return folders.filter((folder) => !applied.has(folder));
  } catch {
    return folders;
  } finally {
    db.close();
  }
}

/**
 * Applies pending migrations with `prisma migrate deploy`. Skipped when none is pending: the
 * schema engine cannot take the file while another of our processes has it open (a CLI tool while
 * `npm run dev` runs), and most starts have nothing to apply.
 */
export function applyMigrations(databaseUrl = process.env.DATABASE_URL) {
  const pending = pendingMigrations(databaseUrl);
  if (pending.length === 0) return;
  const require = createRequire(import.meta.url);
  const prismaCli = require.resolve("prisma/build/index.js");
  try {
    execFileSync(process.execPath, [prismaCli, "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const output = (error as { stderr?: Buffer; stdout?: Buffer }).stderr?.toString() ?? "";
    throw new Error(
      `Applying ${pending.length} database migration(s) failed. If the app or another tool is running on this ` +
        `database, stop it and try again.\n${output}`,
    );
  }
}
