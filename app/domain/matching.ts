import {
  partnerPosition,
  partnersOf,
  partnerStrength,
  priorStrength,
  shareASphere,
  sphereCentrality,
  tradePairKey,
  type PartnerStrength,
} from "./contact-spheres";
import { distanceKm } from "./geo";
import { normaliseTag } from "./tags";
import {
  categoryName,
  complementaryCategories,
  getCategory,
  isBroadCustomer,
  journeyForTag,
  journeyLabel,
  JOURNEY_WEIGHTS,
  substitutesOf,
  targetCustomerForTag,
  targetCustomerLabel,
} from "./taxonomy";
import { remoteReach } from "./trade-reach";

/**
 * Partner matching: pure functions from two profiles to a score with its reasons.
 * Complementary partners serve the same customer problem with different offerings; overflow
 * partners are similar firms nearby whose capacity fits. No I/O here: candidates come from
 * search/partner-candidates.ts, records from the database.
 */

/** What matching needs to know about a business (all of it public profile data). */
export interface MatchProfile {
  id: string;
  name: string;
  primaryCategory: string;
  /** Primary first, then secondary categories. */
  categories: string[];
  offerings: string[];
  targetCustomers: string[];
  customerProblems: string[];
  partnershipKinds: string[];
  wantsFromPartners: string;
  capacity: string;
  lat: number;
  lng: number;
  radiusKm: number | null;
  servesRemotely: boolean;
  /** ISO country code; unknown ("" or missing) counts as the same country as any other. */
  country?: string;
}

/** Named weights of the complementary score. Each signal is in 0..1 before weighting. */
export interface ComplementaryWeights {
  /** How strongly their trade is a referral partner of mine (the contact spheres, learned from partners). */
  sphere: number;
  /** Shared customer problems (taxonomy journeys of both profiles, weighted by how telling they are). */
  journeys: number;
  /** Shared target customers. */
  customers: number;
  /** Subtracted: how much their offerings overlap mine. */
  overlap: number;
  /** A focused niche beats an "all things to all people" generalist. */
  focus: number;
  /** My offerings answer what they want from partners, and theirs answer mine. */
  twoWayFit: number;
  /** Distance against both service radii. */
  serviceArea: number;
  /** They seek a partnership kind I seek. */
  kind: number;
  /** Subtracted: they are in a profession I marked "not a fit" before. */
  notAFitProfession: number;
}

export const DEFAULT_COMPLEMENTARY_WEIGHTS: ComplementaryWeights = {
  sphere: 0.45,
  journeys: 0.2,
  customers: 0.1,
  overlap: 0.5,
  focus: 0.06,
  twoWayFit: 0.1,
  serviceArea: 0.12,
  kind: 0.05,
  notAFitProfession: 0.3,
};

export interface MatchOptions {
  /** Radius used when a business gives none (km). */
  defaultRadiusKm: number;
  /** Offering overlap at or above which a candidate is a competitor, never a complementary partner. */
  competitorOverlap: number;
  /** Trade similarity from which a firm can take overflow work. */
  overflowSimilarity: number;
  /** In the diversity pass, each earlier pick of the same profession multiplies the score by this. */
  diversityDecay: number;
  /** Businesses the owner marked "not a fit": never suggested. */
  hiddenIds: ReadonlySet<string>;
  /** Professions of businesses the owner marked "not a fit": ranked lower. */
  notAFitCategories: ReadonlySet<string>;
  /** Only candidates seeking this partnership kind, when set. */
  kind?: string;
  /** Only candidates within this distance (km), when set. */
  maxDistanceKm?: number;
  /**
   * How telling each profession is when two firms share it (see categoryRarity): sharing a rare
   * trade says more than sharing a common one. Missing professions count 1.
   */
  categoryWeights: ReadonlyMap<string, number>;
  /**
   * What partners across the directory do, blended with the contact spheres' prior (see
   * app/domain/pair-learning.ts): key tradePairKey(mine, theirs), value a strength in 0..1 that
   * replaces priorStrength(mine, theirs). Pairs not in the map use the prior alone.
   */
  learnedStrengths: ReadonlyMap<string, number>;
  weights: ComplementaryWeights;
}

export const DEFAULT_RADIUS_KM = 50;

export function matchOptions(overrides: Partial<MatchOptions> = {}): MatchOptions {
  return {
    defaultRadiusKm: DEFAULT_RADIUS_KM,
    competitorOverlap: 0.5,
    overflowSimilarity: 0.2,
    diversityDecay: 0.15,
    hiddenIds: new Set(),
    notAFitCategories: new Set(),
    categoryWeights: new Map(),
    learnedStrengths: new Map(),
    weights: DEFAULT_COMPLEMENTARY_WEIGHTS,
    ...overrides,
  };
}

