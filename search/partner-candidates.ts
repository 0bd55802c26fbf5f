import type { MultiSearchQuery } from "meilisearch";
import { DEFAULT_RADIUS_KM, partnerTradesFor, type MatchProfile } from "#app/domain/matching";
import { categoryName, journeysOfCategories, similarCategories } from "#app/domain/taxonomy";
import { businessIndexName, getSearchClient } from "./client";
import { ownerKey, type BusinessSearchDocument } from "./documents";
import { runSearch, SEARCH_TIMEOUT_MS } from "./errors";
import { geoPointSort, geoRadiusFilter, quoteFilterList, quoteFilterValue } from "./filters";

/**
 * Candidate partners from Meilisearch, as match profiles. The index documents carry every public
 * field the ranking and the suggestion cards need (logo and claimed state included), so a
 * suggestion needs no database round trip (the outbox keeps the index within moments of the
 * database; see app/models/search-sync.server.ts).
 * Meilisearch being down rejects with SearchUnavailableError; any other rejection is a bug.
 */
const CARD_FIELDS: (keyof BusinessSearchDocument)[] = [
  "id",
  "name",
  "primaryCategory",
  "slug",
  "niche",
  "city",
  "region",
  "country",
  "claimed",
  "logoKey",
];
const PLACE_FIELDS: (keyof BusinessSearchDocument)[] = ["_geo", "radiusKm", "servesRemotely", "country"];
const COMPLEMENTARY_FIELDS = [
  ...CARD_FIELDS,
  ...PLACE_FIELDS,
  "categories",
  "offerings",
  "targetCustomers",
  "customerProblems",
  "partnershipKinds",
  "wantsFromPartners",
  "capacity",
] satisfies (keyof BusinessSearchDocument)[];
/** Overflow ranking looks only at trades, offerings, capacity and place: a smaller answer to read. */
const OVERFLOW_FIELDS = [
  ...CARD_FIELDS,
  ...PLACE_FIELDS,
  "categories",
  "offerings",
  "capacity",
] satisfies (keyof BusinessSearchDocument)[];

export interface CandidateQuery {
  self: MatchProfile;
  /** Never returned: the owner's not-a-fit list. */
  excludeIds: readonly string[];
  /**
   * Never returns this owner's businesses (the signed-in owner's other listings, and those an
   * organiser imported under the same account). Unset: every other business, as if each were
   * separately owned (the matching evaluation and the benchmarks). Documents indexed before
   * `ownerKey` existed have none, and `!=` still matches them: a reindex fills it.
   */
  excludeOwnerId?: string;
  /** Search radius (km); defaults to the business's radius or the product default. */
  radiusKm?: number;
  /** Only this profession (the circle's "find one" links). */
  profession?: string;
}

/** What a suggestion card shows besides the ranking. */
export interface CandidateCard {
  slug: string;
  name: string;
  niche: string;
  /** The profession's name. */
  category: string;
  place: string;
  claimed: boolean;
  logoKey: string | null;
}

export interface CandidateResult {
  candidates: MatchProfile[];
  cards: Map<string, CandidateCard>;
  /** Meilisearch's own processing time for the queries, summed (ms). */
  meiliMs: number;
}

function commonFilters(query: CandidateQuery): string[] {
  const { self } = query;
  const radiusKm = query.radiusKm ?? self.radiusKm ?? DEFAULT_RADIUS_KM;
  const excluded = [self.id, ...query.excludeIds];
  // Beyond the radius only firms whose work travels, a licensed one only within my country.
  const national = self.country
    ? `(remoteReach = "national" AND country = ${quoteFilterValue(self.country)})`
    : `remoteReach = "national"`;
  return [
    `${geoRadiusFilter(self, radiusKm)} OR remoteReach = "online" OR ${national}`,
    `NOT id IN ${quoteFilterList(excluded)}`,
    ...(query.excludeOwnerId ? [`ownerKey != ${quoteFilterValue(ownerKey(query.excludeOwnerId))}`] : []),
  ];
}

/** A hit carries the fields asked for; the others read as empty. */
type CandidateHit = Pick<BusinessSearchDocument, (typeof OVERFLOW_FIELDS)[number]> & Partial<BusinessSearchDocument>;

function toProfile(document: CandidateHit): MatchProfile {
  return {
    id: document.id,
    name: document.name,
    primaryCategory: document.primaryCategory,
    categories: document.categories,
    offerings: document.offerings,
    targetCustomers: document.targetCustomers ?? [],
    customerProblems: document.customerProblems ?? [],
    partnershipKinds: document.partnershipKinds ?? [],
    wantsFromPartners: document.wantsFromPartners ?? "",
    capacity: document.capacity,
    lat: document._geo.lat,
    lng: document._geo.lng,
    radiusKm: document.radiusKm,
    servesRemotely: document.servesRemotely,
    country: document.country,
  };
}

