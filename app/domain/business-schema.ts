import { z } from "zod";
import "./validation-messages";
import { checkSlug, SLUG_PROBLEM_MESSAGES } from "./slug";
import { parseTagText, TAG_MAX_LENGTH } from "./tags";
import { isCategorySlug, matchCategoryLabel } from "./taxonomy";

/** One schema for the business form: the browser uses it for instant feedback, the action for the real check. */

export const PARTNERSHIP_KINDS = [
  { value: "referral-exchange", label: "Referral exchange" },
  { value: "co-marketing", label: "Co-marketing" },
  { value: "bundled-offer", label: "Bundled offer" },
  { value: "overflow", label: "Overflow / subcontracting" },
  { value: "joint-purchasing", label: "Joint purchasing" },
  { value: "reseller", label: "Reseller" },
] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number]["value"];

export const CAPACITY_STATES = [
  { value: "none", label: "Neither" },
  { value: "booked-out", label: "Booked out: can hand off work" },
  { value: "spare-capacity", label: "Has spare capacity: can take work" },
] as const;
export type Capacity = (typeof CAPACITY_STATES)[number]["value"];

export const HORIZONS = [
  { value: "either", label: "Either" },
  { value: "one-off", label: "One-off project" },
  { value: "long-term", label: "Long-term" },
] as const;

export const TEAM_SIZES = [
  { value: "solo", label: "Just me" },
  { value: "2-9", label: "2–9 people" },
  { value: "10-49", label: "10–49 people" },
  { value: "50-249", label: "50–249 people" },
  { value: "250+", label: "250 or more" },
] as const;

export const CONTACT_VISIBILITY = [
  { value: "public", label: "Anyone" },
  { value: "members", label: "Signed-in members only" },
  { value: "hidden", label: "Nobody (hidden)" },
] as const;
export type ContactVisibility = (typeof CONTACT_VISIBILITY)[number]["value"];

export const LIMITS = {
  name: { min: 2, max: 100 },
  niche: { min: 10, max: 140 },
  description: 2000,
  website: 200,
  email: 254,
  phone: 30,
  offerings: { min: 1, max: 30 },
  targetCustomers: 20,
  customerProblems: 20,
  secondaryCategories: 3,
  partnerText: 500,
  radiusKm: { min: 1, max: 1000 },
  place: 120,
} as const;

const values = <T extends readonly { value: string }[]>(list: T) =>
  list.map((item) => item.value) as unknown as [T[number]["value"], ...T[number]["value"][]];

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} can be at most ${max} characters`).optional();

/**
 * A comma-separated tag field, parsed into normalised tags. Every message is filed under the field
 * itself (not under one entry), so the form shows it next to the field.
 */
const tagList = (label: string, min: number, max: number) =>
  z
    .string()
    .optional()
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

export const WebsiteSchema = z
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
  );

export const EmailSchema = z
  .string({ required_error: "Enter an email address" })
  .trim()
  .toLowerCase()
  .max(LIMITS.email, `Email can be at most ${LIMITS.email} characters`)
  .email("Enter an email address like name@example.com");

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

/** Category fields accept a slug, a name or an alias ("Florists", "flower shop"). */
function toCategorySlug(label: string): string {
  const match = matchCategoryLabel(label);
  return match.kind === "category" ? match.slug : label;
}

const currentYear = new Date().getFullYear();

export const BusinessFormSchema = z
  .object({
    name: z
      .string({ required_error: "Enter the business name" })
      .trim()
      .min(LIMITS.name.min, `Name needs at least ${LIMITS.name.min} characters`)
      .max(LIMITS.name.max, `Name can be at most ${LIMITS.name.max} characters`),
    slug: SlugSchema.optional(),
    niche: z
      .string({ required_error: "Say in one line what you do best, and for whom" })
      .trim()
      .min(LIMITS.niche.min, `Niche needs at least ${LIMITS.niche.min} characters`)
      .max(LIMITS.niche.max, `Niche can be at most ${LIMITS.niche.max} characters`)
      .refine((text) => !/\n/.test(text), "Keep the niche to one line"),
    description: optionalText(LIMITS.description, "Description"),
    website: WebsiteSchema.optional(),
    contactEmail: EmailSchema.optional(),
    contactPhone: PhoneSchema.optional(),
    contactVisibility: z.enum(values(CONTACT_VISIBILITY)).default("members"),
    primaryCategory: z
      .string({ required_error: "Pick a primary category" })
      .transform(toCategorySlug)
      .refine(isCategorySlug, "Pick a category from the list"),
    secondaryCategories: z.preprocess(
      (value) =>
        (Array.isArray(value) ? value : value == null ? [] : [value]).filter((v) => typeof v === "string" && v.trim()),
      z
        .array(z.string().transform(toCategorySlug))
        .max(LIMITS.secondaryCategories, `Pick at most ${LIMITS.secondaryCategories} secondary categories`)
        .superRefine((slugs, ctx) => {
          const unknown = slugs.find((slug) => !isCategorySlug(slug));
          if (unknown)
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              message: `Pick categories from the list (“${unknown.slice(0, 40)}” is not one)`,
            });
        }),
    ),
    offerings: tagList("offerings", LIMITS.offerings.min, LIMITS.offerings.max),
    targetCustomers: tagList("target customers", 0, LIMITS.targetCustomers),
    customerProblems: tagList("customer problems", 0, LIMITS.customerProblems),
    place: z
      .string({ required_error: "Pick the town or city you work from" })
      .trim()
      .max(LIMITS.place, "Pick a place from the list"),
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
  })
  .superRefine((form, ctx) => {
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

export type BusinessForm = z.infer<typeof BusinessFormSchema>;
