import type { BusinessProfile } from "#app/domain/business";
import type { PartnerStrength } from "#app/domain/contact-spheres";
import { partnerTradesFor } from "#app/domain/matching";
import { categoryName, getCategory } from "#app/domain/taxonomy";
import { Prisma } from "@prisma/client";
import { prisma } from "#app/utils/db.server";
import { acceptedPartnersOf, pairStateKey, pairStates, unclaimedAmong } from "./partnership-views.server";

/** An owner's marks on other businesses (saved to the circle, or not a fit), and the circle they make. */
export type PartnerMarkKind = "saved" | "not-a-fit";

/** The owner's marks on other businesses, newest first, in the shapes ranking and the page need. */
export async function marksOf(businessId: string) {
  // Raw: the suggestion routes read it on every request (decision 011). Portable SQL.
  const rows = await prisma.$queryRaw<(MarkedRow & { kind: string })[]>(Prisma.sql`
    SELECT m."kind", b."id", b."slug", b."name", b."primaryCategory", b."city", b."status"
    FROM "PartnerMark" m JOIN "Business" b ON b."id" = m."otherId"
    WHERE m."businessId" = ${businessId}
    ORDER BY m."createdAt" DESC, m."otherId"`);
  const marks = rows.map(({ kind, ...other }) => ({ kind, other }));
  const notAFit = marks.filter((mark) => mark.kind === "not-a-fit").map((mark) => mark.other);
  return {
    hidden: notAFit.filter(isListed).map(toMarkedPartner),
    hiddenIds: new Set(notAFit.map((other) => other.id)),
    notAFitCategories: new Set(notAFit.map((other) => other.primaryCategory)),
    savedIds: new Set(marks.filter((mark) => mark.kind === "saved").map((mark) => mark.other.id)),
  };
}

export type PartnerMarks = Awaited<ReturnType<typeof marksOf>>;

export async function markPartner(businessId: string, otherId: string, kind: PartnerMarkKind) {
  if (businessId === otherId) throw new Response("A business cannot be its own partner.", { status: 400 });
  const other = await prisma.business.findUnique({ where: { id: otherId }, select: { id: true, status: true } });
  // A draft is not in the directory: nobody can have been shown it.
  if (!other || other.status !== "published")
    throw new Response("That business is not in the directory any more.", { status: 404 });
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

type MarkedRow = { id: string; slug: string; name: string; primaryCategory: string; city: string; status: string };

function toMarkedPartner(other: MarkedRow) {
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

/**
 * The professions a business's partners come from, strongest first (the contact spheres, then
 * trades that only share its customer problems; app/domain/matching.ts partnerTradesFor).
 */
export function complementaryProfessions(
  categories: readonly string[],
  limit = 12,
): { slug: string; name: string; strength: PartnerStrength | null }[] {
  return partnerTradesFor(categories)
    .slice(0, limit)
    .map((entry) => ({ slug: entry.slug, name: categoryName(entry.slug), strength: entry.strength }));
}

/**
 * "Your circle": my trade's referral partners from the contact spheres, strongest first, which I cover with an accepted
 * partnership, and which are missing. Saved businesses are a shortlist, shown apart with how I
 * stand with each (decision 024): a bookmark is not a partner.
 */
export async function getCircle(business: BusinessProfile) {
  const professions = complementaryProfessions([business.primaryCategory, ...business.secondaryCategories], 16);
  const [saved, partners] = await Promise.all([
    listMarkedPartners(business.id, "saved"),
    acceptedPartnersOf(business.id),
  ]);
  const savedIds = saved.map((partner) => partner.id);
  const [states, unclaimed] = await Promise.all([pairStates([business.id], savedIds), unclaimedAmong(savedIds)]);
  const inCircle = new Set(professions.map((profession) => profession.slug));
  return {
    professions: professions.map((profession) => ({
      ...profession,
      group: getCategory(profession.slug)?.group ?? "",
      partners: partners
        .filter((partner) => partner.primaryCategory === profession.slug)
        .map(({ id, slug, name, partnershipId }) => ({ id, slug, name, partnershipId })),
      shortlisted: saved
        .filter((partner) => partner.primaryCategory === profession.slug)
        .map(({ id, slug, name }) => ({ id, slug, name })),
    })),
    /** Partners in professions outside the circle (overflow partners, less usual pairings). */
    otherPartners: partners
      .filter((partner) => !inCircle.has(partner.primaryCategory))
      .map((partner) => ({ ...partner, category: categoryName(partner.primaryCategory) })),
    /** Every saved business, with how this business stands with it. */
    shortlist: saved.map((partner) => ({
      ...partner,
      claimed: !unclaimed.has(partner.id),
      pairState: states.get(pairStateKey(business.id, partner.id)) ?? null,
    })),
  };
}

/** Which of `ownerId`'s businesses have saved `otherId` to their shortlist (a profile's Save / Saved). */
export async function savedByOwnerBusinesses(ownerId: string, otherId: string): Promise<Set<string>> {
  const marks = await prisma.partnerMark.findMany({
    where: { otherId, kind: "saved", business: { ownerId } },
    select: { businessId: true },
  });
  return new Set(marks.map((mark) => mark.businessId));
}
