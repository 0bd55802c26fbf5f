import type { BusinessProfile } from "#app/domain/business";
import {
  matchOptions,
  rankComplementary,
  rankOverflow,
  type MatchOptions,
  type MatchProfile,
  type Suggestion,
} from "#app/domain/matching";
import { categoryName } from "#app/domain/taxonomy";
import type { SuggestionQuery, SuggestionTab } from "#app/domain/suggestion-filters";
import type { PartnerListing, Yours } from "#app/domain/suggestion-links";
import { readSessionToken, requireUserId } from "#app/utils/session.server";
import {
  categoryWeights,
  complementaryCandidates,
  overflowCandidates,
  SearchUnavailableError,
  type CandidateQuery,
  type CandidateResult,
} from "#search/index";
import type { PairState } from "#app/domain/partnership";
import { blockedIdsOf } from "./blocks.server";
import { getBusinessById, otherPublishedBusinesses } from "./businesses.server";
import { marksOf, type PartnerMarks } from "./partner-marks.server";
import { learnedStrengths } from "./pair-learning.server";
import { pairStatesOfUnblocked } from "./partnership-views.server";

export function toMatchProfile(business: BusinessProfile): MatchProfile {
  return {
    id: business.id,
    name: business.name,
    primaryCategory: business.primaryCategory,
    categories: [business.primaryCategory, ...business.secondaryCategories],
    offerings: business.offerings,
    targetCustomers: business.targetCustomers,
    customerProblems: business.customerProblems,
    partnershipKinds: business.partnershipKinds,
    wantsFromPartners: business.wantsFromPartners,
    capacity: business.capacity,
    lat: business.lat,
    lng: business.lng,
    radiusKm: business.radiusKm,
    servesRemotely: business.servesRemotely,
    country: business.country,
  };
}

/** What narrows a suggestion list (the page's and the JSON route's query, minus paging). */
export type SuggestionFilters = Partial<Pick<SuggestionQuery, "kind" | "within" | "profession">>;

export interface RankedPartner extends Suggestion, PartnerListing {
  /** How the business stands with this one (request sent, partners …); set for the owner's pages. */
  pairState?: PairState | null;
  /** false: nobody runs the listing yet, so it cannot receive requests (from its index document). */
  claimed: boolean;
  /** Its logo (app/domain/business-logo.ts), from its index document. */
  logoKey: string | null;
}

export interface PartnerSuggestions {
  partners: RankedPartner[];
  /** Meilisearch's own time for the candidate queries (ms). */
  meiliMs: number;
  candidateCount: number;
}

interface Candidates {
  found: CandidateResult;
  /** Profession rarity, for overflow ranking. */
  weights?: ReadonlyMap<string, number>;
}

/** Starts the Meilisearch work for one tab. Rejects with SearchUnavailableError when search is down. */
async function searchCandidates(
  self: MatchProfile,
  tab: SuggestionTab,
  filters: SuggestionFilters,
  /**
   * Filtered out by Meilisearch itself, so a page is never short: blocked either way (decision
   * 024), and the owner's own businesses (decision 028).
   */
  { excludeIds, excludeOwnerId }: Pick<CandidateQuery, "excludeIds" | "excludeOwnerId">,
): Promise<Candidates> {
  if (tab === "overflow") {
    const [found, weights] = await Promise.all([
      overflowCandidates({ self, excludeIds, excludeOwnerId, radiusKm: filters.within }),
      categoryWeights(),
    ]);
    return { found, weights };
  }
  const found = await complementaryCandidates({
    self,
    excludeIds,
    excludeOwnerId,
    radiusKm: filters.within,
    profession: filters.profession,
  });
  return { found };
}

/** The page's ranking rules for one tab: the owner's marks, the filters and, for overflow, trade rarity. */
function rankingOptions(
  tab: SuggestionTab,
  marks: Pick<PartnerMarks, "hiddenIds" | "notAFitCategories">,
  filters: SuggestionFilters,
  weights: ReadonlyMap<string, number> | undefined,
): MatchOptions {
  return tab === "overflow"
    ? matchOptions({ hiddenIds: marks.hiddenIds, maxDistanceKm: filters.within, categoryWeights: weights })
    : matchOptions({
        hiddenIds: marks.hiddenIds,
        notAFitCategories: marks.notAFitCategories,
        kind: filters.kind,
        maxDistanceKm: filters.within,
        // What partners across the directory do, per pair of trades (decision 030): from memory.
        learnedStrengths: learnedStrengths(),
      });
}

