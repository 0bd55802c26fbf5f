import { sendDueNudges } from "#app/models/referral-jobs.server";
import { prisma } from "#app/utils/db.server";
import { announceReady } from "./second-process";

/**
 * A second scheduler in its own process, for tests/integration/referrals.test.ts: against
 * DATABASE_URL it prints "ready", waits for "go" on stdin, runs sendDueNudges(NOW) once and prints
 * how many partnerships it nudged.
 */
await announceReady({ waitForGo: true });
const nudged = await sendDueNudges(new Date(process.env.NOW ?? Date.now()));
await prisma.$disconnect();
process.stdout.write(`nudged ${nudged.length}\n`);
