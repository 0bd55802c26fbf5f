import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";
import type { ZodTypeAny } from "zod";
import type { BusinessProfile } from "./business";
import { BusinessFormFields, CAPACITY_STATES, LIMITS, WebsiteSchema, type Capacity } from "./business-schema";
import { foldPlaceText, normaliseCountry, normaliseRegion } from "./place-names";
import { normaliseTagList, TAG_MAX_LENGTH } from "./tags";
import { cleanText, directionControlMessage, findDirectionControl } from "./text";
import { INFERABLE_FIELDS, type InferableField } from "./inferred-fields";
import { categoryName, inferProfileTags, matchCategoryLabel } from "./taxonomy";

/**
 * Bulk import and export of businesses: CSV (RFC 4180) and JSON Lines, parsed into raw records
 * with their line numbers, then validated and normalised one row at a time. Pure and
 * deterministic: the same row always gives the same output (including its generated ref).
 */

export type ImportFormat = "csv" | "jsonl";

/** The columns of the import and export format, in export order. */
export const IMPORT_COLUMNS = [
  "ref",
  "name",
  "niche",
  "categories",
  "city",
  "region",
  "country",
  "lat",
  "lng",
  "website",
  "description",
  "offerings",
  "targetCustomers",
  "customerProblems",
  "capacity",
  "inferredFields",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Folded column names (lower case, letters and digits only) → column; rank 0 beats an alias. */
const COLUMN_ALIASES: Record<string, { column: ImportColumn; rank: number }> = {};
for (const column of IMPORT_COLUMNS) COLUMN_ALIASES[foldColumn(column)] = { column, rank: 0 };
for (const [alias, column] of [
  ["sourceCategories", "categories"],
  ["category", "categories"],
  ["externalRef", "ref"],
  ["id", "ref"],
  ["latitude", "lat"],
  ["longitude", "lng"],
  ["lon", "lng"],
  ["inferred", "inferredFields"],
] as const) {
  COLUMN_ALIASES[foldColumn(alias)] = { column, rank: 1 };
}

function foldColumn(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The column a header cell or JSON key names ("Target_Customers" → targetCustomers), if any. */
export function importColumnFor(name: string) {
  return COLUMN_ALIASES[foldColumn(name)];
}

const REQUIRED_COLUMNS: ImportColumn[] = ["name", "categories", "city"];

/** An import keeps (and shows) at most this many problems; the counts still cover every row. */
export const MAX_STORED_PROBLEMS = 1000;

export interface ImportProblem {
  line: number;
  field: string;
  message: string;
}

export type RawImportValues = Partial<Record<ImportColumn, unknown>>;

export interface RawImportRecord {
  /** 1-based line of the source file where the record starts. */
  line: number;
  values: RawImportValues;
}

export interface ParsedImport {
  records: RawImportRecord[];
  /** Problems with the file or with rows that could not be read at all. */
  problems: ImportProblem[];
  /** Rows that could not be read (each is a failure in the report). */
  unreadableRows: number;
}

export function parseImportText(text: string, format: ImportFormat): ParsedImport {
  return format === "csv" ? parseCsvRecords(text) : parseJsonLines(text);
}

/** The format a file name implies: .csv → csv; .jsonl / .ndjson / .json → jsonl. */
export function formatFromFileName(fileName: string): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "csv") return "csv";
  if (extension === "jsonl" || extension === "ndjson" || extension === "json") return "jsonl";
  return null;
}

// ---------------------------------------------------------------------------------------------
// CSV

export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * RFC 4180 CSV: quoted fields with "" for a quote, commas and line breaks inside quotes, CRLF or
 * LF (or CR) line ends, a leading UTF-8 byte-order mark. Blank lines are skipped. Lenient where
 * the RFC is strict: text after a closing quote is kept, a quote inside an unquoted field is text.
 */
export function parseCsv(text: string): { rows: CsvRow[]; problems: ImportProblem[] } {
  const rows: CsvRow[] = [];
  const problems: ImportProblem[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < n) {
    const recordLine = line;
    const cells: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let value = "";
      if (text.charCodeAt(i) === 34 /* " */) {
        i++;
        let closed = false;
        while (i < n) {
          const quote = text.indexOf('"', i);
          if (quote === -1) break;
          const chunk = text.slice(i, quote);
          line += countLineBreaks(chunk);
          value += chunk;
          if (text.charCodeAt(quote + 1) === 34) {
            value += '"';
            i = quote + 2;
          } else {
            i = quote + 1;
            closed = true;
            break;
          }
        }
        if (!closed) {
          problems.push({
            line: recordLine,
            field: "row",
            message: "A quoted field is never closed: this row and the rest of the file were skipped",
          });
          return { rows, problems };
        }
      }
      // Unquoted text, or anything after a closing quote, up to the next separator.
      let j = i;
      while (j < n) {
        const code = text.charCodeAt(j);
        if (code === 44 /* , */ || code === 10 || code === 13) break;
        j++;
      }
      value += text.slice(i, j);
      cells.push(value);
      if (j >= n) {
        i = n;
        endOfRecord = true;
      } else if (text.charCodeAt(j) === 44) {
        i = j + 1;
        if (i >= n) {
          cells.push("");
          endOfRecord = true;
        }
      } else {
        i = text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
        line++;
        endOfRecord = true;
      }
    }
    if (cells.some((cell) => cell.trim() !== "")) rows.push({ line: recordLine, cells });
  }
  return { rows, problems };
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 10) count++;
    else if (code === 13 && text.charCodeAt(k + 1) !== 10) count++;
  }
  return count;
}

