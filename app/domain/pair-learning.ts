/**
 * Learning from what partners do (docs/decisions/030): the directory's partnerships, referrals and
 * "not a fit" marks, aggregated per directed pair of trades ("my trade → their trade") and blended
 * with the contact spheres' prior by a shrinkage estimate. Pure: plain rows in, strengths out.
 *
 * The rules, in order:
 * 1. Every row says what one business (mine) made of one other business (theirs): an outcome on
 *    the same 0..1 scale as the prior (a won referral counts like a core partner, an accepted
 *    partnership like an "often" one, a "not a fit" mark like no partner at all).
 * 2. Per business and other business, one outcome: "not a fit" if the owner marked it so (the
 *    owner's current verdict), else the best thing that happened between them.
 * 3. Per business and their trade, one vote: the mean over the other businesses of that trade.
 *    Fifty won referrals from one limo service count as one outcome, however many there are.
 * 4. Per owner and trade pair, one vote: the mean over the owner's businesses of my trade. An
 *    organiser holding a thousand imported florists is one voter.
 * 5. A pair moves only with votes from at least `minOwners` owners, about businesses of at least
 *    `minCounterpartOwners` owners; the first `minOwners - 1` votes set the mean but add no weight
 *    (so the owner who crosses the threshold moves the pair as little as any other), the result is
 *    (k·prior + m·mean) / (k + m) with m = owners - (minOwners - 1), rounded to `step`.
 */

/** What one business made of another, from its own side. */
export type PairOutcome = "won" | "kept" | "accepted" | "turned-down" | "not-a-fit";

/** Each outcome as evidence on the prior's scale (core 1, often 0.55, sometimes 0.25, none 0). */
export const OUTCOME_VALUES: Readonly<Record<PairOutcome, number>> = {
  /** It won business from a referral the other gave it. */
  won: 1,
  /** The partnership ran for at least `keptDays` (still running, or ended after that). */
  kept: 0.75,
  /** A request was accepted, either way: both sides wanted it. */
  accepted: 0.55,
  /** It declined the other's request, or ended the partnership before `keptDays`. */
  "turned-down": 0.1,
  /** Its owner marked the other "not a fit". */
  "not-a-fit": 0,
};

export interface PairLearningOptions {
  /** k: how many owners' votes the taxonomy's prior is worth. */
  priorWeight: number;
  /** Owners (voters) a pair needs before it moves at all. */
  minOwners: number;
  /** Distinct owners on the other side a pair's evidence must be about. */
  minCounterpartOwners: number;
  /** Strengths are rounded to a multiple of this. */
  step: number;
  /** A partnership that ran this long was kept. */
  keptDays: number;
}

export const DEFAULT_PAIR_LEARNING: PairLearningOptions = {
  priorWeight: 10,
  minOwners: 5,
  minCounterpartOwners: 3,
  step: 0.02,
  keptDays: 90,
};

export function pairLearningOptions(overrides: Partial<PairLearningOptions> = {}): PairLearningOptions {
  return { ...DEFAULT_PAIR_LEARNING, ...overrides };
}

/** One side of an evidence row: the business, its owner and its trade (primary category). */
export interface PairSide {
  businessId: string;
  ownerId: string;
  trade: string;
}

/** One thing `mine` made of `theirs`. */
export interface PairEvidence {
  mine: PairSide;
  theirs: PairSide;
  outcome: PairOutcome;
}

