import { businessIndexName, getSearchClient } from "./client";
import type { BusinessSearchDocument } from "./documents";

/**
 * Writes to the live index for the outbox worker (app/models/search-sync.server.ts): documents
 * added or replaced, ids deleted, each task waited for. A document Meilisearch rejects is isolated
 * by bisecting the batch, so it never blocks the others.
 */

/** Ids Meilisearch accepts as a primary key. */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/;

export function isValidDocumentId(id: string): boolean {
  return DOCUMENT_ID.test(id);
}

/**
 * Adds `documents` and deletes `deleteIds`. Resolves with the documents Meilisearch refused (id →
 * its message); rejects when Meilisearch is unreachable or fails as a whole, in which case the
 * caller retries everything later (writes are idempotent).
 */
export async function writeToIndex(
  documents: readonly BusinessSearchDocument[],
  deleteIds: readonly string[],
): Promise<Map<string, string>> {
  const rejected = new Map<string, string>();
  try {
    await applyToIndex(documents, deleteIds);
  } catch (error) {
    if (!(error instanceof DocumentRejectedError)) throw error;
    // One bad document fails the whole task: bisect to find it, indexing the rest.
    await addBisecting(documents, rejected);
    if (deleteIds.length) await applyToIndex([], deleteIds);
  }
  return rejected;
}

async function applyToIndex(documents: readonly BusinessSearchDocument[], deleteIds: readonly string[]) {
  const index = getSearchClient().index<BusinessSearchDocument>(businessIndexName());
  if (documents.length) {
    const task = await index.addDocuments([...documents], { primaryKey: "id" }).waitTask({ timeout: 60_000 });
    if (task.status === "failed") throw new DocumentRejectedError(task.error?.message ?? "document rejected");
  }
  if (deleteIds.length) {
    const task = await index.deleteDocuments([...deleteIds]).waitTask({ timeout: 60_000 });
    if (task.status === "failed") throw new Error(task.error?.message ?? "delete failed");
  }
}

/** Adds documents; when Meilisearch rejects the batch, splits it in halves until the bad ones are alone. */
async function addBisecting(documents: readonly BusinessSearchDocument[], rejected: Map<string, string>) {
  try {
    await applyToIndex(documents, []);
  } catch (error) {
    if (!(error instanceof DocumentRejectedError)) throw error;
    const [only] = documents;
    if (documents.length === 1 && only) {
      rejected.set(only.id, error.message.slice(0, 1000));
      return;
    }
    const middle = Math.ceil(documents.length / 2);
    await addBisecting(documents.slice(0, middle), rejected);
    await addBisecting(documents.slice(middle), rejected);
  }
}

class DocumentRejectedError extends Error {}
