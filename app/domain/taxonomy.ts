import {
  categoryLabelKey as labelKey,
  singularLabelKey as singular,
  type CategoryChoice,
  type CategoryLabelAnswer,
  type TagKind,
  type TagSuggestions,
} from "./category-label";
import { normaliseTag } from "./tags";
import {
  CATEGORIES,
  GENERIC_LABELS,
  JOURNEYS,
  KIND_LABELS,
  NOT_PARTNER_TRADE_LABELS,
  SUBSTITUTE_TRADES,
  TARGET_CUSTOMERS,
  UMBRELLA_LABELS,
  type CategoryDefinition,
  type CategoryGroup,
} from "./taxonomy-data";

export type { CategoryDefinition, CategoryGroup } from "./taxonomy-data";
export type { TagKind, TagSuggestions } from "./category-label";
export { CATEGORIES, GENERIC_LABELS, JOURNEYS, SUBSTITUTE_TRADES, TARGET_CUSTOMERS, UMBRELLA_LABELS };

/** A kind of customer served by more than this share of all trades is broad (isBroadCustomer). */
const BROAD_CUSTOMER_SHARE = 1 / 8;

export const GROUP_LABELS: Record<CategoryGroup, string> = {
  home: "Home & building trades",
  "real-estate": "Real estate",
  "events-weddings": "Events & weddings",
  "health-wellness": "Health & wellness",
  "business-services": "Business services",
  automotive: "Automotive",
  pets: "Pets",
  food: "Food & drink",
  retail: "Retail",
  creative: "Creative",
  tech: "Tech",
  education: "Education",
  "personal-care": "Personal care",
};

const bySlug = new Map(CATEGORIES.map((category) => [category.slug, category]));

/** Every name, alias and slug of a category, normalised, pointing at its slug. */
const byLabel = new Map<string, string>();
for (const category of CATEGORIES) {
  for (const label of [category.slug.replace(/-/g, " "), category.name, ...category.aliases]) {
    byLabel.set(labelKey(label), category.slug);
  }
}
/** "Italian" → full-service-restaurant: kinds of a trade, read on import but not offered while typing. */
const byKindLabel = new Map<string, string>();
for (const [slug, labels] of Object.entries(KIND_LABELS)) {
  for (const label of splitLabels(labels)) byKindLabel.set(labelKey(label), slug);
}
const umbrellaKeys = new Set(UMBRELLA_LABELS.map((umbrella) => labelKey(umbrella.label)));
const notPartnerTradeKeys = new Set(
  Object.values(NOT_PARTNER_TRADE_LABELS).flatMap((labels) => splitLabels(labels).map(labelKey)),
);

/** The labels of a KIND_LABELS or NOT_PARTNER_TRADE_LABELS entry ("Afghan|African|…"). */
export function splitLabels(labels: string): string[] {
  return labels
    .split("|")
    .map((label) => label.trim())
    .filter(Boolean);
}

/** Every kind label with the trade it is read as (the breadth test checks them). */
export function kindLabels(): { label: string; slug: string }[] {
  return Object.entries(KIND_LABELS).flatMap(([slug, labels]) => splitLabels(labels).map((label) => ({ label, slug })));
}

/** Every label the taxonomy knows is not a partner trade ("Airports", "Churches"). */
export function notPartnerTradeLabels(): string[] {
  return Object.values(NOT_PARTNER_TRADE_LABELS).flatMap(splitLabels);
}

export function getCategory(slug: string): CategoryDefinition | undefined {
  return bySlug.get(slug);
}

export function isCategorySlug(slug: string): boolean {
  return bySlug.has(slug);
}

export function categoryName(slug: string): string {
  return bySlug.get(slug)?.name ?? slug;
}

export type LabelMatch =
  /** `specialty`: the label names a kind of the trade (KIND_LABELS), not the trade itself. */
  | { kind: "category"; slug: string; specialty?: true }
  | { kind: "umbrella" }
  | { kind: "not-a-partner-trade" }
  | { kind: "unmapped" };

/**
 * Maps a free-text directory label ("Florists", "Keys & Locksmiths", "Szechuan") to a taxonomy
 * category: a name, alias or kind label; or says it is an umbrella label ("Home Services"), a label
 * for something that is not a partner trade ("Airports"), or unknown.
 */
