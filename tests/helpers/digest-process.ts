import { sendDueDigests } from "#app/models/notification-digest.server";
import { prisma } from "#app/utils/db.server";
import { announceReady } from "./second-process";

/**
 * A second scheduler in its own process, for tests/integration/notifications.test.ts: against
 * DATABASE_URL it prints "ready", waits for the test's go (so both processes start together),
 * runs sendDueDigests(DIGEST_NOW) and prints the result as JSON.
 */
await announceReady({ waitForGo: true });
const result = await sendDueDigests(new Date(process.env.DIGEST_NOW ?? ""));
await prisma.$disconnect();
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
