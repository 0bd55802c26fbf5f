import type { BusinessFormInput } from "./business-schema";

/*
 * The business form's field groups, apart from its schema: the form's script uses them on every
 * page that shows it, and the schema (with Zod) loads only once the page is interactive
 * (decision 017). Types only from ./business-schema, so nothing of Zod comes with this module.
 */

/**
 * Step 1 of the form (/businesses/new): only what matching needs, in the order the form asks.
 * It posts to the same schema as the whole form: every other field is optional or has a default,
 * so the first step is the whole profile with the rest left at its defaults.
 */
export const STEP_ONE_FIELDS = [
  "name",
  "primaryCategory",
  "niche",
  "place",
  "radiusKm",
  "servesRemotely",
  "targetCustomers",
  "customerProblems",
  "offerings",
] as const satisfies readonly (keyof BusinessFormInput)[];

/** Step 2 (optional): the rest, in the order the form asks. */
export const DETAIL_FIELDS = [
  "partnershipKinds",
  "wantsFromPartners",
  "offersToPartners",
  "horizon",
  "capacity",
  "secondaryCategories",
  "description",
  "teamSize",
  "yearFounded",
  "slug",
  "website",
  "contactEmail",
  "contactPhone",
  "contactVisibility",
] as const satisfies readonly (keyof BusinessFormInput)[];