export function matchCategoryLabel(label: string): LabelMatch {
  const key = labelKey(label);
  if (!key) return { kind: "unmapped" };
  for (const candidate of key === singular(key) ? [key] : [key, singular(key)]) {
    const slug = byLabel.get(candidate);
    if (slug) return { kind: "category", slug };
    const kindOf = byKindLabel.get(candidate);
    if (kindOf) return { kind: "category", slug: kindOf, specialty: true };
    if (umbrellaKeys.has(candidate)) return { kind: "umbrella" };
    if (notPartnerTradeKeys.has(candidate)) return { kind: "not-a-partner-trade" };
  }
  return { kind: "unmapped" };
}

export interface CategoryOption {
  slug: string;
  name: string;
  group: CategoryGroup;
  /** The alias that matched the query, when it was not the name. */
  matched?: string;
}

/** Each category's name and alias keys, built once on first search (typing calls this per keystroke). */
let searchKeys:
  | {
      category: CategoryDefinition;
      name: string;
      nameWords: string[];
      aliases: { alias: string; key: string; words: string[] }[];
    }[]
  | undefined;

/**
 * Search-as-you-type over names and aliases: an exact name or alias first, then name prefix, then
 * word prefix, then alias hits.
 */
export function searchCategories(query: string, limit = 10): CategoryOption[] {
  const q = labelKey(query);
  if (!q) return CATEGORIES.slice(0, limit).map(toOption);
  searchKeys ??= CATEGORIES.map((category) => {
    const name = labelKey(category.name);
    return {
      category,
      name,
      nameWords: name.split(" "),
      aliases: category.aliases.map((alias) => {
        const key = labelKey(alias);
        return { alias, key, words: key.split(" ") };
      }),
    };
  });
  const scored: { option: CategoryOption; rank: number }[] = [];
  for (const { category, name, nameWords, aliases } of searchKeys) {
    let rank = -1;
    let matched: string | undefined;
    const exactAlias = aliases.find((candidate) => candidate.key === q);
    if (name === q) rank = 0;
    else if (exactAlias) {
      // "Realtor" is exactly what estate agents are called: ahead of names that merely start alike.
      rank = 0;
      matched = exactAlias.alias;
    } else if (name.startsWith(q)) rank = 0.5;
    else if (nameWords.some((word) => word.startsWith(q))) rank = 1;
    else {
      const alias = aliases.find(
        (candidate) => candidate.key.startsWith(q) || candidate.words.some((word) => word.startsWith(q)),
      );
      if (alias) {
        rank = 2;
        matched = alias.alias;
      } else if (name.includes(q)) rank = 3;
    }
    if (rank >= 0) scored.push({ option: { ...toOption(category), ...(matched ? { matched } : {}) }, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || a.option.name.localeCompare(b.option.name));
  return scored.slice(0, limit).map((entry) => entry.option);
}

function toOption(category: CategoryDefinition): CategoryOption {
  return { slug: category.slug, name: category.name, group: category.group };
}

/**
 * Suggestions for a tag field: first those the chosen categories usually have, then any in the
 * taxonomy containing the query. Free entries are always allowed; these only help.
 */
export function suggestTags(kind: TagKind, categorySlugs: readonly string[], query = "", limit = 12): string[] {
  const q = normaliseTag(query);
  const categories = categorySlugs.map((slug) => bySlug.get(slug)).filter((c): c is CategoryDefinition => !!c);
  const fromCategories = categories.flatMap((category) => tagsOf(kind, category));
  const everything =
    kind === "offerings"
      ? CATEGORIES.flatMap((category) => category.offerings)
      : kind === "targetCustomers"
        ? TARGET_CUSTOMERS.map((customer) => customer.label)
        : JOURNEYS.map((journey) => journey.label);
  const out = new Set<string>();
  for (const tag of [...fromCategories, ...(q ? everything : [])]) {
    const normal = normaliseTag(tag);
    if (!q || normal.includes(q)) out.add(normal);
    if (out.size >= limit) break;
  }
  return [...out];
}

function tagsOf(kind: TagKind, category: CategoryDefinition): string[] {
  if (kind === "offerings") return category.offerings;
  if (kind === "targetCustomers") {
    return category.targetCustomers.map((slug) => TARGET_CUSTOMERS.find((t) => t.slug === slug)?.label ?? slug);
  }
  return category.journeys.map((slug) => JOURNEYS.find((j) => j.slug === slug)?.label ?? slug);
}

/** The suggestions the business form offers under its tag fields for a primary category. */
export function tagSuggestionsFor(categorySlug: string, limit = 10): TagSuggestions {
  return {
    offerings: suggestTags("offerings", [categorySlug], "", limit),
    targetCustomers: suggestTags("targetCustomers", [categorySlug], "", limit),
    customerProblems: suggestTags("customerProblems", [categorySlug], "", limit),
  };
}

/**
 * The slug a typed category label names (a slug, a name or an alias: "Florists", "flower shop"),
 * or null: what the business form's schema checks its category fields with on the server.
 */
export function categorySlugOf(label: string): string | null {
  const match = matchCategoryLabel(label);
  return match.kind === "category" ? match.slug : null;
}

/** The category a typed label names, with its usual tags (GET /resources/categories?label=…). */
export function describeCategoryLabel(label: string): CategoryLabelAnswer {
  const slug = categorySlugOf(label);
  if (!slug) return { slug: null };
  return { slug, name: categoryName(slug), suggestions: tagSuggestionsFor(slug) };
}

/** Every category's slug and name, in the taxonomy's order: the business form's list. */
export function categoryChoices(): CategoryChoice[] {
  return CATEGORIES.map((category) => ({ slug: category.slug, name: category.name }));
}

/** Default offerings, target customers and customer problems for a set of categories. */
export function inferProfileTags(categorySlugs: readonly string[]) {
  return {
    offerings: suggestTags("offerings", categorySlugs, "", 30),
    targetCustomers: suggestTags("targetCustomers", categorySlugs, "", 20),
    customerProblems: suggestTags("customerProblems", categorySlugs, "", 20),
  };
}

/** The journeys (customer problems) a set of categories serves, as slugs. */
export function journeysOfCategories(categorySlugs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const slug of categorySlugs) for (const journey of bySlug.get(slug)?.journeys ?? []) out.add(journey);
  return [...out];
}

const journeyByKey = new Map<string, string>();
for (const journey of JOURNEYS) {
  for (const label of [journey.slug.replace(/-/g, " "), journey.label, ...journey.aliases])
    journeyByKey.set(labelKey(label), journey.slug);
}
const customerByKey = new Map<string, string>();
for (const customer of TARGET_CUSTOMERS) {
  for (const label of [customer.slug.replace(/-/g, " "), customer.label, ...customer.aliases])
    customerByKey.set(labelKey(label), customer.slug);
}

/** The taxonomy journey a free-text customer-problem tag names, if any ("wedding planning" → planning-a-wedding). */
export function journeyForTag(tag: string): string | undefined {
  return journeyByKey.get(labelKey(tag));
}

/** The taxonomy target customer a free-text tag names, if any ("brides" → engaged-couples). */
export function targetCustomerForTag(tag: string): string | undefined {
  return customerByKey.get(labelKey(tag));
}

/** Kinds of customer that more than an eighth of the taxonomy's trades serve (BROAD_CUSTOMER_SHARE). */
const broadCustomers = (() => {
  const counts = new Map<string, number>();
  for (const category of CATEGORIES)
    for (const customer of category.targetCustomers) counts.set(customer, (counts.get(customer) ?? 0) + 1);
  return new Set(
    [...counts].filter(([, count]) => count > CATEGORIES.length * BROAD_CUSTOMER_SHARE).map(([slug]) => slug),
  );
})();

/**
 * Whether a kind of customer is so common among trades that sharing it says little about two
 * businesses ("families with children", "professionals", "small businesses"), unlike a specific
 * one ("horse owners", "engaged couples").
 */
export function isBroadCustomer(slug: string): boolean {
  return broadCustomers.has(slug);
}

/** A journey's label; anything else (an owner's own tag) is shown as written ("self-employed"). */
export function journeyLabel(slug: string): string {
  return JOURNEYS.find((journey) => journey.slug === slug)?.label ?? slug;
}

/** A target customer's label; anything else (an owner's own tag) is shown as written. */
export function targetCustomerLabel(slug: string): string {
  return TARGET_CUSTOMERS.find((customer) => customer.slug === slug)?.label ?? slug;
}

/**
 * How telling a shared journey is: one that few categories serve ("planning a wedding") says more
 * about two businesses than one that many serve ("maintaining a home"). Inverse category frequency.
 */
export const JOURNEY_WEIGHTS: ReadonlyMap<string, number> = (() => {
  const counts = new Map<string, number>();
  for (const category of CATEGORIES)
    for (const journey of category.journeys) counts.set(journey, (counts.get(journey) ?? 0) + 1);
  return new Map([...counts].map(([journey, count]) => [journey, Math.log(1 + CATEGORIES.length / count)]));
})();

/** Categories that serve at least one of these journeys, most shared weight first. */
export function categoriesServing(journeys: readonly string[]): { slug: string; weight: number }[] {
  const wanted = new Set(journeys);
  return CATEGORIES.map((category) => ({
    slug: category.slug,
    weight: category.journeys
      .filter((journey) => wanted.has(journey))
      .reduce((sum, j) => sum + (JOURNEY_WEIGHTS.get(j) ?? 0), 0),
  }))
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.slug.localeCompare(b.slug));
}

