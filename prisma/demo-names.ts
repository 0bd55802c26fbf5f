import { getCategory, type CategoryGroup } from "#app/domain/taxonomy";
import {
  FIRST_NAMES,
  GROUP_EVOCATIVE,
  GROUP_PAIRS,
  GROUP_STYLE,
  KNOWN_BRANDS,
  PLACE_WORDS,
  SPELLINGS,
  SURNAMES,
  TRADES,
  type Style,
} from "./demo-names-data";
import { pick, pickWeighted, type Random } from "./random";

export { FIRST_NAMES, SURNAMES } from "./demo-names-data";

/**
 * Names for the demo directory's businesses that read like real small firms of each trade and
 * place: "Hartley Plumbing", "Maya's Pet Grooming", "Bloom & Vine", "Willamette Movers",
 * "Okafor & Lindqvist CPA", "J.R. Electric", "The Rolling Pin". Each trade has a style (which name
 * patterns it uses, and how often) and its own words; every draw comes from the seeded random, so
 * the names are the same on every run. Only the demo seed and the test factories use this.
 */

/** How a name is built. */
export type NamePattern =
  /** "Hartley Plumbing" */
  | "surname"
  /** "Maya's Pet Grooming" */
  | "possessive"
  /** "Maya Ito Photography" */
  | "fullName"
  /** "Okafor & Lindqvist CPA" */
  | "partners"
  /** "J.R. Electric" */
  | "initials"
  /** "Willamette Movers" */
  | "place"
  /** "Keystone Roofing", "Golden Hour Weddings" */
  | "evocative"
  /** "Bloom & Vine" */
  | "pair"
  /** "Linen & Lace Bridal" */
  | "pairWord"
  /** "The Rolling Pin", "Chef Rosa": a whole name from the trade's list */
  | "whole"
  /** "Kowalski & Sons Roofing" */
  | "sons"
  /** "Cedar & Stone Co." */
  | "company";

/** Which patterns a style of trade uses, and how often. */
const STYLE_PATTERNS: Record<Style, Partial<Record<NamePattern, number>>> = {
  /** Builders, mechanics, movers: the family name, the neighbourhood, a sturdy word. */
  trade: { surname: 6, place: 4, evocative: 4, initials: 2, possessive: 1, sons: 1, company: 0.5 },
  /** Law, accounting, insurance, realty: names on the door. */
  firm: { surname: 4, partners: 4, place: 2, evocative: 3, fullName: 1 },
  /** Funeral homes, jewellers: generations of one family. */
  heritage: { surname: 4, partners: 2, sons: 2, place: 2, evocative: 1 },
  clinic: { surname: 3, place: 4, evocative: 5, fullName: 1 },
  /** Groomers, salons, cleaners, cake makers: the owner's first name. */
  personal: { possessive: 4, evocative: 4, fullName: 2, place: 2, whole: 2, surname: 1 },
  /** Photographers, florists, designers: the artist's name or a pair of words. */
  creative: { fullName: 3, evocative: 4, pair: 2, pairWord: 2, whole: 1, place: 1 },
  /** Bakeries, cafés, boutiques. */
  shop: { whole: 3, evocative: 4, pair: 2, pairWord: 1, possessive: 2, place: 3, surname: 2 },
  brand: { evocative: 6, place: 3, surname: 1, whole: 2, initials: 0.5 },
  venue: { whole: 4, place: 4, evocative: 4, surname: 1 },
  performer: { fullName: 4, evocative: 3, whole: 2, surname: 1 },
};

export interface DemoPerson {
  first?: string;
  last?: string;
}

export interface DemoName {
  name: string;
  pattern: NamePattern;
  /** Whose names it uses, if anyone's: the owner's display name should agree. */
  person: DemoPerson;
}

export interface DemoNamePlace {
  /** The city: "Portland". */
  name: string;
  /** ISO country code: "US". */
  country: string;
}

interface Trade {
  style: Style;
  words: readonly string[];
  firm: readonly string[];
  whole: readonly string[];
  evocative: readonly string[];
  pairs: readonly string[];
  places: readonly string[];
}

