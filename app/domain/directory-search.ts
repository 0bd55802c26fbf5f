/**
 * The directory search page's pure core: typed search parameters, the links built from them, and
 * highlight markers turned into text segments. No I/O: search/filters.ts turns the parameters into
 * a Meilisearch filter and sort, search/queries.ts runs them, app/routes/search.tsx renders it.
 *
 * The page itself uses this module, so it imports nothing (no Zod, no taxonomy): reading the URL
 * and labelling facets, which need both, are in ./directory-search-request.ts, on the server
 * (decision 017).
 */

export const PAGE_SIZE = 20;
/** The index keeps at most 5,000 hits reachable (search/settings.ts `maxTotalHits`). */
export const MAX_PAGE = 250;
export const QUERY_MAX_LENGTH = 200;
export const PLACE_TEXT_MAX_LENGTH = 120;
export const FACET_VALUE_MAX_LENGTH = 100;
export const MAX_VALUES_PER_FACET = 20;
export const DEFAULT_RADIUS_KM = 25;
export const RADIUS_LIMITS_KM = { min: 1, max: 500 } as const;
export const RADIUS_OPTIONS_KM = [10, 25, 50, 100, 250] as const;

export const SORTS = [
  { value: "relevance", label: "Best match" },
  { value: "distance", label: "Nearest first" },
  { value: "newest", label: "Newest first" },
] as const;
export type DirectorySort = (typeof SORTS)[number]["value"];

/** The attributes the directory may filter on: nothing else ever reaches a filter string. */
export const FILTER_ATTRIBUTES = [
  "categories",
  "customerProblems",
  "partnershipKinds",
  "capacity",
  "city",
  "region",
] as const;
export type FilterAttribute = (typeof FILTER_ATTRIBUTES)[number];

/** The facets: URL parameter, index attribute, and the key of their counts in a result. */
export const FACETS = [
  { key: "category", param: "category", attribute: "categories", legend: "Category" },
  { key: "customerProblem", param: "problem", attribute: "customerProblems", legend: "Customer problem" },
  { key: "partnershipKind", param: "kind", attribute: "partnershipKinds", legend: "Partnership" },
  { key: "capacity", param: "capacity", attribute: "capacity", legend: "Capacity" },
  { key: "city", param: "city", attribute: "city", legend: "City" },
  { key: "region", param: "region", attribute: "region", legend: "Region" },
] as const satisfies readonly { key: string; param: string; attribute: FilterAttribute; legend: string }[];
export type FacetKey = (typeof FACETS)[number]["key"];
export type FacetParam = (typeof FACETS)[number]["param"];

/**
 * What the URL says, each field already checked (./directory-search-request.ts reads it): `near`
 * is the place text as typed (or a gazetteer id); the loader resolves it to a place.
 */
export interface DirectorySearchRequest {
  q: string;
  category: string[];
  problem: string[];
  kind: string[];
  capacity: string[];
  city: string[];
  region: string[];
  near: string;
  withinKm: number;
  sort: DirectorySort;
  page: number;
}

/** The search to run: the request with `near` resolved to a gazetteer place id. */
export type DirectorySearchParams = Omit<DirectorySearchRequest, "near"> & { near?: number };

/** A gazetteer id in the `near` parameter ("4671654"), for links that name a place by id. */
export function placeIdFromNearText(text: string): number | undefined {
  if (!/^[1-9][0-9]{0,9}$/.test(text)) return undefined;
  return Number(text);
}

/** The search parameters once `near` is resolved; "nearest first" needs a place, else relevance. */
export function toDirectorySearchParams(
  request: DirectorySearchRequest,
  placeId: number | undefined,
): DirectorySearchParams {
  const { near: _text, ...rest } = request;
  return {
    ...rest,
    ...(placeId !== undefined ? { near: placeId } : {}),
    sort: request.sort === "distance" && placeId === undefined ? "relevance" : request.sort,
  };
}

/** The canonical URL parameters for a request: defaults left out, facets repeated. */
export function toUrlSearchParams(request: DirectorySearchRequest): URLSearchParams {
  const out = new URLSearchParams();
  if (request.q) out.set("q", request.q);
  for (const facet of FACETS) for (const value of request[facet.param]) out.append(facet.param, value);
  if (request.near) out.set("near", request.near);
  if (request.near || request.withinKm !== DEFAULT_RADIUS_KM) out.set("withinKm", String(request.withinKm));
  if (request.sort !== "relevance") out.set("sort", request.sort);
  if (request.page > 1) out.set("page", String(request.page));
  return out;
}

