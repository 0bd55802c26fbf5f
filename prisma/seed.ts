import { prisma } from "#app/utils/db.server";
import { DEMO_OWNER, DEMO_PARTNER, seedDemoDirectory } from "./seed-demo";

/** `npm run db:seed`: seeds the demo directory into an empty database. */
if ((await prisma.business.count()) > 0) {
  console.log("The database already has businesses; nothing seeded.");
} else {
  const result = await seedDemoDirectory();
  console.log(
    `Seeded ${result.businesses} businesses. Demo owner: ${DEMO_OWNER.email} / ${DEMO_OWNER.password}; ` +
      `demo partner: ${DEMO_PARTNER.email} / ${DEMO_PARTNER.password}`,
  );
}
await prisma.$disconnect();
