import { CATEGORIES, substitutesOf } from "#app/domain/taxonomy";
import { businessRowData } from "#app/models/businesses.server";
import { resolvePlace } from "#app/models/places.server";
import { enqueueSearchSync } from "#app/models/search-outbox.server";
import { prisma } from "#app/utils/db.server";
import { hashPassword } from "#app/utils/password.server";
import { DEMO_CITIES, demoPersonName, makeBusinessInput, seededRandom } from "./factories";
import { seedDemoPartnerships, type DemoFirm } from "./seed-demo-partnerships";
import { slugify, nextFreeSlug } from "#app/domain/slug";

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
/** Accounts that own the other demo businesses cannot sign in: this is not an argon2 hash. */
const DISABLED_PASSWORD = "!demo-account-no-sign-in";
const PER_CITY = 70;
const SEED = 20261123;
const BASE_TIME = Date.UTC(2026, 10, 1);

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

/**
 * The demo directory: 430 published businesses in five cities, built from the taxonomy, all
 * wedding/event and real-estate professions in every city so matching has full circles to show,
 * and a second firm in the busiest trades for overflow. The demo owner owns the first three in
 * Portland, the demo partner the first Portland florist; then their requests, partnerships,
 * referrals, messages and notifications (./seed-demo-partnerships.ts). Deterministic, dated from
 * `now`. Does nothing when the database already has businesses.
 */
export async function seedDemoDirectory(now: Date = new Date()) {
  if ((await prisma.business.count()) > 0)
    return { businesses: 0, email: DEMO_OWNER.email, partnerEmail: DEMO_PARTNER.email };
  const random = seededRandom(SEED);
  const [demoOwner, demoPartner] = await Promise.all(
    [DEMO_OWNER, DEMO_PARTNER].map(async (account, index) => {
      const createdAt = new Date(now.getTime() - (430 - index * 40) * 86_400_000);
      return prisma.user.upsert({
        where: { email: account.email },
        create: {
          email: account.email,
          passwordHash: await hashPassword(account.password),
          displayName: account.displayName,
          emailVerifiedAt: new Date(createdAt.getTime() + 600_000),
          createdAt,
        },
        update: {},
        select: { id: true, displayName: true },
      });
    }),
  );
  const verifiedAt = new Date(now.getTime() - 400 * 86_400_000);
  const portland: DemoFirm[] = [];
  let partnerFirmAssigned = false;
  const core = CATEGORIES.filter((c) => c.group === "events-weddings" || c.group === "real-estate").map((c) => c.slug);
  const rest = CATEGORIES.filter((c) => !core.includes(c.slug)).map((c) => c.slug);
  const usedSlugs = new Set<string>();
  let created = 0;
  for (const [cityIndex, city] of DEMO_CITIES.entries()) {
    const place = resolvePlace(`${city.name}, ${city.region}, ${city.country}`);
    const shuffled = [...rest].sort(() => random() - 0.5);
    const categories = [...core, ...shuffled].slice(0, PER_CITY);
    // The second firms draw from their own sequence, so the first firms stay as they were.
    const extraRandom = seededRandom(SEED + 1000 + cityIndex);
    const inputs = [
      ...categories.map((categorySlug) => makeBusinessInput(random, categorySlug, city)),
      ...BUSY_TRADES.map((categorySlug, index) =>
        makeBusinessInput(extraRandom, categorySlug, city, {
          capacity: CAPACITIES[(index + cityIndex) % CAPACITIES.length],
          secondaryCategories: index % 2 === 0 ? [...substitutesOf(categorySlug)].slice(0, 1) : [],
        }),
      ),
    ];
    const rows = inputs.map((input, index) => {
      const slug = nextFreeSlug(slugify(input.name), (candidate) => usedSlugs.has(candidate));
      usedSlugs.add(slug);
      const ownedByDemo = cityIndex === 0 && index < 3;
      const ownedByPartner = cityIndex === 0 && !partnerFirmAssigned && input.primaryCategory === DEMO_PARTNER_TRADE;
      if (ownedByPartner) partnerFirmAssigned = true;
      return {
        input: { ...input, place: { ...input.place, placeId: place?.id ?? null } },
        slug,
        ownedByDemo,
        ownedByPartner,
      };
    });
    await prisma.$transaction(async (tx) => {
      for (const [index, row] of rows.entries()) {
        const ownerName = row.ownedByDemo
          ? demoOwner!.displayName
          : row.ownedByPartner
            ? demoPartner!.displayName
            : demoPersonName(cityIndex * rows.length + index);
        const ownerId = row.ownedByDemo
          ? demoOwner!.id
          : row.ownedByPartner
            ? demoPartner!.id
            : (
                await tx.user.create({
                  data: {
                    email: `owner-${row.slug}@demo.mutualist.test`,
                    passwordHash: DISABLED_PASSWORD,
                    displayName: ownerName,
                    emailVerifiedAt: verifiedAt,
                    createdAt: verifiedAt,
                  },
                  select: { id: true },
                })
              ).id;
        const business = await tx.business.create({
          data: {
            ...businessRowData(row.input),
            ownerId,
            slug: row.slug,
            status: "published",
            publishedAt: new Date(BASE_TIME - (cityIndex * rows.length + index) * 3_600_000),
          },
          select: { id: true },
        });
        await enqueueSearchSync(tx, [business.id]);
        if (cityIndex === 0) {
          const { name, primaryCategory, website = null, wantsFromPartners = "" } = row.input;
          portland.push({
            id: business.id,
            ownerId,
            ownerName,
            name,
            primaryCategory,
            country: city.country,
            website,
            wantsFromPartners,
          });
        }
        created++;
      }
    });
  }
  await prisma.$transaction((tx) =>
    seedDemoPartnerships(tx, portland, { owner: demoOwner!, partner: demoPartner! }, now),
  );
  return { businesses: created, email: DEMO_OWNER.email, partnerEmail: DEMO_PARTNER.email };
}
