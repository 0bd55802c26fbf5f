import type { MultiSearchQuery } from "meilisearch";
import type { GeoPoint } from "#app/domain/geo";
import { businessIndexName, getSearchClient } from "./client";
import { runSearch, SEARCH_TIMEOUT_MS, SearchUnavailableError } from "./errors";
import { geoPointSort, geoRadiusFilter, quoteFilterValue } from "./filters";

export interface NearbyQuery {
  near: GeoPoint;
  /** Only this primary category. */
  primaryCategory?: string;
  page: number;
  hitsPerPage: number;
  /** What counts as near, for the count beside the list (the list itself goes on beyond it). */
  withinKm: number;
}

export interface NearbyResult {
  /** Nearest first; the caller loads the records from the database. */
  ids: string[];
  /** Every published business (of the category), capped at the index's maxTotalHits. */
  total: number;
  /** How many of them are within withinKm. */
  withinRadius: number;
}

/**
 * The home page's "businesses near you": every published business, nearest first, a page at a
 * time, and how many lie within the radius. One multi-search request; ids only.
 */
export async function nearbyBusinessIds(query: NearbyQuery): Promise<NearbyResult> {
  const indexUid = businessIndexName();
  const category = query.primaryCategory ? [`primaryCategory = ${quoteFilterValue(query.primaryCategory)}`] : [];
  const list: MultiSearchQuery = {
    indexUid,
    q: "",
    filter: category,
    sort: [geoPointSort(query.near), "publishedAt:desc"],
    page: query.page,
    hitsPerPage: query.hitsPerPage,
    attributesToRetrieve: ["id"],
  };
  const near: MultiSearchQuery = {
    indexUid,
    q: "",
    filter: [...category, geoRadiusFilter(query.near, query.withinKm)],
    page: 1,
    hitsPerPage: 0,
  };
  const response = await runSearch(() =>
    getSearchClient().multiSearch<{ queries: MultiSearchQuery[] }, { id: string }>(
      { queries: [list, near] },
      { signal: AbortSignal.timeout(SEARCH_TIMEOUT_MS) },
    ),
  );
  const [listed, counted] = response.results;
  if (!listed || !counted) throw new SearchUnavailableError("no result for the nearby query");
  return {
    ids: listed.hits.map((hit) => hit.id),
    total: listed.totalHits ?? listed.estimatedTotalHits ?? 0,
    withinRadius: counted.totalHits ?? counted.estimatedTotalHits ?? 0,
  };
}
