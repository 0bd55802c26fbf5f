import { z } from "zod";
import { PARTNERSHIP_KINDS } from "./business-options";
import { isCategorySlug } from "./taxonomy";

/**
 * The partner suggestions' URL parameters, for the partners page (/businesses/:id/partners) and
 * its JSON twin (/resources/partners/:id): one schema, one rule. A parameter that is missing or
 * empty takes its default; a value outside what the page offers is refused (400, with the message
 * below), never silently replaced. Parameters the schema does not name are ignored.
 */

export const SUGGESTION_TABS = ["complementary", "overflow"] as const;
export type SuggestionTab = (typeof SUGGESTION_TABS)[number];
/** The distances the page's select offers; any whole number in SUGGESTION_RADIUS_KM is accepted. */
export const SUGGESTION_DISTANCES_KM = [10, 25, 50, 100, 250] as const;
export const SUGGESTION_RADIUS_KM = { min: 1, max: 500 } as const;
/** Suggestions per step ("Show 10 more") and at most: the candidates one search brings. */
export const SUGGESTIONS_PAGE = 10;
export const MAX_SUGGESTIONS = 30;

const KIND_VALUES = PARTNERSHIP_KINDS.map((kind) => kind.value);

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

function wholeNumber(min: number, max: number, message: string) {
  return z
    .string({ invalid_type_error: message })
    .trim()
    .refine((text) => /^[0-9]{1,6}$/.test(text) && Number(text) >= min && Number(text) <= max, message)
    .transform(Number);
}

export const SuggestionQuerySchema = z
  .object({
    tab: z.preprocess(
      blankToUndefined,
      z.enum(SUGGESTION_TABS, { message: "tab must be complementary or overflow" }).default("complementary"),
    ),
    kind: z.preprocess(
      blankToUndefined,
      z
        .string()
        .refine((value) => (KIND_VALUES as readonly string[]).includes(value), {
          message: `kind must be one of ${KIND_VALUES.join(", ")}`,
        })
        .optional(),
    ),
    within: z.preprocess(
      blankToUndefined,
      wholeNumber(
        SUGGESTION_RADIUS_KM.min,
        SUGGESTION_RADIUS_KM.max,
        `within must be a whole number of kilometres from ${SUGGESTION_RADIUS_KM.min} to ${SUGGESTION_RADIUS_KM.max}`,
      ).optional(),
    ),
    profession: z.preprocess(
      blankToUndefined,
      z
        .string()
        .refine(isCategorySlug, { message: "profession must be a category slug, such as wedding-photographer" })
        .optional(),
    ),
    shown: z.preprocess(
      blankToUndefined,
      wholeNumber(1, MAX_SUGGESTIONS, `shown must be a whole number from 1 to ${MAX_SUGGESTIONS}`).default(
        String(SUGGESTIONS_PAGE),
      ),
    ),
  })
  // "Find one" from the circle narrows the complementary list; overflow is about my own trades,
  // so a profession there is not an error, it does not apply.
  .transform((query) => ({
    ...query,
    profession: query.tab === "complementary" ? query.profession : undefined,
  }));
export type SuggestionQuery = z.infer<typeof SuggestionQuerySchema>;

export type SuggestionQueryResult = { ok: true; query: SuggestionQuery } | { ok: false; message: string };

/** Reads the first value of each parameter; on a refusal, the message names every bad parameter. */
export function parseSuggestionQuery(search: URLSearchParams): SuggestionQueryResult {
  const raw: Record<string, string | null> = {};
  for (const key of ["tab", "kind", "within", "profession", "shown"] as const) raw[key] = search.get(key);
  const parsed = SuggestionQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  return { ok: false, message: `${parsed.error.issues.map((issue) => issue.message).join("; ")}.` };
}
