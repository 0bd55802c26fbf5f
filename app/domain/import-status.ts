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

/** Unmapped category labels of an import, by lower-cased label (the report's "unmapped labels"). */
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
