import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { priorStrength, tradePairKey } from "#app/domain/contact-spheres";
import {
  DEFAULT_PAIR_LEARNING,
  learnPairStrengths,
  partnershipOutcomes,
  type PairEvidence,
  type PairLearningOptions,
  type PairOutcome,
  type PairSide,
} from "#app/domain/pair-learning";
import { prisma } from "#app/utils/db.server";
import { errorMessage } from "#app/utils/polling-loop.server";
import { isUniqueViolation } from "./users.server";

/**
 * Learning from what partners do (docs/decisions/030). An hourly recompute reads the directory's
 * partnerships, won referrals and "not a fit" marks, blends them with the contact spheres' prior
 * (app/domain/pair-learning.ts) and rewrites the TradePairStrength table, so every app process
 * serves the same result. One process at a time runs it: it claims the JobLease row with a
 * conditional update and writes its result only while it still holds that lease. The ranking
 * reads `learnedStrengths()`: a map held in memory, checked against the table once a minute.
 */
export const PAIR_LEARNING_JOB = "pair-learning";
/** How often the directory is aggregated again. */
export const PAIR_LEARNING_INTERVAL_MS = 60 * 60 * 1000;
/** A run that has not finished by then is taken to have crashed; another process may run it. */
export const PAIR_LEARNING_LEASE_MS = 10 * 60 * 1000;
/** How old the in-memory copy may get before a request triggers a check against the table. */
export const LEARNED_STRENGTHS_TTL_MS = 60 * 1000;

const READ_BATCH = 1_000;
/** Writing some thousands of rows takes well under a second; the default 5 s would be tight on a busy machine. */
/** Rows per INSERT: 7 parameters each, well under SQLite's and PostgreSQL's limits. */
const WRITE_BATCH = 500;
const WRITE_TRANSACTION = { maxWait: 10_000, timeout: 30_000 };

export interface PairLearningRun {
  /** false: not due, or another process holds the lease. */
  ran: boolean;
  /** Trade pairs with a learned strength after the run. */
  pairs?: number;
  /** Evidence rows read. */
  evidence?: number;
}

/**
 * The scheduled job: the recompute when it is due (an hour after the last one finished) and this
 * process wins the lease; in any case this process's copy is brought up to date. `force` runs it
 * now whatever the time since the last run (tests, an operator), still under the lease.
 */
export async function runPairLearning(
  now = new Date(),
  options: { force?: boolean; learning?: Partial<PairLearningOptions> } = {},
): Promise<PairLearningRun> {
  const token = await claimLease(now, options.force ?? false);
  if (!token) {
    await refreshLearnedStrengths();
    return { ran: false };
  }
  try {
    const evidence = await readEvidence(now, { ...DEFAULT_PAIR_LEARNING, ...options.learning });
    const learned = learnPairStrengths(evidence, tradePairKey, priorStrength, {
      ...DEFAULT_PAIR_LEARNING,
      ...options.learning,
    });
    await prisma.$transaction(async (tx) => {
      // First the lease (SQLite takes its write lock here, PostgreSQL a row lock): a process
      // whose lease ran out and was taken over writes nothing.
      const released = await tx.jobLease.updateMany({
        where: { name: PAIR_LEARNING_JOB, claimedBy: token },
        data: { claimedBy: null, claimedUntil: null, lastFinishedAt: now },
      });
      if (released.count !== 1) throw new Error("pair learning: the lease ran out before the result was written");
      await tx.tradePairStrength.deleteMany({});
      // A multi-row INSERT (portable SQL, placeholders written by Prisma for the database in use):
      // createMany took 0.9–1.4 s for 3,605 rows here, holding the write lock; this takes 0.1–0.3 s.
      for (let start = 0; start < learned.length; start += WRITE_BATCH) {
        const values = learned
          .slice(start, start + WRITE_BATCH)
          .map(
            (pair) =>
              Prisma.sql`(${pair.key}, ${pair.mineTrade}, ${pair.theirTrade}, ${pair.prior}, ${pair.strength}, ${pair.owners}, ${now})`,
          );
        await tx.$executeRaw`INSERT INTO "TradePairStrength" ("pairKey", "mineTrade", "theirTrade", "prior", "strength", "owners", "computedAt") VALUES ${Prisma.join(values)}`;
      }
    }, WRITE_TRANSACTION);
    setCache(new Map(learned.map((pair) => [pair.key, pair.strength])), now.getTime());
    return { ran: true, pairs: learned.length, evidence: evidence.length };
  } catch (error) {
    await prisma.jobLease
      .updateMany({
        where: { name: PAIR_LEARNING_JOB, claimedBy: token },
        data: { claimedBy: null, claimedUntil: null },
      })
      .catch((releaseError: unknown) =>
        console.warn(`pair learning: lease not released (${errorMessage(releaseError)})`),
      );
    throw error;
  }
}