/** Spreadsheet formula guard written by toCsv ("'=SUM(…)"): one leading apostrophe is removed. */
function unescapeFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function parseCsvRecords(text: string): ParsedImport {
  const { rows, problems } = parseCsv(text);
  const [header, ...data] = rows;
  if (!header) return { records: [], problems, unreadableRows: problems.length };
  const columns: ({ column: ImportColumn; rank: number } | undefined)[] = header.cells.map((cell) =>
    importColumnFor(cell.trim()),
  );
  const index = new Map<ImportColumn, { position: number; rank: number }>();
  columns.forEach((entry, position) => {
    if (!entry) return;
    const existing = index.get(entry.column);
    if (!existing || entry.rank < existing.rank) index.set(entry.column, { position, rank: entry.rank });
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !index.has(column));
  if (missing.length) {
    problems.unshift({
      line: header.line,
      field: "header",
      message: `Missing column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}. The first row must name the columns (name, categories, city, …)`,
    });
    return { records: [], problems, unreadableRows: data.length + problems.length - 1 };
  }
  const records = data.map((row) => {
    const values: RawImportValues = {};
    for (const [column, { position }] of index) {
      const cell = row.cells[position];
      if (cell !== undefined) values[column] = unescapeFormula(cell);
    }
    return { line: row.line, values };
  });
  return { records, problems, unreadableRows: problems.length };
}

// ---------------------------------------------------------------------------------------------
// JSON Lines (and, for .json files, a JSON array of objects)

function valuesOf(object: Record<string, unknown>): RawImportValues {
  const values: RawImportValues = {};
  const ranks = new Map<ImportColumn, number>();
  for (const [key, value] of Object.entries(object)) {
    const entry = importColumnFor(key);
    if (!entry) continue;
    const rank = ranks.get(entry.column);
    if (rank === undefined || entry.rank < rank) {
      values[entry.column] = value;
      ranks.set(entry.column, entry.rank);
    }
  }
  return values;
}

function isSingleJsonObject(text: string): boolean {
  try {
    return isPlainObject(JSON.parse(text));
  } catch {
    return false;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseJsonLines(text: string): ParsedImport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trimStart().startsWith("[")) return parseJsonArray(body);
  // One object written over several lines (a pretty-printed .json file) is one record.
  if (body.trimStart().startsWith("{") && isSingleJsonObject(body)) return parseJsonArray(`[${body}]`);
  const records: RawImportRecord[] = [];
  const problems: ImportProblem[] = [];
  const lines = body.split("\n");
  for (const [index, raw] of lines.entries()) {
    const lineText = raw.trim();
    if (!lineText) continue;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch {
      problems.push({ line, field: "row", message: "Not valid JSON: each line must be one JSON object" });
      continue;
    }
    if (!isPlainObject(value)) {
      problems.push({ line, field: "row", message: 'Each line must be a JSON object like {"name": …}' });
      continue;
    }
    records.push({ line, values: valuesOf(value) });
  }
  return { records, problems, unreadableRows: problems.length };
}

function parseJsonArray(text: string): ParsedImport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      records: [],
      problems: [
        { line: 1, field: "row", message: "Not valid JSON: give one JSON object per line, or one array of objects" },
      ],
      unreadableRows: 1,
    };
  }
  const items = Array.isArray(value) ? value : [];
  const lines = topLevelElementLines(text);
  const records: RawImportRecord[] = [];
  const problems: ImportProblem[] = [];
  items.forEach((item: unknown, index) => {
    const line = lines[index] ?? 1;
    if (isPlainObject(item)) records.push({ line, values: valuesOf(item) });
    else problems.push({ line, field: "row", message: 'Each entry must be a JSON object like {"name": …}' });
  });
  return { records, problems, unreadableRows: problems.length };
}