const substitutes = new Map<string, Set<string>>();
for (const set of SUBSTITUTE_TRADES) {
  for (const slug of set) {
    const others = substitutes.get(slug) ?? new Set<string>();
    for (const other of set) if (other !== slug) others.add(other);
    substitutes.set(slug, others);
  }
}
const NO_SUBSTITUTES: ReadonlySet<string> = new Set();

/** Trades a customer hires instead of this one for the same job (see SUBSTITUTE_TRADES). */
export function substitutesOf(slug: string): ReadonlySet<string> {
  return substitutes.get(slug) ?? NO_SUBSTITUTES;
}

/**
 * Itself, its substitute trades, then categories whose usual offerings overlap this one's (overlap
 * coefficient ≥ minOverlap): the trades an overflow hand-off can go to.
 */
export function similarCategories(slug: string, minOverlap = 0.3): readonly string[] {
  const key = `${slug}|${minOverlap}`;
  let similar = similarCache.get(key);
  if (!similar) {
    similar = computeSimilarCategories(slug, minOverlap);
    similarCache.set(key, similar);
  }
  return similar;
}

// The taxonomy is fixed at build time, so each answer is computed once (a few hundred keys at most).
const similarCache = new Map<string, string[]>();
let normalisedOfferings: Map<string, string[]> | undefined;

