import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@prisma/client";
import type { ResolvedPlace } from "#app/domain/business";
import {
  countLabels,
  normaliseImportRow,
  parseImportText,
  sortLabelCounts,
  toExportRow,
  type ExportRow,
  type ImportFormat,
  type ImportProblem,
  type ImportRow,
  type LabelCounts,
  type RawImportRecord,
  MAX_STORED_PROBLEMS,
} from "#app/domain/import-format";
import { distanceKm, foldPlaceText } from "#app/domain/place-names";
import { SLUG_MAX_LENGTH, slugify } from "#app/domain/slug";
import { prisma, refreshQueryPlannerStatistics } from "#app/utils/db.server";
import { findPlaceByName, type Place } from "./places.server";
import { enqueueSearchSync } from "./search-outbox.server";

/**
 * Bulk import of businesses (docs/decisions/005-bulk-import.md). Rows are written in batches, each
 * batch in one transaction that upserts by (ownerId, externalRef) and writes its outbox rows, so a
 * crash loses at most the batch in flight and a re-run finishes the job without duplicates.
 */
export const IMPORT_BATCH_SIZE = 500;
/** A given lat/lng farther than this from the named town keeps the file's place names as given. */
const SAME_PLACE_KM = 50;
/** Refresh SQLite's planner statistics after an import writes at least this many rows. */
const STATISTICS_AFTER_ROWS = 1000;

export const SYSTEM_IMPORT_EMAIL = "import@mutualist.local";
/** Not an argon2 hash, so no password ever verifies against it. */
const NO_SIGN_IN_HASH = "!no-sign-in";

/** "interrupted": shown for a "running" import that stopped moving (cut off by a restart). */
export type ImportStatus = "running" | "indexing" | "done" | "failed" | "interrupted";

/** Every batch moves an import's updatedAt; one that has not moved for this long is no longer running. */
export const IMPORT_STALLED_AFTER_MS = 2 * 60_000;

export interface ImportProgress {
  importId: string;
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  failedCount: number;
}

export interface ImportSummary extends ImportProgress {
  unmappedLabels: { label: string; count: number }[];
  /** The first MAX_STORED_PROBLEMS problems, by line. */
  problems: ImportProblem[];
}

export interface RunImportOptions {
  ownerId: string;
  fileName: string;
  format: ImportFormat;
  /** The file's text, or already parsed records. */
  text?: string;
  records?: RawImportRecord[];
  /** An Import row made earlier with createImport (the web upload shows its page at once). */
  importId?: string;
  batchSize?: number;
  /** Called after each committed batch. Throwing stops the import (tests use it to simulate a crash). */
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
}

export async function createImport(input: { ownerId: string; fileName: string; format: ImportFormat }) {
  return prisma.import.create({
    data: { ownerId: input.ownerId, fileName: input.fileName.slice(0, 200), format: input.format, status: "running" },
    select: { id: true },
  });
}

/**
 * Imports a file for an owner. Returns when every row is written: status "indexing" when there is
 * something for the search index to pick up (see refreshImportStatus), else "done". On an
 * unexpected error the import is marked "failed" and the error is rethrown; committed batches stay.
 */
