import type { BusinessInput } from "#app/domain/business";
import { PARTNERSHIP_KINDS } from "#app/domain/business-schema";
import { slugify } from "#app/domain/slug";
import { getCategory, inferProfileTags } from "#app/domain/taxonomy";
import { demoBusinessName, FIRST_NAMES, SURNAMES, type DemoPerson } from "./demo-names";
import { pick, type Random } from "./random";

/**
 * Factories shared by the demo seed and the tests: deterministic for a given random source.
 */
export { pick, pickWeighted, seededRandom, type Random } from "./random";

export interface DemoCity {
  name: string;
  region: string;
  country: string;
  lat: number;
  lng: number;
}

export const DEMO_CITIES: DemoCity[] = [
  { name: "Portland", region: "OR", country: "US", lat: 45.5234, lng: -122.6762 },
  { name: "Austin", region: "TX", country: "US", lat: 30.2672, lng: -97.7431 },
  { name: "Denver", region: "CO", country: "US", lat: 39.7392, lng: -104.9847 },
  { name: "Toronto", region: "ON", country: "CA", lat: 43.7001, lng: -79.4163 },
  { name: "Bristol", region: "England", country: "GB", lat: 51.4552, lng: -2.5966 },
];

/**
 * The display name of the n-th demo account: first and family names cycle at different speeds.
 * A business named after a person ("Hartley Plumbing", "Maya's Pet Grooming") is owned by that
 * person: what the name gives is kept, the rest comes from the cycle.
 */
export function demoPersonName(n: number, person: DemoPerson = {}): string {
  const first = person.first ?? FIRST_NAMES[n % FIRST_NAMES.length];
  const last = person.last ?? SURNAMES[(n * 7 + 3) % SURNAMES.length];
  return `${first} ${last}`;
}

function singularName(name: string): string {
  return name.replace(/ies$/, "y").replace(/([^s])s$/, "$1");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A complete, valid business for a category in a city: what a thoughtful owner would fill in.
 * Its lists come from the taxonomy like an import's, but it stands for an owner-written profile,
 * so nothing is marked inferred (docs/decisions/019-inferred-profile-content.md).
 */
export function makeBusinessInput(
  random: Random,
  categorySlug: string,
  city: DemoCity,
  overrides: Partial<BusinessInput> = {},
): BusinessInput {
  const category = getCategory(categorySlug);
  if (!category) throw new Error(`Unknown category ${categorySlug}`);
  const tags = inferProfileTags([categorySlug]);
  const offerings = tags.offerings.filter((_, index) => index < 3 || random() < 0.7);
  const name = overrides.name ?? demoBusinessName(random, categorySlug, city);
  const slug = slugify(name);
  const [first = "", second] = offerings;
  const audience = tags.targetCustomers[0] ?? "local customers";
  const niche = `${capitalise(first)}${second ? ` and ${second}` : ""} for ${audience}`;
  const kinds = PARTNERSHIP_KINDS.map((kind) => kind.value).filter(() => random() < 0.35);
  const capacityRoll = random();
  const servesRemotely = random() < 0.08;
  return {
    name,
    niche: niche.slice(0, 140),
    description: `${name} is a ${singularName(category.name).toLowerCase()} in ${city.name}. We focus on ${offerings
      .slice(0, 3)
      .join(", ")}, and we work with ${tags.targetCustomers.slice(0, 2).join(" and ") || "local customers"}.`,
    website: `https://${slug}.example.com`,
    contactEmail: `hello@${slug}.example.com`,
    contactPhone: `+1 555 ${String(Math.floor(random() * 9000) + 1000)}`,
    contactVisibility: pick(random, ["public", "members", "members", "hidden"]),
    primaryCategory: categorySlug,
    secondaryCategories: [],
    offerings,
    targetCustomers: tags.targetCustomers,
    customerProblems: tags.customerProblems,
    inferredFields: [],
    place: {
      placeId: null,
      city: city.name,
      region: city.region,
      country: city.country,
      lat: Number((city.lat + (random() - 0.5) * 0.12).toFixed(5)),
      lng: Number((city.lng + (random() - 0.5) * 0.16).toFixed(5)),
    },
    servesRemotely,
    radiusKm: servesRemotely ? undefined : pick(random, [10, 15, 25, 25, 40, 60]),
    partnershipKinds: kinds.length ? kinds : ["referral-exchange"],
    offersToPartners: `Referrals of ${audience} who need what you do, and a 10% discount for your clients.`,
    wantsFromPartners: `Introductions to ${audience} who need ${first}.`,
    horizon: pick(random, ["either", "long-term", "one-off"]),
    capacity: capacityRoll < 0.15 ? "booked-out" : capacityRoll < 0.35 ? "spare-capacity" : "none",
    teamSize: pick(random, ["solo", "2-9", "2-9", "10-49"]),
    yearFounded: 1985 + Math.floor(random() * 40),
    ...overrides,
  };
}
