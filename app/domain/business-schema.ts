import { z } from "zod";
import "./validation-messages";
import { checkSlug, SLUG_PROBLEM_MESSAGES } from "./slug";
import { parseTagText, TAG_MAX_LENGTH } from "./tags";
import { cleanText, textField } from "./text";
import {
  CAPACITY_STATES,
  CONTACT_VISIBILITY,
  HORIZONS,
  LIMITS,
  PARTNERSHIP_KINDS,
  TEAM_SIZES,
} from "./business-options";
import { EmailSchema } from "./email-schema";

/**
 * One schema for the business form: the browser uses it for instant feedback, the action for the
 * real check. It does not import the taxonomy (the browser would have to download it, decision
 * 017): the category fields are checked with a lookup each side passes in, `businessFormSchema`.
 */

export * from "./business-options";
export { EmailSchema };

const values = <T extends readonly { value: string }[]>(list: T) =>
  list.map((item) => item.value) as unknown as [T[number]["value"], ...T[number]["value"][]];

/** Several lines of text (a textarea): line breaks and tabs kept, control characters not (app/domain/text.ts). */
const optionalText = (max: number, label: string) =>
  textField(z.string().trim().max(max, `${label} can be at most ${max} characters`).optional(), {
    label,
    multiline: true,
  });

/**
 * A comma-separated tag field, parsed into normalised tags. Every message is filed under the field
 * itself (not under one entry), so the form shows it next to the field.
 */
const tagList = (label: string, min: number, max: number) =>
  textField(z.string().optional(), { label, multiline: true })
    .transform((text) => parseTagText(text ?? ""))
    .pipe(
      z
        .array(z.string())
        .min(min, min === 1 ? `Add at least one entry to ${label}` : `Add at least ${min} entries to ${label}`)
        .max(max, `${label} can have at most ${max} entries`)
        .superRefine((tags, ctx) => {
          const long = tags.find((tag) => tag.length > TAG_MAX_LENGTH);
          if (long) {
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              message: `Each entry in ${label} can be at most ${TAG_MAX_LENGTH} characters (“${long.slice(0, 24)}…” is ${long.length})`,
            });
          }
        }),
    );

export const WebsiteSchema = textField(
  z
    .string()
    .trim()
    .max(LIMITS.website, `Website can be at most ${LIMITS.website} characters`)
    .transform((url) => (/^https?:\/\//i.test(url) ? url : `https://${url}`))
    .pipe(
      z.string().refine((url) => {
        try {
          const parsed = new URL(url);
          return /^https?:$/.test(parsed.protocol) && parsed.hostname.includes(".");
        } catch {
          return false;
        }
      }, "Enter a web address like https://example.com"),
    ),
  { label: "Website" },
);

export const PhoneSchema = z
  .string()
  .trim()
  .max(LIMITS.phone, `Phone can be at most ${LIMITS.phone} characters`)
  .regex(/^\+?[0-9 ().-]{6,}$/, "Use digits, spaces, and + ( ) - . only");

export const SlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .superRefine((slug, ctx) => {
    const problem = checkSlug(slug);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: SLUG_PROBLEM_MESSAGES[problem] });
  });

/**
 * The slug a typed category label names (a slug, a name or an alias: "Florists", "flower shop"),
 * null when it names no category, undefined when this side cannot tell. The server knows every
 * label (taxonomy's `categorySlugOf`); the browser knows the names its page was sent and what it
 * has asked the server, and leaves any other label to the server's check.
 */
export type CategoryLookup = (label: string) => string | null | undefined;

/** A category field's label as its slug when known; anything else stays as typed. */
const categoryLabel = (slugOf: CategoryLookup) =>
  z.string().transform((label) => {
    const text = cleanText(label);
    return slugOf(text) ?? text;
  });

const currentYear = new Date().getFullYear();