export async function runImport(options: RunImportOptions): Promise<ImportSummary> {
  const importId = options.importId ?? (await createImport(options)).id;
  const run = new ImportRun(importId, options.ownerId);
  try {
    const parsed = options.records
      ? { records: options.records, problems: [], unreadableRows: 0 }
      : parseImportText(options.text ?? "", options.format);
    run.start(parsed.records.length + parsed.unreadableRows, parsed.unreadableRows, parsed.problems);
    await run.saveStart();
    const batchSize = Math.max(1, options.batchSize ?? IMPORT_BATCH_SIZE);
    for (let start = 0; start < parsed.records.length; start += batchSize) {
      await run.processBatch(parsed.records.slice(start, start + batchSize));
      await options.onProgress?.(run.progress());
      // SQLite calls run on this thread: let waiting requests in between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return await run.finish();
  } catch (error) {
    await run.fail(error);
    throw error;
  }
}

/** Owners with an import running in this process: one at a time each. */
const running = new Set<string>();

export type StartImportResult = { ok: true; importId: string } | { ok: false; message: string };

/**
 * For the web upload: creates the import and runs it in the background in this process, so the
 * page can show its progress. A restart interrupts it; uploading the file again finishes the job.
 */
export async function startImport(input: {
  ownerId: string;
  fileName: string;
  format: ImportFormat;
  text: string;
}): Promise<StartImportResult> {
  if (running.has(input.ownerId)) {
    return {
      ok: false,
      message: "You already have an import running: wait for it to finish, then upload the next file.",
    };
  }
  running.add(input.ownerId);
  try {
    const { id } = await createImport(input);
    void runImport({ ...input, importId: id })
      .catch((error: unknown) => console.warn(`import ${id} failed:`, error))
      .finally(() => running.delete(input.ownerId));
    return { ok: true, importId: id };
  } catch (error) {
    running.delete(input.ownerId);
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------

/** The columns an import writes (and compares, to skip unchanged rows). */
interface ImportedColumns {
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

const IMPORTED_COLUMN_NAMES = [
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

type ExistingRow = ImportedColumns & { id: string; externalRef: string | null };

interface PreparedRow {
  row: ImportRow;
  columns: ImportedColumns;
}

const INFERABLE_COLUMN: Record<
  ImportRow["inferredFields"][number],
  "niche" | "offerings" | "targetCustomers" | "customerProblems"
> = {
  niche: "niche",
  offerings: "offerings",
  targetCustomers: "targetCustomers",
  customerProblems: "customerProblems",
};

class ImportRun {
  private totalRows = 0;
  private processedRows = 0;
  private createdCount = 0;
  private updatedCount = 0;
  private unchangedCount = 0;
  private failedCount = 0;
  private problems: ImportProblem[] = [];
  /** How many problems the Import row holds (they only grow), to skip rewriting an unchanged list. */
  private savedProblems = -1;
  private unmapped: LabelCounts = new Map();
  private readonly seenRefs = new Map<string, number>();
  private readonly places = new Map<string, Place | null>();

  constructor(
    readonly importId: string,
    readonly ownerId: string,
  ) {}

  start(totalRows: number, unreadableRows: number, problems: ImportProblem[]) {
    this.totalRows = totalRows;
    this.failedCount = unreadableRows;
    this.processedRows = unreadableRows;
    for (const problem of problems) this.addProblem(problem);
  }

  progress(status: ImportStatus = "running"): ImportProgress {
    return {
      importId: this.importId,
      status,
      totalRows: this.totalRows,
      processedRows: this.processedRows,
      createdCount: this.createdCount,
      updatedCount: this.updatedCount,
      unchangedCount: this.unchangedCount,
      failedCount: this.failedCount,
    };
  }

  private addProblem(problem: ImportProblem) {
    if (this.problems.length < MAX_STORED_PROBLEMS) this.problems.push(problem);
  }

  private reportData(): Prisma.ImportUpdateInput {
    const { importId: _id, status: _status, ...counts } = this.progress();
    const data: Prisma.ImportUpdateInput = {
      ...counts,
      unmappedLabels: JSON.stringify(
        Object.fromEntries(sortLabelCounts(this.unmapped.values()).map((e) => [e.label, e.count])),
      ),
    };
    if (this.problems.length !== this.savedProblems) {
      data.problems = JSON.stringify([...this.problems].sort((a, b) => a.line - b.line));
    }
    return data;
  }

  async saveStart() {
    await prisma.import.update({ where: { id: this.importId }, data: { status: "running", ...this.reportData() } });
    this.savedProblems = this.problems.length;
  }

  /** Validates a batch (pure work, outside the transaction), then writes it in one transaction. */
  async processBatch(records: RawImportRecord[]) {
    const prepared: PreparedRow[] = [];
    let failed = 0;
    for (const record of records) {
      const result = normaliseImportRow(record.values, record.line);
      countLabels(this.unmapped, result.unmappedLabels);
      if (!result.ok) {
        failed++;
        for (const problem of result.problems) this.addProblem(problem);
        continue;
      }
      const { row } = result;
      const firstLine = this.seenRefs.get(row.ref);
      if (firstLine !== undefined) {
        failed++;
        this.addProblem(
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
      const place = this.placeFor(row);
      if (!place) {
        failed++;
        this.addProblem({
          line: row.line,
          field: "city",
          message: `Unknown place: give lat and lng (${[row.city, row.region, row.country].filter(Boolean).join(", ")})`,
        });
        continue;
      }
      this.seenRefs.set(row.ref, row.line);
      prepared.push({ row, columns: columnsOf(row, place) });
    }

    const result = await withRetry(() => this.writeBatch(prepared, failed, records.length));
    this.savedProblems = this.problems.length;
    this.createdCount += result.created;
    this.updatedCount += result.updated;
    this.unchangedCount += result.unchanged;
    this.failedCount += failed;
    this.processedRows += records.length;
  }

  private async writeBatch(prepared: PreparedRow[], failed: number, size: number) {
    return prisma.$transaction(
      async (tx) => {
        // A write first, so the transaction holds SQLite's write lock before it reads.
        await tx.import.update({ where: { id: this.importId }, data: { status: "running" } });
        const existing = await findExisting(
          tx,
          this.ownerId,
          prepared.map((item) => item.row.ref),
        );
        const byRef = new Map(existing.map((row) => [row.externalRef ?? "", row]));

        const toCreate: PreparedRow[] = [];
        const toUpdate: { id: string; columns: ImportedColumns }[] = [];
        let unchanged = 0;
        for (const item of prepared) {
          const current = byRef.get(item.row.ref);
          if (!current) {
            toCreate.push(item);
            continue;
          }
          const columns = keepConfirmedFields(item.columns, current);
          if (IMPORTED_COLUMN_NAMES.every((column) => columns[column] === current[column])) unchanged++;
          else toUpdate.push({ id: current.id, columns });
        }

        const now = new Date();
        const slugs = await freeSlugs(
          tx,
          this.ownerId,
          toCreate.map((item) => ({ name: item.row.name, ref: item.row.ref })),
        );
        const created = toCreate.map((item, index) => ({
          ...item.columns,
          id: newBusinessId(),
          ownerId: this.ownerId,
          externalRef: item.row.ref,
          importId: this.importId,
          slug: slugs[index] ?? "",
          status: "published",
          publishedAt: now,
          createdAt: now,
          updatedAt: now,
        }));
        await insertBusinesses(tx, created);
        for (const update of toUpdate) {
          await tx.business.update({ where: { id: update.id }, data: { ...update.columns, importId: this.importId } });
        }
        await enqueueSearchSync(tx, [...created.map((row) => row.id), ...toUpdate.map((update) => update.id)]);

        const counts = {
          created: created.length,
          updated: toUpdate.length,
          unchanged,
        };
        const after = this.progress();
        await tx.import.update({
          where: { id: this.importId },
          data: {
            ...this.reportData(),
            processedRows: after.processedRows + size,
            createdCount: after.createdCount + counts.created,
            updatedCount: after.updatedCount + counts.updated,
            unchangedCount: after.unchangedCount + counts.unchanged,
            failedCount: after.failedCount + failed,
          },
        });
        return counts;
      },
      { timeout: 120_000, maxWait: 60_000 },
    );
  }

  private placeFor(row: ImportRow): ResolvedPlace | null {
    const key = [row.city, row.region, row.country].map(foldPlaceText).join("|");
    let match = this.places.get(key);
    if (match === undefined) {
      match = lookupPlace(row.city, row.region, row.country) ?? null;
      this.places.set(key, match);
    }
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

  async finish(): Promise<ImportSummary> {
    const written = this.createdCount + this.updatedCount;
    // Thousands of new rows change what the query planner should pick; statistics are best effort.
    if (written >= STATISTICS_AFTER_ROWS) await refreshQueryPlannerStatistics().catch(() => {});
    const status: ImportStatus = written > 0 ? "indexing" : "done";
    await prisma.import.update({
      where: { id: this.importId },
      data: { ...this.reportData(), status, ...(status === "done" ? { finishedAt: new Date() } : {}) },
    });
    return this.summary(status);
  }

  summary(status: ImportStatus): ImportSummary {
    return {
      ...this.progress(status),
      unmappedLabels: sortLabelCounts(this.unmapped.values()),
      problems: [...this.problems].sort((a, b) => a.line - b.line),
    };
  }

  async fail(error: unknown) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    try {
      await prisma.import.update({
        where: { id: this.importId },
        data: { ...this.reportData(), status: "failed", error: message, finishedAt: new Date() },
      });
    } catch {
      // The database itself is failing: the import stays "running"; a re-run finishes the job.
    }
  }
}

/**
 * The owner's businesses with these refs, in one query (a raw IN list: Prisma's was the slowest
 * step of an all-unchanged re-import).
 */
async function findExisting(tx: Prisma.TransactionClient, ownerId: string, refs: string[]): Promise<ExistingRow[]> {
  if (refs.length === 0) return [];
  const columns = ["id", "externalRef", ...IMPORTED_COLUMN_NAMES].map((column) => `"${column}"`).join(", ");
  return tx.$queryRawUnsafe<ExistingRow[]>(
    `SELECT ${columns} FROM "Business" WHERE "ownerId" = ? AND "externalRef" IN (${refs.map(() => "?").join(", ")})`,
    ownerId,
    ...refs,
  );
}

type NewBusinessRow = ImportedColumns & {
  id: string;
  ownerId: string;
  externalRef: string;
  importId: string;
  slug: string;
  status: string;
  publishedAt: Date;
  createdAt: Date;
  updatedAt: Date;
};

const INSERT_COLUMNS = [
  "id",
  "ownerId",
  "externalRef",
  "importId",
  "slug",
  "status",
  "publishedAt",
  "createdAt",
  "updatedAt",
  ...IMPORTED_COLUMN_NAMES,
] as const satisfies readonly (keyof NewBusinessRow)[];
const INSERT_ROWS_PER_STATEMENT = 200;

/**
 * New businesses, 200 rows per INSERT. Prisma's createMany splits SQLite inserts at the legacy
 * 999-parameter limit (~30 rows a statement) and was six times slower for large imports; the
 * other columns take their schema defaults. Dates go in as Date objects, stored as Prisma stores them.
 */
async function insertBusinesses(tx: Prisma.TransactionClient, rows: NewBusinessRow[]) {
  const columnList = INSERT_COLUMNS.map((column) => `"${column}"`).join(", ");
  const tuple = `(${INSERT_COLUMNS.map(() => "?").join(", ")})`;
  for (let start = 0; start < rows.length; start += INSERT_ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + INSERT_ROWS_PER_STATEMENT);
    const values = chunk.flatMap((row) => INSERT_COLUMNS.map((column) => row[column]));
    await tx.$executeRawUnsafe(
      `INSERT INTO "Business" (${columnList}) VALUES ${chunk.map(() => tuple).join(", ")}`,
      ...values,
    );
  }
}

let idSequence = 0;

/** A cuid-like id (25 characters, time-ordered), made here so a multi-row insert needs no RETURNING. */
function newBusinessId(): string {
  idSequence = (idSequence + 1) % 36 ** 4;
  return `c${Date.now().toString(36).padStart(8, "0")}${idSequence.toString(36).padStart(4, "0")}${randomBytes(6).toString("hex")}`;
}

/** The gazetteer place for a row; a region the gazetteer does not record (e.g. "Bavaria") is not held against it. */
function lookupPlace(city: string, region: string, country: string): Place | undefined {
  const exact = findPlaceByName(city, region, country);
  if (exact || !region) return exact;
  const withoutRegion = findPlaceByName(city, "", country);
  return withoutRegion && !withoutRegion.region ? withoutRegion : undefined;
}

function columnsOf(row: ImportRow, place: ResolvedPlace): ImportedColumns {
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
 * Values filled in from the taxonomy never overwrite what the owner entered or confirmed since
 * (a field no longer listed in the business's inferredFields).
 */
function keepConfirmedFields(columns: ImportedColumns, current: ExistingRow): ImportedColumns {
  const rowInferred = parseStringList(columns.inferredFields);
  if (rowInferred.length === 0) return columns;
  const currentInferred = new Set(parseStringList(current.inferredFields));
  const merged = { ...columns };
  const stillInferred: string[] = [];
  for (const field of rowInferred) {
    const column = INFERABLE_COLUMN[field as keyof typeof INFERABLE_COLUMN];
    if (column && !currentInferred.has(field)) merged[column] = current[column];
    else stillInferred.push(field);
  }
  merged.inferredFields = JSON.stringify(stillInferred);
  return merged;
}

function parseStringList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

function shortHash(ownerId: string, ref: string, length: number): string {
  return createHash("sha256").update(`${ownerId}\n${ref}`).digest("hex").slice(0, length);
}

/**
 * Slugs for new businesses without a query per row: the name plus a short hash of the owner and
 * ref ("bloom-and-vine-3f2a9c"). One query per batch finds the rare collision, which gets a longer hash.
 */
async function freeSlugs(
  tx: Prisma.TransactionClient,
  ownerId: string,
  rows: { name: string; ref: string }[],
): Promise<string[]> {
  const base = rows.map(
    ({ name }) =>
      slugify(name)
        .slice(0, SLUG_MAX_LENGTH - 17)
        .replace(/-+$/g, "") || "business",
  );
  const slugs = rows.map((row, index) => `${base[index]}-${shortHash(ownerId, row.ref, 6)}`);
  for (let attempt = 1; attempt <= 5; attempt++) {
    const taken = new Set(
      slugs.length
        ? (
            await tx.$queryRawUnsafe<{ slug: string }[]>(
              `SELECT "slug" FROM "Business" WHERE "slug" IN (${slugs.map(() => "?").join(", ")})`,
              ...slugs,
            )
          ).map((row) => row.slug)
        : [],
    );
    const seen = new Set<string>();
    let clashes = 0;
    slugs.forEach((slug, index) => {
      if (taken.has(slug) || seen.has(slug)) {
        clashes++;
        const row = rows[index];
        const suffix =
          attempt < 3
            ? shortHash(ownerId, row?.ref ?? "", 6 + attempt * 5)
            : `${shortHash(ownerId, row?.ref ?? "", 16)}-${attempt}`;
        slugs[index] = `${base[index]}-${suffix}`;
      }
      seen.add(slugs[index] ?? "");
    });
    if (clashes === 0) return slugs;
  }
  return slugs;
}

/** SQLite busy, a write conflict or a unique clash with a concurrent writer: the batch is safe to run again. */
async function withRetry<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code =
        typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
      const message = error instanceof Error ? error.message : "";
      const retryable = ["P1008", "P2034", "P2002"].includes(code) || /SQLITE_BUSY|database is locked/i.test(message);
      if (!retryable || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Reading imports back

const summarySelect = {
  id: true,
  ownerId: true,
  fileName: true,
  format: true,
  status: true,
  totalRows: true,
  processedRows: true,
  createdCount: true,
  updatedCount: true,
  unchangedCount: true,
  failedCount: true,
  error: true,
  createdAt: true,
  updatedAt: true,
  finishedAt: true,
} satisfies Prisma.ImportSelect;

export async function listImports(ownerId: string, take = 50) {
  const rows = await prisma.import.findMany({
    where: { ownerId },
    orderBy: { createdAt: "desc" },
    take,
    select: summarySelect,
  });
  return rows.map(({ ownerId: _ownerId, ...row }) => ({ ...row, status: toStatus(row.status, row.updatedAt) }));
}

/** Changes to this import's businesses that the search index has not taken in yet. */
export async function pendingIndexCount(importId: string): Promise<number> {
  const rows = await prisma.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS n FROM "SearchOutbox"
    WHERE "processedAt" IS NULL AND "businessId" IN (SELECT "id" FROM "Business" WHERE "importId" = ${importId})`;
  return Number(rows[0]?.n ?? 0);
}

/** An "indexing" import becomes "done" once the sync worker has indexed all its changes. */
export async function refreshImportStatus(importId: string): Promise<{ status: string; pendingIndex: number }> {
  const current = await prisma.import.findUnique({ where: { id: importId }, select: { status: true } });
  if (!current) return { status: "missing", pendingIndex: 0 };
  if (current.status !== "indexing") return { status: current.status, pendingIndex: 0 };
  const pendingIndex = await pendingIndexCount(importId);
  if (pendingIndex > 0) return { status: "indexing", pendingIndex };
  await prisma.import.updateMany({
    where: { id: importId, status: "indexing" },
    data: { status: "done", finishedAt: new Date() },
  });
  return { status: "done", pendingIndex: 0 };
}

export const PROBLEMS_PAGE_SIZE = 50;

/** Throws 404 when the import does not exist and 403 when `userId` did not upload it. */
export async function requireImportOwner(userId: string, importId: string): Promise<void> {
  const found = await prisma.import.findUnique({ where: { id: importId }, select: { ownerId: true } });
  if (!found) throw new Response("No import with that id", { status: 404 });
  if (found.ownerId !== userId)
    throw new Response("Only the organiser who uploaded this import can see it", { status: 403 });
}

/** The import with its report (problems a page at a time), if `userId` owns it. */
export async function getImportReport(userId: string, importId: string, options: { problemsPage?: number } = {}) {
  await requireImportOwner(userId, importId);
  const { pendingIndex } = await refreshImportStatus(importId);
  const row = await prisma.import.findUniqueOrThrow({
    where: { id: importId },
    select: { ...summarySelect, unmappedLabels: true, problems: true, _count: { select: { businesses: true } } },
  });
  const problems = parseProblems(row.problems);
  const pageCount = Math.max(1, Math.ceil(problems.length / PROBLEMS_PAGE_SIZE));
  const page = Math.min(pageCount, Math.max(1, options.problemsPage ?? 1));
  const { unmappedLabels: unmappedText, problems: _problems, _count, ownerId: _ownerId, ...summary } = row;
  return {
    ...summary,
    status: toStatus(summary.status, summary.updatedAt),
    pendingIndex,
    businessCount: _count.businesses,
    unmappedLabels: parseLabelCounts(unmappedText),
    problemCount: problems.length,
    problems: problems.slice((page - 1) * PROBLEMS_PAGE_SIZE, page * PROBLEMS_PAGE_SIZE),
    problemsPage: page,
    problemsPageCount: pageCount,
  };
}

function toStatus(status: string, updatedAt: Date, now = Date.now()): ImportStatus {
  if (status === "indexing" || status === "done" || status === "failed") return status;
  return now - updatedAt.getTime() > IMPORT_STALLED_AFTER_MS ? "interrupted" : "running";
}

function parseProblems(text: string): ImportProblem[] {
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (item): item is ImportProblem =>
        typeof item === "object" &&
        item !== null &&
        typeof item.line === "number" &&
        typeof item.field === "string" &&
        typeof item.message === "string",
    );
  } catch {
    return [];
  }
}

function parseLabelCounts(text: string): { label: string; count: number }[] {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
    return sortLabelCounts(
      Object.entries(value).flatMap(([label, count]) => (typeof count === "number" ? [{ label, count }] : [])),
    );
  } catch {
    return [];
  }
}

/** The owner for CLI imports: the given account, or the system account (created on demand, cannot sign in). */
export async function findImportOwner(email?: string): Promise<{ id: string; email: string } | null> {
  if (!email || email.trim().toLowerCase() === SYSTEM_IMPORT_EMAIL) {
    const user = await prisma.user.upsert({
      where: { email: SYSTEM_IMPORT_EMAIL },
      create: { email: SYSTEM_IMPORT_EMAIL, passwordHash: NO_SIGN_IN_HASH },
      update: {},
      select: { id: true, email: true, passwordHash: true },
    });
    // Someone who signed up with this address must not receive every imported business.
    if (user.passwordHash !== NO_SIGN_IN_HASH) {
      throw new Error(`${SYSTEM_IMPORT_EMAIL} is a signed-up account, not the system account: pass --owner EMAIL`);
    }
    return { id: user.id, email: user.email };
  }
  return prisma.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true } });
}

// ---------------------------------------------------------------------------------------------
// Export

export interface ExportScope {
  ownerId?: string;
  importId?: string;
}

const exportSelect = {
  id: true,
  externalRef: true,
  name: true,
  niche: true,
  primaryCategory: true,
  secondaryCategories: true,
  city: true,
  region: true,
  country: true,
  lat: true,
  lng: true,
  website: true,
  description: true,
  offerings: true,
  targetCustomers: true,
  customerProblems: true,
  capacity: true,
  inferredFields: true,
} satisfies Prisma.BusinessSelect;

/**
 * Rows for export, in pages read by id. With an owner or an import: that owner's businesses (any
 * status), ref = their external ref. With neither: every published business, public fields only,
 * ref = the public business id. Never contact details or owner ids.
 */
export async function* exportBusinesses(scope: ExportScope = {}, pageSize = 1000): AsyncGenerator<ExportRow> {
  const own = !!(scope.ownerId || scope.importId);
  const where: Prisma.BusinessWhereInput = own
    ? { ...(scope.ownerId ? { ownerId: scope.ownerId } : {}), ...(scope.importId ? { importId: scope.importId } : {}) }
    : { status: "published" };
  let cursor: string | undefined;
  for (;;) {
    const page = await prisma.business.findMany({
      where: cursor ? { AND: [where, { id: { gt: cursor } }] } : where,
      orderBy: { id: "asc" },
      take: pageSize,
      select: exportSelect,
    });
    for (const row of page) {
      const profile = {
        ...row,
        secondaryCategories: parseStringList(row.secondaryCategories),
        offerings: parseStringList(row.offerings),
        targetCustomers: parseStringList(row.targetCustomers),
        customerProblems: parseStringList(row.customerProblems),
        inferredFields: parseStringList(row.inferredFields),
      };
      yield toExportRow(profile, own ? (row.externalRef ?? row.id) : row.id);
    }
    if (page.length < pageSize) return;
    cursor = page[page.length - 1]?.id;
  }
}

/**
 * Removes an import's report from its owner's list. The businesses it created stay in the
 * directory (they only lose the link to this report). Not while it is still running or indexing.
 */
export async function removeImport(userId: string, importId: string) {
  await requireImportOwner(userId, importId);
  await refreshImportStatus(importId);
  const current = await prisma.import.findUniqueOrThrow({
    where: { id: importId },
    select: { status: true, updatedAt: true },
  });
  const shown = toStatus(current.status, current.updatedAt);
  if (shown === "running" || shown === "indexing") {
    throw new Response("This import is still running: remove its report once it has finished.", { status: 409 });
  }
  await prisma.import.delete({ where: { id: importId } });
}
