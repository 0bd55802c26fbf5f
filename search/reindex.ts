import { enqueueSearchSync } from "#app/models/search-outbox.server";
import { publishedBusinessPages } from "#app/models/businesses.server";
import { prisma } from "#app/utils/db.server";
import { businessIndexName, getSearchClient } from "./client";
import { toSearchDocument, type BusinessSearchDocument } from "./documents";
import { ensureIndex } from "./settings";

/** Queues every business for the sync worker (it indexes published ones and removes the rest). */
export async function enqueueFullReindex(): Promise<number> {
  const ids = (await prisma.business.findMany({ select: { id: true } })).map((row) => row.id);
  for (let start = 0; start < ids.length; start += 1000) {
    await prisma.$transaction((tx) => enqueueSearchSync(tx, ids.slice(start, start + 1000)));
  }
  return ids.length;
}

export interface RebuildProgress {
  phase: "reading" | "indexing" | "swapping";
  done: number;
  total: number;
}

/**
 * Rebuilds the index from the database without search downtime: a new index is filled next to the
 * live one, then the two are swapped atomically and the old one deleted. Writes that happen during
 * the rebuild are re-queued afterwards, so none is lost.
 */
export async function rebuildIndex(
  options: { batchSize?: number; onProgress?: (progress: RebuildProgress) => void } = {},
) {
  const batchSize = options.batchSize ?? 5000;
  const client = getSearchClient();
  const live = businessIndexName();
  const next = `${live}-rebuild`;
  const outboxMark = (await prisma.searchOutbox.aggregate({ _max: { id: true } }))._max.id ?? 0;

  await client.deleteIndexIfExists(next);
  await ensureIndex(next);
  await ensureIndex(live);

  const total = await prisma.business.count({ where: { status: "published" } });
  const tasks: { taskUid: number; count: number }[] = [];
  let read = 0;
  for await (const rows of publishedBusinessPages(batchSize)) {
    const documents = rows
      .map(toSearchDocument)
      .filter((document): document is BusinessSearchDocument => document !== null);
    // Enqueue without waiting: Meilisearch batches consecutive additions together.
    const task = await client.index<BusinessSearchDocument>(next).addDocuments(documents, { primaryKey: "id" });
    tasks.push({ taskUid: task.taskUid, count: documents.length });
    read += rows.length;
    options.onProgress?.({ phase: "reading", done: read, total });
  }

  let indexed = 0;
  for (const task of tasks) {
    const finished = await client.tasks.waitForTask(task.taskUid, { timeout: 600_000, interval: 200 });
    if (finished.status !== "succeeded") {
      throw new Error(`Indexing failed: ${finished.error?.message ?? finished.status}; the live index is unchanged`);
    }
    indexed += task.count;
    options.onProgress?.({ phase: "indexing", done: indexed, total });
  }

  options.onProgress?.({ phase: "swapping", done: indexed, total });
  await client.swapIndexes([{ indexes: [live, next], rename: false }]).waitTask({ timeout: 60_000 });
  await client.deleteIndex(next).waitTask({ timeout: 60_000 });

  // Changes made while we were reading may have gone to the old index: queue them again.
  const changed = await prisma.searchOutbox.findMany({
    where: { id: { gt: outboxMark } },
    select: { businessId: true },
    distinct: ["businessId"],
  });
  if (changed.length) {
    await prisma.$transaction((tx) =>
      enqueueSearchSync(
        tx,
        changed.map((row) => row.businessId),
      ),
    );
  }
  return { indexed, requeued: changed.length };
}
