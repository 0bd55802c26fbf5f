import { describe, expect, it } from "vitest";
import { priorStrength, tradePairKey } from "#app/domain/contact-spheres";
import {
  DEFAULT_PAIR_LEARNING,
  learnPairStrengths,
  pairLearningOptions,
  partnershipOutcomes,
  shrinkToPrior,
  type PairEvidence,
  type PairOutcome,
} from "#app/domain/pair-learning";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-12-02T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

/** Evidence of `outcome` from florist `n` (owner `owner`, default its own) about limo service `limo`. */
function florist(n: number, limo: number, outcome: PairOutcome, owner = `florist-owner-${n}`): PairEvidence {
  return {
    mine: { businessId: `florist-${n}`, ownerId: owner, trade: "florist" },
    theirs: { businessId: `limo-${limo}`, ownerId: `limo-owner-${limo}`, trade: "limo-service" },
    outcome,
  };
}

const learn = (evidence: PairEvidence[]) => learnPairStrengths(evidence, tradePairKey, priorStrength);
const strengthOf = (evidence: PairEvidence[], key = "florist>limo-service") =>
  learn(evidence).find((pair) => pair.key === key)?.strength;

describe("the shrinkage blend", () => {
  it("keeps the prior until enough owners have voted, then moves one unit of weight per further owner", () => {
    expect(shrinkToPrior(0.25, [1, 1, 1, 1])).toBe(0.25);
    // m = 1 owner's weight against k = 10: (10·0.25 + 1)/11 = 0.318 → 0.32
    expect(shrinkToPrior(0.25, [1, 1, 1, 1, 1])).toBe(0.32);
    // eight owners: m = 4, (2.5 + 4)/14 = 0.464 → 0.46
    expect(shrinkToPrior(0.25, Array(8).fill(1))).toBe(0.46);
    // a great many owners: close to what they did, whatever the prior said
    expect(shrinkToPrior(0.25, Array(1000).fill(1))).toBe(1);
    expect(shrinkToPrior(1, Array(1000).fill(0))).toBe(0);
  });

  it("bounds each vote to 0..1 and rounds to the step", () => {
    expect(shrinkToPrior(0.25, [9, 9, 9, 9, 9])).toBe(shrinkToPrior(0.25, [1, 1, 1, 1, 1]));
    expect(shrinkToPrior(0.55, [-3, Number.NaN, 0, 0, 0])).toBe(shrinkToPrior(0.55, [0, 0, 0, 0, 0]));
    for (const value of [
      shrinkToPrior(0.25, [0.3, 0.7, 0.9, 0.1, 0.55, 0.8]),
      shrinkToPrior(0.55, [0.77, 0.21, 1, 1, 0]),
    ])
      expect(Math.round(value / DEFAULT_PAIR_LEARNING.step) * DEFAULT_PAIR_LEARNING.step).toBeCloseTo(value, 10);
  });

  it("lets the owner who brings a pair to five owners move it by at most 0.1, whatever the votes", () => {
    for (const prior of [0, 0.25, 0.55, 1]) {
      for (const others of [0, 0.5, 1]) {
        const before = shrinkToPrior(prior, Array(DEFAULT_PAIR_LEARNING.minOwners - 1).fill(others));
        for (const vote of [0, 1]) {
          const after = shrinkToPrior(prior, [...Array(DEFAULT_PAIR_LEARNING.minOwners - 1).fill(others), vote]);
          expect(Math.abs(after - before), `prior ${prior}, others ${others}, vote ${vote}`).toBeLessThanOrEqual(0.1);
        }
      }
    }
  });
});

describe("what a partnership says", () => {
  const base = { fromBusinessId: "a", toBusinessId: "b", endedAt: null, endedByBusinessId: null };

  it("counts an accepted partnership for both sides, kept once it ran ninety days", () => {
    expect(partnershipOutcomes({ ...base, status: "accepted", respondedAt: daysAgo(10) }, now)).toEqual([
      { businessId: "a", otherId: "b", outcome: "accepted" },
      { businessId: "b", otherId: "a", outcome: "accepted" },
    ]);
    expect(
      partnershipOutcomes({ ...base, status: "accepted", respondedAt: daysAgo(120) }, now).map((o) => o.outcome),
    ).toEqual(["kept", "kept"]);
  });

  it("counts a decline against the side that declined only, and an early end against the side that ended it", () => {
    expect(partnershipOutcomes({ ...base, status: "declined", respondedAt: daysAgo(3) }, now)).toEqual([
      { businessId: "b", otherId: "a", outcome: "turned-down" },
    ]);
    expect(
      partnershipOutcomes(
        { ...base, status: "ended", respondedAt: daysAgo(40), endedAt: daysAgo(20), endedByBusinessId: "a" },
        now,
      ),
    ).toEqual([
      { businessId: "a", otherId: "b", outcome: "turned-down" },
      { businessId: "b", otherId: "a", outcome: "accepted" },
    ]);
    expect(
      partnershipOutcomes(
        { ...base, status: "ended", respondedAt: daysAgo(400), endedAt: daysAgo(20), endedByBusinessId: "a" },
        now,
      ).map((o) => o.outcome),
    ).toEqual(["kept", "kept"]);
  });

  it("says nothing of requests still open, withdrawn or expired", () => {
    for (const status of ["requested", "withdrawn", "expired"])
      expect(partnershipOutcomes({ ...base, status, respondedAt: daysAgo(5) }, now)).toEqual([]);
  });
});

