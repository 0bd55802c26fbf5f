import { businessRowData } from "#app/models/businesses.server";
import { resolvePlace } from "#app/models/places.server";
import { enqueueSearchSync } from "#app/models/search-outbox.server";
import { prisma } from "#app/utils/db.server";
import { hashPassword } from "#app/utils/password.server";
import { DEMO_CITIES } from "./factories";
import { DEMO_OWNER, DEMO_PARTNER, demoDirectoryPlan } from "./seed-demo-plan";
import { seedDemoLogos } from "./seed-demo-logos";
import { seedDemoPartnerships, type DemoFirm } from "./seed-demo-partnerships";

export { DEMO_BUSINESSES_PER_CITY, DEMO_OWNER, DEMO_PARTNER, demoFirmsPerCity } from "./seed-demo-plan";

/** Accounts that own the other demo businesses cannot sign in: this is not an argon2 hash. */
const DISABLED_PASSWORD = "!demo-account-no-sign-in";
const BASE_TIME = Date.UTC(2026, 10, 1);
const LOGO_SEED = 20261202;

/**
 * The demo directory: 430 published businesses in five cities (./seed-demo-plan.ts says which), a
 * fifth of them with a generated logo (./seed-demo-logos.ts), then the demo owner's and the demo
 * partner's requests, partnerships, referrals, messages and notifications
 * (./seed-demo-partnerships.ts). Deterministic, dated from `now`. Does nothing when the database
 * already has businesses.
 */
export async function seedDemoDirectory(now: Date = new Date()) {
  if ((await prisma.business.count()) > 0)
    return { businesses: 0, email: DEMO_OWNER.email, partnerEmail: DEMO_PARTNER.email };
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
  const plan = demoDirectoryPlan();
  const withLogo: { id: string; name: string; primaryCategory: string }[] = [];
  let created = 0;
  for (const [cityIndex, city] of DEMO_CITIES.entries()) {
    const place = resolvePlace(`${city.name}, ${city.region}, ${city.country}`);
    const rows = plan.filter((row) => row.cityIndex === cityIndex);
    await prisma.$transaction(async (tx) => {
      for (const row of rows) {
        const input = { ...row.input, place: { ...row.input.place, placeId: place?.id ?? null } };
        const ownerId =
          row.owner === "demo"
            ? demoOwner!.id
            : row.owner === "partner"
              ? demoPartner!.id
              : (
                  await tx.user.create({
                    data: {
                      email: `owner-${row.slug}@demo.mutualist.test`,
                      passwordHash: DISABLED_PASSWORD,
                      displayName: row.ownerName,
                      emailVerifiedAt: verifiedAt,
                      createdAt: verifiedAt,
                    },
                    select: { id: true },
                  })
                ).id;
        const business = await tx.business.create({
          data: {
            ...businessRowData(input),
            ownerId,
            slug: row.slug,
            status: "published",
            publishedAt: new Date(BASE_TIME - (cityIndex * rows.length + row.index) * 3_600_000),
          },
          select: { id: true },
        });
        await enqueueSearchSync(tx, [business.id]);
        if (row.logo) withLogo.push({ id: business.id, name: input.name, primaryCategory: input.primaryCategory });
        if (cityIndex === 0) {
          const { name, primaryCategory, website = null, wantsFromPartners = "" } = input;
          portland.push({
            id: business.id,
            ownerId,
            ownerName: row.ownerName,
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
  await seedDemoLogos(withLogo, LOGO_SEED);
  await prisma.$transaction((tx) =>
    seedDemoPartnerships(tx, portland, { owner: demoOwner!, partner: demoPartner! }, now),
  );
  return { businesses: created, email: DEMO_OWNER.email, partnerEmail: DEMO_PARTNER.email };
}
