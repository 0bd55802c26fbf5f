import type { BusinessInput } from "#app/domain/business";
import { PARTNERSHIP_KINDS } from "#app/domain/business-schema";
import { slugify } from "#app/domain/slug";
import { getCategory, inferProfileTags } from "#app/domain/taxonomy";

/**
 * Factories shared by the demo seed and the tests: deterministic for a given random source.
 */
export type Random = () => number;

/** mulberry32: a small seeded PRNG so the demo directory is the same on every machine. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: Random, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

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

const NAME_PREFIXES = [
  "Alder",
  "Bluebird",
  "Brightside",
  "Cedar",
  "Copper",
  "Cornerstone",
  "Evergreen",
  "Fern",
  "Foxglove",
  "Granite",
  "Harbor",
  "Hawthorn",
  "Heritage",
  "Juniper",
  "Keystone",
  "Lantern",
  "Larkspur",
  "Maple",
  "Meadow",
  "Northside",
  "Oak & Ivy",
  "Orchard",
  "Pine",
  "Redwood",
  "Ridgeline",
  "Riverbend",
  "Saltbox",
  "Sparrow",
  "Summit",
  "True North",
  "Willow",
  "Wren",
  "Acosta",
  "Bennett",
  "Chen",
  "Delgado",
  "Eriksen",
  "Farah",
  "Garcia",
  "Hughes",
  "Ibrahim",
  "Jensen",
  "Kowalski",
  "Lindqvist",
  "Morales",
  "Nakamura",
  "O'Neill",
  "Patel",
  "Quinn",
  "Rossi",
  "Santos",
];
const FIRST_NAMES = [
  "Ana",
  "Ben",
  "Chloe",
  "Dev",
  "Elena",
  "Felix",
  "Grace",
  "Hiro",
  "Isla",
  "Jamal",
  "Kate",
  "Leo",
  "Mina",
  "Noah",
  "Olivia",
  "Pablo",
  "Rosa",
  "Sam",
  "Tara",
  "Umar",
  "Vera",
  "Will",
  "Yara",
  "Zoe",
];
const LAST_NAMES = [
  "Abbott",
  "Baker",
  "Castro",
  "Dunn",
  "Ellis",
  "Fischer",
  "Grant",
  "Haddad",
  "Ito",
  "Jones",
  "Khan",
  "Lopez",
  "Murphy",
  "Nguyen",
  "Okafor",
  "Price",
  "Reyes",
  "Silva",
  "Turner",
  "Usman",
  "Vargas",
  "Wong",
  "Young",
];

/** The display name of the n-th demo account: first and last names cycle at different speeds. */
export function demoPersonName(n: number): string {
  return `${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[(n * 7 + 3) % LAST_NAMES.length]}`;
}

const NAME_SUFFIXES = ["", "", "", " Co.", " Studio", " & Sons", " Collective", " Group", " Works", " Partners"];

function singularName(name: string): string {
  return name.replace(/ies$/, "y").replace(/([^s])s$/, "$1");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function demoBusinessName(random: Random, categorySlug: string): string {
  const category = getCategory(categorySlug);
  const noun = category ? singularName(category.name) : "Services";
  return `${pick(random, NAME_PREFIXES)} ${noun}${pick(random, NAME_SUFFIXES)}`;
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
  const name = overrides.name ?? demoBusinessName(random, categorySlug);
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
