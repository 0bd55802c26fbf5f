import type { BusinessProfile } from "#app/domain/business";
import {
  matchOptions,
  rankComplementary,
  rankOverflow,
  type MatchProfile,
  type Suggestion,
} from "#app/domain/matching";
import { categoryName, complementaryCategories, getCategory } from "#app/domain/taxonomy";
import { prisma } from "#app/utils/db.server";
import { readSessionToken, requireUserId } from "#app/utils/session.server";
import { getBusinessById } from "./businesses.server";
import { categoryWeights } from "#search/category-counts";
import { complementaryCandidates, overflowCandidates, type CandidateResult } from "#search/partner-candidates";

export type PartnerMarkKind = "saved" | "not-a-fit";

export function toMatchProfile(business: BusinessProfile): MatchProfile {
  return {
    id: business.id,
    name: business.name,
    primaryCategory: business.primaryCategory,
    categories: [business.primaryCategory, ...business.secondaryCategories],
    offerings: business.offerings,
    targetCustomers: business.targetCustomers,
    customerProblems: business.customerProblems,
    partnershipKinds: business.partnershipKinds,
    offersToPartners: business.offersToPartners,
    wantsFromPartners: business.wantsFromPartners,
    capacity: business.capacity,
    lat: business.lat,
    lng: business.lng,
    radiusKm: business.radiusKm,
    servesRemotely: business.servesRemotely,
  };
}

export interface SuggestionFilters {
  kind?: string;
  /** km */
  within?: number;
  profession?: string;
}

/** The owner's marks on other businesses, newest first, in the shapes ranking and the page need. */
export async function marksOf(businessId: string) {
  const marks = await prisma.partnerMark.findMany({
    where: { businessId },
    orderBy: { createdAt: "desc" },
    select: { kind: true, other: { select: MARKED_PARTNER_FIELDS } },
  });
  const notAFit = marks.filter((mark) => mark.kind === "not-a-fit").map((mark) => mark.other);
  return {
    hidden: notAFit.filter(isListed).map(toMarkedPartner),
    hiddenIds: new Set(notAFit.map((other) => other.id)),
    notAFitCategories: new Set(notAFit.map((other) => other.primaryCategory)),
    savedIds: new Set(marks.filter((mark) => mark.kind === "saved").map((mark) => mark.other.id)),
  };
}

export type PartnerMarks = Awaited<ReturnType<typeof marksOf>>;

export interface RankedPartner extends Suggestion {
  slug: string;
  name: string;
  niche: string;
  category: string;
  place: string;
  saved: boolean;
}

/** Cards for display, in the ranked order, from the candidates' index documents. */
function withCards(
  suggestions: Suggestion[],
  candidates: CandidateResult,
  savedIds: ReadonlySet<string>,
): RankedPartner[] {
  return suggestions.flatMap((suggestion) => {
    const card = candidates.cards.get(suggestion.id);
    return card ? [{ ...suggestion, ...card, saved: savedIds.has(suggestion.id) }] : [];
  });
}

/**
 * Complementary partners for a business: ranked, explained, with cards. `marks` may be already
 * loading (the page shows them too); Meilisearch works while they load.
 */
export async function suggestComplementaryPartners(
  business: BusinessProfile,
  filters: SuggestionFilters = {},
  limit = 10,
  marks?: Promise<PartnerMarks>,
) {
  const self = toMatchProfile(business);
  const pending = complementaryCandidates({
    self,
    excludeIds: [],
    radiusKm: filters.within,
    profession: filters.profession,
  });
  const [found, marked] = await Promise.all([pending, marks ?? marksOf(business.id)]);
  const ranked = rankComplementary(
    self,
    found.candidates,
    matchOptions({
      hiddenIds: marked.hiddenIds,
      notAFitCategories: marked.notAFitCategories,
      kind: filters.kind,
      maxDistanceKm: filters.within,
    }),
    limit,
  );
  return {
    partners: withCards(ranked, found, marked.savedIds),
    meiliMs: found.meiliMs,
    candidateCount: found.candidates.length,
  };
}

/** Overflow partners: similar firms nearby whose capacity fits. */
export async function suggestOverflowPartners(
  business: BusinessProfile,
  filters: SuggestionFilters = {},
  limit = 5,
  marks?: Promise<PartnerMarks>,
) {
  const self = toMatchProfile(business);
  const pending = overflowCandidates({ self, excludeIds: [], radiusKm: filters.within });
  const [found, marked, weights] = await Promise.all([pending, marks ?? marksOf(business.id), categoryWeights()]);
  const options = matchOptions({
    hiddenIds: marked.hiddenIds,
    maxDistanceKm: filters.within,
    categoryWeights: weights,
  });
  const ranked = rankOverflow(self, found.candidates, options, limit);
  return {
    partners: withCards(ranked, found, marked.savedIds),
    meiliMs: found.meiliMs,
    candidateCount: found.candidates.length,
  };
}