function rank(
  self: MatchProfile,
  tab: SuggestionTab,
  candidates: readonly MatchProfile[],
  options: MatchOptions,
  limit: number,
): Suggestion[] {
  return tab === "overflow"
    ? rankOverflow(self, candidates, options, limit)
    : rankComplementary(self, candidates, options, limit);
}

/** Ranks the candidates (pure work) and adds the cards, in the ranked order, from their index documents. */
function rankCandidates(
  self: MatchProfile,
  tab: SuggestionTab,
  { found, weights }: Candidates,
  marks: PartnerMarks,
  filters: SuggestionFilters,
  limit: number,
): PartnerSuggestions {
  const ranked = rank(self, tab, found.candidates, rankingOptions(tab, marks, filters, weights), limit);
  const partners = ranked.flatMap((suggestion) => {
    const card = found.cards.get(suggestion.id);
    return card ? [{ ...suggestion, ...card, saved: marks.savedIds.has(suggestion.id) }] : [];
  });
  return { partners, meiliMs: found.meiliMs, candidateCount: found.candidates.length };
}

export interface SuggestOptions {
  /**
   * Leave out this owner's businesses, as the owner's pages do (pass `business.ownerId`). Unset:
   * the business sees every other one as if each were separately owned, which is what
   * `npm run eval:matching` measures (it imports a whole file under one account).
   */
  excludeOwnerId?: string;
}

/** Suggestions for a business, for tools and tests (no session): Meilisearch works while the marks load. */
export async function suggestPartners(
  business: BusinessProfile,
  tab: SuggestionTab,
  filters: SuggestionFilters = {},
  limit = 10,
  { excludeOwnerId }: SuggestOptions = {},
): Promise<PartnerSuggestions> {
  const self = toMatchProfile(business);
  const blocked = await blockedIdsOf(business.id);
  const searching = searchCandidates(self, tab, filters, { excludeIds: [...blocked], excludeOwnerId });
  const [candidates, marks] = await Promise.all([searching, marksOf(business.id)]);
  return rankCandidates(self, tab, candidates, marks, filters, limit);
}

/** Complementary partners: ranked, explained, with cards. */
export function suggestComplementaryPartners(
  business: BusinessProfile,
  filters: SuggestionFilters = {},
  limit = 10,
  options: SuggestOptions = {},
) {
  return suggestPartners(business, "complementary", filters, limit, options);
}

/** Overflow partners: similar firms nearby whose capacity fits. */
export function suggestOverflowPartners(
  business: BusinessProfile,
  filters: SuggestionFilters = {},
  limit = 5,
  options: SuggestOptions = {},
) {
  return suggestPartners(business, "overflow", filters, limit, options);
}

/** At most this many of an account's other businesses are ranked for "yours" on each page view. */
const OWN_RANKED = 100;
/** How many of them are shown. */
const OWN_SHOWN = 5;

const NO_OWN = { businesses: [] as BusinessProfile[], total: 0 };

function yoursFor(
  self: MatchProfile,
  tab: SuggestionTab,
  owned: { businesses: BusinessProfile[]; total: number },
  options: MatchOptions,
): Yours {
  if (owned.total > OWN_RANKED) return { fits: [], others: owned.total, ranked: false };
  const byId = new Map(owned.businesses.map((business) => [business.id, business]));
  const fits = rank(self, tab, owned.businesses.map(toMatchProfile), options, OWN_SHOWN).flatMap((suggestion) => {
    const business = byId.get(suggestion.id);
    if (!business) return [];
    return [
      {
        id: business.id,
        name: business.name,
        slug: business.slug,
        category: categoryName(business.primaryCategory),
        place: [business.city, business.region, business.country].filter(Boolean).join(", "),
        reason: suggestion.reasons[0] ?? "",
        claimed: business.claimed,
      },
    ];
  });
  return { fits, others: owned.total, ranked: true };
}

export interface OwnerSuggestions extends Omit<PartnerSuggestions, "candidateCount"> {
  business: BusinessProfile;
  /** The owner's other businesses that would fit, shown apart (never among `partners`). */
  yours: Yours;
  /** Businesses the owner marked not a fit (still listed), for the page's "hidden" list. */
  hidden: PartnerMarks["hidden"];
  /** Meilisearch is unavailable: no suggestions this time ("try again in a minute"). */
  unavailable: boolean;
}