/** A fresh token when this process now holds the lease, else null. */
async function claimLease(now: Date, force: boolean): Promise<string | null> {
  const token = randomUUID();
  const claim = {
    claimedBy: token,
    claimedUntil: new Date(now.getTime() + PAIR_LEARNING_LEASE_MS),
    lastStartedAt: now,
  };
  const free = { OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] };
  const due = {
    OR: [{ lastFinishedAt: null }, { lastFinishedAt: { lte: new Date(now.getTime() - PAIR_LEARNING_INTERVAL_MS) } }],
  };
  const claimed = await prisma.jobLease.updateMany({
    where: { name: PAIR_LEARNING_JOB, AND: force ? [free] : [free, due] },
    data: claim,
  });
  if (claimed.count === 1) return token;
  const exists = await prisma.jobLease.findUnique({ where: { name: PAIR_LEARNING_JOB }, select: { name: true } });
  if (exists) return null;
  try {
    await prisma.jobLease.create({ data: { name: PAIR_LEARNING_JOB, ...claim } });
    return token;
  } catch (error) {
    // Another process created it first: that one runs.
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/**
 * Every partnership outcome, won referral and "not a fit" mark, with both sides' owner and trade.
 * Read in batches of READ_BATCH rows, yielding between them: the SQLite driver runs each query on
 * the event loop, and one query over every referral stalled it for 450–800 ms at 150,000
 * referrals, where a batch stalls it for 25–50 ms.
 */
async function readEvidence(now: Date, options: PairLearningOptions): Promise<PairEvidence[]> {
  const outcomes: { businessId: string; otherId: string; outcome: PairOutcome }[] = [];

  await inBatches(
    (cursor) =>
      prisma.partnership.findMany({
        where: {
          status: { in: ["accepted", "ended", "declined"] },
          fromBusinessId: { not: null },
          toBusinessId: { not: null },
        },
        select: {
          id: true,
          fromBusinessId: true,
          toBusinessId: true,
          status: true,
          respondedAt: true,
          endedAt: true,
          endedByBusinessId: true,
        },
        orderBy: { id: "asc" },
        take: READ_BATCH,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      }),
    (row) =>
      outcomes.push(
        ...partnershipOutcomes(
          { ...row, fromBusinessId: row.fromBusinessId!, toBusinessId: row.toBusinessId! },
          now,
          options.keptDays,
        ),
      ),
  );

  // One outcome per receiver and giver that won at least once, however many times.
  const won = new Set<string>();
  await inBatches(
    (cursor) =>
      prisma.referral.findMany({
        where: { status: "won", receiverBusinessId: { not: null }, giverBusinessId: { not: null } },
        select: { id: true, receiverBusinessId: true, giverBusinessId: true },
        orderBy: { id: "asc" },
        take: READ_BATCH,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      }),
    (row) => {
      const key = `${row.receiverBusinessId}\u0000${row.giverBusinessId}`;
      if (won.has(key)) return;
      won.add(key);
      outcomes.push({ businessId: row.receiverBusinessId!, otherId: row.giverBusinessId!, outcome: "won" });
    },
  );

  await inBatches(
    (cursor) =>
      prisma.partnerMark.findMany({
        where: { kind: "not-a-fit" },
        select: { id: true, businessId: true, otherId: true },
        orderBy: { id: "asc" },
        take: READ_BATCH,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      }),
    (mark) => outcomes.push({ businessId: mark.businessId, otherId: mark.otherId, outcome: "not-a-fit" }),
  );

  const sides = await businessSides(new Set(outcomes.flatMap((row) => [row.businessId, row.otherId])));
  return outcomes.flatMap((row) => {
    const mine = sides.get(row.businessId);
    const theirs = sides.get(row.otherId);
    return mine && theirs ? [{ mine, theirs, outcome: row.outcome }] : [];
  });
}

/** Reads pages of at most READ_BATCH rows by id until a short page, letting requests run in between. */
async function inBatches<Row extends { id: string }>(
  read: (cursor: string | undefined) => Promise<Row[]>,
  each: (row: Row) => void,
): Promise<void> {
  for (let cursor: string | undefined; ; ) {
    const rows = await read(cursor);
    rows.forEach(each);
    if (rows.length < READ_BATCH) return;
    cursor = rows[rows.length - 1]!.id;
    await yieldToRequests();
  }
}

function yieldToRequests(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Owner and trade of each business (deleted ones are simply missing). */
async function businessSides(ids: Set<string>): Promise<Map<string, PairSide>> {
  const sides = new Map<string, PairSide>();
  const all = [...ids];
  for (let start = 0; start < all.length; start += READ_BATCH) {
    const rows = await prisma.business.findMany({
      where: { id: { in: all.slice(start, start + READ_BATCH) } },
      select: { id: true, ownerId: true, primaryCategory: true },
    });
    for (const row of rows) sides.set(row.id, { businessId: row.id, ownerId: row.ownerId, trade: row.primaryCategory });
    await yieldToRequests();
  }
  return sides;
}

// The in-process copy the ranking reads.
let cache: { map: ReadonlyMap<string, number>; version: number | null; checkedAt: number } = {
  map: new Map(),
  version: null,
  checkedAt: 0,
};
let refreshing: Promise<unknown> | null = null;

function setCache(map: ReadonlyMap<string, number>, version: number | null) {
  cache = { map, version, checkedAt: Date.now() };
}

/**
 * The learned strengths for the ranking, keyed by tradePairKey(mine, theirs): returned at once
 * from memory. When the copy is older than LEARNED_STRENGTHS_TTL_MS a check against the table
 * starts in the background, for the next request (a process that just started serves the prior
 * until its first check has loaded the table; the scheduler's first tick does that at start-up).
 */
export function learnedStrengths(): ReadonlyMap<string, number> {
  if (!refreshing && Date.now() - cache.checkedAt >= LEARNED_STRENGTHS_TTL_MS) {
    refreshing = refreshLearnedStrengths()
      .catch((error: unknown) => console.warn(`learned strengths not refreshed: ${errorMessage(error)}`))
      .finally(() => {
        refreshing = null;
      });
  }
  return cache.map;
}

/**
 * Brings this process's copy up to date with the table: one single-row read, and the table itself
 * only when a run has finished since the last load.
 */
export async function refreshLearnedStrengths(): Promise<ReadonlyMap<string, number>> {
  const lease = await prisma.jobLease.findUnique({
    where: { name: PAIR_LEARNING_JOB },
    select: { lastFinishedAt: true },
  });
  const version = lease?.lastFinishedAt?.getTime() ?? null;
  if (version === cache.version && cache.checkedAt > 0) {
    cache = { ...cache, checkedAt: Date.now() };
    return cache.map;
  }
  const rows = await prisma.tradePairStrength.findMany({ select: { pairKey: true, strength: true } });
  setCache(new Map(rows.map((row) => [row.pairKey, row.strength])), version);
  return cache.map;
}
