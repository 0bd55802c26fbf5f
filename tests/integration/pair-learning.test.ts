import { beforeAll, describe, expect, it } from "vitest";
import { partnerStrength } from "#app/domain/contact-spheres";
import { createBusiness, getBusinessById, publishBusiness } from "#app/models/businesses.server";
import {
  learnedStrengths,
  PAIR_LEARNING_INTERVAL_MS,
  PAIR_LEARNING_JOB,
  refreshLearnedStrengths,
  runPairLearning,
} from "#app/models/pair-learning.server";
import { markPartner } from "#app/models/partner-marks.server";
import { suggestComplementaryPartners } from "#app/models/partners.server";
import { drainOutbox } from "#app/models/search-sync.server";
import { prisma } from "#app/utils/db.server";
import { DEMO_CITIES, makeBusinessInput, seededRandom, type DemoCity } from "#prisma/factories";
import { businessIndexName, ensureIndex } from "#search/index";
import { createPartnership } from "#tests/helpers/partnership-pair";
import { startSecondProcess } from "#tests/helpers/second-process";

const random = seededRandom(3030);
const [portland, austin] = [DEMO_CITIES[0]!, DEMO_CITIES[1]!];
const DAY = 24 * 60 * 60 * 1000;
let ownerCount = 0;

/** A published business of its own owner (every business here is separately owned). */
async function business(category: string, city: DemoCity, name: string) {
  const owner = await prisma.user.create({
    data: { email: `learning-owner${++ownerCount}@example.com`, passwordHash: "!", emailVerifiedAt: new Date() },
  });
  // Nobody here serves remotely or looks for one partnership kind only: the ranking's other
  // signals stay the same for every candidate, so what moves is what partners did.
  const created = await createBusiness(
    owner.id,
    makeBusinessInput(random, category, city, { name, servesRemotely: false, capacity: "none" }),
  );
  if (!created.ok) throw new Error("create failed");
  await publishBusiness(created.business.id);
  return { id: created.business.id, ownerId: owner.id };
}

/** `count` referrals the giver sent the receiver on their partnership, all won. */
async function wonReferrals(partnershipId: string, giverId: string, receiverId: string, count = 1) {
  for (let n = 0; n < count; n++) {
    const referredOn = new Date(Date.now() - (60 - n) * DAY);
    await prisma.referral.create({
      data: {
        partnershipId,
        giverBusinessId: giverId,
        receiverBusinessId: receiverId,
        need: "A couple who still need their wedding flowers.",
        referredOn,
        status: "won",
        wonValue: 1200,
        closedAt: new Date(referredOn.getTime() + 10 * DAY),
      },
    });
  }
}

// A florist's partner trades as the contact spheres grade them, and a few unrelated trades.
const PARTNER_TRADES = [
  "wedding-planner",
  "wedding-photographer",
  "caterer",
  "event-venue",
  "event-decorator",
  "bridal-shop",
  "cake-designer",
  "event-planner",
  "stationer",
  "officiant",
  "limo-service",
  "makeup-artist",
  "party-rental",
  "real-estate-agent",
  "plumber",
  "accountant",
];

const portlandIds: Record<string, string> = {};
let petal: { id: string; ownerId: string };
let bloom: { id: string; ownerId: string };
const austinLimos: { id: string; ownerId: string }[] = [];

async function suggestedTrades(businessId: string, limit = 30): Promise<string[]> {
  const business = (await getBusinessById(businessId))!;
  const { partners } = await suggestComplementaryPartners(business, {}, limit);
  const tradeOf = new Map(Object.entries(portlandIds).map(([trade, id]) => [id, trade]));
  return partners.map((partner) => tradeOf.get(partner.id) ?? partner.category);
}

/** 1-based place of the first suggestion of `trade`, or Infinity when it is not shown. */
async function placeOf(businessId: string, trade: string): Promise<number> {
  const index = (await suggestedTrades(businessId)).indexOf(trade);
  return index < 0 ? Number.POSITIVE_INFINITY : index + 1;
}

beforeAll(async () => {
  await ensureIndex(businessIndexName());
  petal = await business("florist", portland, "Petal Florist");
  bloom = await business("florist", portland, "Bloom Florist");
  for (const trade of PARTNER_TRADES) portlandIds[trade] = (await business(trade, portland, `Portland ${trade}`)).id;

  // In Austin, eight florists of eight owners, each in a partnership with one of three limo
  // services (three owners) for four months, each having won referrals from it.
  for (let n = 0; n < 3; n++) austinLimos.push(await business("limo-service", austin, `Austin Limo ${n}`));
  await addFloristsWinningFromLimos(0, 8);
  await drainOutbox();
});

/** Florists `from`..`to - 1` in Austin, each of its own owner, kept a partnership with a limo service and won from it. */
async function addFloristsWinningFromLimos(from: number, to: number) {
  for (let n = from; n < to; n++) {
    const florist = await business("florist", austin, `Austin Florist ${n}`);
    const limo = austinLimos[n % 3]!;
    const partnership = await createPartnership(limo.id, florist.id, { createdAt: new Date(Date.now() - 120 * DAY) });
    await wonReferrals(partnership.id, limo.id, florist.id, 1 + (n % 2));
  }
}

