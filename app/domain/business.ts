/** A business profile as the app works with it (lists parsed from the database's JSON text). */
export interface BusinessProfile {
  id: string;
  ownerId: string;
  slug: string;
  name: string;
  niche: string;
  description: string;
  website: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  contactVisibility: string;
  primaryCategory: string;
  secondaryCategories: string[];
  offerings: string[];
  targetCustomers: string[];
  customerProblems: string[];
  inferredFields: string[];
  placeId: number | null;
  city: string;
  region: string;
  country: string;
  lat: number;
  lng: number;
  radiusKm: number | null;
  servesRemotely: boolean;
  partnershipKinds: string[];
  offersToPartners: string;
  wantsFromPartners: string;
  horizon: string;
  capacity: string;
  teamSize: string | null;
  yearFounded: number | null;
  status: "draft" | "published";
  /** false: imported, nobody runs it on Mutualist yet, so it cannot receive partnership requests. */
  claimed: boolean;
  /** Its logo's key for logoUrl() (app/domain/business-logo.ts); null: the initials badge instead. */
  logoKey: string | null;
  publishedAt: Date | null;
  externalRef: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A JSON list of strings as stored in a text column; anything else reads as empty. */
export function parseStringList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

/** What a create or edit writes: the validated form plus the resolved place. */
export interface BusinessInput {
  name: string;
  slug?: string;
  niche: string;
  description?: string;
  website?: string;
  contactEmail?: string;
  contactPhone?: string;
  contactVisibility: string;
  primaryCategory: string;
  secondaryCategories: string[];
  offerings: string[];
  targetCustomers: string[];
  customerProblems: string[];
  inferredFields?: string[];
  place: ResolvedPlace;
  servesRemotely: boolean;
  radiusKm?: number;
  partnershipKinds: string[];
  offersToPartners?: string;
  wantsFromPartners?: string;
  horizon: string;
  capacity: string;
  teamSize?: string;
  yearFounded?: number;
  externalRef?: string;
}

export interface ResolvedPlace {
  placeId: number | null;
  city: string;
  region: string;
  country: string;
  lat: number;
  lng: number;
}

export function placeLabel(business: Pick<BusinessProfile, "city" | "region" | "country">): string {
  return [business.city, business.region, business.country].filter(Boolean).join(", ");
}

/** Who may see the contact details, by the owner's choice. */
export function canSeeContact(visibility: string, viewer: { signedIn: boolean; isOwner: boolean }): boolean {
  if (viewer.isOwner) return true;
  if (visibility === "public") return true;
  if (visibility === "members") return viewer.signedIn;
  return false;
}
