import type { BusinessProfile } from "#app/domain/business";
import { canSeeContact, placeLabel } from "#app/domain/business";
import { capacityLabel, partnershipKindLabel, teamSizeLabel } from "#app/domain/business-options";
import { inferredFieldsOf } from "#app/domain/inferred-fields";
import { absoluteUrl } from "#app/domain/mail-compose";
import { SLUG_PATTERN } from "#app/domain/slug";
import { categoryName } from "#app/domain/taxonomy";
import { getEnv } from "#app/utils/env.server";
import { safeRedirect } from "#app/utils/session.server";
import { getBusinessById, getBusinessBySlug } from "./businesses.server";
import { complementaryProfessions, markPartner, savedByOwnerBusinesses, unmarkPartner } from "./partner-marks.server";
import { partnershipPanel } from "./partnership-views.server";

/** What a business's public profile (app/routes/b.$slug.tsx) reads and does. */

/** How the owner can look at their own page (?view=): as a visitor who is not signed in, or as a signed-in member. */
const PREVIEWS = ["visitor", "member"] as const;

const NOT_FOUND = "No published business at this address.";

/**
 * Everything the profile page shows, for this viewer. A draft is seen only by its owner (404 for
 * anyone else, as an address that does not exist). The owner can see the page as others do
 * (`view`: "visitor" | "member"): the same rules, for that viewer.
 */
export async function profilePage({
  slug,
  user,
  view,
}: {
  slug: string;
  user: { id: string } | null;
  view: string | null;
}) {
  const business = await getBusinessBySlug(slug);
  const isOwner = !!business && business.ownerId === user?.id;
  if (!business || (business.status !== "published" && !isOwner)) throw new Response(NOT_FOUND, { status: 404 });
  const preview = isOwner ? (PREVIEWS.find((name) => name === view) ?? null) : null;
  const viewer = preview ? { signedIn: preview === "member", isOwner: false } : { signedIn: !!user, isOwner };
  const published = business.status === "published";
  // How the viewer's published businesses stand with this one: the controls to propose, save or block.
  const panel =
    !viewer.signedIn || viewer.isOwner || !published
      ? null
      : preview
        ? previewPanel(business.claimed)
        : await viewerPanel(user!.id, business);
  return {
    url: profileUrl(business.slug),
    isOwner: viewer.isOwner,
    preview,
    signedIn: viewer.signedIn,
    partnership: panel?.mine.length ? panel : null,
    // A signed-in member with no published business: the page invites them to publish one first.
    needsBusiness: panel?.mine.length === 0,
    oftenPartnersWith: complementaryProfessions([business.primaryCategory, ...business.secondaryCategories], 8),
    business: publicProfile(business, canSeeContact(business.contactVisibility, viewer)),
  };
}

/** A member's business with nothing between it and this one: what the owner's "as a member" preview shows. */
function previewPanel(claimed: boolean) {
  return { claimed, mine: [{ id: "preview", name: "Their business", state: null, saved: false }] };
}

/** The profile's public address, on the site's own address (APP_URL), whatever host the request came to. */
export function profileUrl(slug: string): string {
  return absoluteUrl(getEnv().APP_URL, `/b/${slug}`);
}

/**
 * A `returnTo` that leads back to a profile (/b/<slug>) after publishing a business, or null. Only
 * a local path (safeRedirect) of exactly that shape: nothing else rides along through the form.
 */
export function profileReturnPath(value: FormDataEntryValue | string | null | undefined): string | null {
  const path = safeRedirect(value, "");
  const slug = /^\/b\/([^/?#]+)$/.exec(path)?.[1];
  return slug && SLUG_PATTERN.test(slug) ? path : null;
}

/** The published profile a valid `returnTo` leads back to (its path, name, and whether it takes requests), or null. */
export async function profileToReturnTo(value: string | null) {
  const path = profileReturnPath(value);
  const business = path ? await getBusinessBySlug(path.slice("/b/".length)) : null;
  if (!path || !business || business.status !== "published") return null;
  return { path, name: business.name, claimed: business.claimed };
}

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
    partnershipKinds: business.partnershipKinds.map(partnershipKindLabel),
    offersToPartners: business.offersToPartners,
    wantsFromPartners: business.wantsFromPartners,
    capacity: capacityLabel(business.capacity),
    teamSize: teamSizeLabel(business.teamSize),
    yearFounded: business.yearFounded,
  };
}

/**
 * A signed-in visitor's published businesses, each with how it stands with this one (the
 * partnership panel) and whether it saved it to its shortlist.
 */
async function viewerPanel(userId: string, business: { id: string; claimed: boolean }) {
  const [panel, saved] = await Promise.all([
    partnershipPanel(userId, business),
    savedByOwnerBusinesses(userId, business.id),
  ]);
  return { claimed: panel.claimed, mine: panel.mine.map((mine) => ({ ...mine, saved: saved.has(mine.id) })) };
}

/**
 * Saves the published business at `slug` to the shortlist of the viewer's business `fromId`, or
 * takes it off. A draft, or a business that is not the viewer's, answers 404, as one that does not
 * exist; their own business, 403.
 */
export async function saveFromProfile({
  userId,
  slug,
  fromId,
  save,
}: {
  userId: string;
  slug: string;
  fromId: string;
  save: boolean;
}) {
  const other = await getBusinessBySlug(slug);
  // A draft is not in the directory: nobody but its owner can have seen it, so nobody can save it.
  if (!other || other.status !== "published") throw new Response(NOT_FOUND, { status: 404 });
  const from = fromId ? await getBusinessById(fromId) : null;
  if (!from || from.ownerId !== userId) throw new Response("You have no business with that id.", { status: 404 });
  if (other.ownerId === userId) {
    throw new Response("This is your own business: save other businesses to its shortlist.", { status: 403 });
  }
  if (save) await markPartner(from.id, other.id, "saved");
  else await unmarkPartner(from.id, other.id);
}
