import { categoryRarity } from "#app/domain/matching";
import { businessIndexName, getSearchClient } from "./client";
import { runSearch, SEARCH_TIMEOUT_MS } from "./errors";

/**
 * How many listed businesses carry each profession, from Meilisearch's facet counts, turned into
 * rarity weights for matching. Counts move slowly, so one lookup serves every request for
 * REFRESH_MS; after that the next request still gets the old weights at once while new ones load.
 */
const REFRESH_MS = 5 * 60_000;

interface Entry {
  weights?: Map<string, number>;
  loadedAt: number;
  loading?: Promise<Map<string, number>>;
}

const cache = new Map<string, Entry>();

async function load(indexName: string): Promise<Map<string, number>> {
  const index = getSearchClient().index(indexName);
  const [result, stats] = await runSearch(() =>
    Promise.all([
      index.search("", { limit: 0, facets: ["categories"] }, { signal: AbortSignal.timeout(SEARCH_TIMEOUT_MS) }),
      index.getStats(),
    ]),
  );
  const counts = new Map(Object.entries(result.facetDistribution?.categories ?? {}));
  return categoryRarity(counts, stats.numberOfDocuments);
}

function refresh(indexName: string, entry: Entry): Promise<Map<string, number>> {
  entry.loading ??= load(indexName)
    .then((weights) => {
      cache.set(indexName, { weights, loadedAt: Date.now() });
      return weights;
    })
    .finally(() => {
      entry.loading = undefined;
    });
  return entry.loading;
}

export async function categoryWeights(): Promise<ReadonlyMap<string, number>> {
  const indexName = businessIndexName();
  let entry = cache.get(indexName);
  if (!entry) {
    entry = { loadedAt: 0 };
    cache.set(indexName, entry);
  }
  if (!entry.weights) return refresh(indexName, entry);
  if (Date.now() - entry.loadedAt > REFRESH_MS) refresh(indexName, entry).catch(() => undefined);
  return entry.weights;
}

/** Forgets loaded counts (after a bulk import, and in tests). */
export function forgetCategoryWeights(): void {
  cache.clear();
}
