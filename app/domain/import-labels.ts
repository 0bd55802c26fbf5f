import { categoryLabelKey as labelKey, singularLabelKey as singular } from "./category-label";
import {
  CATEGORIES,
  GENERIC_LABELS,
  getCategory,
  JOURNEY_WEIGHTS,
  matchCategoryLabel,
  type CategoryGroup,
} from "./taxonomy";

/**
 * Reading one business's directory labels ("Photographers; Event Photography") into taxonomy
 * trades, as an import does (docs/decisions/031-category-breadth.md). Each label is matched on its
 * own (taxonomy.ts `matchCategoryLabel`); a generic label (GENERIC_LABELS) is then read with the
 * others and the business's name:
 * 1. another label names a member of its family: it adds nothing ("Photographers" + "Event
 *    Photography" is an event photographer, not also a portrait studio); when one of them names its
 *    own trade, it stays that trade;
 * 2. else the other labels or the name use words only one member of the family uses
 *    ("Photographers" + "Weddings", or "Lens & Veil Wedding Photography");
 * 3. else the member sharing most customer journeys with the other labels' trades
 *    ("Photographers" + "Real Estate Agents" → real-estate photographer);
 * 4. else the trade it names on its own.
 * A label the directory lists beside its family rather than above it ("Marketing" next to "Web
 * Design") is a trade of its own whatever the other labels say: only the name narrows it ("Summit
 * SEO" is an SEO agency).
 * Umbrella labels ("Hotels", "Home Services") name a whole field: they give no trade and are
 * reported as too general. Narrowing them from other labels' words proved wrong too often
 * ("Hotels" + "Moonlight Tours" is not a tour operator), so they are not families.
 */

export interface LabelReading {
  /** Trades in the order of the labels that gave them, without repeats. */
  categories: string[];
  /** Labels that matched nothing. */
  unmapped: string[];
  /** Umbrella labels ("Hotels", "Home Services"): they name a field, not a trade. */
  tooGeneral: string[];
  /** Labels for what is not a partner trade ("Airports", "Churches"). */
  notPartnerTrade: string[];
}

interface Family {
  /** The trade the label names on its own. */
  fallback: string;
  /** Listed beside its members, not above them (GENERIC_LABELS `besideItsFamily`): read by the name only. */
  beside: boolean;
  members: readonly string[];
  /** Member → the words of its names and aliases that no other member uses. */
  words: ReadonlyMap<string, ReadonlySet<string>>;
}

const STOP_WORDS = new Set(["and", "the", "for", "with", "service", "services", "company", "shop", "store"]);

function wordsOf(text: string): string[] {
  return labelKey(text)
    .split(" ")
    .map(singular)
    .filter((word) => word.length >= 3 && !STOP_WORDS.has(word));
}

function buildFamily(label: string, fallback: string, members: readonly string[], beside: boolean): Family {
  const own = new Set(wordsOf(label));
  const perMember = new Map<string, Set<string>>();
  const uses = new Map<string, number>();
  for (const slug of members) {
    const category = getCategory(slug);
    if (!category) continue;
    const words = new Set(
      [category.name, slug.replace(/-/g, " "), ...category.aliases].flatMap(wordsOf).filter((w) => !own.has(w)),
    );
    perMember.set(slug, words);
    for (const word of words) uses.set(word, (uses.get(word) ?? 0) + 1);
  }
  const words = new Map<string, ReadonlySet<string>>();
  for (const [slug, memberWords] of perMember) {
    words.set(slug, new Set([...memberWords].filter((word) => uses.get(word) === 1)));
  }
  return { fallback, beside, members: [...perMember.keys()], words };
}

function membersOf(trades: readonly string[] | undefined, groups: readonly CategoryGroup[] | undefined): string[] {
  const inGroups = new Set(groups ?? []);
  return [...(trades ?? []), ...CATEGORIES.filter((c) => inGroups.has(c.group)).map((c) => c.slug)];
}

