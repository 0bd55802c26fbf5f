import { CATEGORIES } from "~/domain/taxonomy";
import { businessRowData } from "~/models/businesses.server";
import { resolvePlace } from "~/models/places.server";
import { enqueueSearchSync } from "~/models/search-outbox.server";
import { prisma } from "~/utils/db.server";
import { hashPassword } from "~/utils/password.server";
import { DEMO_CITIES, makeBusinessInput, seededRandom } from "./factories";
import { slugify, nextFreeSlug } from "~/domain/slug";

export const DEMO_OWNER = { email: "demo@mutualist.test", password: "demo-password-2026" };
/** Accounts that own the other demo businesses cannot sign in: this is not an argon2 hash. */
const DISABLED_PASSWORD = "!demo-account-no-sign-in";
const PER_CITY = 70;
const SEED = 20261123;
const BASE_TIME = Date.UTC(2026, 10, 1);

/**
 * The demo directory: 350 published businesses in five cities, built from the taxonomy, all
 * wedding/event and real-estate professions in every city so matching has full circles to show.
 * The demo owner owns the first three in Portland. Deterministic.
 */
export async function seedDemoDirectory() {
  const random = seededRandom(SEED);
  const demoOwner = await prisma.user.upsert({
    where: { email: DEMO_OWNER.email },
    create: { email: DEMO_OWNER.email, passwordHash: await hashPassword(DEMO_OWNER.password) },
    update: {},
  });
  const core = CATEGORIES.filter((c) => c.group === "events-weddings" || c.group === "real-estate").map((c) => c.slug);
  const rest = CATEGORIES.filter((c) => !core.includes(c.slug)).map((c) => c.slug);
  const usedSlugs = new Set<string>();
  let created = 0;
  for (const [cityIndex, city] of DEMO_CITIES.entries()) {
    const place = resolvePlace(`${city.name}, ${city.region}, ${city.country}`);
    const shuffled = [...rest].sort(() => random() - 0.5);
    const categories = [...core, ...shuffled].slice(0, PER_CITY);
    const rows = categories.map((categorySlug, index) => {
      const input = makeBusinessInput(random, categorySlug, city);
      const slug = nextFreeSlug(slugify(input.name), (candidate) => usedSlugs.has(candidate));
      usedSlugs.add(slug);
      const ownedByDemo = cityIndex === 0 && index < 3;
      return { input: { ...input, place: { ...input.place, placeId: place?.id ?? null } }, slug, ownedByDemo };
    });
    await prisma.$transaction(async (tx) => {
      for (const [index, row] of rows.entries()) {
        const ownerId = row.ownedByDemo
          ? demoOwner.id
          : (
              await tx.user.create({
                data: { email: `owner-${row.slug}@demo.mutualist.test`, passwordHash: DISABLED_PASSWORD },
                select: { id: true },
              })
            ).id;
        const business = await tx.business.create({
          data: {
            ...businessRowData(row.input),
            ownerId,
            slug: row.slug,
            status: "published",
            publishedAt: new Date(BASE_TIME - (cityIndex * PER_CITY + index) * 3_600_000),
          },
          select: { id: true },
        });
        await enqueueSearchSync(tx, [business.id]);
        created++;
      }
    });
  }
  return { businesses: created, email: DEMO_OWNER.email };
}
