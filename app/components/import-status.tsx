const LABELS: Record<string, { label: string; className: string }> = {
  running: { label: "Importing", className: "bg-amber-50 text-amber-900" },
  indexing: { label: "Indexing for search", className: "bg-sky-50 text-sky-900" },
  done: { label: "Done", className: "" },
  failed: { label: "Failed", className: "bg-red-50 text-red-800" },
  interrupted: { label: "Interrupted", className: "bg-red-50 text-red-800" },
};

/** The status of an import, as words (never colour alone). */
export function ImportStatusChip({ status }: { status: string }) {
  const entry = LABELS[status] ?? { label: status, className: "" };
  return <span className={`chip ${entry.className}`}>{entry.label}</span>;
}
