import { LIMITS } from "#app/domain/business-options";
import { inferProfileTags } from "#app/domain/taxonomy";
import { pick, type Random } from "./random";
import { NICHES } from "./seed-demo-niches-data";

/**
 * The one-line niche under each demo business's name, in its owner's words and varied within a
 * trade: "Seasonal bouquets and event floristry", "Wedding DJ and MC, from the ceremony to the last
 * dance", "Residential plumbing and boiler repair". Most trades have their own lines
 * (./seed-demo-niches-data.ts); any other gets one made from its taxonomy offerings, in a few
 * shapes ("Swedish and deep tissue massage for athletes"). Every draw comes from the seeded
 * random, so the directory is the same on every run.
 */

/** Words the taxonomy keeps in lower case ("wedding dj sets") as a reader expects to see them. */
const WRITTEN_AS: Record<string, string> = Object.fromEntries(
  (
    "2D 3D ACL ACT ADAS ADHD AI ALTA AP API ATV AV BBQ BI CDL CFO CPA CPAP CRM CSA CVT DACA DIY DJ " +
    "DOT DPF DUI ENT EV FHA GMAT GRE HOA HR HVAC IP IRS IT IV LED LSAT MC MCAT MVP OEM PC PMI POS " +
    "RAID RSVP RV SAT SBA SEO SOC STEM TMJ TPMS TV UI UTV UV UX VA VIN WDO ACA COVID HIPAA LASIK " +
    "GLP-1 SR-22 W-2 I-9 K-12 Pre-K DJs RVs DJing OB/GYNs Cat6 iOS SaaS VoIP Wi-Fi Botox Medicare " +
    "QuickBooks WordPress Google LinkedIn Shopify Microsoft Apple CarPlay Android Mac Python Swedish " +
    "Chinese Brazilian English Spanish French Latin Christmas Pilates"
  )
    .split(" ")
    .map((word) => [word.toLowerCase(), word]),
);

/**
 * "wedding dj sets and mc" → "wedding DJ sets and MC": the acronyms and names among words written
 * in lower case, the rest as it is (a capitalised word, a business's name, is left alone).
 */
export function tradeWords(text: string): string {
  const written = (word: string) => (word === word.toLowerCase() ? WRITTEN_AS[word] : undefined);
  // A hyphenated word whole ("wi-fi", "k-12") or part by part ("uv-blocking").
  return text.replace(
    /[\p{L}\p{N}][\p{L}\p{N}/-]*/gu,
    (word) => written(word) ?? word.replace(/[^-]+/g, (part) => written(part) ?? part),
  );
}

/** US spellings the demo's British and Canadian businesses would not use. */
const COMMONWEALTH_SPELLINGS: readonly [RegExp, string][] = [
  [/\bcolor/gi, "colour"],
  [/\bcenter\b/gi, "centre"],
  [/\btheater/gi, "theatre"],
  [/\bjewelry\b/gi, "jewellery"],
  [/\bfavor/gi, "favour"],
  [/\bneighborhood/gi, "neighbourhood"],
  [/\bcounseling\b/gi, "counselling"],
];
const RESPELL: Record<string, readonly [RegExp, string][]> = {
  GB: [
    ...COMMONWEALTH_SPELLINGS,
    [/\bpediatric/gi, "paediatric"],
    [/\borganiz/gi, "organis"],
    [/\bmold\b/gi, "mould"],
    [/\btire\b/gi, "tyre"],
    [/\btires\b/gi, "tyres"],
    [/\baluminum\b/gi, "aluminium"],
  ],
  CA: COMMONWEALTH_SPELLINGS,
};

