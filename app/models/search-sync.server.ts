import { prisma } from "#app/utils/db.server";
import { errorMessage, leaseToken, startPollingLoop } from "#app/utils/polling-loop.server";
import { isValidDocumentId, toSearchDocument, writeToIndex, type BusinessSearchDocument } from "#search/index";
import { toProfile } from "./businesses.server";

/**
 * Drains the search outbox (app/models/search-outbox.server.ts) into Meilisearch. Rows are ids
 * only; the worker reloads each business, so an upsert of the current state or a delete is always
 * right, however often it is retried. Failures back off exponentially; a document Meilisearch
 * rejects fails alone (search/index-writes.ts), and after MAX_ATTEMPTS its row is closed with the
 * error kept.
 *
 * Several app processes may run the worker. A pass leases its rows (claimedBy + claimedUntil, as
 * the mail worker does), and a business is worked on by one pass at a time: two passes each
 * reloading the same business could otherwise finish in the wrong order and leave the older state
 * in the index. After claiming, a pass looks for another live lease on any of its businesses and
 * hands those rows back when it finds one; as each pass writes its claim before it looks, at least
 * one of two racing passes sees the other, so they never both keep a business (in SQLite and in
 * PostgreSQL alike). The one handed back is done by a later pass.
 */
export const MAX_ATTEMPTS = 8;
/** SQLite limits bound parameters per statement; large batches are read and marked in chunks. */
const PARAMETERS_PER_QUERY = 500;
const BASE_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 5 * 60_000;
/** Longer than a pass can take: each Meilisearch task is awaited for at most 60 s (search/index-writes.ts). */
export const SEARCH_SYNC_LEASE_MS = 10 * 60_000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

export interface DrainResult {
  processed: number;
  failed: number;
  remaining: boolean;
}

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
}

function dueWhere(now: Date) {
  return {
    processedAt: null,
    nextAttemptAt: { lte: now },
    OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }],
  };
}

interface ClaimedRow {
  id: number;
  businessId: string;
  attempts: number;
}

/**
 * Leases up to `batchSize` due rows to a new token and returns the rows it keeps: none of a
 * business another pass holds (see the module comment). `full` says the read found a whole batch.
 */
export async function claimSearchRows(
  now: Date,
  batchSize: number,
  leaseMs = SEARCH_SYNC_LEASE_MS,
): Promise<{ token: string; rows: ClaimedRow[]; full: boolean }> {
  const token = leaseToken();
  const due = await prisma.searchOutbox.findMany({
    where: dueWhere(now),
    orderBy: { id: "asc" },
    take: batchSize,
    select: { id: true },
  });
  if (due.length === 0) return { token, rows: [], full: false };
  for (const ids of chunks(
    due.map((row) => row.id),
    PARAMETERS_PER_QUERY,
  ))
    await prisma.searchOutbox.updateMany({
      where: { id: { in: ids }, ...dueWhere(now) },
      data: { claimedBy: token, claimedUntil: new Date(now.getTime() + leaseMs) },
    });
  const held = await prisma.searchOutbox.findMany({
    where: { claimedBy: token, processedAt: null },
    orderBy: { id: "asc" },
    select: { id: true, businessId: true, attempts: true },
  });
  const businessIds = [...new Set(held.map((row) => row.businessId))];
  const busy = new Set<string>();
  for (const ids of chunks(businessIds, PARAMETERS_PER_QUERY)) {
    const others = await prisma.searchOutbox.findMany({
      where: { businessId: { in: ids }, processedAt: null, claimedUntil: { gte: now }, NOT: { claimedBy: token } },
      select: { businessId: true },
    });
    for (const other of others) busy.add(other.businessId);
  }
  const handedBack = held.filter((row) => busy.has(row.businessId)).map((row) => row.id);
  for (const ids of chunks(handedBack, PARAMETERS_PER_QUERY))
    await prisma.searchOutbox.updateMany({
      where: { id: { in: ids }, claimedBy: token },
      data: { claimedBy: null, claimedUntil: null },
    });
  return { token, rows: held.filter((row) => !busy.has(row.businessId)), full: due.length === batchSize };
}

