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

export interface ImportSummary extends ImportProgress, LabelReport {
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

export type LabelCount = { label: string; count: number };

/** The category labels an import could not use, by why, most frequent first. */
export interface LabelReport {
  /** Matched no category. */
  unmappedLabels: LabelCount[];
  /** Umbrella labels ("Hotels", "Restaurants") that the row's other labels did not narrow. */
  tooGeneralLabels: LabelCount[];
  /** Labels for what is not a partner trade ("Airports", "Churches"). */
  notPartnerTradeLabels: LabelCount[];
}

const REPORT_KEYS = {
  unmappedLabels: "unmapped",
  tooGeneralLabels: "tooGeneral",
  notPartnerTradeLabels: "notPartnerTrade",
} as const satisfies Record<keyof LabelReport, string>;

/**
 * The Import row's `unmappedLabels` column: `{"unmapped": {label: count}, "tooGeneral": {…},
 * "notPartnerTrade": {…}}` (decision 031). Reports written before it hold a flat `{label: count}`
 * of unmapped labels, which `parseLabelReport` still reads.
 */
export function labelReportJson(report: LabelReport): string {
  const object: Record<string, Record<string, number>> = {};
  for (const [field, key] of Object.entries(REPORT_KEYS) as [keyof LabelReport, string][]) {
    object[key] = Object.fromEntries(sortLabelCounts(report[field]).map((entry) => [entry.label, entry.count]));
  }
  return JSON.stringify(object);
}

export function parseLabelReport(text: string): LabelReport {
  const empty: LabelReport = { unmappedLabels: [], tooGeneralLabels: [], notPartnerTradeLabels: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return empty;
  }
  if (!isObject(value)) return empty;
  const countsOf = (object: unknown): LabelCount[] =>
    isObject(object)
      ? sortLabelCounts(
          Object.entries(object).flatMap(([label, count]) => (typeof count === "number" ? [{ label, count }] : [])),
        )
      : [];
  if (!Object.values(REPORT_KEYS).some((key) => key in value)) return { ...empty, unmappedLabels: countsOf(value) };
  return {
    unmappedLabels: countsOf(value[REPORT_KEYS.unmappedLabels]),
    tooGeneralLabels: countsOf(value[REPORT_KEYS.tooGeneralLabels]),
    notPartnerTradeLabels: countsOf(value[REPORT_KEYS.notPartnerTradeLabels]),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
