import type { Prisma } from "@prisma/client";

/** Rows per INSERT: Prisma's createMany splits SQLite inserts at the legacy 999-parameter limit and is slow for bulk imports. */
const ROWS_PER_STATEMENT = 300;

/**
 * Every write that changes searchable data calls this inside its transaction, so the change and
 * the instruction to re-index it commit together. Rows carry ids only: the sync worker reloads the
 * current state, which makes a retry or a duplicate always safe.
 */
export async function enqueueSearchSync(tx: Prisma.TransactionClient, businessIds: readonly string[]) {
  if (businessIds.length === 0) return;
  const now = new Date();
  for (let start = 0; start < businessIds.length; start += ROWS_PER_STATEMENT) {
    const chunk = businessIds.slice(start, start + ROWS_PER_STATEMENT);
    // Dates as Date objects: stored exactly as Prisma stores them; attempts takes its default.
    await tx.$executeRawUnsafe(
      `INSERT INTO "SearchOutbox" ("businessId", "createdAt", "nextAttemptAt") VALUES ${chunk.map(() => "(?, ?, ?)").join(", ")}`,
      ...chunk.flatMap((businessId) => [businessId, now, now]),
    );
  }
}
