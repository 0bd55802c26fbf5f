import type { Prisma } from "@prisma/client";
import type { ImportProblem } from "#app/domain/import-format";
import { parseLabelReport, shownImportStatus } from "#app/domain/import-status";
import { prisma } from "#app/utils/db.server";

/** Reading imports back: the organiser's list, one import's report, its indexing status, removal. */

export const PROBLEMS_PAGE_SIZE = 50;

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
  return rows.map(({ ownerId: _ownerId, ...row }) => ({
    ...row,
    status: shownImportStatus(row.status, row.updatedAt),
  }));
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

/** Throws 404 when the import does not exist and 403 when `userId` did not upload it. */
export async function requireImportOwner(userId: string, importId: string): Promise<void> {
  const found = await prisma.import.findUnique({ where: { id: importId }, select: { ownerId: true } });
  if (!found) throw new Response("There is no import at this address.", { status: 404 });
  if (found.ownerId !== userId)
    throw new Response("Only the organiser who uploaded this import can see it.", { status: 403 });
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
    status: shownImportStatus(summary.status, summary.updatedAt),
    pendingIndex,
    businessCount: _count.businesses,
    ...parseLabelReport(unmappedText),
    problemCount: problems.length,
    problems: problems.slice((page - 1) * PROBLEMS_PAGE_SIZE, page * PROBLEMS_PAGE_SIZE),
    problemsPage: page,
    problemsPageCount: pageCount,
  };
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
  const shown = shownImportStatus(current.status, current.updatedAt);
  if (shown === "running" || shown === "indexing") {
    throw new Response("This import is still running: remove its report once it has finished.", { status: 409 });
  }
  await prisma.import.delete({ where: { id: importId } });
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
