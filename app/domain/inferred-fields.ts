/**
 * Profile content an import filled in from a business's categories rather than from the business
 * itself (docs/decisions/019-inferred-profile-content.md). Stored in `Business.inferredFields`
 * until the owner saves the profile form or confirms them; shown marked until then. No imports,
 * so pages can use it without the taxonomy.
 */
export const INFERABLE_FIELDS = ["niche", "offerings", "targetCustomers", "customerProblems"] as const;
export type InferableField = (typeof INFERABLE_FIELDS)[number];

export function isInferableField(field: string): field is InferableField {
  return (INFERABLE_FIELDS as readonly string[]).includes(field);
}

/** The known inferable fields in a stored list, in their usual order (unknown entries dropped). */
export function inferredFieldsOf(stored: readonly string[]): InferableField[] {
  return INFERABLE_FIELDS.filter((field) => stored.includes(field));
}

/** How the edit page names each field in a sentence. */
export const INFERABLE_FIELD_NAMES: Record<InferableField, string> = {
  niche: "niche",
  offerings: "products and services",
  targetCustomers: "kinds of customer it serves",
  customerProblems: "customer problems",
};

/** What a visitor reads next to inferred content on a public profile. */
export const INFERRED_PUBLIC_NOTE = "From its category; not confirmed by the business.";

/** What the owner reads next to an inferred field in the edit form. */
export const INFERRED_FORM_NOTE =
  "Filled in from your category when this business was imported, and marked on your public page as not confirmed by you. Saving this form confirms it.";