export async function drainOutboxOnce(batchSize = 500, now = new Date()): Promise<DrainResult> {
  const { token, rows, full } = await claimSearchRows(now, batchSize);
  // Nothing kept (none due, or all of businesses another pass holds): wait for the next pass.
  if (rows.length === 0) return { processed: 0, failed: 0, remaining: false };

  const businessIds = [...new Set(rows.map((row) => row.businessId))];
  const businesses = [];
  for (const ids of chunks(businessIds, PARAMETERS_PER_QUERY))
    businesses.push(...(await prisma.business.findMany({ where: { id: { in: ids } } })));
  const documents: BusinessSearchDocument[] = [];
  const failures = new Map<string, string>();
  const unpublished = new Set(businessIds);
  for (const row of businesses) {
    try {
      const document = toSearchDocument(toProfile(row));
      if (document) {
        documents.push(document);
        unpublished.delete(row.id);
      }
    } catch (error) {
      // A row that cannot become a document fails alone.
      failures.set(row.id, errorMessage(error));
      unpublished.delete(row.id);
    }
  }
  // An id Meilisearch would refuse can never be in the index: nothing to delete there.
  const toDelete = [...unpublished].filter(isValidDocumentId);

  try {
    for (const [id, message] of await writeToIndex(documents, toDelete)) failures.set(id, message);
  } catch (error) {
    // Meilisearch unreachable or failing as a whole: every row backs off, nothing is lost.
    await markFailed(rows, token, errorMessage(error), now);
    return { processed: 0, failed: rows.length, remaining: false };
  }

  const done = rows.filter((row) => !failures.has(row.businessId));
  const failed = rows.filter((row) => failures.has(row.businessId));
  const processedAt = new Date();
  for (const ids of chunks(
    done.map((row) => row.id),
    PARAMETERS_PER_QUERY,
  )) {
    // Only while this pass still holds them: a pass that outlived its lease leaves them to the next.
    await prisma.searchOutbox.updateMany({
      where: { id: { in: ids }, claimedBy: token },
      data: { processedAt, lastError: null, claimedBy: null, claimedUntil: null },
    });
  }
  for (const row of failed) await markFailed([row], token, failures.get(row.businessId) ?? "rejected", now);
  return { processed: done.length, failed: failed.length, remaining: full };
}

async function markFailed(rows: { id: number; attempts: number }[], token: string, message: string, now: Date) {
  // One update per distinct attempt count (rows of a batch usually share it).
  const byAttempts = new Map<number, number[]>();
  for (const row of rows) byAttempts.set(row.attempts + 1, [...(byAttempts.get(row.attempts + 1) ?? []), row.id]);
  for (const [attempts, all] of byAttempts)
    for (const ids of chunks(all, PARAMETERS_PER_QUERY)) {
      await prisma.searchOutbox.updateMany({
        where: { id: { in: ids }, claimedBy: token },
        data: {
          claimedBy: null,
          claimedUntil: null,
          attempts,
          lastError: message,
          nextAttemptAt: new Date(Math.max(now.getTime(), Date.now()) + backoffMs(attempts)),
          // Give up on a document after MAX_ATTEMPTS; search:check still reports it as missing.
          ...(attempts >= MAX_ATTEMPTS ? { processedAt: new Date() } : {}),
        },
      });
    }
}

/** Drains until nothing is due (used by tests and the command-line tools). */
export async function drainOutbox(batchSize = 500): Promise<{ processed: number; failed: number }> {
  let processed = 0;
  let failed = 0;
  for (;;) {
    const result = await drainOutboxOnce(batchSize);
    processed += result.processed;
    failed += result.failed;
    if (!result.remaining || result.failed > 0) return { processed, failed };
  }
}

export async function pendingOutboxCount(): Promise<number> {
  return prisma.searchOutbox.count({ where: { processedAt: null } });
}

/** Runs the worker loop in this process until the returned stop() is called. */
export function startSyncWorker(options: { intervalMs?: number; log?: (line: string) => void } = {}) {
  return startPollingLoop({
    name: "search sync",
    intervalMs: options.intervalMs ?? 300,
    log: options.log,
    pass: async () => {
      const result = await drainOutboxOnce();
      const problem = result.failed
        ? `search sync: ${result.failed} pending change(s) will be retried`
        : result.processed
          ? null
          : undefined;
      return { more: result.remaining, problem };
    },
  });
}