describe("aggregating the directory by pair of trades", () => {
  const eightFloristsWinning = Array.from({ length: 8 }, (_, n) => florist(n, n % 3, "won"));

  it("raises a 'sometimes' pair when eight florists of eight owners won referrals from three limo services", () => {
    expect(priorStrength("florist", "limo-service")).toBe(0.25);
    const [pair] = learn(eightFloristsWinning);
    expect(pair).toEqual({
      key: "florist>limo-service",
      mineTrade: "florist",
      theirTrade: "limo-service",
      prior: 0.25,
      strength: 0.46,
      owners: 8,
    });
  });

  it("learns each direction on its own: the florists' wins say nothing of what limo services get from florists", () => {
    expect(learn(eightFloristsWinning).map((pair) => pair.key)).toEqual(["florist>limo-service"]);
  });

  it("does not move a pair with fewer than five owners, or about businesses of fewer than three owners", () => {
    expect(learn(eightFloristsWinning.slice(0, 4))).toEqual([]);
    // eight florists, all about limo services of two owners
    expect(learn(Array.from({ length: 8 }, (_, n) => florist(n, n % 2, "won")))).toEqual([]);
  });

  it("counts one owner once, however many businesses, marks or referrals it has", () => {
    // One organiser's forty florists, each marking every limo service "not a fit"
    const organiser = Array.from({ length: 40 }, (_, n) =>
      [0, 1, 2].map((limo) => florist(100 + n, limo, "not-a-fit", "organiser")),
    ).flat();
    expect(learn(organiser)).toEqual([]);
    const withOrganiser = strengthOf([...eightFloristsWinning, ...organiser])!;
    const withOneDissenter = strengthOf([...eightFloristsWinning, florist(99, 0, "not-a-fit")])!;
    expect(withOrganiser).toBe(withOneDissenter);
    expect(Math.abs(withOrganiser - strengthOf(eightFloristsWinning)!)).toBeLessThan(0.05);
  });

  it("gives one business one bounded vote per trade: many wins from one partner weigh as one", () => {
    const manyWins = [...eightFloristsWinning, ...Array.from({ length: 50 }, () => florist(0, 0, "won"))];
    expect(strengthOf(manyWins)).toBe(strengthOf(eightFloristsWinning));
  });

  it("takes the best outcome with each partner, unless the owner marked it not a fit", () => {
    const accepted = Array.from({ length: 8 }, (_, n) => florist(n, n % 3, "accepted"));
    const acceptedThenWon = [...accepted, ...eightFloristsWinning];
    expect(strengthOf(acceptedThenWon)).toBe(strengthOf(eightFloristsWinning));
    const markedAfter = [
      ...eightFloristsWinning,
      ...Array.from({ length: 8 }, (_, n) => florist(n, n % 3, "not-a-fit")),
    ];
    expect(strengthOf(markedAfter)).toBeLessThan(0.25);
  });

  it("averages a business's outcomes across the partners it had in that trade", () => {
    // Each florist: won with one limo service, marked another not a fit: a vote of 0.5.
    const mixed = Array.from({ length: 8 }, (_, n) => [
      florist(n, n % 3, "won"),
      florist(n, (n + 1) % 3, "not-a-fit"),
    ]).flat();
    expect(strengthOf(mixed)).toBe(shrinkToPrior(0.25, Array(8).fill(0.5)));
  });

  it("ignores evidence between two businesses of one owner, or of one trade", () => {
    const ownPartners = Array.from({ length: 8 }, (_, n) => florist(n, n, "won", `limo-owner-${n}`));
    expect(learn(ownPartners)).toEqual([]);
    const sameTrade: PairEvidence[] = Array.from({ length: 8 }, (_, n) => ({
      mine: { businessId: `f${n}`, ownerId: `o${n}`, trade: "florist" },
      theirs: { businessId: `g${n}`, ownerId: `p${n}`, trade: "florist" },
      outcome: "won",
    }));
    expect(learn(sameTrade)).toEqual([]);
  });

  it("can learn a pair the spheres do not name at all", () => {
    const evidence: PairEvidence[] = Array.from({ length: 6 }, (_, n) => ({
      mine: { businessId: `f${n}`, ownerId: `o${n}`, trade: "florist" },
      theirs: { businessId: `r${n % 3}`, ownerId: `p${n % 3}`, trade: "real-estate-agent" },
      outcome: "won",
    }));
    const [pair] = learn(evidence);
    expect(pair?.prior).toBe(0);
    // m = 2: (0 + 2)/12 = 0.167 → 0.16
    expect(pair?.strength).toBe(0.16);
  });

  it("takes its thresholds and weights as options", () => {
    const options = pairLearningOptions({ minOwners: 2, minCounterpartOwners: 1, priorWeight: 3, step: 0.01 });
    const [pair] = learnPairStrengths(eightFloristsWinning.slice(0, 3), tradePairKey, priorStrength, options);
    // m = 2: (3·0.25 + 2)/5 = 0.55
    expect(pair?.strength).toBe(0.55);
  });
});
