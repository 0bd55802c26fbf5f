import type { Prisma } from "@prisma/client";

/**
 * Every write that changes searchable data calls this inside its transaction, so the change and
 * the instruction to re-index it commit together. Rows carry ids only: the sync worker reloads the
 * current state, which makes a retry or a duplicate always safe.
 */
export async function enqueueSearchSync(tx: Prisma.TransactionClient, businessIds: readonly string[]) {
  if (businessIds.length === 0) return;
  await tx.searchOutbox.createMany({ data: businessIds.map((businessId) => ({ businessId })) });
}
