import { parseStringList, type ResolvedPlace } from "./business";
import type { ImportProblem, RawImportRecord } from "./import-format";
import { normaliseImportRow, type ImportRow } from "./import-normalise";
import { distanceKm } from "./geo";
import { isInferableField } from "./inferred-fields";
import { foldPlaceText } from "./place-names";

/**
 * Row preparation for a bulk import (docs/decisions/005-bulk-import.md), between parsing a file and
 * writing its batches: validation, duplicate refs within one file, the place of each row, the
 * columns it writes, and which inferred values an owner has confirmed since. Pure: the gazetteer
 * comes in as a function, so this runs (and is tested) without a database.
 */

/** A given lat/lng farther than this from the named town keeps the file's place names as given. */
export const SAME_PLACE_KM = 50;

/** A gazetteer place, as row preparation needs it. */
export interface GazetteerPlace {
  id: number;
  name: string;
  region: string;
  country: string;
  lat: number;
  lng: number;
}

/** The gazetteer's exact-name lookup (city, region, country). */
export type FindPlace = (name: string, region: string, country: string) => GazetteerPlace | undefined;

/** The Business columns an import writes (and compares, to skip unchanged rows). Lists are JSON text. */
export interface ImportedColumns {
  name: string;
  niche: string;
  description: string;
  website: string | null;
  primaryCategory: string;
  secondaryCategories: string;
  offerings: string;
  targetCustomers: string;
  customerProblems: string;
  inferredFields: string;
  placeId: number | null;
  city: string;
  region: string;
  country: string;
  lat: number;
  lng: number;
  capacity: string;
}

export const IMPORTED_COLUMN_NAMES = [
  "name",
  "niche",
  "description",
  "website",
  "primaryCategory",
  "secondaryCategories",
  "offerings",
  "targetCustomers",
  "customerProblems",
  "inferredFields",
  "placeId",
  "city",
  "region",
  "country",
  "lat",
  "lng",
  "capacity",
] as const satisfies readonly (keyof ImportedColumns)[];

/** A valid row with the columns it writes. */
export interface PreparedRow {
  row: ImportRow;
  columns: ImportedColumns;
}

export interface PreparedBatch {
  /** Rows to write, in file order. */
  prepared: PreparedRow[];
  /** Rows refused (invalid, a duplicate ref, an unknown place). */
  failed: number;
  /** The refused rows' problems, in file order. */
  problems: ImportProblem[];
  /** Category labels no category matched, one entry per occurrence (for countLabels). */
  unmappedLabels: string[];
  /** Umbrella labels left too general to use ("Hotels"), one entry per occurrence. */
  tooGeneralLabels: string[];
  /** Labels for what is not a partner trade ("Airports"), one entry per occurrence. */
  notPartnerTradeLabels: string[];
}

/**
 * Prepares one file's records, a batch at a time. It remembers the refs already taken and the
 * places already looked up across batches, so make one per import run.
 */
export class RowPreparer {
  private readonly seenRefs = new Map<string, number>();
  private readonly places = new Map<string, GazetteerPlace | null>();

  constructor(private readonly findPlace: FindPlace) {}

  prepare(records: readonly RawImportRecord[]): PreparedBatch {
    const batch: PreparedBatch = {
      prepared: [],
      failed: 0,
      problems: [],
      unmappedLabels: [],
      tooGeneralLabels: [],
      notPartnerTradeLabels: [],
    };
    for (const record of records) {
      const result = normaliseImportRow(record.values, record.line);
      batch.unmappedLabels.push(...result.unmappedLabels);
      batch.tooGeneralLabels.push(...result.tooGeneralLabels);
      batch.notPartnerTradeLabels.push(...result.notPartnerTradeLabels);
      if (!result.ok) {
        batch.failed++;
        batch.problems.push(...result.problems);
        continue;
      }
      const { row } = result;
      const firstLine = this.seenRefs.get(row.ref);
      if (firstLine !== undefined) {
        batch.failed++;
        batch.problems.push(
          row.ref.startsWith("auto:") && !record.values.ref
            ? {
                line: row.line,
                field: "name",
                message: `Same name and place as line ${firstLine}: give each row its own ref to keep both`,
              }
            : { line: row.line, field: "ref", message: `Same ref as line ${firstLine}: each row needs its own ref` },
        );
        continue;
      }
      const place = placeForRow(row, this.gazetteerMatch(row));
      if (!place) {
        batch.failed++;
        batch.problems.push({
          line: row.line,
          field: "city",
          message: `Unknown place: give lat and lng (${[row.city, row.region, row.country].filter(Boolean).join(", ")})`,
        });
        continue;
      }
      this.seenRefs.set(row.ref, row.line);
      batch.prepared.push({ row, columns: columnsOf(row, place) });
    }
    return batch;
  }

