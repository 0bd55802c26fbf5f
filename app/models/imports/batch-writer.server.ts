import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@prisma/client";
import {
  IMPORTED_COLUMN_NAMES,
  keepConfirmedFields,
  sameImportedColumns,
  type ImportedColumns,
  type PreparedRow,
} from "#app/domain/import-rows";
import { SLUG_MAX_LENGTH, slugify } from "#app/domain/slug";
import { prisma } from "#app/utils/db.server";
import { enqueueSearchSync } from "#app/models/search-outbox.server";

/**
 * Writes one batch of prepared import rows in one transaction (docs/decisions/005-bulk-import.md):
 * upserts by (ownerId, externalRef), skips unchanged rows, writes the outbox rows and the Import
 * row's report. Retried as a whole on busy or conflict errors (it re-reads, so a retry is safe).
 */

export interface BatchCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface WriteBatchInput {
  importId: string;
  ownerId: string;
  prepared: PreparedRow[];
  /** The Import row's report once this batch is in (written in the same transaction). */
  report: (counts: BatchCounts) => Prisma.ImportUpdateInput;
}

export async function writeImportBatch(input: WriteBatchInput): Promise<BatchCounts> {
  return withRetry(() => writeOnce(input));
}

type ExistingRow = ImportedColumns & { id: string; externalRef: string | null };

async function writeOnce({ importId, ownerId, prepared, report }: WriteBatchInput): Promise<BatchCounts> {
  return prisma.$transaction(
    async (tx) => {
      // A write first, so the transaction holds SQLite's write lock before it reads.
      await tx.import.update({ where: { id: importId }, data: { status: "running" } });
      const existing = await findExisting(
        tx,
        ownerId,
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
        if (sameImportedColumns(columns, current)) unchanged++;
        else toUpdate.push({ id: current.id, columns });
      }

      const now = new Date();
      const slugs = await freeSlugs(
        tx,
        ownerId,
        toCreate.map((item) => ({ name: item.row.name, ref: item.row.ref })),
      );
      const created = toCreate.map((item, index) => ({
        ...item.columns,
        id: newBusinessId(),
        ownerId,
        externalRef: item.row.ref,
        importId,
        slug: slugs[index] ?? "",
        status: "published",
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
      }));
      await insertBusinesses(tx, created);
      for (const update of toUpdate) {
        await tx.business.update({ where: { id: update.id }, data: { ...update.columns, importId } });
      }
      await enqueueSearchSync(tx, [...created.map((row) => row.id), ...toUpdate.map((update) => update.id)]);

      const counts = { created: created.length, updated: toUpdate.length, unchanged };
      await tx.import.update({ where: { id: importId }, data: report(counts) });
      return counts;
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
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
  // An imported listing is unclaimed: nobody runs it on Mutualist yet, so it cannot receive
  // partnership requests (decision 024). FALSE is a literal both SQLite and PostgreSQL read.
  const columnList = [...INSERT_COLUMNS, "claimed"].map((column) => `"${column}"`).join(", ");
  const tuple = `(${INSERT_COLUMNS.map(() => "?").join(", ")}, FALSE)`;
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
