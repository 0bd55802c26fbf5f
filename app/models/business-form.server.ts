import { parseWithZod } from "@conform-to/zod";
import { placeLabel, type BusinessInput, type BusinessProfile } from "#app/domain/business";
import {
  businessFormSchema,
  CAPACITY_STATES,
  PARTNERSHIP_KINDS,
  type BusinessFormDefaults,
} from "#app/domain/business-schema";
import { formatTagText } from "#app/domain/tags";
import { categoryName, categorySlugOf } from "#app/domain/taxonomy";
import type { SaveResult } from "./businesses.server";
import { choosePlace } from "./places.server";

/** The form's schema with the whole taxonomy behind its category fields (the browser has only the names). */
const BusinessFormSchema = businessFormSchema(categorySlugOf);

/**
 * Parses a business form post: the schema checks every field, then the server resolves the place
 * against the gazetteer. Returns the input to save, or the reply with field errors (status 400).
 */
export function parseBusinessSubmission(formData: FormData) {
  const submission = parseWithZod(formData, { schema: BusinessFormSchema });
  if (submission.status !== "success") return { ok: false as const, reply: submission.reply() };
  const form = submission.value;
  const chosen = choosePlace(form.place);
  if (!chosen) {
    return {
      ok: false as const,
      reply: submission.reply({
        fieldErrors: { place: ["We don't know that place: pick a town or city from the list"] },
      }),
    };
  }
  if ("choices" in chosen) {
    const names = chosen.choices.map((choice) => choice.label).join(" · ");
    return {
      ok: false as const,
      reply: submission.reply({
        fieldErrors: { place: [`Several places are called ${form.place.trim()}: pick one (${names})`] },
      }),
    };
  }
  const { place } = chosen;
  const input: BusinessInput = {
    ...form,
    place: {
      placeId: place.id,
      city: place.name,
      region: place.region,
      country: place.country,
      lat: place.lat,
      lng: place.lng,
    },
  };
  return { ok: true as const, input, submission };
}

type Submission = Extract<ReturnType<typeof parseBusinessSubmission>, { ok: true }>["submission"];

/**
 * The 400 answer to a save the model refused: a taken address next to its field; a business changed
 * since the page was opened above the form, with the current version, so saving again is a choice.
 */
export function refusedSave(submission: Submission, result: Extract<SaveResult, { ok: false }>) {
  return result.field === "version"
    ? { reply: submission.reply({ formErrors: [result.message] }), version: result.version }
    : { reply: submission.reply({ fieldErrors: { [result.field]: [result.message] } }), version: null };
}

/**
 * What the public page would show for a checked submission (the form's Preview), with the
 * category names the page's script does not have. Its shape is ProfilePreviewData
 * (app/components/profile-preview.tsx).
 */
export function profilePreview(input: BusinessInput) {
  return {
    name: input.name,
    niche: input.niche,
    description: input.description ?? "",
    categories: [input.primaryCategory, ...input.secondaryCategories].map(categoryName),
    place: placeLabel(input.place),
    reach: input.servesRemotely ? "serves remotely" : input.radiusKm ? `within ${input.radiusKm} km` : "",
    capacity:
      input.capacity === "none"
        ? null
        : (CAPACITY_STATES.find((state) => state.value === input.capacity)?.label ?? null),
    offerings: input.offerings,
    targetCustomers: input.targetCustomers,
    customerProblems: input.customerProblems,
    partnershipKinds: input.partnershipKinds.map(
      (kind) => PARTNERSHIP_KINDS.find((entry) => entry.value === kind)?.label ?? kind,
    ),
    offersToPartners: input.offersToPartners ?? "",
    wantsFromPartners: input.wantsFromPartners ?? "",
  };
}

/** The form's starting values for an existing business. */
export function toFormDefaults(business: BusinessProfile): BusinessFormDefaults {
  return {
    name: business.name,
    slug: business.slug,
    niche: business.niche,
    description: business.description,
    website: business.website ?? "",
    contactEmail: business.contactEmail ?? "",
    contactPhone: business.contactPhone ?? "",
    contactVisibility: business.contactVisibility,
    primaryCategory: categoryName(business.primaryCategory),
    secondaryCategories: business.secondaryCategories.map(categoryName),
    offerings: formatTagText(business.offerings),
    targetCustomers: formatTagText(business.targetCustomers),
    customerProblems: formatTagText(business.customerProblems),
    place: [business.city, business.region, business.country].filter(Boolean).join(", "),
    radiusKm: business.radiusKm?.toString() ?? "",
    servesRemotely: business.servesRemotely ? "on" : undefined,
    partnershipKinds: business.partnershipKinds,
    offersToPartners: business.offersToPartners,
    wantsFromPartners: business.wantsFromPartners,
    horizon: business.horizon,
    capacity: business.capacity,
    teamSize: business.teamSize ?? "",
    yearFounded: business.yearFounded?.toString() ?? "",
  };
}