describe("learning from what partners do", () => {
  it("raises a trade the spheres rate 'sometimes' for florists once many florists win referrals from it", async () => {
    expect(partnerStrength("florist", "limo-service")).toBe("sometimes");
    await refreshLearnedStrengths();
    expect(learnedStrengths().size).toBe(0);
    const before = await placeOf(petal.id, "limo-service");

    const run = await runPairLearning(new Date(), { force: true });
    expect(run).toMatchObject({ ran: true, pairs: 1 });
    // Eight owners' votes (the first four set the mean, the others add weight) against the prior's ten: (10·0.25 + 4·1)/14 → 0.46, between
    // "sometimes" (0.25) and "often" (0.55). The opposite direction learned nothing.
    expect(learnedStrengths().get("florist>limo-service")).toBe(0.46);
    expect(learnedStrengths().has("limo-service>florist")).toBe(false);

    const after = await placeOf(petal.id, "limo-service");
    // Past the other "sometimes" partners (party rental, makeup artist), not yet past "often" ones.
    expect(after).toBeLessThan(before);
    expect(after).toBeLessThan(await placeOf(petal.id, "party-rental"));
    expect(after).toBeGreaterThan(await placeOf(petal.id, "bridal-shop"));

    // Eight more florists who did the same: (10·0.25 + 12·1)/22 → 0.66, past the "often" partners,
    // still behind the core ones.
    await addFloristsWinningFromLimos(8, 16);
    await runPairLearning(new Date(), { force: true });
    expect(learnedStrengths().get("florist>limo-service")).toBe(0.66);
    const later = await placeOf(petal.id, "limo-service");
    console.info(
      `pair learning: limo service for a Portland florist, place ${before} with the spheres alone, ` +
        `${after} after 8 florists won referrals from limo services, ${later} after 16`,
    );
    expect(later).toBeLessThan(after);
    expect(later).toBeLessThan(await placeOf(petal.id, "bridal-shop"));
    expect(later).toBeGreaterThan(await placeOf(petal.id, "wedding-planner"));
  });

  it("does not let one owner's marks, or one business's many referrals, move another owner's suggestions", async () => {
    await runPairLearning(new Date(), { force: true });
    const learnedBefore = learnedStrengths().get("florist>limo-service")!;
    const bloomTop5 = (await suggestedTrades(bloom.id)).slice(0, 5);

    // Petal's owner marks every limo service it has seen "not a fit", and Petal wins fifty
    // referrals from its party rental partner.
    for (const limo of [...austinLimos.map((l) => l.id), portlandIds["limo-service"]!])
      await markPartner(petal.id, limo, "not-a-fit");
    const partnership = await createPartnership(portlandIds["party-rental"]!, petal.id, {
      createdAt: new Date(Date.now() - 200 * DAY),
    });
    await wonReferrals(partnership.id, portlandIds["party-rental"]!, petal.id, 50);

    await runPairLearning(new Date(), { force: true });
    const learnedAfter = learnedStrengths().get("florist>limo-service")!;
    console.info(
      `pair learning: florist>limo-service ${learnedBefore} before one owner's marks, ${learnedAfter} after`,
    );
    expect(Math.abs(learnedAfter - learnedBefore)).toBeLessThan(0.05);
    // One business is one voter: fifty won referrals do not move the pair at all.
    expect(learnedStrengths().has("florist>party-rental")).toBe(false);
    expect((await suggestedTrades(bloom.id)).slice(0, 5)).toEqual(bloomTop5);
  });

  it("runs in one process at a time, hourly, and every process serves the same result", async () => {
    const finished = new Date();
    // Just ran: not due for an hour, in this process or another.
    expect((await runPairLearning(new Date(finished.getTime() + 30 * 60 * 1000))).ran).toBe(false);

    const due = new Date(Date.now() + PAIR_LEARNING_INTERVAL_MS + 60_000);
    const second = await startSecondProcess("tests/helpers/pair-learning-process.ts", {
      LEARNING_NOW: due.toISOString(),
    });
    second.go();
    const here = await runPairLearning(due);
    const there = await second.finished();
    expect(there.code, there.errors).toBe(0);
    const ranThere = (JSON.parse(there.output.trim().split("\n").pop()!) as { ran: boolean }).ran;
    expect([here.ran, ranThere].filter(Boolean)).toHaveLength(1);

    // Whichever ran, this process's copy is the table's.
    await refreshLearnedStrengths();
    const rows = await prisma.tradePairStrength.findMany({ select: { pairKey: true, strength: true } });
    expect(Object.fromEntries(learnedStrengths())).toEqual(
      Object.fromEntries(rows.map((row) => [row.pairKey, row.strength])),
    );
    const lease = await prisma.jobLease.findUniqueOrThrow({ where: { name: PAIR_LEARNING_JOB } });
    expect(lease).toMatchObject({ claimedBy: null, claimedUntil: null, lastFinishedAt: due });
  });

  it("waits for a run in progress elsewhere, and takes over from a process that crashed mid-run", async () => {
    const now = new Date(Date.now() + 3 * PAIR_LEARNING_INTERVAL_MS);
    const inProgress = { claimedBy: "another-process", lastStartedAt: new Date(now.getTime() - 60_000) };
    await prisma.jobLease.update({
      where: { name: PAIR_LEARNING_JOB },
      data: { ...inProgress, claimedUntil: new Date(now.getTime() + 60_000) },
    });
    expect((await runPairLearning(now)).ran).toBe(false);
    expect((await runPairLearning(now, { force: true })).ran).toBe(false);

    // Its lease ran out: it crashed, and this process runs instead.
    await prisma.jobLease.update({
      where: { name: PAIR_LEARNING_JOB },
      data: { ...inProgress, claimedUntil: new Date(now.getTime() - 1) },
    });
    expect((await runPairLearning(now)).ran).toBe(true);
    expect(learnedStrengths().get("florist>limo-service")).toBeGreaterThan(0.25);
  });
});