function respell(country: string, text: string): string {
  return (RESPELL[country] ?? []).reduce(
    (result, [from, to]) =>
      result.replace(from, (found) => (found.charAt(0) === found.charAt(0).toUpperCase() ? capitalise(to) : to)),
    text,
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function words(text: string): string[] {
  return text.split(" ");
}

/**
 * Two offerings as one phrase, sharing what they share: "tuxedo rental" and "suit rental" →
 * "tuxedo and suit rental"; "water heater replacement" and "water heater repair" → "water heater
 * replacement and repair"; "houseplants" and "pottery and planters" → "houseplants, pottery and
 * planters".
 */
export function joinTwo(first: string, second: string): string {
  const [x, y] = [first.includes(" and "), second.includes(" and ")];
  if (x && y) return `${first}, with ${second}`;
  if (x) return `${second}, ${first}`;
  if (y) return `${first}, ${second}`;
  const a = words(first);
  const b = words(second);
  const shortest = Math.min(a.length, b.length) - 1;
  let tail = 0;
  while (tail < shortest && a.at(-1 - tail) === b.at(-1 - tail)) tail++;
  // One word before a shared ending each ("dog and cat adoptions"), or a longer shared ending
  // ("individual and business tax returns"); not "tree and emergency storm tree removal".
  if (tail > 1 || (tail === 1 && a.length === 2 && b.length === 2))
    return `${a.slice(0, -tail).join(" ")} and ${second}`;
  // Two shared words at least: "hearing tests" and "hearing aid fittings" share less than it seems.
  let head = 0;
  while (head < shortest && a[head] === b[head]) head++;
  if (head > 1 && !/^\d/.test(b[head] ?? "")) return `${first} and ${b.slice(head).join(" ")}`;
  return `${first} and ${second}`;
}

/** Whether "for {audience}" would repeat the offering's own words or its own "for". */
function saysAudience(offerings: string[], audience: string): boolean {
  const text = offerings.join(" ");
  return text.includes(" for ") || words(audience).some((word) => word.length > 3 && text.includes(word));
}

interface Parts {
  /** The trade's main offerings in a drawn order, those without an "and" of their own first. */
  offerings: string[];
  /** Its main customers. */
  audience: string;
  city: string;
}

/** The shapes a made-up niche takes; null when it does not fit these parts. */
const SHAPES: ((parts: Parts) => string | null)[] = [
  ({ offerings: [a, b] }) => (a && b ? joinTwo(a, b) : null),
  ({ offerings: [a, b, c] }) =>
    a && b && c && ![a, b, c].some((o) => o.includes(" and ")) ? `${a}, ${b} and ${c}` : null,
  ({ offerings: [a, b], audience }) =>
    a && b && !saysAudience([a, b], audience) ? `${joinTwo(a, b)} for ${audience}` : null,
  ({ offerings: [a], audience }) => (a && !saysAudience([a], audience) ? `${a} for ${audience}` : null),
  ({ offerings: [a, b], city }) => (a && b ? `${joinTwo(a, b)} in and around ${city}` : null),
];

/** A niche made from the trade's taxonomy offerings and customers, for a trade with no lines of its own. */
function composedNiche(random: Random, categorySlug: string, city: string): string {
  const tags = inferProfileTags([categorySlug]);
  // The trade's main offerings, in a drawn order: two firms of a trade lead with different ones.
  const drawn = tags.offerings
    .slice(0, 5)
    .map((offering) => ({ offering, key: random() }))
    .sort((x, y) => x.key - y.key)
    .map(({ offering }) => offering);
  const offerings = [...drawn.filter((o) => !o.includes(" and ")), ...drawn.filter((o) => o.includes(" and "))];
  const audience = tags.targetCustomers[0] ?? "local customers";
  if (offerings.length === 0) return `Serving ${audience} in ${city}`;
  for (let attempt = 0; attempt < 20; attempt++) {
    const niche = pick(random, SHAPES)({ offerings, audience, city });
    if (niche && niche.length <= LIMITS.niche.max) return niche;
  }
  return offerings[0]!;
}

export interface DemoNicheOptions {
  /** The city's name, for a niche that says where ("in and around Denver"). */
  city: string;
  /** ISO country code: the line is respelt for it. */
  country: string;
  /** Niches already given in the directory: a trade's own lines are drawn from those not given yet… */
  taken?: ReadonlySet<string>;
  /** …then, once every one of them is, from those not given in this city yet. */
  takenHere?: ReadonlySet<string>;
}

/**
 * A niche for a business of this trade: one of its own lines, the least used first (in the
 * directory, then in the city), else one made from its offerings.
 */
export function drawDemoNiche(random: Random, categorySlug: string, options: DemoNicheOptions): string {
  const { city, country, taken = new Set<string>(), takenHere = new Set<string>() } = options;
  const entry = NICHES[categorySlug];
  const lines = ((country === "GB" ? entry?.GB : country === "CA" ? entry?.CA : undefined) ?? entry?.US ?? []).map(
    (line) => respell(country, line),
  );
  for (const free of [lines.filter((line) => !taken.has(line)), lines.filter((line) => !takenHere.has(line))])
    if (free.length) return pick(random, free);
  let niche = "";
  for (let attempt = 0; attempt < 10 && (!niche || takenHere.has(niche)); attempt++)
    niche = respell(country, capitalise(tradeWords(composedNiche(random, categorySlug, city))));
  return niche;
}

/** "an" before a vowel sound: "an event planner", "an HVAC contractor", "a used car dealer". */
function article(word: string): "a" | "an" {
  if (/^[A-Z0-9]{2,}\b/.test(word)) return /^[AEFHILMNORSX8]/.test(word) ? "an" : "a";
  if (/^u(s|ni|ti)/i.test(word)) return "a";
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

/**
 * A factory's description ("Kim Catering Co. is a caterer in Portland. We focus on …") with the
 * trade's acronyms written as such and the right article: "De Luca DJs is a DJ in Portland",
 * "… is an HVAC contractor". The business's name at its start is kept as it is.
 */
export function tidyDescription(description: string, name: string): string {
  const rest = description.startsWith(name) ? description.slice(name.length) : description;
  const tidied = tradeWords(rest).replace(/^ is an? (\S+)/, (_, next: string) => ` is ${article(next)} ${next}`);
  return description.startsWith(name) ? `${name}${tidied}` : tidied;
}

/** Whether the trade has lines of its own (not only the ones made from its offerings). */
export function hasOwnNiches(categorySlug: string): boolean {
  return categorySlug in NICHES;
}
