import type { SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { placeLabel, type BusinessInput, type BusinessProfile } from "#app/domain/business";
import { capacityLabel, partnershipKindLabel } from "#app/domain/business-options";
import {
  BusinessFormFields,
  businessFormSchema,
  placeQuestionMessage,
  type BusinessFormDefaults,
  type PlaceQuestion,
} from "#app/domain/business-schema";
import { formatTagText } from "#app/domain/tags";
import { categoryName, categorySlugOf } from "#app/domain/taxonomy";
import type { SaveResult } from "./businesses.server";
import { placeName } from "./directory-home-place.server";
import { choosePlace, foldText, getPlace, type Place, type PlaceChoice } from "./places.server";

/** The form's schema with the whole taxonomy behind its category fields (the browser has only the names). */
const BusinessFormSchema = businessFormSchema(categorySlugOf);
const parseForm = (formData: FormData) => parseWithZod(formData, { schema: BusinessFormSchema });

/**
 * The inputs' constraints (required, lengths, patterns), for the form's page: its script loads the
 * schema only once the page is interactive (decision 017), and the inputs need them at once.
 */
export const businessFormConstraint = () => FORM_CONSTRAINT;
const FORM_CONSTRAINT = getZodConstraint(BusinessFormSchema);

const UNKNOWN_PLACE = "We don't know that place: pick a town or city from the list";

/** Conform's reply to a business form post, with the question to ask when the place names several. */
export type BusinessFormReply = SubmissionResult<string[]> & { placeQuestion?: PlaceQuestion };

/**
 * Parses a business form post: the schema checks every field, and the server resolves the place
 * against the gazetteer, so a place it does not know, or one several towns share, is said with
 * the other fields' errors in one answer. Returns the input to save, or the reply (status 400).
 */
export function parseBusinessSubmission(formData: FormData) {
  const posted = withPlaceChoice(formData);
  const submission = parseForm(posted);
  const typed = placeText(submission);
  const chosen = typed === null ? undefined : choosePostedPlace(typed, posted.get("placeId"));
  if (submission.status === "success" && chosen && "place" in chosen) {
    const { place } = chosen;
    const input: BusinessInput = {
      ...submission.value,
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
  let reply: BusinessFormReply;
  if (chosen === null) reply = submission.reply({ fieldErrors: { place: [UNKNOWN_PLACE] } });
  else if (chosen && "choices" in chosen && typed !== null) {
    reply = {
      ...submission.reply({ fieldErrors: { place: [placeQuestionMessage(typed)] } }),
      placeQuestion: { typed, choices: choicesOf(chosen.choices), intent: String(posted.get("intent") ?? "") },
    };
  } else reply = submission.reply();
  return { ok: false as const, reply };
}

/** The place as the schema reads it, or null when the schema refused it (its own message stands). */
function placeText(submission: ReturnType<typeof parseForm>): string | null {
  if (submission.status === "success") return submission.value.place;
  if (submission.error?.place) return null;
  const place = BusinessFormFields.shape.place.safeParse(submission.payload.place);
  return place.success ? place.data : null;
}

/**
 * A place picked from the question's buttons: without JavaScript each one submits the form with
 * `placeChoice` (its id). The form reads as if its label had been typed, with its id beside it.
 */
function withPlaceChoice(formData: FormData): FormData {
  const picked = getPlace(Number(formData.get("placeChoice")));
  if (!picked) return formData;
  const posted = new FormData();
  for (const [name, value] of formData) {
    if (name !== "placeChoice" && name !== "place" && name !== "placeId") posted.append(name, value);
  }
  posted.set("place", picked.label);
  posted.set("placeId", String(picked.id));
  return posted;
}

/**
 * The place the form's hidden id names while the field still shows that place's label (two towns
 * can share one), else what the text names.
 */
function choosePostedPlace(typed: string, placeId: FormDataEntryValue | null): PlaceChoice {
  const known = getPlace(Number(placeId));
  if (known && foldText(known.label) === foldText(typed)) return { place: known };
  return choosePlace(typed);
}

/** The question's buttons: "Portland, Maine"; towns whose names are the same again say which. */
function choicesOf(places: Place[]): PlaceQuestion["choices"] {
  const names = places.map(placeName);
  return places.map((place, index) => {
    const twins = places.filter((_, other) => names[other] === names[index]);
    const population = twins.filter((twin) => twin.population === place.population).length === 1;
    const which =
      twins.length === 1
        ? ""
        : population && place.population
          ? ` (population ${place.population.toLocaleString("en-US")})`
          : ` (${place.lat.toFixed(2)}, ${place.lng.toFixed(2)})`;
    return { id: place.id, label: place.label, name: `${names[index]}${which}` };
  });
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
    capacity: capacityLabel(input.capacity),
    offerings: input.offerings,
    targetCustomers: input.targetCustomers,
    customerProblems: input.customerProblems,
    partnershipKinds: input.partnershipKinds.map(partnershipKindLabel),
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
    place: placeLabel(business),
    placeId: business.placeId?.toString(),
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
