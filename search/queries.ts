import type { Hit, MultiSearchQuery } from "meilisearch";
import { FACETS, HIGHLIGHT_POST, HIGHLIGHT_PRE, PAGE_SIZE, type FacetKey } from "#app/domain/directory-search";
import { distanceKm, type GeoPoint } from "#app/domain/geo";
import { clipText } from "#app/domain/tags";
import { categoryName } from "#app/domain/taxonomy";
import { businessIndexName, getSearchClient } from "./client";
import type { BusinessSearchDocument } from "./documents";
import { runSearch, SEARCH_TIMEOUT_MS, SearchUnavailableError } from "./errors";
import { buildDirectoryFilter, buildDirectorySort, type DirectoryQuery } from "./filters";

/**
 * The directory's typed interface in front of Meilisearch. Filters and sorts come from the pure
 * builders in ./filters.ts; this module only runs them and shapes the answer. The caller resolves
 * the place (app/models/directory-search.server.ts) and passes its coordinates.
 */

export interface DirectorySearchHit {
  id: string;
  slug: string;
  name: string;
  niche: string;
  primaryCategory: string;
  city: string;
  region: string;
  country: string;
  /** Set when the search is around a place. */
  distanceKm?: number;
  /** name and niche with HIGHLIGHT_PRE / HIGHLIGHT_POST around the matched words. */
  highlight: { name: string; niche: string };
}

export type FacetCounts = Record<FacetKey, { value: string; count: number }[]>;

export interface DirectorySearchResult {
  hits: DirectorySearchHit[];
  total: number;
  page: number;
  pageCount: number;
  facets: FacetCounts;
  processingTimeMs: number;
}

const RETRIEVED = ["id", "slug", "name", "niche", "primaryCategory", "city", "region", "country", "_geo"] as const;

type RetrievedDocument = Pick<BusinessSearchDocument, (typeof RETRIEVED)[number]> & { _geoDistance?: number };

/**
 * Runs one directory search. Facet counts are disjunctive: each facet that has selected values
 * is counted with every other filter but its own, so its other values stay visible to OR in.
 * All queries go in one multi-search request.
 */
export async function searchDirectory(params: DirectoryQuery): Promise<DirectorySearchResult> {
  const { near } = params;
  const indexUid = businessIndexName();
  const main: MultiSearchQuery = {
    indexUid,
    q: params.q,
    filter: buildDirectoryFilter(params),
    sort: buildDirectorySort(params),
    facets: FACETS.map((facet) => facet.attribute),
    page: params.page,
    hitsPerPage: PAGE_SIZE,
    attributesToRetrieve: [...RETRIEVED],
    attributesToHighlight: ["name", "niche"],
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
  };
  const selectedFacets = FACETS.filter((facet) => params[facet.param].length > 0);
  const facetQueries: MultiSearchQuery[] = selectedFacets.map((facet) => ({
    indexUid,
    q: params.q,
    filter: buildDirectoryFilter(params, { except: facet.param }),
    facets: [facet.attribute],
    page: 1,
    hitsPerPage: 0,
  }));

  const response = await runSearch(() =>
    getSearchClient().multiSearch<{ queries: MultiSearchQuery[] }, RetrievedDocument>(
      { queries: [main, ...facetQueries] },
      { signal: AbortSignal.timeout(SEARCH_TIMEOUT_MS) },
    ),
  );
  const [mainResult, ...facetResults] = response.results;
  if (!mainResult) throw new SearchUnavailableError("no result for the main query");

  const facets = {} as FacetCounts;
  for (const facet of FACETS) {
    const selectedAt = selectedFacets.indexOf(facet);
    const distribution =
      (selectedAt >= 0 ? facetResults[selectedAt] : mainResult)?.facetDistribution?.[facet.attribute] ?? {};
    facets[facet.key] = Object.entries(distribution).map(([value, count]) => ({ value, count }));
  }

  const total = mainResult.totalHits ?? mainResult.estimatedTotalHits ?? 0;
  return {
    hits: mainResult.hits.map((hit) => toDirectoryHit(hit, near)),
    total,
    page: params.page,
    pageCount: mainResult.totalPages ?? Math.ceil(total / PAGE_SIZE),
    facets,
    // Meilisearch's own time for every query of this search (main + disjunctive facet counts).
    processingTimeMs: response.results.reduce((sum, result) => sum + result.processingTimeMs, 0),
  };
}

function toDirectoryHit(hit: Hit<RetrievedDocument>, near: GeoPoint | undefined): DirectorySearchHit {
  const formatted = hit._formatted ?? {};
  const out: DirectorySearchHit = {
    id: hit.id,
    slug: hit.slug,
    name: hit.name,
    niche: hit.niche,
    primaryCategory: hit.primaryCategory,
    city: hit.city,
    region: hit.region,
    country: hit.country,
    highlight: {
      name: typeof formatted.name === "string" ? formatted.name : hit.name,
      niche: typeof formatted.niche === "string" ? formatted.niche : hit.niche,
    },
  };
  if (near) {
    // Meilisearch returns _geoDistance (metres) only when sorting by _geoPoint.
    out.distanceKm = typeof hit._geoDistance === "number" ? hit._geoDistance / 1000 : distanceKm(near, hit._geo);
  }
  return out;
}

export interface SearchSuggestion {
  name: string;
  slug: string;
  /** The primary category's name. */
  category: string;
}

/** Search-as-you-type for the header box: a few names for the words typed so far. */
export async function suggestBusinesses(q: string, limit = 6): Promise<SearchSuggestion[]> {
  const query = clipText(q, 100);
  if (!query) return [];
  const result = await runSearch(() =>
    getSearchClient()
      .index<Pick<BusinessSearchDocument, "name" | "slug" | "primaryCategory">>(businessIndexName())
      .search(
        query,
        { limit, attributesToRetrieve: ["name", "slug", "primaryCategory"] },
        { signal: AbortSignal.timeout(SEARCH_TIMEOUT_MS) },
      ),
  );
  return result.hits.map((hit) => ({ name: hit.name, slug: hit.slug, category: categoryName(hit.primaryCategory) }));
}
