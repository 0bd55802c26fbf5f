/**
 * What the header's unread count costs: `npm run bench:notifications`.
 *
 * Fills a fresh, migrated SQLite file with 1,000 owners and 100,000 notifications (a skewed mix:
 * the busiest owner holds ~9,500, most a few dozen; most read all but their latest few, some
 * never read anything), then times over 1,000 runs each: the unread-count query the root loader
 * runs, the root loader itself (through Vite, as `npm run dev` loads it), and the loader's
 * session work alone (what it did before the bell). Prints EXPLAIN QUERY PLAN for the count.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Prisma } from "@prisma/client";
import { seededRandom } from "#prisma/factories";

const USERS = 1_000;
const NOTIFICATIONS = 100_000;
const RUNS = 1_000;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(label: string, run: (index: number) => Promise<unknown>) {
  for (let index = 0; index < 50; index += 1) await run(index); // warm-up
  const samples: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const started = performance.now();
    await run(index);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const line = `${label.padEnd(58)} p50 ${percentile(samples, 50).toFixed(3)} ms   p95 ${percentile(samples, 95).toFixed(3)} ms`;
  console.log(line);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const dir = mkdtempSync(path.join(os.tmpdir(), "mutualist-bench-notifications-"));
process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
process.env.SEARCH_WORKER = "false";
const { applyMigrations } = await import("#server/boot");
const { configureDatabase, prisma } = await import("#app/utils/db.server");
const { countUnreadNotifications } = await import("#app/models/notification-inbox.server");
const { createSession, getSession, renewSessionIfDue } = await import("#app/utils/session.server");
applyMigrations();
await configureDatabase();

try {
  const random = seededRandom(10);
  const started = performance.now();
  const userIds: string[] = [];
  for (let index = 0; index < USERS; index += 1) {
    const user = await prisma.user.create({
      data: { email: `bench-${index}@example.test`, passwordHash: "x" },
      select: { id: true },
    });
    userIds.push(user.id);
  }
  // Skewed: weight 1/rank^0.9, so the busiest owner has ~9,500 and the median a few dozen.
  const weights = userIds.map((_, rank) => 1 / (rank + 1) ** 0.9);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const counts = weights.map((weight) => Math.max(1, Math.round((weight / total) * NOTIFICATIONS)));
  const kinds = ["request-received", "message", "message", "message", "referral-received", "referral-updated", "nudge"];
  const now = Date.now();
  let written = 0;
  let unreadTotal = 0;
  let batch: Prisma.NotificationCreateManyInput[] = [];
  const flush = async () => {
    if (batch.length) await prisma.notification.createMany({ data: batch });
    batch = [];
  };
  for (const [index, userId] of userIds.entries()) {
    const count = counts[index]!;
    // 5% never read anything, 20% are all caught up, the rest have their latest 1-10 unread.
    const style = random();
    const unread = style < 0.05 ? count : style < 0.25 ? 0 : Math.min(count, 1 + Math.floor(random() * 10));
    unreadTotal += unread;
    for (let n = 0; n < count && written < NOTIFICATIONS; n += 1, written += 1) {
      const createdAt = new Date(now - (count - n) * 3_600_000);
      batch.push({
        userId,
        kind: kinds[Math.floor(random() * kinds.length)]!,
        title: `Update ${n} for owner ${index}`,
        body: "Shall we meet on Tuesday?",
        link: `/partnerships/p${n}`,
        createdAt,
        readAt: n >= count - unread ? null : new Date(createdAt.getTime() + 600_000),
      });
      if (batch.length === 5_000) await flush();
    }
  }
  await flush();
  await configureDatabase(); // ANALYZE with the rows in place, as at start-up
  const rows = await prisma.notification.count();
  console.log(
    `${USERS} owners, ${rows} notifications (${unreadTotal} unread; busiest owner ${counts[0]}, median ${counts[USERS / 2]}) written in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );

  const busiest = userIds[0]!;
  console.log("EXPLAIN QUERY PLAN (the bell's count):");
  const plan = await prisma.$queryRawUnsafe<{ detail: string }[]>(
    `EXPLAIN QUERY PLAN SELECT COUNT(*) AS "unread" FROM (SELECT 1 FROM "Notification" WHERE "userId" = ? AND "readAt" IS NULL LIMIT 100) AS "capped"`,
    busiest,
  );
  for (const step of plan) console.log(`  ${step.detail}`);
  console.log("");

  const pickUser = (index: number) => userIds[(index * 7919) % USERS]!;
  await time("unread count, random owner (1,000 runs)", (index) => countUnreadNotifications(pickUser(index)));
  await time("unread count, the busiest owner", () => countUnreadNotifications(busiest));
  await time("for comparison: Prisma count() without the cap", (index) =>
    prisma.notification.count({ where: { userId: pickUser(index), readAt: null } }),
  );

  // The root loader, as the dev server loads it.
  const sessions: string[] = [];
  for (let index = 0; index < 200; index += 1) sessions.push((await createSession(pickUser(index))).token);
  const request = (index: number) =>
    new Request("http://localhost/", { headers: { Cookie: `mutualist_session=${sessions[index % sessions.length]}` } });
  const { createServer } = await import("vite");
  const vite = await createServer({
    configFile: path.resolve("vite.config.ts"),
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: "custom",
    logLevel: "error",
  });
  try {
    const root = (await vite.ssrLoadModule("/app/root.tsx")) as {
      loader: (args: { request: Request; params: object; context: object }) => Promise<unknown>;
    };
    const withBell = await time("root loader (session + unread count)", (index) =>
      root.loader({ request: request(index), params: {}, context: {} }),
    );
    const without = await time("root loader's session work alone (before the bell)", async (index) => {
      const session = await getSession(request(index));
      if (session) await renewSessionIfDue(session);
    });
    await time("the same two steps outside Vite, with the count", async (index) => {
      const session = await getSession(request(index));
      if (session) await Promise.all([renewSessionIfDue(session), countUnreadNotifications(session.user.id)]);
    });
    console.log(
      `\nThe bell adds ${(withBell.p50 - without.p50).toFixed(3)} ms at p50 and ${(withBell.p95 - without.p95).toFixed(3)} ms at p95 to the root loader.`,
    );
  } finally {
    await vite.close();
  }
} finally {
  await prisma.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}
