import type { BusinessProfile } from "./business";
import { IMPORT_COLUMNS, type ImportColumn } from "./import-format";
import { categoryName } from "./taxonomy";
import { cleanText } from "./text";

/**
 * Export of businesses as CSV or JSON Lines: the same columns as the import
 * (app/domain/import-format.ts), categories as names, so an export parses back to the same rows.
 */

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

/** One CSV line (CRLF) of cells made safe for spreadsheets, for exports with their own columns. */
export function csvRow(values: readonly (string | number | null)[]): string {
  return `${values.map((value) => csvCell(typeof value === "string" ? cleanText(value) : (value ?? ""))).join(",")}\r\n`;
}

function csvCell(value: string | number): string {
  if (typeof value === "number") return String(value);
  // A cell a spreadsheet would run as a formula gets a leading apostrophe (removed on import by
  // unescapeFormula in app/domain/import-parse.ts).
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
