import { z } from "zod";
import "./validation-messages";
import { checkSlug, SLUG_PROBLEM_MESSAGES } from "./slug";
import { parseTagText, TAG_MAX_LENGTH } from "./tags";
import { cleanText } from "./text";
import { textField } from "./text-field";
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
 * itself (not under one entry), so the form shows it next to the field, and names the entries in
 * the form's words: `one` and `many`, as in "Add at least one thing you offer".
 */
const tagList = (words: { one: string; many: string }, min: number, max: number) =>
  textField(z.string().optional(), { label: `the list of ${words.many}`, multiline: true })
    .transform((text) => parseTagText(text ?? ""))
    .pipe(
      z
        .array(z.string())
        .min(min, `Add at least ${min === 1 ? `one ${words.one}` : `${min} ${words.many}`}`)
        .max(max, `List at most ${max} ${words.many}`)
        .superRefine((tags, ctx) => {
          const long = tags.find((tag) => tag.length > TAG_MAX_LENGTH);
          if (long) {
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              message: `Each ${words.one} can be at most ${TAG_MAX_LENGTH} characters (“${long.slice(0, 24)}…” is ${long.length})`,
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
  offerings: tagList({ one: "thing you offer", many: "things you offer" }, LIMITS.offerings.min, LIMITS.offerings.max),
  targetCustomers: tagList(
    { one: "kind of customer you serve", many: "kinds of customer you serve" },
    0,
    LIMITS.targetCustomers,
  ),
  customerProblems: tagList(
    { one: "thing your customers need help with", many: "things your customers need help with" },
    0,
    LIMITS.customerProblems,
  ),
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

/**
 * What the business form asks when the typed place names several (app/models/business-form.server.ts):
 * which one. It rides along with the form's reply.
 */
export interface PlaceQuestion {
  /** The place as typed: "Portland". */
  typed: string;
  /** The places it may be, biggest first: the label the place field takes, and the name a button shows. */
  choices: { id: number; label: string; name: string }[];
  /** The button the owner pressed (publish, save…): without JavaScript, a choice presses it again. */
  intent: string;
}

export const placeQuestionMessage = (typed: string) => `Several places are called ${typed}: pick one`;

/**
 * The business form's schema, its category fields checked with `slugOf`. In the browser,
 * `unansweredPlace` is a place the server asked about (a PlaceQuestion's `typed`): the question
 * stays next to the field until the place is changed or picked.
 */
export function businessFormSchema(slugOf: CategoryLookup, unansweredPlace?: string) {
  const known = (label: string) => slugOf(label) !== null;
  return BusinessFormFields.extend({
    place: BusinessFormFields.shape.place.refine(
      (place) => place !== unansweredPlace,
      (place) => ({ message: placeQuestionMessage(place) }),
    ),
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

export { DETAIL_FIELDS, STEP_ONE_FIELDS } from "./business-form-fields";

type FormSchema = ReturnType<typeof businessFormSchema>;
export type BusinessForm = z.infer<FormSchema>;

/** Values the business form starts with: every field as the text an input holds. */
export type BusinessFormDefaults = {
  [Key in keyof BusinessFormInput]?: Key extends "secondaryCategories" | "partnershipKinds" ? string[] : string;
} & {
  /** The gazetteer id of the place the field names (a hidden input), so a label two towns share stays the one picked. */
  placeId?: string;
};
export type BusinessFormInput = z.input<FormSchema>;