/**
 * Suggestions for the signed-in owner of a business, for the partners page and its JSON twin, as
 * plain data. The candidate queries go out as soon as the business is loaded; the one session
 * check and the owner's marks run while Meilisearch works (docs/decisions/011). Nothing is
 * returned unless the requester owns the business: login redirect, 404 or 403 otherwise, as
 * requireOwnedBusiness. An unpublished business gets no suggestions. Only SearchUnavailableError
 * becomes `unavailable`; any other error is a bug and is thrown.
 */
export async function ownerSuggestions(
  request: Request,
  businessId: string,
  query: SuggestionQuery,
): Promise<OwnerSuggestions> {
  // No session cookie at all: to the login page before any search work (a stranger's requests
  // must not cost Meilisearch queries).
  if (!readSessionToken(request)) await requireUserId(request);
  // The blocks come with the business (both by id): the candidate queries need them.
  const [business, blocked] = await Promise.all([getBusinessById(businessId), blockedIdsOf(businessId)]);
  if (!business) {
    // Signed out: to the login page, whether or not the business exists.
    await requireUserId(request);
    throw new Response("There is no business at this address.", { status: 404 });
  }
  const self = toMatchProfile(business);
  const searching =
    business.status === "published"
      ? searchCandidates(self, query.tab, query, {
          excludeIds: [...blocked],
          // Never the owner's own businesses, nor those the same organiser imported (decision 028).
          excludeOwnerId: business.ownerId,
        }).catch(unavailableOnlyWhenSearchIsDown)
      : Promise.resolve(null);
  const marks = marksOf(business.id);
  // The business's partnership rows load while Meilisearch works too: after ranking, the states
  // of the shown cards are looked up without a query (blocked businesses are never candidates).
  const pairStateOf = pairStatesOfUnblocked(business.id);
  // The account's other businesses too (one indexed query), to show apart as "yours".
  const owned =
    business.status === "published"
      ? otherPublishedBusinesses(business.ownerId, business.id, OWN_RANKED)
      : Promise.resolve(NO_OWN);
  // A refused request returns without awaiting these: their failures must not go unhandled.
  searching.catch(() => undefined);
  marks.catch(() => undefined);
  pairStateOf.catch(() => undefined);
  owned.catch(() => undefined);

  const userId = await requireUserId(request);
  if (business.ownerId !== userId)
    throw new Response("Only the owner can see this business's partner suggestions.", { status: 403 });

  const [candidates, marked, stateOf, own] = await Promise.all([searching, marks, pairStateOf, owned]);
  const unavailable = candidates === UNAVAILABLE;
  const found =
    candidates && !unavailable
      ? rankCandidates(
          self,
          query.tab,
          candidates,
          withSettledPairsHidden(marked, candidates.found.candidates, stateOf, query.tab),
          query,
          query.shown,
        )
      : null;
  const weights = candidates && !unavailable ? candidates.weights : undefined;
  return {
    business,
    yours: yoursFor(self, query.tab, own, rankingOptions(query.tab, marked, query, weights)),
    partners: (found?.partners ?? []).map((partner) => ({ ...partner, pairState: stateOf(partner.id) })),
    meiliMs: found?.meiliMs ?? 0,
    hidden: marked.hidden,
    unavailable,
  };
}

/**
 * Suggestions are for partners still to find: a business already partnered with (complementary
 * tab; it may still take overflow) or in a declined pair's cool-down is left out, as a hidden one
 * is. The circle and the partnerships page show those.
 */
function withSettledPairsHidden(
  marks: PartnerMarks,
  candidates: readonly MatchProfile[],
  stateOf: (otherId: string) => PairState | null,
  tab: SuggestionTab,
): PartnerMarks {
  const settled = candidates.filter((candidate) => {
    const state = stateOf(candidate.id)?.state;
    return state === "declined" || (state === "partners" && tab !== "overflow");
  });
  if (!settled.length) return marks;
  return { ...marks, hiddenIds: new Set([...marks.hiddenIds, ...settled.map((candidate) => candidate.id)]) };
}

const UNAVAILABLE = Symbol("search unavailable");

function unavailableOnlyWhenSearchIsDown(error: unknown): typeof UNAVAILABLE {
  if (!(error instanceof SearchUnavailableError)) throw error;
  console.warn("partner suggestions unavailable:", error.message);
  return UNAVAILABLE;
}
