import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";
import { getEnv } from "./env.server";

declare global {
  // The client survives Vite's dev reloads, so reloading a route does not open a new connection.
  var __mutualistPrisma: { url: string; client: PrismaClient } | undefined;
}

function getClient(): PrismaClient {
  const url = getEnv().DATABASE_URL;
  if (globalThis.__mutualistPrisma?.url !== url) {
    globalThis.__mutualistPrisma = { url, client: new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) }) };
  }
  return globalThis.__mutualistPrisma.client;
}

/** The Prisma client for DATABASE_URL, created on first use (so tests can set the URL first). */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client) as unknown;
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});

/** WAL lets readers run while the sync worker writes; busy_timeout waits instead of failing. */
export async function configureDatabase() {
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  await prisma.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  await refreshQueryPlannerStatistics();
}

/**
 * Without statistics SQLite chose the status index over the primary key for "id IN (…) AND status
 * = …": 140 ms instead of 2 ms at 100,000 businesses. A sampled ANALYZE takes ~80 ms there.
 * Run at start-up and after bulk imports.
 */
export async function refreshQueryPlannerStatistics() {
  await prisma.$queryRawUnsafe("PRAGMA analysis_limit = 1000");
  await prisma.$executeRawUnsafe("ANALYZE");
}