function respell(country: string, text: string): string {
  return (SPELLINGS[country] ?? []).reduce((result, [from, to]) => result.replace(from, to), text);
}

/** A trade word from the category's own name, for a category the table does not know yet. */
function fallbackWords(categoryName: string): string[] {
  const base = categoryName
    .replace(/ (Companies|Services|Service Providers|Providers|Specialists|Contractors|Shops|Stores)$/, "")
    .replace(/ies$/, "y")
    .replace(/([^s])s$/, "$1");
  return [base, `${base} Co.`];
}

function tradeFor(categorySlug: string, place: DemoNamePlace): Trade {
  const category = getCategory(categorySlug);
  const group: CategoryGroup = category?.group ?? "business-services";
  const entry = TRADES[categorySlug] ?? { words: fallbackWords(category?.name ?? "Services") };
  const words = (
    (place.country === "GB" ? entry.GB : place.country === "CA" ? entry.CA : undefined) ?? entry.words
  ).map((word) => respell(place.country, word));
  const countryWords = place.country === "GB" ? entry.GB : place.country === "CA" ? entry.CA : undefined;
  const countryFirm = place.country === "GB" ? entry.firmGB : place.country === "CA" ? entry.firmCA : undefined;
  // A country with its own words keeps to them after two surnames too, unless it has firm words.
  const firm = (countryFirm ?? (countryWords ? words : (entry.firm ?? words))).map((word) =>
    respell(place.country, word),
  );
  return {
    style: entry.style ?? GROUP_STYLE[group],
    words,
    firm,
    whole: (entry.whole ?? []).map((name) => respell(place.country, name)),
    evocative: (entry.evocative ?? GROUP_EVOCATIVE[group]).map((word) => respell(place.country, word)),
    pairs: GROUP_PAIRS[group],
    places: PLACE_WORDS[place.name] ?? [place.name],
  };
}

/** A list without what contains "&", where a second one would read badly ("Bloom & Vine Flowers & Gifts"). */
function withoutAmpersand(words: readonly string[]): readonly string[] {
  const plain = words.filter((word) => !word.includes("&"));
  return plain.length ? plain : words;
}

/** After a full name, the trade's plainest words without a "Co.": "Maya Ito Photography", not "Maya Ito Photo Co.". */
function afterFullName(words: readonly string[]): readonly string[] {
  const plain = words.slice(0, 3).filter((word) => !word.endsWith("Co."));
  return plain.length ? plain : words;
}

/** After a first name, no plural of people: "Vera's Construction", not "Vera's Builders". */
function afterPossessive(words: readonly string[]): readonly string[] {
  const plain = words.filter((word) => !/(ers|ors|ists|Maids|Attorneys)$/.test(word));
  return plain.length ? plain : words;
}