export interface ScoreBreakdown {
  [signal: string]: number;
}

export interface Suggestion {
  id: string;
  score: number;
  reasons: string[];
  breakdown: ScoreBreakdown;
  distanceKm: number;
  /** Offerings both have (the visible part of the overlap). */
  sharedOfferings: string[];
}

/* ------------------------------------------------------------------ features */

interface Features {
  journeys: Map<string, number>;
  customers: Set<string>;
  offerings: Set<string>;
  offeringTags: OfferingTag[];
  offeringWords: Set<string>;
  categories: Set<string>;
}

/** Where a profile keeps its features (see `features`). */
const FEATURES = Symbol("features");

/** Tags repeat across thousands of profiles (most come from the taxonomy): look each up once. */
function memo<T>(compute: (key: string) => T, limit = 20_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = compute(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value as T;
  };
}
const normalised = memo(normaliseTag);
const journeyOf = memo(journeyForTag);
const customerOf = memo((tag: string) => targetCustomerForTag(tag) ?? normaliseTag(tag));
const wordsOf = memo((text: string) => contentWords(text));

/**
 * A profile's features, built once and kept on the profile itself, hidden (not enumerable, so a
 * spread copy does not take them along). A WeakMap did this before, but every candidate of every
 * request became one of its keys, and collecting those cost more than ranking: 2.4 → 1.2 ms to
 * rank 88 candidates.
 */
function features(profile: MatchProfile): Features {
  const holder = profile as MatchProfile & { [FEATURES]?: Features };
  const cached = holder[FEATURES];
  if (cached) return cached;
  const built = new ProfileFeatures(profile);
  if (Object.isExtensible(holder)) Object.defineProperty(holder, FEATURES, { value: built, enumerable: false });
  return built;
}

/** Trade features up front; customer problems and customers only when a score asks (overflow never does). */
class ProfileFeatures implements Features {
  readonly offerings: Set<string>;
  readonly offeringTags: OfferingTag[];
  readonly offeringWords: Set<string>;
  readonly categories: Set<string>;
  #journeys?: Map<string, number>;
  #customers?: Set<string>;

  constructor(private readonly profile: MatchProfile) {
    // One pass, few allocations: every candidate of every suggestion request builds one.
    this.offerings = new Set<string>();
    this.offeringTags = [];
    this.offeringWords = new Set<string>();
    for (const offering of profile.offerings) {
      const text = normalised(offering);
      if (this.offerings.has(text)) continue;
      this.offerings.add(text);
      const words = wordsOf(text);
      this.offeringTags.push({ text, words });
      for (const word of words) this.offeringWords.add(word);
    }
    this.categories = new Set(profile.categories);
  }

  get journeys(): Map<string, number> {
    if (!this.#journeys) {
      const journeys = new Map<string, number>();
      for (const slug of this.profile.categories) {
        for (const journey of getCategory(slug)?.journeys ?? [])
          journeys.set(journey, JOURNEY_WEIGHTS.get(journey) ?? 1);
      }
      for (const tag of this.profile.customerProblems) {
        const journey = journeyOf(tag);
        if (journey) journeys.set(journey, JOURNEY_WEIGHTS.get(journey) ?? 1);
      }
      this.#journeys = journeys;
    }
    return this.#journeys;
  }

  get customers(): Set<string> {
    this.#customers ??= new Set(this.profile.targetCustomers.map(customerOf));
    return this.#customers;
  }
}

const STOP_WORDS = new Set(
  "a an and or the for of to in on with from by at as our your their we you they us our is are be who what need needs want wants partners partner clients customers services service help".split(
    " ",
  ),
);

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 2 && !STOP_WORDS.has(word))
      .map((word) => word.replace(/(ies|es|s)$/, "")),
  );
}

/* ------------------------------------------------------------------ signals */

const STRENGTH_OF_VALUE: readonly [number, PartnerStrength][] = [
  [0.8, "core"],
  [0.45, "often"],
  [0.15, "sometimes"],
];

/** How much a secondary profession counts next to the primary one, on either side. */
const SECONDARY_TRADE_WEIGHT = 0.6;

/**
 * How strongly their trades are referral partners of mine (0..1): the contact spheres' grade of
 * each pair (core 1, often 0.55, sometimes 0.25; what partners across the directory do replaces
 * it when known, see pair-learning), a little less for partners named later in a list, a little
 * more for a trade at the hub of its sphere (sphereCentrality), the best
 * pair counting, and secondary professions counting less. Mostly from my side, partly from theirs
 * (a planner who counts florists as core will send work back). `learned` is set when what partners
 * do has lifted the pair well above its prior grade (the card then says so).
 */