export type SuggestionTab = "complementary" | "overflow";

/**
 * Suggestions for the signed-in owner of a business, for the partners page and its JSON twin.
 * The candidate queries go out as soon as the business is loaded and the session is checked while
 * Meilisearch works; nothing is returned unless the requester owns the business (login redirect,
 * 404 or 403 otherwise, as requireOwnedBusiness). An unpublished business gets no suggestions.
 * `suggestions` never rejects: with search down it says `unavailable` (and logs why).
 */
export async function ownerSuggestions(
  request: Request,
  businessId: string,
  tab: SuggestionTab,
  filters: SuggestionFilters,
  limit = 10,
) {
  // No session cookie at all: to the login page before any search work is started.
  if (!readSessionToken(request)) await requireUserId(request);
  const business = await getBusinessById(businessId);
  // One read of the owner's marks serves the ranking and the page's "hidden" list.
  const marks = business ? marksOf(business.id) : undefined;
  const suggest = tab === "overflow" ? suggestOverflowPartners : suggestComplementaryPartners;
  const pending =
    business?.status === "published" ? suggest(business, filters, limit, marks) : Promise.resolve(undefined);
  const suggestions = pending.then(
    (result) => ({ partners: result?.partners ?? [], meiliMs: result?.meiliMs ?? 0, unavailable: false }),
    (error: unknown) => {
      console.warn("partner suggestions unavailable:", error instanceof Error ? error.message : error);
      return { partners: [] as RankedPartner[], meiliMs: 0, unavailable: true };
    },
  );
  // Handled by the caller; this only keeps a refused request from leaving an unhandled rejection.
  marks?.catch(() => undefined);
  const userId = await requireUserId(request);
  if (!business || !marks) throw new Response("No business with that id", { status: 404 });
  if (business.ownerId !== userId)
    throw new Response("Only the owner can see this business's partner suggestions", { status: 403 });
  return { business, suggestions, marks };
}

export async function markPartner(businessId: string, otherId: string, kind: PartnerMarkKind) {
  if (businessId === otherId) throw new Response("A business cannot partner with itself", { status: 400 });
  const other = await prisma.business.findUnique({ where: { id: otherId }, select: { id: true, status: true } });
  // A draft is not in the directory: nobody can have been shown it.
  if (!other || other.status !== "published") throw new Response("No business with that id", { status: 404 });
  await prisma.partnerMark.upsert({
    where: { businessId_otherId: { businessId, otherId } },
    create: { businessId, otherId, kind },
    update: { kind },
  });
}

export async function unmarkPartner(businessId: string, otherId: string) {
  await prisma.partnerMark.deleteMany({ where: { businessId, otherId } });
}

const MARKED_PARTNER_FIELDS = {
  id: true,
  slug: true,
  name: true,
  primaryCategory: true,
  city: true,
  status: true,
} as const;

/** Marked businesses are shown only while published: one unpublished since (perhaps renamed) stays private. */
function isListed(other: { status: string }): boolean {
  return other.status === "published";
}

function toMarkedPartner(other: {
  id: string;
  slug: string;
  name: string;
  primaryCategory: string;
  city: string;
  status: string;
}) {
  return { ...other, category: categoryName(other.primaryCategory) };
}

export async function listMarkedPartners(businessId: string, kind: PartnerMarkKind) {
  const marks = await prisma.partnerMark.findMany({
    where: { businessId, kind },
    orderBy: { createdAt: "desc" },
    select: { other: { select: MARKED_PARTNER_FIELDS } },
  });
  return marks
    .map((mark) => mark.other)
    .filter(isListed)
    .map(toMarkedPartner);
}

/** Professions that usually serve the same customer problems and do not compete (taxonomy only). */
export function complementaryProfessions(categories: readonly string[], limit = 12): { slug: string; name: string }[] {
  return complementaryCategories(categories)
    .slice(0, limit)
    .map((entry) => ({ slug: entry.slug, name: categoryName(entry.slug) }));
}

/**
 * "Your circle": the professions around my customer problems, which I already cover with saved
 * partners, and which are missing.
 */
export async function getCircle(business: BusinessProfile) {
  const professions = complementaryProfessions([business.primaryCategory, ...business.secondaryCategories], 16);
  const saved = await listMarkedPartners(business.id, "saved");
  const inCircle = new Set(professions.map((profession) => profession.slug));
  return {
    professions: professions.map((profession) => ({
      ...profession,
      group: getCategory(profession.slug)?.group ?? "",
      partners: saved
        .filter((partner) => partner.primaryCategory === profession.slug)
        .map(({ id, slug, name }) => ({ id, slug, name })),
    })),
    /** Saved partners of other professions (overflow partners, less usual pairings): listed apart. */
    otherSaved: saved.filter((partner) => !inCircle.has(partner.primaryCategory)),
  };
}
