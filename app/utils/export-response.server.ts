import { toCsv, toJsonLines, type ExportRow } from "#app/domain/export-format";
import type { ImportFormat } from "#app/domain/import-format";

const ROWS_PER_CHUNK = 500;

export function exportFormatParam(request: Request): ImportFormat {
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "jsonl")
    throw new Response("Ask for the csv or the jsonl format.", { status: 400 });
  return format;
}

/**
 * A download streamed in chunks of rows, so a large directory never sits in memory. CSV starts with
 * a byte-order mark so spreadsheets read it as UTF-8 (the importer skips it).
 */
export function exportResponse(
  rows: AsyncGenerator<ExportRow>,
  format: ImportFormat,
  fileName: string,
  cacheControl = "private, no-store",
): Response {
  const encoder = new TextEncoder();
  let first = true;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const batch: ExportRow[] = [];
      while (batch.length < ROWS_PER_CHUNK) {
        const next = await rows.next();
        if (next.done) break;
        batch.push(next.value);
      }
      const text = format === "csv" ? `${first ? "\uFEFF" : ""}${toCsv(batch, { header: first })}` : toJsonLines(batch);
      first = false;
      if (text) controller.enqueue(encoder.encode(text));
      if (batch.length < ROWS_PER_CHUNK) controller.close();
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
  const safeName = fileName.replace(/[^a-zA-Z0-9._-]+/g, "-");
  return new Response(stream, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
      "Content-Disposition": `attachment; filename="${safeName}.${format}"`,
      "Cache-Control": cacheControl,
    },
  });
}

/** A small CSV download built in memory (a ledger): the same byte-order mark and headers as exportResponse. */
export function csvDownload(text: string, fileName: string, cacheControl = "private, no-store"): Response {
  const safeName = fileName.replace(/[^a-zA-Z0-9._-]+/g, "-");
  return new Response(`\uFEFF${text}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${safeName}.csv"`,
      "Cache-Control": cacheControl,
    },
  });
}
