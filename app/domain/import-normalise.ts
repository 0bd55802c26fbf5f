import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";
import { BusinessFormFields, CAPACITY_STATES, LIMITS, WebsiteSchema, type Capacity } from "./business-schema";
import { importColumnFor, type ImportProblem, type RawImportValues } from "./import-format";
import { RowReader } from "./import-row-reader";
import { INFERABLE_FIELDS, type InferableField } from "./inferred-fields";
import { foldPlaceText, normaliseCountry, normaliseRegion } from "./place-names";
import { normaliseTagList, TAG_MAX_LENGTH } from "./tags";
import { readCategoryLabels } from "./import-labels";
import { categoryName, inferProfileTags, matchCategoryLabel } from "./taxonomy";

/**
 * Validation and normalisation of one raw import record (app/domain/import-parse.ts) into a row
 * ready to be written, filling what it leaves out from its categories. Pure and deterministic:
 * the same record always gives the same output (including its generated ref).
 */

/** A valid row, ready to be written. Categories are slugs; tags are normalised. */
export interface ImportRow {
  line: number;
  /** The row's ref, or `auto:` + a hash of its name and place when it has none. */
  ref: string;
  name: string;
  niche: string;
  description: string;
  website: string | null;
  primaryCategory: string;
  secondaryCategories: string[];
  offerings: string[];
  targetCustomers: string[];
  customerProblems: string[];
  /** Fields filled from the categories rather than given (the owner confirms them later). */
  inferredFields: InferableField[];
  city: string;
  region: string;
  country: string;
  lat: number | null;
  lng: number | null;
  capacity: Capacity;
}

/** The category labels of a row that gave no category, by why (the import report lists them). */
export interface UnusedLabels {
  /** Matched nothing in the taxonomy. */
  unmappedLabels: string[];
  /** Umbrella labels ("Hotels", "Home Services") that the row's other labels did not narrow. */
  tooGeneralLabels: string[];
  /** Labels for what is not a partner trade ("Airports", "Churches"). */
  notPartnerTradeLabels: string[];
}

export type NormaliseResult =
  | ({ ok: true; row: ImportRow } & UnusedLabels)
  | ({ ok: false; problems: ImportProblem[] } & UnusedLabels);

export const REF_MAX_LENGTH = 200;

const formFields = BusinessFormFields.shape;
const CAPACITY_VALUES = CAPACITY_STATES.map((state) => state.value);

const TAG_FIELDS = [
  { field: "offerings", label: "offerings", max: LIMITS.offerings.max },
  { field: "targetCustomers", label: "target customers", max: LIMITS.targetCustomers },
  { field: "customerProblems", label: "customer problems", max: LIMITS.customerProblems },
] as const;