  private gazetteerMatch(row: ImportRow): GazetteerPlace | undefined {
    const key = [row.city, row.region, row.country].map(foldPlaceText).join("|");
    let match = this.places.get(key);
    if (match === undefined) {
      match = findWithoutUnknownRegion(this.findPlace, row.city, row.region, row.country) ?? null;
      this.places.set(key, match);
    }
    return match ?? undefined;
  }
}

/** The gazetteer place for a row; a region the gazetteer does not record (e.g. "Bavaria") is not held against it. */
export function findWithoutUnknownRegion(
  find: FindPlace,
  city: string,
  region: string,
  country: string,
): GazetteerPlace | undefined {
  const exact = find(city, region, country);
  if (exact || !region) return exact;
  const withoutRegion = find(city, "", country);
  return withoutRegion && !withoutRegion.region ? withoutRegion : undefined;
}

/**
 * Where a row's business is: the gazetteer's town (with its coordinates, or the row's when they are
 * within SAME_PLACE_KM of it); the row's own names and coordinates when it gives them and the
 * gazetteer has no such town nearby; null when it has neither.
 */
export function placeForRow(row: ImportRow, match: GazetteerPlace | undefined): ResolvedPlace | null {
  if (row.lat !== null && row.lng !== null) {
    const given = { lat: row.lat, lng: row.lng };
    if (match && distanceKm(match, given) <= SAME_PLACE_KM) {
      return {
        placeId: match.id,
        city: match.name,
        region: match.region || row.region,
        country: match.country,
        ...given,
      };
    }
    return { placeId: null, city: row.city, region: row.region, country: row.country, ...given };
  }
  if (!match) return null;
  return {
    placeId: match.id,
    city: match.name,
    region: match.region || row.region,
    country: match.country,
    lat: match.lat,
    lng: match.lng,
  };
}

export function columnsOf(row: ImportRow, place: ResolvedPlace): ImportedColumns {
  return {
    name: row.name,
    niche: row.niche,
    description: row.description,
    website: row.website,
    primaryCategory: row.primaryCategory,
    secondaryCategories: JSON.stringify(row.secondaryCategories),
    offerings: JSON.stringify(row.offerings),
    targetCustomers: JSON.stringify(row.targetCustomers),
    customerProblems: JSON.stringify(row.customerProblems),
    inferredFields: JSON.stringify(row.inferredFields),
    placeId: place.placeId,
    city: place.city,
    region: place.region,
    country: place.country,
    lat: place.lat,
    lng: place.lng,
    capacity: row.capacity,
  };
}

/**
 * The columns to write over a stored business: values filled in from the taxonomy never
 * overwrite what the owner entered or confirmed since (a field no longer listed in the
 * business's inferredFields), and such a field is not marked inferred again.
 */
export function keepConfirmedFields(columns: ImportedColumns, current: ImportedColumns): ImportedColumns {
  const rowInferred = parseStringList(columns.inferredFields);
  if (rowInferred.length === 0) return columns;
  const currentInferred = new Set(parseStringList(current.inferredFields));
  const merged = { ...columns };
  const stillInferred: string[] = [];
  for (const field of rowInferred) {
    if (isInferableField(field) && !currentInferred.has(field)) merged[field] = current[field];
    else stillInferred.push(field);
  }
  merged.inferredFields = JSON.stringify(stillInferred);
  return merged;
}

/** True when writing `columns` would change nothing. */
export function sameImportedColumns(columns: ImportedColumns, current: ImportedColumns): boolean {
  return IMPORTED_COLUMN_NAMES.every((column) => columns[column] === current[column]);
}
