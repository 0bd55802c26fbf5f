import type { ImportProblem } from "./import-format";

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

/** The status to show for a stored one: a "running" import whose batches stopped moving is "interrupted". */
export function shownImportStatus(status: string, updatedAt: Date, now = Date.now()): ImportStatus {
  if (status === "indexing" || status === "done" || status === "failed") return status;
  return now - updatedAt.getTime() > IMPORT_STALLED_AFTER_MS ? "interrupted" : "running";
}
