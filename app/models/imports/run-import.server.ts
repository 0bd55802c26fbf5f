import type { Prisma } from "@prisma/client";
import {
  MAX_STORED_PROBLEMS,
  type ImportFormat,
  type ImportProblem,
  type RawImportRecord,
} from "#app/domain/import-format";
import { parseImportText } from "#app/domain/import-parse";
import { RowPreparer } from "#app/domain/import-rows";
import {
  countLabels,
  labelReportJson,
  sortLabelCounts,
  type ImportProgress,
  type ImportStatus,
  type ImportSummary,
  type LabelCounts,
} from "#app/domain/import-status";
import { findPlaceByName } from "#app/models/places.server";
import { prisma, refreshQueryPlannerStatistics } from "#app/utils/db.server";
import { writeImportBatch, type BatchCounts } from "./batch-writer.server";

/**
 * Running a bulk import of businesses (docs/decisions/005-bulk-import.md). Rows are prepared a
 * batch at a time (pure, app/domain/import-rows.ts) and each batch is written in one transaction
 * (./batch-writer.server.ts), so a crash loses at most the batch in flight and a re-run finishes
 * the job without duplicates.
 */
export const IMPORT_BATCH_SIZE = 500;
/** Refresh SQLite's planner statistics after an import writes at least this many rows. */
const STATISTICS_AFTER_ROWS = 1000;

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

/** One run of an import: its counts and report, kept in step with its Import row. */
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
  private tooGeneral: LabelCounts = new Map();
  private notPartnerTrade: LabelCounts = new Map();
  private readonly rows = new RowPreparer(findPlaceByName);

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
      unmappedLabels: labelReportJson(this.labelReport()),
    };
    if (this.problems.length !== this.savedProblems) {
      data.problems = JSON.stringify([...this.problems].sort((a, b) => a.line - b.line));
    }
    return data;
  }

  private labelReport() {
    return {
      unmappedLabels: sortLabelCounts(this.unmapped.values()),
      tooGeneralLabels: sortLabelCounts(this.tooGeneral.values()),
      notPartnerTradeLabels: sortLabelCounts(this.notPartnerTrade.values()),
    };
  }

  async saveStart() {
    await prisma.import.update({ where: { id: this.importId }, data: { status: "running", ...this.reportData() } });
    this.savedProblems = this.problems.length;
  }

  /** Prepares a batch (pure work, outside the transaction), then writes it in one transaction. */
  async processBatch(records: RawImportRecord[]) {
    const batch = this.rows.prepare(records);
    countLabels(this.unmapped, batch.unmappedLabels);
    countLabels(this.tooGeneral, batch.tooGeneralLabels);
    countLabels(this.notPartnerTrade, batch.notPartnerTradeLabels);
    for (const problem of batch.problems) this.addProblem(problem);

    const result = await writeImportBatch({
      importId: this.importId,
      ownerId: this.ownerId,
      prepared: batch.prepared,
      report: (counts) => this.reportAfter(counts, batch.failed, records.length),
    });
    this.savedProblems = this.problems.length;
    this.createdCount += result.created;
    this.updatedCount += result.updated;
    this.unchangedCount += result.unchanged;
    this.failedCount += batch.failed;
    this.processedRows += records.length;
  }

  /** The Import row's report with a batch of `size` records counted in. */
  private reportAfter(counts: BatchCounts, failed: number, size: number): Prisma.ImportUpdateInput {
    const before = this.progress();
    return {
      ...this.reportData(),
      processedRows: before.processedRows + size,
      createdCount: before.createdCount + counts.created,
      updatedCount: before.updatedCount + counts.updated,
      unchangedCount: before.unchangedCount + counts.unchanged,
      failedCount: before.failedCount + failed,
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
    return {
      ...this.progress(status),
      ...this.labelReport(),
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