/** Label key → how to build its family. */
const familySources = new Map<string, () => Family>();
for (const generic of GENERIC_LABELS) {
  const match = matchCategoryLabel(generic.label);
  if (match.kind !== "category") continue; // the breadth test checks every generic label names a trade
  familySources.set(labelKey(generic.label), () =>
    buildFamily(generic.label, match.slug, membersOf(generic.trades, generic.groups), generic.besideItsFamily === true),
  );
}
/** Families built so far (each on first use: the taxonomy is fixed at build time). */
const families = new Map<string, Family>();

function familyOf(label: string): Family | undefined {
  const key = labelKey(label);
  for (const candidate of [key, singular(key)]) {
    const known = families.get(candidate);
    if (known) return known;
    const build = familySources.get(candidate);
    if (build) {
      const family = build();
      families.set(candidate, family);
      return family;
    }
  }
  return undefined;
}

/** The one member whose own words appear most in the context, or null on none or a tie. */
function memberByWords(family: Family, context: ReadonlySet<string>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  let tied = false;
  for (const slug of family.members) {
    let count = 0;
    for (const word of family.words.get(slug) ?? []) if (context.has(word)) count++;
    if (count > bestCount) {
      best = slug;
      bestCount = count;
      tied = false;
    } else if (count > 0 && count === bestCount) tied = true;
  }
  return tied ? null : best;
}

/** The member sharing most (rarity-weighted) journeys with the other trades, if it beats the default. */
function memberByJourneys(family: Family, others: readonly string[]): string | null {
  const journeys = new Set(others.flatMap((slug) => getCategory(slug)?.journeys ?? []));
  if (journeys.size === 0) return null;
  const score = (slug: string) =>
    (getCategory(slug)?.journeys ?? []).reduce(
      (sum, j) => sum + (journeys.has(j) ? (JOURNEY_WEIGHTS.get(j) ?? 0) : 0),
      0,
    );
  let best: string | null = null;
  let bestScore = score(family.fallback);
  for (const slug of family.members) {
    const value = score(slug);
    if (value > bestScore) {
      best = slug;
      bestScore = value;
    }
  }
  return best;
}

/** Reads a business's labels (and its name, for context) into trades; see the module comment. */
export function readCategoryLabels(labels: readonly string[], context: { name?: string } = {}): LabelReading {
  const reading: LabelReading = { categories: [], unmapped: [], tooGeneral: [], notPartnerTrade: [] };
  const matches = labels.map((label) => ({ label, match: matchCategoryLabel(label), family: familyOf(label) }));
  const direct = matches.flatMap(({ match, family }) => (match.kind === "category" && !family ? [match.slug] : []));
  // A label that names its trade outranks one naming a kind of a trade: "Music Venues; Venues &
  // Event Spaces" is a venue first (and a bar second), whatever order the directory listed them in.
  const slots: string[] = [];
  const specialtySlots: string[] = [];
  matches.forEach(({ label, match, family }, index) => {
    if (match.kind === "unmapped") reading.unmapped.push(label);
    if (match.kind === "not-a-partner-trade") reading.notPartnerTrade.push(label);
    if (match.kind === "umbrella") reading.tooGeneral.push(label);
    if (match.kind !== "category") return;
    if (match.specialty) specialtySlots.push(match.slug);
    else if (!family) slots.push(match.slug);
    else if (family.beside) slots.push(memberByWords(family, new Set(wordsOf(context.name ?? ""))) ?? family.fallback);
    else slots.push(readGeneric(family, direct, contextWords(labels, index, context.name)));
  });
  for (const slug of [...slots, ...specialtySlots])
    if (!reading.categories.includes(slug)) reading.categories.push(slug);
  return reading;
}

function readGeneric(family: Family, direct: readonly string[], context: ReadonlySet<string>): string {
  // Its own trade named again ("Dentists; General Dentistry; Orthodontists") keeps it.
  if (direct.includes(family.fallback)) return family.fallback;
  return (
    direct.find((slug) => family.members.includes(slug)) ??
    memberByWords(family, context) ??
    memberByJourneys(family, direct) ??
    family.fallback
  );
}

function contextWords(labels: readonly string[], self: number, name: string | undefined): Set<string> {
  const texts = labels.filter((_, index) => index !== self);
  if (name) texts.push(name);
  return new Set(texts.flatMap(wordsOf));
}