function sphereAffinity(
  self: MatchProfile,
  other: MatchProfile,
  learned: ReadonlyMap<string, number> = NO_LEARNING,
): { score: number; mine: string; theirs: string; strength: PartnerStrength | null; learned: boolean } {
  const directed = (from: MatchProfile, to: MatchProfile) => {
    let top = { value: 0, mine: from.primaryCategory, theirs: to.primaryCategory, learned: false };
    from.categories.forEach((mine, i) => {
      to.categories.forEach((theirs, j) => {
        if (mine === theirs) return;
        const known = learned.get(tradePairKey(mine, theirs));
        const prior = priorStrength(mine, theirs);
        const base = known ?? prior;
        if (base === 0) return;
        const value =
          (base * (1 - 0.01 * Math.min(15, partnerPosition(mine, theirs))) + 0.03 * sphereCentrality(theirs)) *
          (i === 0 ? 1 : SECONDARY_TRADE_WEIGHT) *
          (j === 0 ? 1 : SECONDARY_TRADE_WEIGHT);
        if (value > top.value) top = { value, mine, theirs, learned: known !== undefined && known - prior > 0.1 };
      });
    });
    return top;
  };
  const best = directed(self, other);
  const back = directed(other, self);
  const score = 0.8 * best.value + 0.2 * back.value;
  const strength = STRENGTH_OF_VALUE.find(([floor]) => best.value >= floor)?.[1] ?? null;
  return { score, mine: best.mine, theirs: best.theirs, strength, learned: best.learned };
}

const NO_LEARNING: ReadonlyMap<string, number> = new Map();

/**
 * Shared customer problems (0..1): mostly the share of my journey weight they also serve, partly
 * the share of theirs that is mine (a firm whose whole work is my customers' problem is closer to
 * them than one for whom it is a sideline).
 */
function journeyAffinity(self: Features, other: Features): { score: number; shared: string[] } {
  let total = 0;
  let shared = 0;
  const sharedSlugs: string[] = [];
  for (const [journey, weight] of self.journeys) {
    total += weight;
    if (other.journeys.has(journey)) {
      shared += weight;
      sharedSlugs.push(journey);
    }
  }
  let theirs = 0;
  for (const weight of other.journeys.values()) theirs += weight;
  const mine = total ? shared / total : 0;
  const ofTheirs = theirs ? shared / theirs : 0;
  // In my own order: my primary profession's main journey first.
  return { score: 0.8 * mine + 0.2 * ofTheirs, shared: sharedSlugs };
}

function customerAffinity(self: Features, other: Features): { score: number; shared: string[] } {
  const shared = [...self.customers].filter((customer) => other.customers.has(customer));
  if (!self.customers.size || !other.customers.size) return { score: 0, shared };
  // Mostly against the smaller list (a specialist serving a few of my customers is a full match),
  // partly against both (the more of each list the other shares, the closer).
  const smaller = shared.length / Math.min(self.customers.size, other.customers.size);
  const both = shared.length / Math.sqrt(self.customers.size * other.customers.size);
  return { score: 0.8 * smaller + 0.2 * both, shared };
}

/**
 * How much two businesses sell the same things (0..1): the same profession is full overlap; a
 * profession the other also lists is heavy overlap; otherwise the overlap coefficient of their
 * offerings, where two tags count as the same when they are equal or share most of their words
 * ("bridal hair styling" ~ "bridal hair").
 */
export function offeringOverlap(self: MatchProfile, other: MatchProfile): { score: number; shared: string[] } {
  const a = features(self);
  const b = features(other);
  // Only a tag with a word they also use can match one of theirs (most pairs are ruled out here).
  const shared = a.offeringTags
    .filter(
      (mine) =>
        (b.offerings.has(mine.text) || sharesWord(mine.words, b.offeringWords)) &&
        b.offeringTags.some((theirs) => sameOffering(mine, theirs)),
    )
    .map((tag) => tag.text);
  if (self.primaryCategory === other.primaryCategory) return { score: 1, shared };
  const coefficient =
    a.offerings.size && b.offerings.size ? shared.length / Math.min(a.offerings.size, b.offerings.size) : 0;
  // Listing my profession, or being a substitute for it (SUBSTITUTE_TRADES), makes a competitor.
  const categoryCross =
    b.categories.has(self.primaryCategory) ||
    a.categories.has(other.primaryCategory) ||
    substitutesOf(self.primaryCategory).has(other.primaryCategory)
      ? 0.6
      : 0;
  return { score: Math.min(1, Math.max(coefficient, categoryCross)), shared };
}

interface OfferingTag {
  text: string;
  words: Set<string>;
}

function sharesWord(words: ReadonlySet<string>, others: ReadonlySet<string>): boolean {
  for (const word of words) if (others.has(word)) return true;
  return false;
}

