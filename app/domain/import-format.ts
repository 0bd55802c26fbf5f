/**
 * The bulk import and export format of businesses (docs/decisions/005-bulk-import.md): its columns
 * and the names they go by, the file types, and the raw records and problems passed between the
 * steps. Reading a file is app/domain/import-parse.ts, checking one record
 * app/domain/import-normalise.ts, writing an export app/domain/export-format.ts.
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

/** The format a file name implies: .csv → csv; .jsonl / .ndjson / .json → jsonl. */
export function formatFromFileName(fileName: string): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "csv") return "csv";
  if (extension === "jsonl" || extension === "ndjson" || extension === "json") return "jsonl";
  return null;
}

/** The downloadable example on the import page: every column, the quirks a spreadsheet produces. */
export const IMPORT_EXAMPLE_CSV = [
  "ref,name,categories,city,region,country,lat,lng,website,description,offerings,targetCustomers,customerProblems,capacity",
  'M-001,Bloom & Vine,Florists; Wedding Planners,Portland,OR,US,,,bloomandvine.example.com,"Garden-style flowers, grown on our own farm.",bridal bouquets; centrepieces,engaged couples,planning a wedding,booked-out',
  'M-002,"Lens & Light Studio",Wedding Photographers,Austin,TX,US,,,https://lenslight.example.com,"Documentary photos; ""no posing"" unless you ask.",,,,spare-capacity',
  "M-003,Harbor Home Inspections,Home Inspectors,Bristol,England,GB,51.4552,-2.5966,,,,,,",
  "",
].join("\r\n");