/** "Back Office Office Support", "Big Fun Fun Center": a word twice reads as a machine's. */
function repeatsAWord(name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/[^a-z']+/)
    .filter((word) => word.length > 2);
  return new Set(words).size < words.length;
}

interface Draws {
  random: Random;
  trade: Trade;
  first(): string;
  last(): string;
}

type Built = { name: string; person: DemoPerson } | null;

/** Each pattern, drawing only what it needs. Null when the trade has nothing for it. */
const BUILDERS: Record<NamePattern, (draw: Draws) => Built> = {
  surname: (draw) => {
    const last = draw.last();
    return { name: `${last} ${pick(draw.random, draw.trade.words)}`, person: { last } };
  },
  possessive: (draw) => {
    const first = draw.first();
    return { name: `${possessive(first)} ${pick(draw.random, afterPossessive(draw.trade.words))}`, person: { first } };
  },
  fullName: (draw) => {
    const first = draw.first();
    const last = draw.last();
    return { name: `${first} ${last} ${pick(draw.random, afterFullName(draw.trade.words))}`, person: { first, last } };
  },
  partners: (draw) => {
    const last = draw.last();
    const other = pick(
      draw.random,
      SURNAMES.filter((surname) => surname !== last),
    );
    return { name: `${last} & ${other} ${pick(draw.random, withoutAmpersand(draw.trade.firm))}`, person: { last } };
  },
  initials: (draw) => {
    const first = draw.first();
    const last = draw.last();
    const initial = (name: string) => name.replace(/^(O'|Mc|Mac|De |Van der |St\. )/, "").charAt(0);
    return {
      name: `${initial(first)}.${initial(last)}. ${pick(draw.random, draw.trade.words)}`,
      person: { first, last },
    };
  },
  place: (draw) => ({
    name: `${pick(draw.random, draw.trade.places)} ${pick(draw.random, draw.trade.words)}`,
    person: {},
  }),
  evocative: (draw) => ({
    name: `${pick(draw.random, draw.trade.evocative)} ${pick(draw.random, draw.trade.words)}`,
    person: {},
  }),
  pair: (draw) => ({ name: pairOf(draw), person: {} }),
  pairWord: (draw) => ({
    name: `${pairOf(draw)} ${pick(draw.random, withoutAmpersand(draw.trade.words))}`,
    person: {},
  }),
  whole: (draw) => {
    if (!draw.trade.whole.length) return null;
    const template = pick(draw.random, draw.trade.whole);
    const person: DemoPerson = {};
    const name = template
      .replace("{first}", () => (person.first = draw.first()))
      .replace("{last}", () => (person.last = draw.last()))
      // "{last}'s Pub" for an Evans is "Evans' Pub".
      .replace(/s's\b/g, "s'");
    return { name, person };
  },
  sons: (draw) => {
    const last = draw.last();
    return { name: `${last} & Sons ${pick(draw.random, withoutAmpersand(draw.trade.words))}`, person: { last } };
  },
  company: (draw) => ({ name: `${pairOf(draw)} Co.`, person: {} }),
};

function pairOf(draw: Draws): string {
  const first = pick(draw.random, draw.trade.pairs);
  const second = pick(
    draw.random,
    draw.trade.pairs.filter((word) => word !== first),
  );
  return `${first} & ${second}`;
}

/** English possessive: "Hartley Plumbing's", "Bloom & Vine's", "Willow Lanes'". */
export function possessive(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

export interface DemoNameOptions {
  /** Names already given: the draw avoids them. */
  taken?: ReadonlySet<string>;
  /** A known owner whose names a personal pattern uses ("O'Neill Weddings" for Maeve O'Neill). */
  owner?: { first: string; last: string };
}

const ATTEMPTS = 60;

/**
 * A believable name for a business of this trade in this place: a style's pattern drawn by weight,
 * then its words. A name already taken or a well-known brand is drawn again.
 */
export function drawDemoName(
  random: Random,
  categorySlug: string,
  place: DemoNamePlace,
  options: DemoNameOptions = {},
): DemoName {
  const trade = tradeFor(categorySlug, place);
  const { taken = new Set<string>(), owner } = options;
  const draws: Draws = {
    random,
    trade,
    first: () => owner?.first ?? pick(random, FIRST_NAMES),
    last: () => owner?.last ?? pick(random, SURNAMES),
  };
  let last: DemoName | null = null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const pattern = pickWeighted(random, STYLE_PATTERNS[trade.style]);
    const built = BUILDERS[pattern](draws);
    if (!built) continue;
    last = { name: built.name, pattern, person: built.person };
    if (taken.has(built.name) || repeatsAWord(built.name)) continue;
    if (!KNOWN_BRANDS.some((brand) => brand.test(built.name))) return last;
  }
  // Every draw was taken (a tiny trade list in a big directory): say where it is.
  if (!last) throw new Error(`No name pattern fits ${categorySlug}`);
  return { ...last, name: `${last.name} of ${place.name}` };
}

/** The name alone, for a factory that needs no person and no uniqueness. */
export function demoBusinessName(random: Random, categorySlug: string, place: DemoNamePlace): string {
  return drawDemoName(random, categorySlug, place).name;
}

/** Whether the taxonomy's trade has its own words here (not the fallback from its category name). */
export function hasTradeWords(categorySlug: string): boolean {
  return categorySlug in TRADES;
}
