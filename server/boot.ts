import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { seedDemoDirectory } from "#prisma/seed-demo";
import { enqueueFullReindex } from "#app/models/search-index.server";
import { startSyncWorker } from "#app/models/search-sync.server";
import { startMailWorker } from "#app/models/mail-worker.server";
import { startScheduler } from "#app/models/scheduled-jobs.server";
import { transportFromEnv } from "#app/utils/mail.server";
import { businessIndexName, ensureBusinessIndex, indexedDocumentCount } from "#search/index";
import { findRunningEmbedded, startEmbeddedMeilisearch, type EmbeddedMeilisearch } from "#search/meili-server";
import { configureDatabase, prisma } from "#app/utils/db.server";
import { getEnv, resetEnvCache } from "#app/utils/env.server";

export interface BootOptions {
  log: (line: string) => void;
  /** Overrides SEED_DEMO. */
  seed?: boolean;
  /** Overrides SEARCH_WORKER. */
  worker?: boolean;
  /** Overrides MAIL_WORKER. */
  mailWorker?: boolean;
  /** Overrides SCHEDULER. */
  scheduler?: boolean;
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

  if (await ensureBusinessIndex()) log(`Index settings applied to ${businessIndexName()}`);

  if ((options.seed ?? env.SEED_DEMO) && (await prisma.business.count()) === 0) {
    log("Seeding the demo directory…");
    const seeded = await seedDemoDirectory();
    log(`Seeded ${seeded.businesses} demo businesses (sign in as ${seeded.email} or ${seeded.partnerEmail})`);
  }

  const published = await prisma.business.count({ where: { status: "published" } });
  const indexed = await indexedDocumentCount();
  const pending = await prisma.searchOutbox.count({ where: { processedAt: null } });
  if (indexed !== published && pending === 0) {
    log(`Index has ${indexed} of ${published} published businesses: queueing a re-index`);
    await enqueueFullReindex();
  }

  const stopWorker = (options.worker ?? env.SEARCH_WORKER) ? startSyncWorker({ log }) : async () => {};
  const stopMailWorker = startMail(options.mailWorker ?? env.MAIL_WORKER, log);
  // Timed jobs (daily digest, request expiry, nudges): every minute, safe in several processes.
  const stopScheduler = (options.scheduler ?? env.SCHEDULER) ? startScheduler({ log }) : async () => {};

  return {
    async stop() {
      await stopWorker();
      await stopMailWorker();
      await stopScheduler();
      await prisma.$disconnect();
      await search.stop();
    },
  };
}

/**
 * The mail worker, sending through SMTP_URL, or without it keeping messages for /dev/mail. In
 * production without SMTP_URL it does not start: messages wait in the outbox until SMTP_URL is set,
 * rather than being marked sent where nobody can read them.
 */
function startMail(enabled: boolean, log: (line: string) => void): () => Promise<void> {
  if (!enabled) return async () => {};
  const transport = transportFromEnv();
  if (transport.kind === "capture" && getEnv().NODE_ENV === "production") {
    log("Mail: SMTP_URL is not set, so mail is queued but not sent until it is");
    return async () => {};
  }
  log(`Mail: ${transport.description}`);
  const stop = startMailWorker({ transport, log });
  return async () => {
    await stop();
    if (transport.kind === "smtp") transport.close();
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
  await ensureBusinessIndex();
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
  if (databaseUrl) ensureDatabaseFolder(databaseUrl);
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

const FOLDER_ERRORS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOTDIR: "part of the path is a file, not a folder",
  EEXIST: "part of the path is a file, not a folder",
};

/**
 * SQLite creates the database file but not its folder, and without the folder `migrate deploy`
 * fails with only "External error id#0". Creates the folder, or says plainly why it cannot.
 */
function ensureDatabaseFolder(databaseUrl: string) {
  if (!databaseUrl.startsWith("file:")) return;
  // Read the way the better-sqlite3 adapter reads it (app/utils/db.server.ts, prisma.config.ts).
  const file = path.resolve(databaseUrl.replace(/^file:/, ""));
  const folder = path.dirname(file);
  const fix = "Point DATABASE_URL at a file in a folder this user can write to, e.g. file:./data/mutualist.db.";
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const why = FOLDER_ERRORS[code] ?? (error as Error).message;
    throw new Error(
      `DATABASE_URL is ${databaseUrl}, but the folder ${folder} cannot be created or written to (${why}). ${fix}`,
    );
  }
  if (existsSync(file) && statSync(file).isDirectory()) {
    throw new Error(`DATABASE_URL is ${databaseUrl}, but ${file} is a folder, not a database file. ${fix}`);
  }
}
