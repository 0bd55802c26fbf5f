import type { BusinessProfile } from "#app/domain/business";
import { placeLabel } from "#app/domain/business";
import { CAPACITY_STATES, PARTNERSHIP_KINDS, TEAM_SIZES } from "#app/domain/business-schema";
import { inferredFieldsOf } from "#app/domain/inferred-fields";
import { categoryName } from "#app/domain/taxonomy";
import { getBusinessById } from "./businesses.server";
import { markPartner, savedByOwnerBusinesses, unmarkPartner } from "./partner-marks.server";
import { partnershipPanel } from "./partnership-views.server";

/** What a business's public profile (app/routes/b.$slug.tsx) reads and does. */

/** The profile as the page shows it; the contact details only when `showContact` (canSeeContact decided). */
export function publicProfile(business: BusinessProfile, showContact: boolean) {
  const hasContact = !!(business.contactEmail || business.contactPhone);
  return {
    id: business.id,
    name: business.name,
    niche: business.niche,
    description: business.description,
    status: business.status,
    claimed: business.claimed,
    logoKey: business.logoKey,
    website: business.website,
    contact: showContact && hasContact ? { email: business.contactEmail, phone: business.contactPhone } : null,
    // Only when there is something behind the log-in link.
    contactHiddenFromVisitors: !showContact && hasContact && business.contactVisibility === "members",
    categories: [business.primaryCategory, ...business.secondaryCategories].map(categoryName),
    offerings: business.offerings,
    targetCustomers: business.targetCustomers,
    customerProblems: business.customerProblems,
    /** Filled in from its category by an import, not confirmed by the business yet. */
    inferred: inferredFieldsOf(business.inferredFields),
    place: placeLabel(business),
    radiusKm: business.radiusKm,
    servesRemotely: business.servesRemotely,
    partnershipKinds: business.partnershipKinds.map(
      (kind) => PARTNERSHIP_KINDS.find((k) => k.value === kind)?.label ?? kind,
    ),
    offersToPartners: business.offersToPartners,
    wantsFromPartners: business.wantsFromPartners,
    capacity: business.capacity === "none" ? null : CAPACITY_STATES.find((c) => c.value === business.capacity)?.label,
    teamSize: TEAM_SIZES.find((t) => t.value === business.teamSize)?.label ?? null,
    yearFounded: business.yearFounded,
  };
}

/**
 * A signed-in visitor's published businesses, each with how it stands with this one (the
 * partnership panel) and whether it saved it to its shortlist.
 */
export async function viewerPanel(userId: string, business: { id: string; claimed: boolean }) {
  const [panel, saved] = await Promise.all([
    partnershipPanel(userId, business),
    savedByOwnerBusinesses(userId, business.id),
  ]);
  return { claimed: panel.claimed, mine: panel.mine.map((mine) => ({ ...mine, saved: saved.has(mine.id) })) };
}

/**
 * Saves `other` to the shortlist of the viewer's business `fromId`, or takes it off. A business that
 * is not the viewer's answers 404, as one that does not exist; their own business, 403.
 */
export async function saveFromProfile({
  userId,
  fromId,
  other,
  save,
}: {
  userId: string;
  fromId: string;
  other: { id: string; ownerId: string };
  save: boolean;
}) {
  const from = fromId ? await getBusinessById(fromId) : null;
  if (!from || from.ownerId !== userId) throw new Response("You have no business with that id.", { status: 404 });
  if (other.ownerId === userId) {
    throw new Response("This is your own business: save other businesses to its shortlist.", { status: 403 });
  }
  if (save) await markPartner(from.id, other.id, "saved");
  else await unmarkPartner(from.id, other.id);
}
