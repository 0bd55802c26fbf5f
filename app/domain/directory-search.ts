import { z } from "zod";
import { CAPACITY_STATES, PARTNERSHIP_KINDS } from "./business-schema";
import { categoryName, isCategorySlug } from "./taxonomy";
import { clipText } from "./tags";

/**
 * The directory search page's pure core: URL parameters in, typed search parameters out; the
 * Meilisearch filter and sort built from them; highlight markers turned into text segments.
 * No I/O: search/queries.ts runs the query, app/routes/search.tsx renders it.
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

const PARTNERSHIP_KIND_VALUES = new Set<string>(PARTNERSHIP_KINDS.map((kind) => kind.value));
const CAPACITY_VALUES = new Set<string>(CAPACITY_STATES.map((state) => state.value));

/** Repeated values of one facet: trimmed, de-duplicated, capped; unknown values dropped. */
const facetValues = (allowed: (value: string) => boolean = () => true) =>
  z
    .array(z.string())
    .catch([])
    .transform((values) =>
      [...new Set(values.map((value) => value.trim()))]
        .filter((value) => value.length > 0 && value.length <= FACET_VALUE_MAX_LENGTH && allowed(value))
        .slice(0, MAX_VALUES_PER_FACET),
    );

/**
 * What the URL says, each field falling back to its default when it is missing or bad: a bad
 * parameter never fails the page. `near` is the place text as typed (or a gazetteer id); the
 * loader resolves it to a place.
 */
export const DirectorySearchRequestSchema = z.object({
  q: z
    .string()
    .catch("")
    .transform((text) => clipText(text, QUERY_MAX_LENGTH)),
  category: facetValues(isCategorySlug),
  problem: facetValues(),
  kind: facetValues((value) => PARTNERSHIP_KIND_VALUES.has(value)),
  capacity: facetValues((value) => CAPACITY_VALUES.has(value)),
  city: facetValues(),
  region: facetValues(),
  near: z
    .string()
    .catch("")
    .transform((text) => clipText(text, PLACE_TEXT_MAX_LENGTH)),
  withinKm: z.coerce.number().int().min(RADIUS_LIMITS_KM.min).max(RADIUS_LIMITS_KM.max).catch(DEFAULT_RADIUS_KM),
  sort: z.enum(["relevance", "distance", "newest"]).catch("relevance"),
  // A page past the last one we serve shows the last one we serve (its empty state links back).
  page: z.coerce
    .number()
    .int()
    .catch(1)
    .transform((page) => Math.min(MAX_PAGE, Math.max(1, page))),
});
export type DirectorySearchRequest = z.infer<typeof DirectorySearchRequestSchema>;

/** The search to run: the request with `near` resolved to a gazetteer place id. */
export type DirectorySearchParams = Omit<DirectorySearchRequest, "near"> & { near?: number };

export function parseDirectorySearchRequest(search: URLSearchParams): DirectorySearchRequest {
  const raw: Record<string, unknown> = {
    q: search.get("q") ?? undefined,
    near: search.get("near") ?? undefined,
    withinKm: search.get("withinKm") ?? undefined,
    sort: search.get("sort") ?? undefined,
    page: search.get("page") ?? undefined,
  };
  for (const facet of FACETS) raw[facet.param] = search.getAll(facet.param);
  // Every field has a .catch, so parsing cannot fail.
  return DirectorySearchRequestSchema.parse(raw);
}

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
// Filter and sort

/** A double-quoted Meilisearch filter value: backslashes and quotes escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

const ALLOWED_ATTRIBUTES = new Set<string>(FILTER_ATTRIBUTES);

/** `attribute = "value"` for a known attribute; anything else is a programming error. */
export function equalsFilter(attribute: FilterAttribute, value: string): string {
  if (!ALLOWED_ATTRIBUTES.has(attribute)) throw new Error(`Not a filterable attribute: ${String(attribute)}`);
  return `${attribute} = ${quoteFilterValue(value)}`;
}

export interface GeoPoint {
  lat: number;
  lng: number;
}

