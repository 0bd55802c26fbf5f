import {
  FACETS,
  FILTER_ATTRIBUTES,
  type DirectorySearchParams,
  type FacetParam,
  type FilterAttribute,
} from "#app/domain/directory-search";
import type { GeoPoint } from "#app/domain/geo";

/**
 * Meilisearch filter and sort expressions: the only place that writes their syntax. Pure (no
 * client), so it is unit-tested; every value that reaches a filter string goes through
 * quoteFilterValue.
 */

/** A double-quoted Meilisearch filter value: backslashes and quotes escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** `[ "a", "b" ]` for `attribute IN [...]`. */
export function quoteFilterList(values: readonly string[]): string {
  return `[${values.map(quoteFilterValue).join(", ")}]`;
}

const ALLOWED_ATTRIBUTES = new Set<string>(FILTER_ATTRIBUTES);

/** `attribute = "value"` for a known directory attribute; anything else is a programming error. */
export function equalsFilter(attribute: FilterAttribute, value: string): string {
  if (!ALLOWED_ATTRIBUTES.has(attribute)) throw new Error(`Not a filterable attribute: ${String(attribute)}`);
  return `${attribute} = ${quoteFilterValue(value)}`;
}

function coordinate(value: number): string {
  if (!Number.isFinite(value)) throw new Error("Coordinates must be finite numbers");
  return String(Number(value.toFixed(6)));
}

export function geoRadiusFilter(point: GeoPoint, km: number): string {
  return `_geoRadius(${coordinate(point.lat)}, ${coordinate(point.lng)}, ${Math.round(km * 1000)})`;
}

/** Nearest first from a point. */
export function geoPointSort(point: GeoPoint): string {
  return `_geoPoint(${coordinate(point.lat)}, ${coordinate(point.lng)}):asc`;
}

/** The directory's query once its place is resolved to coordinates (by the model). */
export type DirectoryQuery = Omit<DirectorySearchParams, "near"> & { near?: GeoPoint };

/**
 * The Meilisearch filter for the selected facets (values ORed within a facet, facets ANDed) and
 * the radius around a place: Meilisearch's array form, where the outer array is AND and an inner
 * array is OR. `except` leaves one facet out, for its own counts (disjunctive faceting).
 */
export function buildDirectoryFilter(
  params: Pick<DirectoryQuery, FacetParam | "withinKm" | "near">,
  options: { except?: FacetParam } = {},
): (string | string[])[] {
  const filter: (string | string[])[] = [];
  for (const facet of FACETS) {
    if (facet.param === options.except) continue;
    const values = params[facet.param];
    if (values.length === 1) filter.push(equalsFilter(facet.attribute, values[0]!));
    else if (values.length > 1) filter.push(values.map((value) => equalsFilter(facet.attribute, value)));
  }
  if (params.near) filter.push(geoRadiusFilter(params.near, params.withinKm));
  return filter;
}

/**
 * Sort rules: nearest first needs a place; newest is by publication. "Best match" with no words to
 * match has nothing to rank by, so it lists the nearest first around a place, else the newest.
 */
export function buildDirectorySort(params: Pick<DirectoryQuery, "q" | "sort" | "near">): string[] {
  const geo = params.near ? [geoPointSort(params.near)] : [];
  if (params.sort === "distance") return geo;
  if (params.sort === "newest") return ["publishedAt:desc"];
  if (!params.q) return geo.length ? geo : ["publishedAt:desc"];
  return [];
}