/** Every field of the business form but the categories (whose check needs a CategoryLookup). */
export const BusinessFormFields = z.object({
  name: textField(
    z
      .string({ required_error: "Enter the business name" })
      .trim()
      .min(LIMITS.name.min, `Name needs at least ${LIMITS.name.min} characters`)
      .max(LIMITS.name.max, `Name can be at most ${LIMITS.name.max} characters`),
    { label: "Name" },
  ),
  slug: SlugSchema.optional(),
  // One line: a pasted line break becomes a space.
  niche: textField(
    z
      .string({ required_error: "Say in one line what you do best, and for whom" })
      .trim()
      .min(LIMITS.niche.min, `Niche needs at least ${LIMITS.niche.min} characters`)
      .max(LIMITS.niche.max, `Niche can be at most ${LIMITS.niche.max} characters`),
    { label: "Niche" },
  ),
  description: optionalText(LIMITS.description, "Description"),
  website: WebsiteSchema.optional(),
  contactEmail: EmailSchema.optional(),
  contactPhone: PhoneSchema.optional(),
  contactVisibility: z.enum(values(CONTACT_VISIBILITY)).default("members"),
  offerings: tagList("offerings", LIMITS.offerings.min, LIMITS.offerings.max),
  targetCustomers: tagList("target customers", 0, LIMITS.targetCustomers),
  customerProblems: tagList("customer problems", 0, LIMITS.customerProblems),
  place: textField(
    z
      .string({ required_error: "Pick the town or city you work from" })
      .trim()
      .max(LIMITS.place, "Pick a place from the list"),
    { label: "Place" },
  ),
  servesRemotely: z.boolean().default(false),
  radiusKm: z.coerce
    .number({ invalid_type_error: "Enter a whole number of kilometres" })
    .int("Enter a whole number of kilometres")
    .min(LIMITS.radiusKm.min, `Radius must be at least ${LIMITS.radiusKm.min} km`)
    .max(LIMITS.radiusKm.max, `Radius can be at most ${LIMITS.radiusKm.max} km`)
    .optional(),
  partnershipKinds: z.array(z.enum(values(PARTNERSHIP_KINDS))).default([]),
  offersToPartners: optionalText(LIMITS.partnerText, "What you offer partners"),
  wantsFromPartners: optionalText(LIMITS.partnerText, "What you want from partners"),
  horizon: z.enum(values(HORIZONS)).default("either"),
  capacity: z.enum(values(CAPACITY_STATES)).default("none"),
  teamSize: z.enum(values(TEAM_SIZES)).optional(),
  yearFounded: z.coerce
    .number({ invalid_type_error: "Enter a year like 2015" })
    .int("Enter a year like 2015")
    .min(1800, "Enter a year after 1800")
    .max(currentYear, `Enter a year no later than ${currentYear}`)
    .optional(),
});

/** The business form's schema, its category fields checked with `slugOf`. */
export function businessFormSchema(slugOf: CategoryLookup) {
  const known = (label: string) => slugOf(label) !== null;
  return BusinessFormFields.extend({
    primaryCategory: z
      .string({ required_error: "Say what you do: pick it from the list" })
      .pipe(categoryLabel(slugOf))
      .refine(known, "Pick a category from the list"),
    secondaryCategories: z.preprocess(
      (value) =>
        (Array.isArray(value) ? value : value == null ? [] : [value]).filter((v) => typeof v === "string" && v.trim()),
      z
        .array(categoryLabel(slugOf))
        .max(LIMITS.secondaryCategories, `Pick at most ${LIMITS.secondaryCategories} secondary categories`)
        .superRefine((slugs, ctx) => {
          const unknown = slugs.find((slug) => !known(slug));
          if (unknown)
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              message: `Pick categories from the list (“${unknown.slice(0, 40)}” is not one)`,
            });
        }),
    ),
  }).superRefine((form, ctx) => {
    if (form.secondaryCategories.includes(form.primaryCategory)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["secondaryCategories"],
        message: "The primary category is already chosen; pick different secondary ones",
      });
    }
    if (new Set(form.secondaryCategories).size !== form.secondaryCategories.length) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["secondaryCategories"], message: "Pick each category once" });
    }
    if (!form.servesRemotely && form.radiusKm === undefined) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["radiusKm"],
        message: "Enter how far you travel, or tick “serves remotely”",
      });
    }
  });
}

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
  "website",
  "contactEmail",
  "contactPhone",
  "contactVisibility",
  "teamSize",
  "yearFounded",
  "slug",
] as const satisfies readonly (keyof BusinessFormInput)[];

type FormSchema = ReturnType<typeof businessFormSchema>;
export type BusinessForm = z.infer<FormSchema>;

/** Values the business form starts with: every field as the text an input holds. */
export type BusinessFormDefaults = {
  [Key in keyof BusinessFormInput]?: Key extends "secondaryCategories" | "partnershipKinds" ? string[] : string;
};
type BusinessFormInput = z.input<FormSchema>;
