import {
  FACETS,
  hasFacetFilters,
  placeIdFromNearText,
  stripHighlight,
  toDirectorySearchParams,
  type DirectorySearchRequest,
  type FacetOption,
} from "#app/domain/directory-search";
import { facetOptions, parseDirectorySearchRequest } from "#app/domain/directory-search-request";
import { categoryName, searchCategories } from "#app/domain/taxonomy";
import { prisma } from "#app/utils/db.server";
import {
  searchDirectory,
  SearchUnavailableError,
  suggestBusinesses,
  type DirectorySearchHit,
  type SearchSuggestion,
} from "#search/index";
import { getPlace, resolvePlace, type Place } from "./places.server";

export interface DirectoryListing extends DirectorySearchHit {
  categoryName: string;
  /** For the logo (app/components/business-logo.tsx); from the database, not the index. */
  logoKey: string | null;
}

export interface DirectorySearchPage {
  /** The request as understood: bad parameters already replaced by their defaults. */
  request: DirectorySearchRequest;
  /** The place searched around, with the label to put back into the input. */
  place: { id: number; label: string } | null;
  /** The typed place text matched no town or city. */
  placeNotFound: boolean;
  filtered: boolean;
  /** Categories whose names match the words, offered when nothing was found. */
  suggestedCategories: { slug: string; name: string }[];
  /** null when Meilisearch is unavailable. */
  results: {
    listings: DirectoryListing[];
    total: number;
    page: number;
    pageCount: number;
    facets: {
      key: (typeof FACETS)[number]["key"];
      param: (typeof FACETS)[number]["param"];
      legend: string;
      options: FacetOption[];
    }[];
    processingTimeMs: number;
  } | null;
}

function resolveNearText(text: string): Place | undefined {
  if (!text) return undefined;
  const id = placeIdFromNearText(text);
  return id !== undefined ? getPlace(id) : resolvePlace(text);
}

/**
 * The directory search page: parse the URL, resolve the place, search the index, then keep only
 * hits that are still published in the database (the index can lag a write by a moment).
 */
export async function searchDirectoryPage(search: URLSearchParams): Promise<DirectorySearchPage> {
  const parsed = parseDirectorySearchRequest(search);
  const place = resolveNearText(parsed.near);
  const request: DirectorySearchRequest = { ...parsed, near: place?.label ?? parsed.near };
  const params = toDirectorySearchParams(request, place?.id);
  const base = {
    request: { ...request, sort: params.sort },
    place: place ? { id: place.id, label: place.label } : null,
    placeNotFound: !!parsed.near && !place,
    filtered: hasFacetFilters(request) || !!place,
  };

  let found;
  try {
    found = await searchDirectory({ ...params, near: place ? { lat: place.lat, lng: place.lng } : undefined });
  } catch (error) {
    if (!(error instanceof SearchUnavailableError)) throw error;
    console.warn(error.message);
    return { ...base, suggestedCategories: [], results: null };
  }

  const listings = await keepPublished(found.hits);
  const suggestedCategories =
    found.total === 0 && request.q ? searchCategories(request.q, 3).map(({ slug, name }) => ({ slug, name })) : [];
  return {
    ...base,
    suggestedCategories,
    results: {
      listings,
      total: found.total,
      page: found.page,
      pageCount: found.pageCount,
      facets: FACETS.map((facet) => ({
        key: facet.key,
        param: facet.param,
        legend: facet.legend,
        options: facetOptions(facet.key, found.facets[facet.key], request[facet.param]),
      })),
      processingTimeMs: found.processingTimeMs,
    },
  };
}

/**
 * The database is the source of truth: hits no longer published are dropped, and a name or niche
 * changed since indexing is shown as it is now (without highlights, which were for the old text).
 */
async function keepPublished(hits: DirectorySearchHit[]): Promise<DirectoryListing[]> {
  if (hits.length === 0) return [];
  // By primary key only, status checked here: the planner cannot pick a worse index.
  const rows = await prisma.business.findMany({
    where: { id: { in: hits.map((hit) => hit.id) } },
    select: {
      id: true,
      slug: true,
      name: true,
      niche: true,
      primaryCategory: true,
      city: true,
      region: true,
      country: true,
      status: true,
      logoKey: true,
    },
  });
  const current = new Map(
    rows.filter((row) => row.status === "published").map(({ status: _status, ...row }) => [row.id, row]),
  );
  return hits.flatMap((hit) => {
    const row = current.get(hit.id);
    if (!row) return [];
    return [
      {
        ...hit,
        ...row,
        categoryName: categoryName(row.primaryCategory),
        highlight: {
          name: stripHighlight(hit.highlight.name) === row.name ? hit.highlight.name : row.name,
          niche: stripHighlight(hit.highlight.niche) === row.niche ? hit.highlight.niche : row.niche,
        },
      },
    ];
  });
}

/**
 * The header's search-as-you-type: a few names for the words typed so far, or none while search
 * is unavailable (the box still submits to /search, which explains). Any other error is a bug and
 * is thrown.
 */
export async function suggestForHeader(
  q: string,
  limit = 6,
): Promise<{ suggestions: SearchSuggestion[]; unavailable: boolean }> {
  try {
    return { suggestions: await suggestBusinesses(q, limit), unavailable: false };
  } catch (error) {
    if (!(error instanceof SearchUnavailableError)) throw error;
    return { suggestions: [], unavailable: true };
  }
}