function sameOffering(a: OfferingTag, b: OfferingTag): boolean {
  if (a.text === b.text) return true;
  if (a.words.size === 0 || b.words.size === 0) return false;
  let common = 0;
  for (const word of a.words) if (b.words.has(word)) common++;
  return common > 0 && common / (a.words.size + b.words.size - common) >= 0.5;
}

/**
 * 1 for a single, focused profession; lower for a spread over unrelated trades and many offerings.
 * A second trade related to the first (a substitute, a listed partner, a member of one of its
 * spheres: a wedding photographer who also takes portraits) is a little spread, not sprawl.
 */
function focusScore(other: MatchProfile): number {
  const f = features(other);
  const [primary = "", ...rest] = other.categories;
  const unrelated = rest.filter((slug) => !relatedTrades(primary, slug)).length;
  const extraCategories = Math.max(0, f.categories.size - 1);
  const sprawl = Math.max(0, f.offerings.size - 15) / 15;
  return 1 / (1 + 0.6 * unrelated + 0.15 * extraCategories + 0.3 * sprawl);
}

function relatedTrades(a: string, b: string): boolean {
  return (
    a === b ||
    substitutesOf(a).has(b) ||
    shareASphere(a, b) ||
    partnerStrength(a, b) !== null ||
    partnerStrength(b, a) !== null ||
    getCategory(a)?.group === getCategory(b)?.group
  );
}

/**
 * Do my offerings answer what they want from partners, and theirs what I want? (0..1) An offering
 * answers a want when every content word of it appears there ("wedding day coverage" answers
 * "photos of our bouquets: wedding day coverage"); a shared word like "wedding" alone does not.
 * The answering offerings are returned for the reasons ("Wants wedding day coverage, which you offer").
 */
function twoWayFit(
  self: MatchProfile,
  other: MatchProfile,
): { score: number; theirWantIOffer?: string; myWantTheyOffer?: string } {
  const answer = (offerings: OfferingTag[], want: string) => {
    if (!want) return undefined;
    const wanted = wordsOf(want);
    return offerings.find((tag) => tag.words.size > 0 && [...tag.words].every((word) => wanted.has(word)))?.text;
  };
  const theirWantIOffer = answer(features(self).offeringTags, other.wantsFromPartners);
  const myWantTheyOffer = answer(features(other).offeringTags, self.wantsFromPartners);
  return { score: (theirWantIOffer ? 0.5 : 0) + (myWantTheyOffer ? 0.5 : 0), theirWantIOffer, myWantTheyOffer };
}

/**
 * Can the other business serve my customers from where it is? Within my radius (or the filter's)
 * always; beyond it only when it serves remotely in a trade whose work travels (trade-reach.ts),
 * and never across a country for a licensed trade.
 */
function reaches(self: MatchProfile, other: MatchProfile, distance: number, limitKm: number): boolean {
  if (distance <= limitKm) return true;
  const reach = remoteReach(other);
  return reach === "online" || (reach === "national" && sameCountry(self, other));
}

function sameCountry(a: Pick<MatchProfile, "country">, b: Pick<MatchProfile, "country">): boolean {
  return !a.country || !b.country || a.country === b.country;
}

/**
 * 1 when each is within the other's radius, falling to 0 beyond the sum of both radii. A business
 * whose work travels (trade-reach.ts) keeps some of it at a distance, less the farther it is, so
 * that distance still ranks among remote firms.
 */
function serviceAreaScore(self: MatchProfile, other: MatchProfile, distance: number, defaultRadiusKm: number): number {
  const a = self.radiusKm ?? defaultRadiusKm;
  const b = other.radiusKm ?? defaultRadiusKm;
  const near = Math.min(a, b);
  const far = a + b;
  // Inside both areas nearer still counts a little (a partner down the road is easier to work with).
  const local =
    distance <= near
      ? 1 - 0.2 * (distance / Math.max(near, 1))
      : distance >= far
        ? 0
        : 0.8 * (1 - (distance - near) / (far - near));
  const remote = remoteReach(other) !== "local" || remoteReach(self) !== "local";
  return remote ? Math.max(local, 0.75 - 0.35 * Math.min(1, distance / 4000)) : local;
}

function kindScore(self: MatchProfile, other: MatchProfile): { score: number; shared: string[] } {
  if (!self.partnershipKinds.length || !other.partnershipKinds.length) return { score: 0.5, shared: [] };
  const shared = other.partnershipKinds.filter((kind) => self.partnershipKinds.includes(kind));
  return { score: shared.length ? 1 : 0, shared };
}

/* ------------------------------------------------------------------ reasons */

