import { createHash } from "node:crypto";
import type { BusinessProfile } from "#app/domain/business";
import { categoryName, journeysOfCategories } from "#app/domain/taxonomy";
import { remoteReach, type TradeReach } from "#app/domain/trade-reach";

/** Raise when the document shape changes: start-up then rebuilds the index. */
export const DOCUMENT_VERSION = 5;

/**
 * What the index holds for one published business: ids and the fields needed to search, filter
 * and rank. Nothing private: no owner id, no contact details, no drafts.
 */
export interface BusinessSearchDocument {
  id: string;
  /**
   * The owner, one-way (`ownerKey(ownerId)`), for filtering only: suggestions leave out an owner's
   * own businesses with `ownerKey != …`. It groups the businesses of one account, and no query
   * retrieves it.
   */
  ownerKey: string;
  slug: string;
  name: string;
  niche: string;
  description: string;
  primaryCategory: string;
  categories: string[];
  categoryNames: string[];
  offerings: string[];
  targetCustomers: string[];
  customerProblems: string[];
  /** Taxonomy journeys of the business's categories. */
  journeys: string[];
  partnershipKinds: string[];
  offersToPartners: string;
  wantsFromPartners: string;
  capacity: string;
  city: string;
  region: string;
  country: string;
  _geo: { lat: number; lng: number };
  radiusKm: number | null;
  servesRemotely: boolean;
  /**
   * How far it can serve (app/domain/trade-reach.ts): "local" unless it serves remotely in a trade
   * whose work travels, so that suggestions never lift a magician across the country.
   */
  remoteReach: TradeReach;
  /** false: nobody runs the listing yet (an organiser's import), so it cannot receive requests. */
  claimed: boolean;
  /** Its logo (app/domain/business-logo.ts), or null for the initials badge. */
  logoKey: string | null;
  publishedAt: number;
}

/** The document for a business, or null when it must not be in the index. Pure. */
export function toSearchDocument(business: BusinessProfile): BusinessSearchDocument | null {
  if (business.status !== "published") return null;
  const categories = [business.primaryCategory, ...business.secondaryCategories];
  return {
    id: business.id,
    ownerKey: ownerKey(business.ownerId),
    slug: business.slug,
    name: business.name,
    niche: business.niche,
    description: business.description,
    primaryCategory: business.primaryCategory,
    categories,
    categoryNames: categories.map(categoryName),
    offerings: business.offerings,
    targetCustomers: business.targetCustomers,
    customerProblems: business.customerProblems,
    journeys: journeysOfCategories(categories),
    partnershipKinds: business.partnershipKinds,
    offersToPartners: business.offersToPartners,
    wantsFromPartners: business.wantsFromPartners,
    capacity: business.capacity,
    city: business.city,
    region: business.region,
    country: business.country,
    _geo: { lat: business.lat, lng: business.lng },
    radiusKm: business.radiusKm,
    servesRemotely: business.servesRemotely,
    remoteReach: remoteReach(business),
    claimed: business.claimed,
    logoKey: business.logoKey,
    publishedAt: (business.publishedAt ?? business.updatedAt).getTime(),
  };
}

/** The index's stand-in for an owner's user id: the same for all of an account's businesses, not the id itself. Pure. */
export function ownerKey(ownerId: string): string {
  return createHash("sha256").update(`mutualist-owner:${ownerId}`).digest("base64url").slice(0, 22);
}
