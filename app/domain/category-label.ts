import { normaliseTag } from "./tags";

/**
 * How a typed category label is compared, on the server (./taxonomy.ts, with every alias) and in
 * the browser (the business form, with only the category names its page was sent): the two sides
 * must agree, and this module imports nothing heavy so the browser can have it (decision 017).
 */

/** "Keys & Locksmiths" → "keys and locksmiths". */
export function categoryLabelKey(label: string): string {
  return normaliseTag(label)
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A plural label key in the singular: "florists" → "florist", "agencies" → "agency". */
export function singularLabelKey(key: string): string {
  if (key.endsWith("ies")) return `${key.slice(0, -3)}y`;
  if (key.endsWith("es") && /(sh|ch|x|ss)es$/.test(key)) return key.slice(0, -2);
  if (key.endsWith("s") && !key.endsWith("ss")) return key.slice(0, -1);
  return key;
}

export type TagKind = "offerings" | "targetCustomers" | "customerProblems";

/** The tags a category usually has, offered as one-click suggestions in the business form. */
export type TagSuggestions = Record<TagKind, string[]>;

/** A category as the business form's list shows it. */
export interface CategoryChoice {
  slug: string;
  name: string;
}

/**
 * What the server says about one typed label (GET /resources/categories?label=…): the category it
 * names with that category's usual tags, or `slug: null` when it names none.
 */
export type CategoryLabelAnswer = (CategoryChoice & { suggestions: TagSuggestions }) | { slug: null };