async function run(queries: Omit<MultiSearchQuery, "indexUid">[], fields: readonly string[]): Promise<CandidateResult> {
  const indexUid = businessIndexName();
  const response = await runSearch(() =>
    getSearchClient().multiSearch(
      { queries: queries.map((query) => ({ indexUid, attributesToRetrieve: [...fields], ...query })) },
      { signal: AbortSignal.timeout(SEARCH_TIMEOUT_MS) },
    ),
  );
  const seen = new Map<string, MatchProfile>();
  const cards = new Map<string, CandidateCard>();
  let meiliMs = 0;
  for (const result of response.results) {
    meiliMs += result.processingTimeMs;
    for (const hit of result.hits as unknown as CandidateHit[]) {
      if (seen.has(hit.id)) continue;
      seen.set(hit.id, toProfile(hit));
      cards.set(hit.id, {
        slug: hit.slug,
        name: hit.name,
        niche: hit.niche,
        category: categoryName(hit.primaryCategory),
        place: [hit.city, hit.region, hit.country].filter(Boolean).join(", "),
        claimed: hit.claimed,
        logoKey: hit.logoKey,
      });
    }
  }
  return { candidates: [...seen.values()], cards, meiliMs };
}

/**
 * Complementary candidates in two queries: the nearest business of each of my 30 strongest partner
 * trades (partnerTradesFor, with Meilisearch's `distinct`, so every trade of the circle is
 * represented), and the nearest businesses in my core and frequent partner trades or whose own
 * customer problems or customers match mine. (One query per profession took ~135 ms of Meilisearch
 * time at 100,000 businesses; see docs/decisions/009-partner-candidates.md.)
 */
export async function complementaryCandidates(query: CandidateQuery, professions = 30): Promise<CandidateResult> {
  const { self } = query;
  const geo = geoPointSort(self);
  const filters = commonFilters(query);
  if (query.profession) {
    return run(
      [
        {
          q: "",
          filter: [...filters, `primaryCategory = ${quoteFilterValue(query.profession)}`],
          sort: [geo],
          limit: 40,
        },
      ],
      COMPLEMENTARY_FIELDS,
    );
  }
  const journeys = journeysOfCategories(self.categories);
  const trades = partnerTradesFor(self.categories);
  const wanted = trades.map((entry) => entry.slug).slice(0, professions);
  // The strongest partner trades also come without `distinct`: when the nearest firm of a trade is
  // ruled out (a competitor, hidden), the next one of that trade is still among the candidates.
  const strong = trades
    .filter((entry) => entry.strength === "core" || entry.strength === "often")
    .map((entry) => entry.slug)
    .slice(0, 20);
  const inWanted = wanted.length ? `primaryCategory IN ${quoteFilterList(wanted)}` : "id NOT EXISTS";
  const tags = [...self.customerProblems, ...self.targetCustomers].slice(0, 40);
  const related = [
    ...(strong.length ? [`primaryCategory IN ${quoteFilterList(strong)}`] : []),
    ...(journeys.length ? [`journeys IN ${quoteFilterList(journeys)}`] : []),
    ...(tags.length
      ? [`customerProblems IN ${quoteFilterList(tags)}`, `targetCustomers IN ${quoteFilterList(tags)}`]
      : []),
  ];
  return run(
    [
      { q: "", filter: [...filters, inWanted], sort: [geo], distinct: "primaryCategory", limit: professions },
      ...(related.length
        ? [
            {
              q: "",
              filter: [
                ...filters,
                `NOT primaryCategory = ${quoteFilterValue(self.primaryCategory)}`,
                related.join(" OR "),
              ],
              sort: [geo],
              limit: 60,
            },
          ]
        : []),
    ],
    COMPLEMENTARY_FIELDS,
  );
}

/** A booked-out firm looks for spare capacity, and the other way round. */
const FITTING_CAPACITY: Record<string, string> = { "booked-out": "spare-capacity", "spare-capacity": "booked-out" };

/**
 * Overflow candidates: for each of my professions, the nearest businesses that list it (so a rare
 * trade of mine is not crowded out by a common one); the nearest in trades with heavily shared
 * offerings; and, when I am booked out or have spare capacity, the nearest firms in my trades in
 * the fitting state, even beyond the nearest few. About `budget` hits in all (8 to 20 per query).
 */
export async function overflowCandidates(query: CandidateQuery, budget = 80): Promise<CandidateResult> {
  const { self } = query;
  const filters = commonFilters(query);
  const sort = [geoPointSort(self)];
  const own = self.categories.slice(0, 6);
  const inOwn = `categories IN ${quoteFilterList(own)}`;
  const similar = [...new Set(own.flatMap((slug) => similarCategories(slug, 0.15)))]
    .filter((slug) => !own.includes(slug))
    .slice(0, 20);
  const fitting = FITTING_CAPACITY[self.capacity];
  // The budget is shared: a firm listing six trades gets fewer per trade, not six times the hits.
  const queryCount = own.length + 1 + (similar.length ? 1 : 0) + (fitting ? 1 : 0);
  const perTrade = Math.max(8, Math.min(20, Math.floor(budget / queryCount)));
  return run(
    [
      // Firms whose main trade is mine, so those that only also list it cannot crowd them out.
      {
        q: "",
        filter: [...filters, `primaryCategory = ${quoteFilterValue(self.primaryCategory)}`],
        sort,
        limit: perTrade,
      },
      ...own.map((slug) => ({
        q: "",
        filter: [...filters, `categories = ${quoteFilterValue(slug)}`],
        sort,
        limit: perTrade,
      })),
      ...(similar.length
        ? [{ q: "", filter: [...filters, `categories IN ${quoteFilterList(similar)}`], sort, limit: perTrade }]
        : []),
      ...(fitting
        ? [{ q: "", filter: [...filters, inOwn, `capacity = ${quoteFilterValue(fitting)}`], sort, limit: perTrade }]
        : []),
    ],
    OVERFLOW_FIELDS,
  );
}