/** The line on which each element of a top-level JSON array starts. */
function topLevelElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let expecting = false;
  for (const ch of text) {
    if (ch === "\n") line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === "\\") escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (/\s/.test(ch)) continue;
    if (depth === 1 && expecting && ch !== "]") {
      lines.push(line);
      expecting = false;
    }
    if (ch === '"') inString = true;
    else if (ch === "[" || ch === "{") {
      depth++;
      if (depth === 1) expecting = true;
    } else if (ch === "]" || ch === "}") depth--;
    else if (ch === "," && depth === 1) expecting = true;
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Validation and normalisation of one row

export { INFERABLE_FIELDS, type InferableField } from "./inferred-fields";

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

export type NormaliseResult =
  | { ok: true; row: ImportRow; unmappedLabels: string[] }
  | { ok: false; problems: ImportProblem[]; unmappedLabels: string[] };

export const REF_MAX_LENGTH = 200;

const formFields = BusinessFormFields.shape;
const CAPACITY_VALUES = CAPACITY_STATES.map((state) => state.value);

const TAG_FIELDS = [
  { field: "offerings", label: "offerings", max: LIMITS.offerings.max },
  { field: "targetCustomers", label: "target customers", max: LIMITS.targetCustomers },
  { field: "customerProblems", label: "customer problems", max: LIMITS.customerProblems },
] as const;

class RowReader {
  readonly problems: ImportProblem[] = [];
  constructor(
    private readonly values: RawImportValues,
    private readonly line: number,
  ) {}

  problem(field: string, message: string) {
    this.problems.push({ line: this.line, field, message });
  }

  /**
   * Control characters removed (app/domain/text.ts; line breaks kept in a description only); a
   * direction control (U+202E …) is a problem of the row, once per column.
   */
  private clean(column: ImportColumn, text: string, multiline: boolean): string {
    const control = findDirectionControl(text);
    if (control && !this.problems.some((problem) => problem.field === column)) {
      this.problem(column, directionControlMessage("this field", control));
    }
    return cleanText(text, { multiline });
  }

  /** Text, trimmed, without control characters; numbers are accepted as text. */
  text(column: ImportColumn): string {
    const value = this.values[column];
    if (value === undefined || value === null) return "";
    if (typeof value === "string") return this.clean(column, value, column === "description").trim();
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    this.problem(column, "Give text here, not a list or an object");
    return "";
  }

  /** A list: a JSON array, or text split on `separators`. */
  list(column: ImportColumn, separators: RegExp, splitArrayItems: boolean): string[] {
    const value = this.values[column];
    if (value === undefined || value === null) return [];
    if (typeof value === "string") return this.clean(column, value, true).split(separators);
    if (Array.isArray(value)) {
      const out: string[] = [];
      for (const item of value) {
        if (typeof item === "string" || typeof item === "number") {
          const text = this.clean(column, String(item), true);
          out.push(...(splitArrayItems ? text.split(separators) : [text]));
        } else if (item !== null) {
          this.problem(column, "List entries must be text");
          return [];
        }
      }
      return out;
    }
    if (typeof value === "number") return [String(value)];
    this.problem(column, "Give a list as text separated by semicolons, or a JSON array");
    return [];
  }

  /** A number in [min, max], or null when absent. */
  number(column: "lat" | "lng", min: number, max: number, label: string): number | null | undefined {
    const value = this.values[column];
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return null;
    const number = typeof value === "number" ? value : typeof value === "string" ? Number(value.trim()) : Number.NaN;
    if (!Number.isFinite(number) || number < min || number > max) {
      this.problem(column, `${label} must be a number between ${min} and ${max}`);
      return undefined;
    }
    return number;
  }

