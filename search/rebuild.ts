import { businessIndexName, getSearchClient } from "./client";
import type { BusinessSearchDocument } from "./documents";
import { ensureIndex } from "./settings";

export interface RebuildProgress {
  phase: "reading" | "indexing" | "swapping";
  done: number;
  total: number;
}

/**
 * Rebuild-and-swap without search downtime: a new index is filled next to the live one from
 * `pages` (the caller reads them from the database), then the two are swapped atomically and the
 * old one deleted.
 * Throws, leaving the live index unchanged, when an indexing task fails.
 */
export async function rebuildAndSwap(options: {
  pages: AsyncIterable<BusinessSearchDocument[]>;
  total: number;
  onProgress?: (progress: RebuildProgress) => void;
}): Promise<{ indexed: number }> {
  const { total, onProgress } = options;
  const client = getSearchClient();
  const live = businessIndexName();
  const next = `${live}-rebuild`;

  await client.deleteIndexIfExists(next);
  await ensureIndex(next);
  await ensureIndex(live);

  const tasks: { taskUid: number; count: number }[] = [];
  let read = 0;
  for await (const documents of options.pages) {
    // Enqueue without waiting: Meilisearch batches consecutive additions together.
    const task = await client.index<BusinessSearchDocument>(next).addDocuments(documents, { primaryKey: "id" });
    tasks.push({ taskUid: task.taskUid, count: documents.length });
    read += documents.length;
    onProgress?.({ phase: "reading", done: read, total });
  }

  let indexed = 0;
  for (const task of tasks) {
    const finished = await client.tasks.waitForTask(task.taskUid, { timeout: 600_000, interval: 200 });
    if (finished.status !== "succeeded") {
      throw new Error(`Indexing failed: ${finished.error?.message ?? finished.status}; the live index is unchanged`);
    }
    indexed += task.count;
    onProgress?.({ phase: "indexing", done: indexed, total });
  }

  onProgress?.({ phase: "swapping", done: indexed, total });
  await client.swapIndexes([{ indexes: [live, next], rename: false }]).waitTask({ timeout: 60_000 });
  await client.deleteIndex(next).waitTask({ timeout: 60_000 });
  return { indexed };
}

/** Every document of the live index, a page at a time (for the database-vs-index check). */
export async function* indexedDocumentPages(pageSize = 5000): AsyncGenerator<BusinessSearchDocument[]> {
  const index = getSearchClient().index<BusinessSearchDocument>(businessIndexName());
  for (let offset = 0; ; offset += pageSize) {
    const page = await index.getDocuments<BusinessSearchDocument>({ limit: pageSize, offset });
    yield page.results;
    if (page.results.length < pageSize) return;
  }
}

/** How many documents the live index holds. */
export async function indexedDocumentCount(): Promise<number> {
  return (await getSearchClient().index(businessIndexName()).getStats()).numberOfDocuments;
}