export function searchHref(request: DirectorySearchRequest, changes: Partial<DirectorySearchRequest> = {}): string {
  const query = toUrlSearchParams({ ...request, ...changes }).toString();
  return query ? `/search?${query}` : "/search";
}

export function hasFacetFilters(request: Pick<DirectorySearchRequest, FacetParam>): boolean {
  return FACETS.some((facet) => request[facet.param].length > 0);
}

/** Changes that clear every facet and the place, keeping the words and the order. */
export const CLEARED_FILTERS: Partial<DirectorySearchRequest> = {
  category: [],
  problem: [],
  kind: [],
  capacity: [],
  city: [],
  region: [],
  near: "",
  withinKm: DEFAULT_RADIUS_KM,
  page: 1,
};

/** The next radius option up, for "widen the radius", or undefined at the top. */
export function widerRadius(km: number): number | undefined {
  return (
    RADIUS_OPTIONS_KM.find((option) => option > km) ?? (km < RADIUS_LIMITS_KM.max ? RADIUS_LIMITS_KM.max : undefined)
  );
}

// ---------------------------------------------------------------------------------------------
// Highlights

/** Markers Meilisearch puts around matches: private-use characters no one types. */
export const HIGHLIGHT_PRE = "\uE000";
export const HIGHLIGHT_POST = "\uE001";

export interface TextSegment {
  text: string;
  highlighted: boolean;
}

/**
 * Splits highlighted text into plain and highlighted segments, to render as text nodes and
 * <mark> elements (never as HTML). Unbalanced markers are tolerated; empty segments dropped.
 */
export function highlightSegments(text: string, pre = HIGHLIGHT_PRE, post = HIGHLIGHT_POST): TextSegment[] {
  const segments: TextSegment[] = [];
  const push = (part: string, highlighted: boolean) => {
    if (!part) return;
    const last = segments.at(-1);
    if (last && last.highlighted === highlighted) last.text += part;
    else segments.push({ text: part, highlighted });
  };
  let rest = text;
  let highlighted = false;
  while (rest) {
    const marker = highlighted ? post : pre;
    const at = rest.indexOf(marker);
    if (at < 0) {
      push(stripHighlight(rest, pre, post), highlighted);
      break;
    }
    push(stripHighlight(rest.slice(0, at), pre, post), highlighted);
    rest = rest.slice(at + marker.length);
    highlighted = !highlighted;
  }
  return wholeWords(segments);
}

const WORD_START = /^[\p{L}\p{N}]+/u;
const WORD_END = /[\p{L}\p{N}]+$/u;

/**
 * Widens each highlight to whole words: Meilisearch marks the typed prefix ("**Photographe**r"),
 * and a cut word reads as a typo. The letters around a highlight join it; segments left empty go.
 */
function wholeWords(segments: TextSegment[]): TextSegment[] {
  const out = segments.map((segment) => ({ ...segment }));
  for (let index = 0; index < out.length; index++) {
    const segment = out[index]!;
    if (!segment.highlighted) continue;
    const before = out[index - 1];
    const after = out[index + 1];
    if (after && !after.highlighted && /[\p{L}\p{N}]$/u.test(segment.text)) {
      const tail = WORD_START.exec(after.text)?.[0] ?? "";
      segment.text += tail;
      after.text = after.text.slice(tail.length);
    }
    if (before && !before.highlighted && /^[\p{L}\p{N}]/u.test(segment.text)) {
      const head = WORD_END.exec(before.text)?.[0] ?? "";
      segment.text = head + segment.text;
      before.text = before.text.slice(0, before.text.length - head.length);
    }
  }
  const merged: TextSegment[] = [];
  for (const segment of out) {
    if (!segment.text) continue;
    const last = merged.at(-1);
    if (last && last.highlighted === segment.highlighted) last.text += segment.text;
    else merged.push(segment);
  }
  return merged;
}

export function stripHighlight(text: string, pre = HIGHLIGHT_PRE, post = HIGHLIGHT_POST): string {
  return text.split(pre).join("").split(post).join("");
}

// ---------------------------------------------------------------------------------------------
// Presentation helpers

export function formatDistance(km: number): string {
  if (km < 1) return "under 1 km";
  return km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}

/** One facet value as the page lists it (./directory-search-request.ts ranks and labels them). */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

/** Facet values shown per facet (plus any selected ones): a scannable list, and a light page. */
export const FACET_OPTIONS_SHOWN = 15;