/** What a partnership row says, for each of its two sides. */
export interface PartnershipFacts {
  fromBusinessId: string;
  toBusinessId: string;
  status: string;
  respondedAt: Date | null;
  endedAt: Date | null;
  endedByBusinessId: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The outcomes one partnership gives its sides. A declined request says something of the side
 * that declined only; an accepted one is good for both, kept once it ran `keptDays`; a
 * partnership ended sooner was turned down by the side that ended it. Requests still open,
 * withdrawn or expired say nothing.
 */
export function partnershipOutcomes(
  partnership: PartnershipFacts,
  now: Date,
  keptDays = DEFAULT_PAIR_LEARNING.keptDays,
): { businessId: string; otherId: string; outcome: PairOutcome }[] {
  const { fromBusinessId: from, toBusinessId: to, status, respondedAt, endedAt, endedByBusinessId } = partnership;
  const both = (outcome: PairOutcome) => [
    { businessId: from, otherId: to, outcome },
    { businessId: to, otherId: from, outcome },
  ];
  if (status === "declined") return [{ businessId: to, otherId: from, outcome: "turned-down" }];
  if (!respondedAt) return [];
  const keptMs = keptDays * DAY_MS;
  if (status === "accepted") return both(now.getTime() - respondedAt.getTime() >= keptMs ? "kept" : "accepted");
  if (status === "ended" && endedAt) {
    if (endedAt.getTime() - respondedAt.getTime() >= keptMs) return both("kept");
    return both("accepted").map((side) =>
      side.businessId === endedByBusinessId ? { ...side, outcome: "turned-down" as const } : side,
    );
  }
  return [];
}

/** A trade pair's learned strength and what it rests on. */
export interface LearnedPair {
  /** tradePairKey(mine, theirs) */
  key: string;
  mineTrade: string;
  theirTrade: string;
  prior: number;
  /** The blended strength the ranking uses instead of the prior (0..1, a multiple of `step`). */
  strength: number;
  /** Owners whose votes it blends. */
  owners: number;
}

/**
 * The shrinkage blend: `votes` are one bounded vote (0..1) per owner. Below `minOwners` votes the
 * prior is returned unchanged; above, each further vote adds one unit of weight against the
 * prior's k, and the result is rounded to `step`.
 */
export function shrinkToPrior(
  prior: number,
  votes: readonly number[],
  options: PairLearningOptions = DEFAULT_PAIR_LEARNING,
): number {
  const weight = Math.max(0, votes.length - (options.minOwners - 1));
  if (weight === 0) return prior;
  const mean = votes.reduce((sum, vote) => sum + clamp01(vote), 0) / votes.length;
  const blended = (options.priorWeight * prior + weight * mean) / (options.priorWeight + weight);
  return roundToStep(blended, options.step);
}

/**
 * Every pair of trades with enough evidence, strongest evidence rules applied (see the top of
 * this file). `keyOf` is tradePairKey and `priorOf` priorStrength (passed in, so the rules can be
 * tested on their own). Pairs that do not pass the thresholds are left out: they keep the prior.
 * Evidence between two businesses of one owner, or of one trade, is ignored.
 */
export function learnPairStrengths(
  evidence: readonly PairEvidence[],
  keyOf: (mine: string, theirs: string) => string,
  priorOf: (mine: string, theirs: string) => number,
  options: PairLearningOptions = DEFAULT_PAIR_LEARNING,
): LearnedPair[] {
  // 2. One outcome per (business, other business).
  const perOther = new Map<string, { mine: PairSide; theirs: PairSide; value: number; notAFit: boolean }>();
  for (const row of evidence) {
    const { mine, theirs } = row;
    if (mine.ownerId === theirs.ownerId || mine.trade === theirs.trade || mine.businessId === theirs.businessId)
      continue;
    const id = `${mine.businessId}\u0000${theirs.businessId}`;
    const known = perOther.get(id) ?? { mine, theirs, value: 0, notAFit: false };
    if (row.outcome === "not-a-fit") known.notAFit = true;
    else known.value = Math.max(known.value, OUTCOME_VALUES[row.outcome]);
    perOther.set(id, known);
  }

  // 3. One vote per (business, their trade): the mean over the other businesses of that trade.
  const perBusiness = new Map<
    string,
    { ownerId: string; mineTrade: string; theirTrade: string; sum: number; count: number; others: Set<string> }
  >();
  for (const { mine, theirs, value, notAFit } of perOther.values()) {
    const id = `${mine.businessId}\u0000${theirs.trade}`;
    const known = perBusiness.get(id) ?? {
      ownerId: mine.ownerId,
      mineTrade: mine.trade,
      theirTrade: theirs.trade,
      sum: 0,
      count: 0,
      others: new Set<string>(),
    };
    known.sum += notAFit ? OUTCOME_VALUES["not-a-fit"] : value;
    known.count += 1;
    known.others.add(theirs.ownerId);
    perBusiness.set(id, known);
  }

  // 4. One vote per (owner, trade pair): the mean over the owner's businesses.
  const perOwner = new Map<string, { key: string; sum: number; count: number; others: Set<string> }>();
  const pairTrades = new Map<string, { mineTrade: string; theirTrade: string }>();
  for (const vote of perBusiness.values()) {
    const key = keyOf(vote.mineTrade, vote.theirTrade);
    pairTrades.set(key, { mineTrade: vote.mineTrade, theirTrade: vote.theirTrade });
    const id = `${vote.ownerId}\u0000${key}`;
    const known = perOwner.get(id) ?? { key, sum: 0, count: 0, others: new Set<string>() };
    known.sum += vote.sum / vote.count;
    known.count += 1;
    for (const other of vote.others) known.others.add(other);
    perOwner.set(id, known);
  }

  // 5. Per pair: the thresholds, then the blend.
  const perPair = new Map<string, { votes: number[]; others: Set<string> }>();
  for (const vote of perOwner.values()) {
    const known = perPair.get(vote.key) ?? { votes: [], others: new Set<string>() };
    known.votes.push(vote.sum / vote.count);
    for (const other of vote.others) known.others.add(other);
    perPair.set(vote.key, known);
  }
  const learned: LearnedPair[] = [];
  for (const [key, { votes, others }] of perPair) {
    if (votes.length < options.minOwners || others.size < options.minCounterpartOwners) continue;
    const { mineTrade, theirTrade } = pairTrades.get(key)!;
    const prior = priorOf(mineTrade, theirTrade);
    learned.push({
      key,
      mineTrade,
      theirTrade,
      prior,
      strength: shrinkToPrior(prior, votes, options),
      owners: votes.length,
    });
  }
  return learned.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** Rounded to a multiple of `step` (and to 4 decimals, so 0.46 is stored as 0.46, not 0.46000000000000002). */
function roundToStep(value: number, step: number): number {
  const rounded = step > 0 ? Math.round(clamp01(value) / step) * step : clamp01(value);
  return Math.round(rounded * 10_000) / 10_000;
}
