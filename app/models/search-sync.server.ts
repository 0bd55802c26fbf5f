import { prisma } from "#app/utils/db.server";
import { errorMessage, startPollingLoop } from "#app/utils/polling-loop.server";
import { isValidDocumentId, toSearchDocument, writeToIndex, type BusinessSearchDocument } from "#search/index";
import { toProfile } from "./businesses.server";

/**
 * Drains the search outbox (app/models/search-outbox.server.ts) into Meilisearch. Rows are ids
 * only; the worker reloads each business, so an upsert of the current state or a delete is always
 * right, however often it is retried. Failures back off exponentially; a document Meilisearch
 * rejects fails alone (search/index-writes.ts), and after MAX_ATTEMPTS its row is closed with the
 * error kept.
 */
export const MAX_ATTEMPTS = 8;
/** SQLite limits bound parameters per statement; large batches are read and marked in chunks. */
const PARAMETERS_PER_QUERY = 500;
const BASE_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 5 * 60_000;

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

export async function drainOutboxOnce(batchSize = 500, now = new Date()): Promise<DrainResult> {
  const rows = await prisma.searchOutbox.findMany({
    where: { processedAt: null, nextAttemptAt: { lte: now } },
    orderBy: { id: "asc" },
    take: batchSize,
    select: { id: true, businessId: true, attempts: true },
  });
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
    await markFailed(rows, errorMessage(error), now);
    return { processed: 0, failed: rows.length, remaining: false };
  }

  const done = rows.filter((row) => !failures.has(row.businessId));
  const failed = rows.filter((row) => failures.has(row.businessId));
  const processedAt = new Date();
  for (const ids of chunks(
    done.map((row) => row.id),
    PARAMETERS_PER_QUERY,
  )) {
    await prisma.searchOutbox.updateMany({ where: { id: { in: ids } }, data: { processedAt, lastError: null } });
  }
  for (const row of failed) await markFailed([row], failures.get(row.businessId) ?? "rejected", now);
  return { processed: done.length, failed: failed.length, remaining: rows.length === batchSize };
}

async function markFailed(rows: { id: number; attempts: number }[], message: string, now: Date) {
  // One update per distinct attempt count (rows of a batch usually share it).
  const byAttempts = new Map<number, number[]>();
  for (const row of rows) byAttempts.set(row.attempts + 1, [...(byAttempts.get(row.attempts + 1) ?? []), row.id]);
  for (const [attempts, all] of byAttempts)
    for (const ids of chunks(all, PARAMETERS_PER_QUERY)) {
      await prisma.searchOutbox.updateMany({
        where: { id: { in: ids } },
        data: {
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
