/**
 * Export businesses in the import format:
 *
 *   npm run export -- FILE.csv|FILE.jsonl [--import ID]
 *
 * Without --import: every published business (public fields, ref = business id). With --import:
 * the businesses that import created or last changed (ref = their external ref), ready to edit and
 * import again.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { toCsv, toJsonLines, type ExportRow } from "#app/domain/export-format";
import { formatFromFileName } from "#app/domain/import-format";
import { exportBusinesses } from "#app/models/imports/export.server";
import { prepareCli } from "#server/boot";

const USAGE = "Usage: npm run export -- FILE.csv|FILE.jsonl [--import ID]";

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  let file: string | undefined;
  let importId: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--import") importId = argv[++i];
    else if (arg.startsWith("--import=")) importId = arg.slice("--import=".length);
    else if (arg.startsWith("--") || file) {
      console.log(USAGE);
      return 2;
    } else file = arg;
  }
  const format = file ? formatFromFileName(file) : null;
  if (!file || !format || (importId !== undefined && !importId)) {
    console.log(USAGE);
    return 2;
  }

  const cli = await prepareCli();
  const out = createWriteStream(file, { encoding: "utf8" });
  const started = performance.now();
  let count = 0;
  try {
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, "drain");
    };
    let batch: ExportRow[] = [];
    const flush = async () => {
      await write(format === "csv" ? toCsv(batch, { header: false }) : toJsonLines(batch));
      count += batch.length;
      batch = [];
    };
    // A byte-order mark so spreadsheets read the CSV as UTF-8; the importer skips it.
    if (format === "csv") await write(`\uFEFF${toCsv([])}`);
    for await (const row of exportBusinesses(importId ? { importId } : {})) {
      batch.push(row);
      if (batch.length >= 1000) await flush();
    }
    await flush();
    out.end();
    await once(out, "finish");
    console.log(
      `Wrote ${count.toLocaleString("en")} businesses to ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return 0;
  } finally {
    if (!out.closed) out.end();
    await cli.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
