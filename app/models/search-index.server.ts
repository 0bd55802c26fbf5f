import { prisma } from "#app/utils/db.server";
import { rebuildAndSwap, toSearchDocument, type BusinessSearchDocument, type RebuildProgress } from "#search/index";
import { publishedBusinessPages } from "./businesses.server";
import { enqueueSearchSync } from "./search-outbox.server";

/** Queues every business for the sync worker (it indexes published ones and removes the rest). */
export async function enqueueFullReindex(): Promise<number> {
  const ids = (await prisma.business.findMany({ select: { id: true } })).map((row) => row.id);
  for (let start = 0; start < ids.length; start += 1000) {
    await prisma.$transaction((tx) => enqueueSearchSync(tx, ids.slice(start, start + 1000)));
  }
  return ids.length;
}

async function* publishedDocumentPages(pageSize: number): AsyncGenerator<BusinessSearchDocument[]> {
  for await (const rows of publishedBusinessPages(pageSize)) {
    yield rows.map(toSearchDocument).filter((document): document is BusinessSearchDocument => document !== null);
  }
}

/**
 * Rebuilds the index from the database without search downtime (search/rebuild.ts fills a new
 * index next to the live one and swaps them). Writes that happen during the rebuild may have gone
 * to the old index: they are re-queued afterwards, so none is lost.
 */
export async function rebuildIndex(
  options: { batchSize?: number; onProgress?: (progress: RebuildProgress) => void } = {},
): Promise<{ indexed: number; requeued: number }> {
  const outboxMark = (await prisma.searchOutbox.aggregate({ _max: { id: true } }))._max.id ?? 0;
  const total = await prisma.business.count({ where: { status: "published" } });
  const { indexed } = await rebuildAndSwap({
    pages: publishedDocumentPages(options.batchSize ?? 5000),
    total,
    onProgress: options.onProgress,
  });

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
