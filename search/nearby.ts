import type { GeoPoint } from "#app/domain/geo";
import { businessIndexName, getSearchClient } from "./client";
import { runSearch, SEARCH_TIMEOUT_MS } from "./errors";
import { geoPointSort, geoRadiusFilter, quoteFilterValue } from "./filters";

export interface NearbyQuery {
  near: GeoPoint;
  /** Only this primary category. */
  primaryCategory?: string;
  page: number;
  hitsPerPage: number;
  /** What counts as near: the list holds the businesses within this distance. */
  withinKm: number;
}

export interface NearbyResult {
  /**
   * The page of businesses within withinKm, nearest first. When none is within it, page 1 holds
   * the nearest further away instead (one page of them, no more). The caller loads the records.
   */
  ids: string[];
  /** How many published businesses (of the category) are within withinKm, capped at maxTotalHits. */
  withinRadius: number;
}

/**
 * The home page's "businesses near you": the published businesses within the radius, nearest
 * first, a page at a time, with how many there are, so the pages count what the list holds. A
 * place with nobody near gets one page of the nearest further away (a second request, made only
 * then). Ids only.
 */
export async function nearbyBusinessIds(query: NearbyQuery): Promise<NearbyResult> {
  const category = query.primaryCategory ? [`primaryCategory = ${quoteFilterValue(query.primaryCategory)}`] : [];
  const within = await idsNearest(query, [...category, geoRadiusFilter(query.near, query.withinKm)], query.page);
  if (within.total > 0 || query.page > 1) return { ids: within.ids, withinRadius: within.total };
  const further = await idsNearest(query, category, 1);
  return { ids: further.ids, withinRadius: 0 };
}

async function idsNearest(query: NearbyQuery, filter: string[], page: number) {
  const result = await runSearch(() =>
    getSearchClient()
      .index<{ id: string }>(businessIndexName())
      .search(
        "",
        {
          filter,
          sort: [geoPointSort(query.near), "publishedAt:desc"],
          page,
          hitsPerPage: query.hitsPerPage,
          attributesToRetrieve: ["id"],
        },
        { signal: AbortSignal.timeout(SEARCH_TIMEOUT_MS) },
      ),
  );
  // With `page` set, Meilisearch counts exactly (up to maxTotalHits).
  return { ids: result.hits.map((hit) => hit.id), total: result.totalHits };
}