const TAG_SEPARATORS = /[,;\r\n]/;
const CATEGORY_SEPARATORS = /[;|\r\n]/;

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function normaliseImportRow(values: RawImportValues, line: number): NormaliseResult {
  const read = new RowReader(values, line);

  // Name
  const nameText = oneLine(read.text("name"));
  if (!nameText) read.problem("name", "Enter the business name");
  const name = nameText ? read.check<string>("name", formFields.name, nameText) : undefined;

  // Categories: the first mapped label is primary, up to three more secondary. A generic label
  // ("Photographers") is read with the row's other labels and name (./import-labels.ts); labels that
  // give no category (unmapped, too general, not a partner trade) are reported.
  // Commas are not separators (some directory labels contain one), but a list typed with commas
  // ("Florists, Wedding Planners") is read as one when the whole of it matches nothing.
  const labels = read
    .list("categories", CATEGORY_SEPARATORS, false)
    .flatMap((label) =>
      label.includes(",") && matchCategoryLabel(label).kind !== "category" ? label.split(",") : [label],
    )
    .map((label) => label.trim())
    .filter(Boolean);
  const reading = readCategoryLabels(labels, { name: nameText });
  const categories = reading.categories;
  const unused: UnusedLabels = {
    unmappedLabels: reading.unmapped,
    tooGeneralLabels: reading.tooGeneral,
    notPartnerTradeLabels: reading.notPartnerTrade,
  };
  if (labels.length === 0 && !read.problems.some((p) => p.field === "categories")) {
    read.problem("categories", "Give at least one category, like Florists or Wedding Photographers");
  } else if (labels.length > 0 && categories.length === 0) {
    const why = (label: string) =>
      reading.tooGeneral.includes(label)
        ? `${label} (too general)`
        : reading.notPartnerTrade.includes(label)
          ? `${label} (not a partner trade)`
          : label;
    read.problem("categories", `No category matched: ${labels.map(why).join(", ")}`);
  }
  const [primaryCategory, ...others] = categories;
  const secondaryCategories = others.slice(0, LIMITS.secondaryCategories);

  // Place
  const city = oneLine(read.text("city"));
  const country = normaliseCountry(oneLine(read.text("country")));
  const region = normaliseRegion(oneLine(read.text("region")), country);
  if (!city) read.problem("city", "Enter the town or city");
  for (const [column, value] of [
    ["city", city],
    ["region", region],
    ["country", country],
  ] as const) {
    if (value.length > LIMITS.place)
      read.problem(column, `${capitalise(column)} can be at most ${LIMITS.place} characters`);
  }
  const lat = read.number("lat", -90, 90, "Latitude");
  const lng = read.number("lng", -180, 180, "Longitude");
  if (lat === null && typeof lng === "number") read.problem("lat", "Give both lat and lng, or neither");
  if (lng === null && typeof lat === "number") read.problem("lng", "Give both lat and lng, or neither");

  // Other fields
  const descriptionText = read.text("description");
  const description = read.check<string | undefined>("description", formFields.description, descriptionText) ?? "";
  const websiteText = read.text("website");
  const website = websiteText ? (read.check<string>("website", WebsiteSchema, websiteText) ?? null) : null;
  const capacityText = read
    .text("capacity")
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  let capacity: Capacity = "none";
  if (capacityText) {
    const known = CAPACITY_VALUES.find((value) => value === capacityText);
    if (known) capacity = known;
    else read.problem("capacity", `Capacity must be one of: ${CAPACITY_VALUES.join(", ")} (or empty)`);
  }
  const refText = read.text("ref");
  if (refText.length > REF_MAX_LENGTH) read.problem("ref", `Ref can be at most ${REF_MAX_LENGTH} characters`);

  const tags: Record<(typeof TAG_FIELDS)[number]["field"], string[]> = {
    offerings: [],
    targetCustomers: [],
    customerProblems: [],
  };
  for (const { field, label, max } of TAG_FIELDS) {
    const list = normaliseTagList(read.list(field, TAG_SEPARATORS, true));
    if (list.some((tag) => tag.length > TAG_MAX_LENGTH)) {
      read.problem(field, `Each entry in ${label} can be at most ${TAG_MAX_LENGTH} characters`);
    } else if (list.length > max) {
      read.problem(field, `${capitalise(label)} can have at most ${max} entries`);
    }
    tags[field] = list;
  }

  const nicheText = oneLine(read.text("niche"));
  const givenNiche = nicheText ? read.check<string>("niche", formFields.niche, nicheText) : undefined;

  const markedInferred = new Set<InferableField>();
  for (const entry of read.list("inferredFields", /[;,|\s]+/, true)) {
    const column = importColumnFor(entry)?.column;
    const field = INFERABLE_FIELDS.find((candidate) => candidate === column);
    if (field) markedInferred.add(field);
  }

  if (read.problems.length > 0 || !name || !primaryCategory) {
    return { ok: false, problems: read.problems, ...unused };
  }

  // Fill what the row leaves out from its categories, and say so.
  const allCategories = [primaryCategory, ...secondaryCategories];
  const missing = TAG_FIELDS.filter(({ field }) => tags[field].length === 0);
  if (missing.length) {
    const inferred = inferredTagsFor(allCategories);
    for (const { field, max } of missing) {
      tags[field] = inferred[field].slice(0, max);
      markedInferred.add(field);
    }
  }
  let niche = givenNiche;
  if (!niche) {
    niche = generateNiche(tags.offerings, tags.targetCustomers, primaryCategory, city);
    markedInferred.add("niche");
  }

  const ref = refText || autoRef(name, city, region, country);
  return {
    ok: true,
    ...unused,
    row: {
      line,
      ref,
      name,
      niche,
      description,
      website,
      primaryCategory,
      secondaryCategories,
      offerings: tags.offerings,
      targetCustomers: tags.targetCustomers,
      customerProblems: tags.customerProblems,
      inferredFields: INFERABLE_FIELDS.filter((field) => markedInferred.has(field)),
      city,
      region,
      country,
      lat: lat ?? null,
      lng: lng ?? null,
      capacity,
    },
  };
}

/**
 * inferProfileTags for a set of categories, from per-category results remembered once: with no
 * query it lists each category's tags in order, without repeats, up to a limit — so merging the
 * single-category lists gives the same answer without walking the whole taxonomy for every row.
 */
const inferredPerCategory = new Map<string, ReturnType<typeof inferProfileTags>>();
const INFER_LIMITS = { offerings: 30, targetCustomers: 20, customerProblems: 20 } as const;

export function inferredTagsFor(categories: readonly string[]): ReturnType<typeof inferProfileTags> {
  const lists = categories.map((slug) => {
    let tags = inferredPerCategory.get(slug);
    if (!tags) {
      tags = inferProfileTags([slug]);
      inferredPerCategory.set(slug, tags);
    }
    return tags;
  });
  const merge = (field: keyof typeof INFER_LIMITS) => {
    const out = new Set<string>();
    for (const list of lists) {
      for (const tag of list[field]) {
        if (out.size >= INFER_LIMITS[field]) return [...out];
        out.add(tag);
      }
    }
    return [...out];
  };
  return {
    offerings: merge("offerings"),
    targetCustomers: merge("targetCustomers"),
    customerProblems: merge("customerProblems"),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A stable key for a row without a ref: the same name and place always give the same one. */
export function autoRef(name: string, city: string, region: string, country: string): string {
  const key = [name, city, region, country].map(foldPlaceText).join("|");
  return `auto:${encodeHexLowerCase(sha256(new TextEncoder().encode(key))).slice(0, 32)}`;
}

/** A one-line niche from what the business offers and to whom (10–140 characters). */
export function generateNiche(
  offerings: readonly string[],
  targetCustomers: readonly string[],
  primaryCategory: string,
  city: string,
): string {
  const { min, max } = LIMITS.niche;
  const [first, second] = offerings;
  const audience = targetCustomers[0];
  const candidates = [
    first && second && audience ? `${capitalise(first)} and ${second} for ${audience}` : "",
    first && audience ? `${capitalise(first)} for ${audience}` : "",
    first && city ? `${capitalise(first)} in ${city}` : "",
    city ? `${categoryName(primaryCategory)} in ${city}` : "",
    `${categoryName(primaryCategory)} serving local customers`,
  ];
  const fit = candidates.find((text) => text.length >= min && text.length <= max);
  if (fit) return fit;
  const long =
    candidates.find((text) => text.length > max) ?? `${categoryName(primaryCategory)} serving local customers`;
  const cut = long.slice(0, max);
  const atWord = cut.slice(0, cut.lastIndexOf(" "));
  return atWord.length >= min ? atWord : cut;
}
