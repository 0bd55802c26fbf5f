import { z } from "zod";
import { CAPACITY_STATES, PARTNERSHIP_KINDS } from "./business-options";
import {
  DEFAULT_RADIUS_KM,
  FACET_OPTIONS_SHOWN,
  FACET_VALUE_MAX_LENGTH,
  FACETS,
  MAX_PAGE,
  MAX_VALUES_PER_FACET,
  PLACE_TEXT_MAX_LENGTH,
  QUERY_MAX_LENGTH,
  RADIUS_LIMITS_KM,
  type DirectorySearchRequest,
  type FacetKey,
  type FacetOption,
} from "./directory-search";
import { clipText } from "./tags";
import { categoryName, isCategorySlug } from "./taxonomy";
import { cleanText } from "./text";

/**
 * The directory search's server side, pure: the URL read into a checked request, and facet values
 * ranked and labelled (category names come from the taxonomy). Kept apart from
 * ./directory-search.ts, which the page ships to the browser, so that the page carries neither
 * Zod nor the taxonomy (decision 017).
 */

const PARTNERSHIP_KIND_VALUES = new Set<string>(PARTNERSHIP_KINDS.map((kind) => kind.value));
const CAPACITY_VALUES = new Set<string>(CAPACITY_STATES.map((state) => state.value));

/** Repeated values of one facet: control characters removed, trimmed, de-duplicated, capped; unknown values dropped. */
const facetValues = (allowed: (value: string) => boolean = () => true) =>
  z
    .array(z.string())
    .catch([])
    .transform((values) =>
      [...new Set(values.map((value) => cleanText(value).trim()))]
        .filter((value) => value.length > 0 && value.length <= FACET_VALUE_MAX_LENGTH && allowed(value))
        .slice(0, MAX_VALUES_PER_FACET),
    );

/**
 * What the URL says, each field falling back to its default when it is missing or bad: a bad
 * parameter never fails the page. `near` is the place text as typed (or a gazetteer id); the
 * loader resolves it to a place.
 */
export const DirectorySearchRequestSchema: z.ZodType<DirectorySearchRequest, z.ZodTypeDef, unknown> = z.object({
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