const KIND_PHRASES: Record<string, string> = {
  "referral-exchange": "referral partners",
  "co-marketing": "co-marketing partners",
  "bundled-offer": "bundled offers",
  overflow: "overflow work",
  "joint-purchasing": "joint purchasing",
  reseller: "resellers",
};

export function formatDistance(km: number): string {
  if (km < 1) return "Under 1 km away";
  return `${km < 10 ? km.toFixed(1) : Math.round(km).toLocaleString("en-US")} km away`;
}

/** "Engaged couples" → "engaged couples" inside a sentence; an acronym ("RV and boat owners") stays. */
function lowerFirst(text: string): string {
  return /^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/* ------------------------------------------------------------------ complementary */

export interface PartnerTrade {
  slug: string;
  /** The contact spheres' grade from my side; null for a trade that only shares customer problems. */
  strength: PartnerStrength | null;
}

/**
 * The trades a business's partners come from, strongest first: its primary trade's sphere partners
 * (core, often, sometimes, in the order the lists name them), then its other trades' partners, then
 * the trades that only share its customer problems (taxonomy journeys). Never its own trades.
 * What the candidate queries look for, and what "Your circle" lists.
 */
export function partnerTradesFor(categories: readonly string[]): readonly PartnerTrade[] {
  // The spheres and the taxonomy are fixed at build time: each list of trades is worked out once.
  const key = categories.join(" ");
  let trades = partnerTradesCache.get(key);
  if (!trades) {
    trades = computePartnerTrades(categories);
    if (partnerTradesCache.size >= 5_000) partnerTradesCache.clear();
    partnerTradesCache.set(key, trades);
  }
  return trades;
}

const partnerTradesCache = new Map<string, readonly PartnerTrade[]>();

function computePartnerTrades(categories: readonly string[]): PartnerTrade[] {
  const own = new Set(categories);
  const seen = new Map<string, PartnerTrade>();
  for (const category of categories)
    for (const partner of partnersOf(category))
      if (!own.has(partner.slug) && !seen.has(partner.slug)) seen.set(partner.slug, partner);
  // A secondary trade's core partner goes after the primary's core ones but before its "sometimes".
  const rank = { core: 0, often: 1, sometimes: 2 } as const;
  const primary = new Set(partnersOf(categories[0] ?? "").map((partner) => partner.slug));
  const graded = [...seen.values()].sort(
    (a, b) =>
      rank[a.strength!] + (primary.has(a.slug) ? 0 : 0.5) - (rank[b.strength!] + (primary.has(b.slug) ? 0 : 0.5)),
  );
  const sharing = complementaryCategories(categories)
    .filter((entry) => !seen.has(entry.slug) && !own.has(entry.slug))
    .map((entry) => ({ slug: entry.slug, strength: null }));
  return [...graded, ...sharing];
}

/**
 * Scores one candidate as a complementary partner, or returns null when it must not be suggested
 * (itself, hidden, a competitor, in no sphere of mine and serving none of my customer problems and
 * few of my customers, out of reach).
 */
export function scoreComplementary(
  self: MatchProfile,
  other: MatchProfile,
  options: MatchOptions,
  explain = true,
): Suggestion | null {
  if (other.id === self.id || options.hiddenIds.has(other.id)) return null;
  const overlap = offeringOverlap(self, other);
  if (overlap.score >= options.competitorOverlap) return null;
  const a = features(self);
  const b = features(other);
  const sphere = sphereAffinity(self, other, options.learnedStrengths);
  const journeys = journeyAffinity(a, b);
  const customers = customerAffinity(a, b);
  // Outside my spheres and my customer problems, only customers in common make a partner, and only
  // when one of them is a specific kind ("horse owners"): kinds that an eighth of all trades serve
  // ("families with children", "professionals") are not enough. A bakery is no partner for a
  // conveyancing lawyer, nor a phone repair shop for an oral surgeon.
  if (sphere.score === 0 && journeys.score === 0 && (customers.score < 0.5 || customers.shared.every(isBroadCustomer)))
    return null;
  const distance = distanceKm(self, other);
  if (!reaches(self, other, distance, options.maxDistanceKm ?? self.radiusKm ?? options.defaultRadiusKm)) return null;
  const kind = kindScore(self, other);
  if (options.kind && !other.partnershipKinds.includes(options.kind)) return null;
  const focus = focusScore(other);
  const fit = twoWayFit(self, other);
  const area = serviceAreaScore(self, other, distance, options.defaultRadiusKm);
  const notAFitCategory = other.categories.find((slug) => options.notAFitCategories.has(slug));
  const notAFit = notAFitCategory ? 1 : 0;
  const w = options.weights;
  const breakdown: ScoreBreakdown = {
    sphere: w.sphere * sphere.score,
    journeys: w.journeys * journeys.score,
    customers: w.customers * customers.score,
    overlap: -w.overlap * overlap.score,
    focus: w.focus * focus,
    twoWayFit: w.twoWayFit * fit.score,
    serviceArea: w.serviceArea * area,
    kind: w.kind * kind.score,
    notAFitProfession: -w.notAFitProfession * notAFit,
  };
  const score = round(Object.values(breakdown).reduce((sum, value) => sum + value, 0));
  const suggestion = {
    id: other.id,
    score,
    reasons: [] as string[],
    breakdown,
    distanceKm: round(distance),
    sharedOfferings: overlap.shared,
  };
  if (!explain) return suggestion;

  const reasons: string[] = [];
  const sphereReason = sphereSentence(sphere);
  if (sphereReason) reasons.push(sphereReason);
  if (fit.theirWantIOffer) reasons.push(`Wants ${offeringWords(fit.theirWantIOffer)}, which you offer`);
  if (fit.myWantTheyOffer) reasons.push(`Offers ${offeringWords(fit.myWantTheyOffer)}, which you want from partners`);
  if (customers.shared[0]) reasons.push(`You both serve ${lowerFirst(targetCustomerLabel(customers.shared[0]))}`);
  if (journeys.shared[0]) reasons.push(`Also helps customers ${lowerFirst(journeyLabel(journeys.shared[0]))}`);
  if (other.capacity === "booked-out") reasons.push("Booked out: sends work out");
  if (other.capacity === "spare-capacity") reasons.push("Has room for new clients");
  const distinctive = other.offerings.find(
    (offering) => !a.offerings.has(normaliseTag(offering)) && normaliseTag(offering) !== fit.myWantTheyOffer,
  );
  if (distinctive) reasons.push(`Offers ${offeringWords(distinctive)}, which you don't`);
  reasons.push(placeSentence(other, distance, self.radiusKm ?? options.defaultRadiusKm));
  const kindPhrase = kind.shared[0] ? KIND_PHRASES[kind.shared[0]] : undefined;
  if (kindPhrase) reasons.push(`Looking for ${kindPhrase}`);
  reasons.push(
    overlap.shared.length
      ? `Some overlap with you: ${overlap.shared.slice(0, 2).join(", ")}`
      : overlap.score > 0
        ? "Little overlap with what you offer"
        : "Doesn't compete with you",
  );
  if (focus < 0.6) reasons.push("Spread over several unrelated trades");
  if (notAFitCategory) reasons.push(`You marked another business in ${categoryName(notAFitCategory)} as not a fit`);
  return { ...suggestion, reasons, breakdown: roundAll(breakdown) };
}

/** "Wedding planners are among florists' strongest referral partners", from the sphere grade. */
function sphereSentence(sphere: ReturnType<typeof sphereAffinity>): string | null {
  const theirs = tradeWords(categoryName(sphere.theirs), true);
  const mine = tradeWords(categoryName(sphere.mine));
  if (sphere.learned) return `${theirs} and ${mine} win referrals from each other on Mutualist`;
  if (sphere.strength === "core") return `${theirs} are among ${possessive(mine)} strongest referral partners`;
  if (sphere.strength === "often") return `${theirs} often trade referrals with ${mine}`;
  return null;
}

/** Words that read as capitals wherever they stand in an offering. */
const ACRONYMS = new Set(
  "dj djs mc hvac wdo seo sem ppc it ac ev evs rv rvs atv cpa diy hoa llc ada gps tv av ai crm ux ui 3d ppe usda ssl".split(
    " ",
  ),
);

/** An offering tag as a sentence shows it: "wedding dj sets" → "wedding DJ sets". */
function offeringWords(tag: string): string {
  return tag
    .split(" ")
    .map((word) => (ACRONYMS.has(word.toLowerCase()) ? word.toUpperCase().replace(/S$/, "s") : word))
    .join(" ");
}

/** "Wedding Photographers" → "wedding photographers" inside a sentence (acronyms such as "DJs" kept). */
function tradeWords(name: string, sentenceStart = false): string {
  const words = name.split(" ").map((word) => (/^[A-Z][A-Z]/.test(word) ? word : word.toLowerCase()));
  const text = words.join(" ");
  return sentenceStart ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function possessive(plural: string): string {
  return plural.endsWith("s") ? `${plural}'` : `${plural}'s`;
}

/** "3.2 km away", or for a firm whose work travels "Works remotely · 1,240 km away". */
function placeSentence(other: MatchProfile, distance: number, radiusKm: number): string {
  if (remoteReach(other) === "local" || distance <= radiusKm) return formatDistance(distance);
  return `Works remotely · ${formatDistance(distance)}`;
}

/** Ranks complementary partners: score, then a diversity pass so the list covers many professions. */
export function rankComplementary(
  self: MatchProfile,
  candidates: readonly MatchProfile[],
  options: MatchOptions,
  limit = 10,
): Suggestion[] {
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const scored = candidates
    .map((candidate) => scoreComplementary(self, candidate, options, false))
    .filter((suggestion): suggestion is Suggestion => suggestion !== null)
    .sort(bySuggestionOrder);
  // Reasons are written only for the ones shown.
  const shown = diversify(
    scored,
    (suggestion) => byId.get(suggestion.id)?.categories ?? [],
    options.diversityDecay,
    limit,
  ).map((suggestion) => scoreComplementary(self, byId.get(suggestion.id)!, options) ?? suggestion);
  return distinctReasonsFirst(shown);
}

/**
 * Puts what is particular to each card first: a reason most shown cards share ("Doesn't compete
 * with you") says nothing about this one, so it moves behind the others, and is dropped when the
 * card has at least three of its own. The order within each part stays (strongest first).
 */
function distinctReasonsFirst(suggestions: Suggestion[]): Suggestion[] {
  if (suggestions.length < 3) return suggestions;
  const counts = new Map<string, number>();
  for (const suggestion of suggestions)
    for (const reason of new Set(suggestion.reasons)) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const common = (reason: string) => (counts.get(reason) ?? 0) > suggestions.length / 2;
  return suggestions.map((suggestion) => {
    const own = suggestion.reasons.filter((reason) => !common(reason));
    const shared = suggestion.reasons.filter(common);
    return { ...suggestion, reasons: own.length >= 3 ? own : [...own, ...shared] };
  });
}

/**
 * Greedy diversity: repeatedly take the best remaining suggestion after multiplying its score by
 * decay^(earlier picks that share a profession with it). A bridal shop that also tailors and a
 * tailor count as the same profession here. Deterministic.
 */
function diversify(
  sorted: Suggestion[],
  professionsOf: (s: Suggestion) => readonly string[],
  decay: number,
  limit: number,
): Suggestion[] {
  const picked: Suggestion[] = [];
  const pickedProfessions: Set<string>[] = [];
  const remaining = [...sorted];
  while (picked.length < limit && remaining.length) {
    let bestIndex = 0;
    let bestValue = -Infinity;
    for (let index = 0; index < remaining.length; index++) {
      const suggestion = remaining[index]!;
      const professions = professionsOf(suggestion);
      const seen = pickedProfessions.filter((set) => professions.some((slug) => set.has(slug))).length;
      const value = suggestion.score > 0 ? suggestion.score * decay ** seen : suggestion.score - seen;
      if (value > bestValue + 1e-12) {
        bestValue = value;
        bestIndex = index;
      }
    }
    const [chosen] = remaining.splice(bestIndex, 1);
    if (!chosen) break;
    picked.push(chosen);
    pickedProfessions.push(new Set(professionsOf(chosen)));
  }
  return picked;
}

/* ------------------------------------------------------------------ overflow */

export interface OverflowWeights {
  similarity: number;
  capacity: number;
  proximity: number;
}

/** Similar trade first, then capacity that fits, then distance (within the radius) as the tie-breaker. */
export const DEFAULT_OVERFLOW_WEIGHTS: OverflowWeights = { similarity: 0.5, capacity: 0.25, proximity: 0.1 };

/** How well two capacity states fit for handing work over (0..1). */
export function capacityFit(self: string, other: string): number {
  if ((self === "booked-out" && other === "spare-capacity") || (self === "spare-capacity" && other === "booked-out"))
    return 1;
  if (self === "none" || other === "none") return 0.5;
  return 0.2;
}

/**
 * Weights for `categoryWeights` from how many of `total` listed businesses carry each profession:
 * inverse document frequency, ln((total + 1) / (count + 1)) + 1, so a profession nearly everyone
 * lists counts about 1 and one in a hundred about 5.6.
 */
export function categoryRarity(counts: ReadonlyMap<string, number>, total: number): Map<string, number> {
  return new Map([...counts].map(([slug, count]) => [slug, Math.log((total + 1) / (Math.min(count, total) + 1)) + 1]));
}

/**
 * How alike two trades are for handing work over (0..1). Each profession counts by how telling it
 * is (sharing a rare trade says more than sharing a common one). Half is how much of my work they
 * also do (can they take any job of mine?), half the overlap of both lists (a firm doing exactly
 * what I do beats one that also does three other things). With no profession in common, the
 * overlap of offerings stands in.
 */
export function tradeSimilarity(
  self: MatchProfile,
  other: MatchProfile,
  weights: ReadonlyMap<string, number> = new Map(),
): { score: number; shared: string[] } {
  const a = features(self).categories;
  const b = features(other).categories;
  const weight = (slug: string) => weights.get(slug) ?? 1;
  let common = 0;
  let mine = 0;
  let theirsOnly = 0;
  for (const slug of a) {
    mine += weight(slug);
    common += weight(slug) * tradeCredit(slug, b);
  }
  for (const slug of b) if (!a.has(slug)) theirsOnly += weight(slug) * (1 - tradeCredit(slug, a));
  const categories = mine ? 0.5 * (common / mine) + 0.5 * (common / (mine + theirsOnly)) : 0;
  const offerings = offeringOverlap(self, other);
  const samePrimary = self.primaryCategory === other.primaryCategory ? SAME_PRIMARY_BONUS : 0;
  const offeringOnly = common === 0 ? offerings.score * 0.8 : 0;
  return { score: round(Math.min(1, Math.max(categories + samePrimary, offeringOnly))), shared: offerings.shared };
}

/** Added to the trade similarity when both list the same primary profession. */
const SAME_PRIMARY_BONUS = 0.1;

/** How much a substitute trade (SUBSTITUTE_TRADES) counts towards sharing the trade itself. */
const SUBSTITUTE_CREDIT = 0.5;

/** 1 when the other firm lists this trade, SUBSTITUTE_CREDIT when it lists a substitute, else 0. */
function tradeCredit(slug: string, theirs: ReadonlySet<string>): number {
  if (theirs.has(slug)) return 1;
  for (const substitute of substitutesOf(slug)) if (theirs.has(substitute)) return SUBSTITUTE_CREDIT;
  return 0;
}

/**
 * Scores a similar firm as an overflow partner, or null: not similar enough, hidden, or out of
 * reach. Work handed over is done for my customers, so an on-site or licensed trade stays within
 * my service area (or the filter's distance) and in my country, whatever "serves remotely" says;
 * only a trade whose work travels online (trade-reach.ts) may be farther, ranked by distance.
 */
export function scoreOverflow(
  self: MatchProfile,
  other: MatchProfile,
  options: MatchOptions,
  weights = DEFAULT_OVERFLOW_WEIGHTS,
): Suggestion | null {
  if (other.id === self.id || options.hiddenIds.has(other.id)) return null;
  const similarity = tradeSimilarity(self, other, options.categoryWeights);
  if (similarity.score < options.overflowSimilarity) return null;
  const distance = distanceKm(self, other);
  const limit = options.maxDistanceKm ?? self.radiusKm ?? options.defaultRadiusKm;
  const online = remoteReach(other) === "online";
  if (!online && (distance > limit || !sameCountry(self, other))) return null;
  const proximity = distance <= limit ? 1 - distance / Math.max(limit, 1) : 0.4 * (1 - Math.min(1, distance / 8000));
  const capacity = capacityFit(self.capacity, other.capacity);
  const breakdown: ScoreBreakdown = {
    similarity: weights.similarity * similarity.score,
    capacity: weights.capacity * capacity,
    proximity: weights.proximity * proximity,
  };
  const score = round(breakdown.similarity! + breakdown.capacity! + breakdown.proximity!);
  const reasons: string[] = [];
  if (self.primaryCategory === other.primaryCategory)
    reasons.push(`Same profession: ${categoryName(other.primaryCategory)}`);
  else if (similarity.shared.length) reasons.push(`Also offers ${similarity.shared.slice(0, 2).join(" and ")}`);
  else if (substitutesOf(self.primaryCategory).has(other.primaryCategory))
    reasons.push(`Does similar work: ${categoryName(other.primaryCategory)}`);
  else reasons.push("Sells similar products and services");
  if (other.capacity === "spare-capacity") reasons.push("Has spare capacity: can take work");
  if (other.capacity === "booked-out") reasons.push("Booked out: can hand off work");
  reasons.push(placeSentence(other, distance, limit));
  return {
    id: other.id,
    score,
    reasons,
    breakdown: roundAll(breakdown),
    distanceKm: round(distance),
    sharedOfferings: similarity.shared,
  };
}

export function rankOverflow(
  self: MatchProfile,
  candidates: readonly MatchProfile[],
  options: MatchOptions,
  limit = 5,
): Suggestion[] {
  return candidates
    .map((candidate) => scoreOverflow(self, candidate, options))
    .filter((suggestion): suggestion is Suggestion => suggestion !== null)
    .sort(bySuggestionOrder)
    .slice(0, limit);
}

/* ------------------------------------------------------------------ helpers */

/** Higher score first; ties by distance, then id, so the order is always the same. */
function bySuggestionOrder(a: Suggestion, b: Suggestion): number {
  return b.score - a.score || a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function roundAll(breakdown: ScoreBreakdown): ScoreBreakdown {
  return Object.fromEntries(Object.entries(breakdown).map(([key, value]) => [key, round(value)]));
}