function coordinate(value: number): string {
  if (!Number.isFinite(value)) throw new Error("Coordinates must be finite numbers");
  return String(Number(value.toFixed(6)));
}

export function geoRadiusFilter(point: GeoPoint, km: number): string {
  return `_geoRadius(${coordinate(point.lat)}, ${coordinate(point.lng)}, ${Math.round(km * 1000)})`;
}

/**
 * The Meilisearch filter for the selected facets (values ORed within a facet, facets ANDed) and
 * the radius around a place: Meilisearch's array form, where the outer array is AND and an inner
 * array is OR. `except` leaves one facet out, for its own counts (disjunctive faceting).
 */
export function buildDirectoryFilter(
  params: Pick<DirectorySearchParams, FacetParam | "withinKm">,
  options: { near?: GeoPoint; except?: FacetParam } = {},
): (string | string[])[] {
  const filter: (string | string[])[] = [];
  for (const facet of FACETS) {
    if (facet.param === options.except) continue;
    const values = params[facet.param];
    if (values.length === 1) filter.push(equalsFilter(facet.attribute, values[0]!));
    else if (values.length > 1) filter.push(values.map((value) => equalsFilter(facet.attribute, value)));
  }
  if (options.near) filter.push(geoRadiusFilter(options.near, params.withinKm));
  return filter;
}

/**
 * Sort rules: nearest first needs a place; newest is by publication. "Best match" with no words to
 * match has nothing to rank by, so it lists the nearest first around a place, else the newest.
 */
export function buildDirectorySort(params: Pick<DirectorySearchParams, "q" | "sort">, near?: GeoPoint): string[] {
  const geo = near ? [`_geoPoint(${coordinate(near.lat)}, ${coordinate(near.lng)}):asc`] : [];
  if (params.sort === "distance") return geo;
  if (params.sort === "newest") return ["publishedAt:desc"];
  if (!params.q) return near ? geo : ["publishedAt:desc"];
  return [];
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
  return segments;
}

export function stripHighlight(text: string, pre = HIGHLIGHT_PRE, post = HIGHLIGHT_POST): string {
  return text.split(pre).join("").split(post).join("");
}

// ---------------------------------------------------------------------------------------------
// Presentation helpers

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function formatDistance(km: number): string {
  if (km < 1) return "under 1 km";
  return km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The human label of a facet value: category names, partnership and capacity labels. */
export function facetValueLabel(key: FacetKey, value: string): string {
  switch (key) {
    case "category":
      return categoryName(value);
    case "partnershipKind":
      return PARTNERSHIP_KINDS.find((kind) => kind.value === value)?.label ?? value;
    case "capacity":
      return CAPACITY_STATES.find((state) => state.value === value)?.label ?? value;
    case "customerProblem":
      return sentenceCase(value);
    default:
      return value;
  }
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

/** Facet values shown per facet (plus any selected ones): a scannable list, and a light page. */
export const FACET_OPTIONS_SHOWN = 15;

/**
 * The options of one facet: most results first, then by label, the top FACET_OPTIONS_SHOWN;
 * selected values always listed (with a count of 0 when nothing matches them now). Capacity
 * "none" is not a useful filter.
 */
export function facetOptions(
  key: FacetKey,
  counts: readonly { value: string; count: number }[],
  selected: readonly string[],
): FacetOption[] {
  const ranked = allFacetOptions(key, counts, selected);
  let shown = 0;
  return ranked.filter((option) => option.selected || shown++ < FACET_OPTIONS_SHOWN);
}

function allFacetOptions(
  key: FacetKey,
  counts: readonly { value: string; count: number }[],
  selected: readonly string[],
): FacetOption[] {
  const byValue = new Map(counts.map((entry) => [entry.value, entry.count]));
  for (const value of selected) if (!byValue.has(value)) byValue.set(value, 0);
  return [...byValue]
    .filter(([value]) => !(key === "capacity" && value === "none" && !selected.includes(value)))
    .map(([value, count]) => ({ value, label: facetValueLabel(key, value), count, selected: selected.includes(value) }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label) || a.value.localeCompare(b.value));
}
