import { runPairLearning } from "#app/models/pair-learning.server";
import { prisma } from "#app/utils/db.server";
import { announceReady } from "./second-process";

/**
 * A second app process for tests/integration/pair-learning.test.ts: against DATABASE_URL it prints
 * "ready", waits for the test's go (so both processes start together), runs the scheduled
 * pair-learning job at LEARNING_NOW and prints the result as JSON.
 */
await announceReady({ waitForGo: true });
const result = await runPairLearning(new Date(process.env.LEARNING_NOW ?? ""));
await prisma.$disconnect();
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
