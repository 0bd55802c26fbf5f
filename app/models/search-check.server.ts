import { indexedDocumentPages, toSearchDocument } from "#search/index";
import { publishedBusinessPages } from "./businesses.server";

export interface IndexDifferences {
  /** Published in the database, absent from the index. */
  missing: string[];
  /** In the index, but different from what the database says now. */
  stale: string[];
  /** In the index, but not published (or not existing) in the database. */
  extra: string[];
  databaseCount: number;
  indexCount: number;
}

/** Compares every published business with its index document. 0 differences is the healthy state. */
export async function compareIndexWithDatabase(pageSize = 5000): Promise<IndexDifferences> {
  const expected = new Map<string, string>();
  for await (const rows of publishedBusinessPages(pageSize)) {
    for (const row of rows) {
      const document = toSearchDocument(row);
      if (document) expected.set(row.id, canonical(document));
    }
  }

  const seen = new Set<string>();
  const stale: string[] = [];
  const extra: string[] = [];
  for await (const documents of indexedDocumentPages(pageSize)) {
    for (const document of documents) {
      seen.add(document.id);
      const want = expected.get(document.id);
      if (want === undefined) extra.push(document.id);
      else if (want !== canonical(document)) stale.push(document.id);
    }
  }
  const missing = [...expected.keys()].filter((id) => !seen.has(id));
  return { missing, stale, extra, databaseCount: expected.size, indexCount: seen.size };
}

export function differenceCount(differences: IndexDifferences): number {
  return differences.missing.length + differences.stale.length + differences.extra.length;
}

/** Key-order independent JSON, so a document read back from Meilisearch compares equal. */
function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, sortKeys(inner)]),
    );
  }
  return value;
}
