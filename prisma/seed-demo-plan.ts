import type { BusinessInput } from "#app/domain/business";
import { nextFreeSlug, slugify } from "#app/domain/slug";
import { CATEGORIES, substitutesOf } from "#app/domain/taxonomy";
import { drawDemoName, type NamePattern } from "./demo-names";
import { DEMO_CITIES, demoPersonName, makeBusinessInput, seededRandom, type DemoCity } from "./factories";
import { drawDemoNiche, tidyDescription } from "./seed-demo-niches";

/**
 * What the demo directory holds, worked out without the database: every business's input, slug,
 * name pattern and owner. ./seed-demo.ts writes it; tests/unit/demo-names.test.ts reads it whole.
 */

export const DEMO_OWNER = {
  email: "demo@mutualist.test",
  password: "demo-password-2026",
  displayName: "Maeve O'Neill",
};
/** The second demo account: owns the Portland florist that partners the demo owner's wedding planner. */
export const DEMO_PARTNER = {
  email: "demo-partner@mutualist.test",
  password: "partner-password-2026",
  displayName: "Priya Shah",
};
/** The demo partner's trade: the first Portland firm of it is theirs (florists and planners share weddings). */
const DEMO_PARTNER_TRADE = "florist";
const PER_CITY = 70;
/** How many of the businesses (the demo accounts' own excepted) have a logo; the rest show initials. */
export const DEMO_LOGO_SHARE = 0.2;
const SEED = 20261123;

/**
 * Trades that get a second firm in every city (estate agents a third), as real cities have many:
 * the overflow tab then has same-trade firms nearby, in every capacity state, to show. Every other
 * one also lists a substitute trade (a DJ who also plays live, a house cleaner who also does offices).
 */
const BUSY_TRADES = [
  "wedding-photographer",
  "florist",
  "caterer",
  "dj",
  "event-venue",
  "cake-designer",
  "wedding-planner",
  "real-estate-agent",
  "real-estate-agent",
  "mortgage-broker",
  "home-inspector",
  "mover",
  "insurance-agent",
  "house-cleaner",
  "pest-control",
  "property-manager",
];
const CAPACITIES = ["spare-capacity", "booked-out", "none"] as const;

/** How many demo businesses each city has, and how many of them practise a trade (as primary). */
export const DEMO_BUSINESSES_PER_CITY = PER_CITY + BUSY_TRADES.length;
export function demoFirmsPerCity(categorySlug: string): number {
  return 1 + BUSY_TRADES.filter((slug) => slug === categorySlug).length;
}

export interface DemoPlanRow {
  city: DemoCity;
  cityIndex: number;
  /** Its place in the city's list: the demo owner's are the first three in Portland. */
  index: number;
  input: BusinessInput;
  slug: string;
  /** How its name was made ("surname", "pair"...). */
  pattern: NamePattern;
  owner: "demo" | "partner" | "other";
  ownerName: string;
  /** Whether it gets a generated logo (./seed-demo-logos.ts); the rest show the initials badge. */
  logo: boolean;
}

function personOf(displayName: string) {
  const [first = displayName, ...rest] = displayName.split(" ");
  return { first, last: rest.join(" ") || first };
}

/**
 * Trades added to the taxonomy after the demo directory was drawn. Shuffling them in would redraw
 * every city's sample (and every name after it), so the demo leaves them out; they are matched,
 * imported and searchable like any other trade.
 */
const ADDED_AFTER_THE_DEMO = new Set(["auto-upholstery", "general-practice-attorney"]);

/**
 * All wedding/event and real-estate professions in every city so matching has full circles to
 * show, then a shuffled sample of the other trades, then a second firm in the busiest trades for
 * overflow. The demo owner owns the first three in Portland, the demo partner the first Portland
 * florist; their business names may use their own names. No two businesses share a name, and a
 * niche repeats only once a trade's own lines are used up (./seed-demo-niches.ts).
 */
export function demoDirectoryPlan(): DemoPlanRow[] {
  const random = seededRandom(SEED);
  const core = CATEGORIES.filter((c) => c.group === "events-weddings" || c.group === "real-estate").map((c) => c.slug);
  const rest = CATEGORIES.filter((c) => !core.includes(c.slug) && !ADDED_AFTER_THE_DEMO.has(c.slug)).map((c) => c.slug);
  const usedSlugs = new Set<string>();
  const usedNames = new Set<string>();
  const plan: DemoPlanRow[] = [];
  // Logos and niches draw from their own sequences, so the names and profiles do not depend on them.
  const logoRandom = seededRandom(SEED + 2000);
  const nicheRandom = seededRandom(SEED + 3000);
  const usedNiches = new Set<string>();
  let partnerFirmAssigned = false;
  for (const [cityIndex, city] of DEMO_CITIES.entries()) {
    const shuffled = [...rest].sort(() => random() - 0.5);
    const categories = [...core, ...shuffled].slice(0, PER_CITY);
    // The second firms draw from their own sequence, so the first firms stay as they were.
    const extraRandom = seededRandom(SEED + 1000 + cityIndex);
    const cityNiches = new Set<string>();
    const drafts = [
      ...categories.map((categorySlug) => ({ categorySlug, random, overrides: {} })),
      ...BUSY_TRADES.map((categorySlug, index) => ({
        categorySlug,
        random: extraRandom,
        overrides: {
          capacity: CAPACITIES[(index + cityIndex) % CAPACITIES.length],
          secondaryCategories: index % 2 === 0 ? [...substitutesOf(categorySlug)].slice(0, 1) : [],
        },
      })),
    ];
    for (const [index, draft] of drafts.entries()) {
      const ownedByDemo = cityIndex === 0 && index < 3;
      const ownedByPartner = cityIndex === 0 && !partnerFirmAssigned && draft.categorySlug === DEMO_PARTNER_TRADE;
      if (ownedByPartner) partnerFirmAssigned = true;
      const account = ownedByDemo ? DEMO_OWNER : ownedByPartner ? DEMO_PARTNER : null;
      const drawn = drawDemoName(draft.random, draft.categorySlug, city, {
        taken: usedNames,
        owner: account ? personOf(account.displayName) : undefined,
      });
      usedNames.add(drawn.name);
      const niche = drawDemoNiche(nicheRandom, draft.categorySlug, {
        city: city.name,
        country: city.country,
        taken: usedNiches,
        takenHere: cityNiches,
      });
      usedNiches.add(niche);
      cityNiches.add(niche);
      const made = makeBusinessInput(draft.random, draft.categorySlug, city, {
        name: drawn.name,
        niche,
        ...draft.overrides,
      });
      const input = { ...made, description: tidyDescription(made.description ?? "", made.name) };
      const slug = nextFreeSlug(slugify(input.name), (candidate) => usedSlugs.has(candidate));
      usedSlugs.add(slug);
      plan.push({
        city,
        cityIndex,
        index,
        input,
        slug,
        pattern: drawn.pattern,
        owner: ownedByDemo ? "demo" : ownedByPartner ? "partner" : "other",
        ownerName: account?.displayName ?? demoPersonName(cityIndex * drafts.length + index, drawn.person),
        // Not the demo accounts' own: their owners add a logo themselves.
        logo: logoRandom() < DEMO_LOGO_SHARE && !account,
      });
    }
  }
  return plan;
}