  /** Runs a field schema of the business form; the first message becomes the problem. */
  check<T>(column: ImportColumn, schema: ZodTypeAny, value: unknown): T | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data as T;
    this.problem(column, result.error.issues[0]?.message ?? "Not valid");
    return undefined;
  }
}

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

  // Categories: the first mapped label is primary, up to three more secondary; umbrella labels
  // ("Home Services") are skipped; unmapped labels are reported.
  // Commas are not separators (some directory labels contain one), but a list typed with commas
  // ("Florists, Wedding Planners") is read as one when the whole of it matches nothing.
  const labels = read
    .list("categories", CATEGORY_SEPARATORS, false)
    .flatMap((label) =>
      label.includes(",") && matchCategoryLabel(label).kind !== "category" ? label.split(",") : [label],
    )
    .map((label) => label.trim())
    .filter(Boolean);
  const categories: string[] = [];
  const unmappedLabels: string[] = [];
  for (const label of labels) {
    const match = matchCategoryLabel(label);
    if (match.kind === "category") {
      if (!categories.includes(match.slug)) categories.push(match.slug);
    } else if (match.kind === "unmapped") unmappedLabels.push(label);
  }
  if (labels.length === 0 && !read.problems.some((p) => p.field === "categories")) {
    read.problem("categories", "Give at least one category, like Florists or Wedding Photographers");
  } else if (labels.length > 0 && categories.length === 0) {
    read.problem("categories", `No category matched: ${labels.join(", ")}`);
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
    return { ok: false, problems: read.problems, unmappedLabels };
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
    unmappedLabels,
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

export type LabelCounts = Map<string, { label: string; count: number }>;

/** Counts labels case-insensitively, keeping the first spelling seen; at most `maxDistinct` labels. */
export function countLabels(counts: LabelCounts, labels: readonly string[], maxDistinct = 1000): LabelCounts {
  for (const label of labels) {
    const key = label.toLowerCase();
    const entry = counts.get(key);
    if (entry) entry.count++;
    else if (counts.size < maxDistinct) counts.set(key, { label, count: 1 });
  }
  return counts;
}

/** Most frequent first, then alphabetical. */
export function sortLabelCounts(
  counts: Iterable<{ label: string; count: number }>,
): { label: string; count: number }[] {
  return [...counts].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

// ---------------------------------------------------------------------------------------------
// Export: the same columns as the import, categories as names; parses back to the same rows.

export interface ExportRow {
  ref: string;
  name: string;
  niche: string;
  /** Category names, primary first ("Florists"). */
  categories: string[];
  city: string;
  region: string;
  country: string;
  lat: number;
  lng: number;
  website: string | null;
  description: string;
  offerings: string[];
  targetCustomers: string[];
  customerProblems: string[];
  capacity: string;
  inferredFields: string[];
}

/** The profile fields an export carries (public ones only). */
export type ExportableBusiness = Pick<
  BusinessProfile,
  | "name"
  | "niche"
  | "primaryCategory"
  | "secondaryCategories"
  | "city"
  | "region"
  | "country"
  | "lat"
  | "lng"
  | "website"
  | "description"
  | "offerings"
  | "targetCustomers"
  | "customerProblems"
  | "capacity"
  | "inferredFields"
>;

/**
 * An export never writes a control character (app/domain/text.ts), even one stored before the
 * text rule existed: the importer would refuse the file (NUL) or the row (U+202E).
 */
export function toExportRow(business: ExportableBusiness, ref: string): ExportRow {
  const line = (text: string) => cleanText(text);
  return {
    ref: line(ref),
    name: line(business.name),
    niche: line(business.niche),
    categories: [business.primaryCategory, ...business.secondaryCategories].map(categoryName),
    city: line(business.city),
    region: line(business.region),
    country: line(business.country),
    lat: business.lat,
    lng: business.lng,
    website: business.website === null ? null : line(business.website),
    description: cleanText(business.description, { multiline: true }),
    offerings: business.offerings.map(line),
    targetCustomers: business.targetCustomers.map(line),
    customerProblems: business.customerProblems.map(line),
    capacity: business.capacity,
    inferredFields: business.inferredFields,
  };
}

function exportCell(row: ExportRow, column: ImportColumn): string | number {
  const value = row[column];
  if (Array.isArray(value)) return value.join("; ");
  return value ?? "";
}

function csvCell(value: string | number): string {
  if (typeof value === "number") return String(value);
  // A cell a spreadsheet would run as a formula gets a leading apostrophe (removed on import).
  const guarded = /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvHeader(): string {
  return `${IMPORT_COLUMNS.join(",")}\r\n`;
}

/** CSV with CRLF line ends; `header: false` for the second and later chunks of a streamed export. */
export function toCsv(rows: readonly ExportRow[], options: { header?: boolean } = {}): string {
  const body = rows
    .map((row) => `${IMPORT_COLUMNS.map((column) => csvCell(exportCell(row, column))).join(",")}\r\n`)
    .join("");
  return (options.header ?? true) ? csvHeader() + body : body;
}

export function toJsonLines(rows: readonly ExportRow[]): string {
  return rows
    .map(
      (row) => `${JSON.stringify(Object.fromEntries(IMPORT_COLUMNS.map((column) => [column, row[column] ?? ""])))}\n`,
    )
    .join("");
}

/** The downloadable example on the import page: every column, the quirks a spreadsheet produces. */
export const IMPORT_EXAMPLE_CSV = [
  "ref,name,categories,city,region,country,lat,lng,website,description,offerings,targetCustomers,customerProblems,capacity",
  'M-001,Bloom & Vine,Florists; Wedding Planners,Portland,OR,US,,,bloomandvine.example.com,"Garden-style flowers, grown on our own farm.",bridal bouquets; centrepieces,engaged couples,planning a wedding,booked-out',
  'M-002,"Lens & Light Studio",Wedding Photographers,Austin,TX,US,,,https://lenslight.example.com,"Documentary photos; ""no posing"" unless you ask.",,,,spare-capacity',
  "M-003,Harbor Home Inspections,Home Inspectors,Bristol,England,GB,51.4552,-2.5966,,,,,,",
  "",
].join("\r\n");
