import { sendDueDigests } from "#app/models/notification-digest.server";
import { prisma } from "#app/utils/db.server";

/**
 * A second scheduler in its own process, for tests/integration/notifications.test.ts: against
 * DATABASE_URL it prints "ready", waits for a line on stdin (so both processes start together),
 * runs sendDueDigests(DIGEST_NOW) and prints the result as JSON.
 */
await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
process.stdout.write("ready\n");
await new Promise((resolve) => process.stdin.once("data", resolve));
const result = await sendDueDigests(new Date(process.env.DIGEST_NOW ?? ""));
await prisma.$disconnect();
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
