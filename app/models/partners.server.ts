import type { BusinessProfile } from "~/domain/business";
import {
  matchOptions,
  rankComplementary,
  rankOverflow,
  type MatchProfile,
  type Suggestion,
} from "~/domain/matching";
import { categoryName, complementaryCategories, getCategory } from "~/domain/taxonomy";
import { prisma } from "~/utils/db.server";
import { requireUserId } from "~/utils/session.server";
import { getBusinessById } from "./businesses.server";
import { categoryWeights } from "../../search/category-counts";
import { complementaryCandidates, overflowCandidates, type CandidateResult } from "../../search/partner-candidates";

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

async function marksOf(businessId: string) {
  const marks = await prisma.partnerMark.findMany({
    where: { businessId },
    select: { otherId: true, kind: true, other: { select: { primaryCategory: true } } },
  });
  return {
    hiddenIds: marks.filter((mark) => mark.kind === "not-a-fit").map((mark) => mark.otherId),
    notAFitCategories: new Set(marks.filter((mark) => mark.kind === "not-a-fit").map((mark) => mark.other.primaryCategory)),
    savedIds: new Set(marks.filter((mark) => mark.kind === "saved").map((mark) => mark.otherId)),
  };
}

export interface RankedPartner extends Suggestion {
  slug: string;
  name: string;
  niche: string;
  category: string;
  place: string;
  saved: boolean;
}

/** Cards for display, in the ranked order, from the candidates' index documents. */
function withCards(suggestions: Suggestion[], candidates: CandidateResult, savedIds: Set<string>): RankedPartner[] {
  const profiles = new Map(candidates.candidates.map((candidate) => [candidate.id, candidate]));
  return suggestions.flatMap((suggestion) => {
    const card = candidates.cards.get(suggestion.id);
    const profile = profiles.get(suggestion.id);
    if (!card || !profile) return [];
    return [{ ...suggestion, ...card, name: profile.name, category: categoryName(profile.primaryCategory), saved: savedIds.has(suggestion.id) }];
  });
}

/** Complementary partners for a business: ranked, explained, with records. */
export async function suggestComplementaryPartners(business: BusinessProfile, filters: SuggestionFilters = {}, limit = 10) {
  const self = toMatchProfile(business);
  // Meilisearch first: the owner's marks load while it works; hidden ones are dropped in the ranking.
  const [found, marks] = await Promise.all([
    complementaryCandidates({ self, excludeIds: [], radiusKm: filters.within, profession: filters.profession }),
    marksOf(business.id),
  ]);
  const ranked = rankComplementary(
    self,
    found.candidates,
    matchOptions({
      hiddenIds: new Set(marks.hiddenIds),
      notAFitCategories: marks.notAFitCategories,
      kind: filters.kind,
      maxDistanceKm: filters.within,
    }),
    limit,
  );
  return { partners: withCards(ranked, found, marks.savedIds), meiliMs: found.meiliMs, candidateCount: found.candidates.length };
}

/** Overflow partners: similar firms nearby whose capacity fits. */
export async function suggestOverflowPartners(business: BusinessProfile, filters: SuggestionFilters = {}, limit = 5) {
  const self = toMatchProfile(business);
  const [found, marks, weights] = await Promise.all([
    overflowCandidates({ self, excludeIds: [], radiusKm: filters.within }),
    marksOf(business.id),
    categoryWeights(),
  ]);
  const options = matchOptions({ hiddenIds: new Set(marks.hiddenIds), maxDistanceKm: filters.within, categoryWeights: weights });
  const ranked = rankOverflow(self, found.candidates, options, limit);
  return { partners: withCards(ranked, found, marks.savedIds), meiliMs: found.meiliMs, candidateCount: found.candidates.length };
}

export type SuggestionTab = "complementary" | "overflow";

/**
 * Suggestions for the signed-in owner of a business, for the partners page and its JSON twin.
 * The candidate queries go out as soon as the business is loaded and the session is checked while
 * Meilisearch works; nothing is returned unless the requester owns the business (login redirect,
 * 404 or 403 otherwise, as requireOwnedBusiness). An unpublished business gets no suggestions.
 */
export async function ownerSuggestions(request: Request, businessId: string, tab: SuggestionTab, filters: SuggestionFilters, limit = 10) {
  const business = await getBusinessById(businessId);
  const pending =
    business?.status === "published"
      ? tab === "overflow"
        ? suggestOverflowPartners(business, filters, limit)
        : suggestComplementaryPartners(business, filters, limit)
      : undefined;
  // Handled below; this only keeps a refused request from leaving an unhandled rejection.
  pending?.catch(() => undefined);
  const userId = await requireUserId(request);
  if (!business) throw new Response("No business with that id", { status: 404 });
  if (business.ownerId !== userId) throw new Response("Only the owner can see this business's partner suggestions", { status: 403 });
  return { business, suggestions: pending };
}

export async function markPartner(businessId: string, otherId: string, kind: PartnerMarkKind) {
  if (businessId === otherId) throw new Response("A business cannot partner with itself", { status: 400 });
  const other = await prisma.business.findUnique({ where: { id: otherId }, select: { id: true } });
  if (!other) throw new Response("No business with that id", { status: 404 });
  await prisma.partnerMark.upsert({
    where: { businessId_otherId: { businessId, otherId } },
    create: { businessId, otherId, kind },
    update: { kind },
  });
}

export async function unmarkPartner(businessId: string, otherId: string) {
  await prisma.partnerMark.deleteMany({ where: { businessId, otherId } });
}

export async function listMarkedPartners(businessId: string, kind: PartnerMarkKind) {
  const marks = await prisma.partnerMark.findMany({
    where: { businessId, kind },
    orderBy: { createdAt: "desc" },
    select: { other: { select: { id: true, slug: true, name: true, primaryCategory: true, city: true, status: true } } },
  });
  return marks.map((mark) => ({ ...mark.other, category: categoryName(mark.other.primaryCategory) }));
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
  const savedByProfession = new Map<string, string[]>();
  for (const partner of saved) {
    savedByProfession.set(partner.primaryCategory, [...(savedByProfession.get(partner.primaryCategory) ?? []), partner.name]);
  }
  return professions.map((profession) => ({
    ...profession,
    group: getCategory(profession.slug)?.group ?? "",
    partners: savedByProfession.get(profession.slug) ?? [],
  }));
}