function computeSimilarCategories(slug: string, minOverlap: number): string[] {
  const self = bySlug.get(slug);
  if (!self) return [slug];
  normalisedOfferings ??= new Map(CATEGORIES.map((category) => [category.slug, category.offerings.map(normaliseTag)]));
  const offeringsOf = (category: CategoryDefinition) => normalisedOfferings!.get(category.slug)!;
  const mine = new Set(offeringsOf(self));
  const similar = CATEGORIES.filter((category) => category.slug !== slug)
    .map((category) => {
      const theirs = offeringsOf(category);
      const shared = theirs.filter((offering) => mine.has(offering)).length;
      return { slug: category.slug, overlap: shared / Math.max(1, Math.min(mine.size, theirs.length)) };
    })
    .filter((entry) => entry.overlap >= minOverlap)
    .sort((a, b) => b.overlap - a.overlap || a.slug.localeCompare(b.slug))
    .map((entry) => entry.slug);
  return [...new Set([slug, ...substitutesOf(slug), ...similar])];
}

/**
 * Professions around a business's customer problems, best first: the journeys they share (the
 * business's main journey counts most, later ones less, rarer journeys more) plus the target
 * customers they share. Its own trade and near-substitutes (similarCategories) are left out.
 */
export function complementaryCategories(categorySlugs: readonly string[]): { slug: string; score: number }[] {
  const journeyPosition = new Map<string, number>();
  const customers = new Set<string>();
  for (const slug of categorySlugs) {
    const category = bySlug.get(slug);
    category?.journeys.forEach((journey, index) => {
      if (!journeyPosition.has(journey)) journeyPosition.set(journey, index);
    });
    for (const customer of category?.targetCustomers ?? []) customers.add(customer);
  }
  const excluded = new Set(categorySlugs.flatMap((slug) => similarCategories(slug)));
  return CATEGORIES.filter((category) => !excluded.has(category.slug))
    .map((category) => {
      let score = 0;
      for (const journey of category.journeys) {
        const position = journeyPosition.get(journey);
        if (position !== undefined) score += (JOURNEY_WEIGHTS.get(journey) ?? 0) / (1 + 0.5 * position);
      }
      if (score === 0) return { slug: category.slug, score: 0 };
      score += 0.5 * category.targetCustomers.filter((customer) => customers.has(customer)).length;
      return { slug: category.slug, score };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
}
