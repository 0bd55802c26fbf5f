/**
 * Bulk import from the command line:
 *
 *   npm run import -- FILE [--owner EMAIL] [--format csv|jsonl]
 *
 * The format comes from the extension unless given. Businesses belong to --owner (an existing
 * account) or to the system account import@mutualist.local, which cannot sign in. Shows progress
 * while importing and while indexing, so the businesses are searchable when it returns, then a
 * report. Bad rows are reported, not fatal: the exit code is non-zero only when the file cannot be
 * read (1), the arguments are wrong (2) or the import itself breaks (1).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import cliProgress from "cli-progress";
import { formatFromFileName, type ImportFormat } from "#app/domain/import-format";
import type { ImportSummary } from "#app/domain/import-status";
import { findImportOwner } from "#app/models/imports/import-owner.server";
import { refreshImportStatus } from "#app/models/imports/import-reports.server";
import { runImport } from "#app/models/imports/run-import.server";
import { prepareCli } from "#server/boot";
import { drainOutbox, pendingOutboxCount } from "#app/models/search-sync.server";

const USAGE = "Usage: npm run import -- FILE [--owner EMAIL] [--format csv|jsonl]";
/** Give up waiting for the index after this long without progress (Meilisearch down): the app's worker finishes later. */
const INDEX_STALL_MS = 120_000;
/** Documents per Meilisearch task while draining: fewer, larger tasks index a big import faster. */
const INDEX_BATCH = Number(process.env.IMPORT_INDEX_BATCH ?? 2000);

interface Args {
  file: string;
  owner?: string;
  format?: ImportFormat;
}

function parseArgs(argv: string[]): Args | string {
  let file: string | undefined;
  let owner: string | undefined;
  let format: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--owner") owner = argv[++i];
    else if (arg.startsWith("--owner=")) owner = arg.slice("--owner=".length);
    else if (arg === "--format") format = argv[++i];
    else if (arg.startsWith("--format=")) format = arg.slice("--format=".length);
    else if (arg === "--help" || arg === "-h") return USAGE;
    else if (arg.startsWith("--")) return `Unknown option ${arg}\n${USAGE}`;
    else if (!file) file = arg;
    else return `Only one file at a time\n${USAGE}`;
  }
  if (!file) return USAGE;
  const resolved = format ?? formatFromFileName(file);
  if (resolved !== "csv" && resolved !== "jsonl") {
    return `Cannot tell the format of ${file}: name it .csv, .jsonl or .ndjson, or pass --format csv|jsonl`;
  }
  if (owner === "") return `--owner needs an email address\n${USAGE}`;
  return { file, owner, format: resolved };
}

/** User text printed to a terminal: no control characters (no escape sequences from a file). */
function clean(text: string): string {
  return [...text].map((ch) => (/\p{Cc}/u.test(ch) ? " " : ch)).join("");
}

const number = (n: number) => n.toLocaleString("en");

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    console.log(args);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.file, "utf8");
  } catch (error) {
    console.log(`Cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }

  const cli = await prepareCli((line) => console.log(line));
  try {
    const owner = await findImportOwner(args.owner);
    if (!owner) {
      console.log(
        `No account with the email ${args.owner}: sign up first, or leave out --owner to use the system account`,
      );
      return 2;
    }
    console.log(`Importing ${args.file} for ${owner.email}`);

    const started = performance.now();
    const rowsBar = new cliProgress.SingleBar(
      {
        format:
          "Importing |{bar}| {value}/{total} rows · {created} created, {updated} updated, {unchanged} unchanged, {failed} failed",
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let barStarted = false;
    let summary: ImportSummary;
    try {
      summary = await runImport({
        ownerId: owner.id,
        fileName: path.basename(args.file),
        format: args.format ?? "csv",
        text,
        onProgress: (progress) => {
          const payload = {
            created: progress.createdCount,
            updated: progress.updatedCount,
            unchanged: progress.unchangedCount,
            failed: progress.failedCount,
          };
          if (!barStarted) {
            rowsBar.start(progress.totalRows, progress.processedRows, payload);
            barStarted = true;
          } else rowsBar.update(progress.processedRows, payload);
        },
      });
    } finally {
      if (barStarted) rowsBar.stop();
    }
    const importSeconds = (performance.now() - started) / 1000;

    const indexStarted = performance.now();
    const left = await indexPending();
    const indexSeconds = (performance.now() - indexStarted) / 1000;
    const { status } = await refreshImportStatus(summary.importId);

    printReport(summary, status, importSeconds, indexSeconds, left);
    return 0;
  } catch (error) {
    console.log(`The import stopped: ${error instanceof Error ? error.message : String(error)}`);
    console.log("Rows saved before it stopped are kept; run the same command again to finish.");
    return 1;
  } finally {
    await cli.stop();
  }
}

/** Drains the search outbox with a progress bar until nothing is waiting; returns what is left. */
async function indexPending(): Promise<number> {
  let pending = await pendingOutboxCount();
  if (pending === 0) return 0;
  let total = pending;
  const bar = new cliProgress.SingleBar(
    { format: "Indexing  |{bar}| {value}/{total} changes", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  let lastProgress = Date.now();
  let finished = false;
  const draining = (async () => {
    while (!finished) {
      const result = await drainOutbox(INDEX_BATCH);
      if (result.processed === 0) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  })();
  try {
    while (pending > 0 && Date.now() - lastProgress < INDEX_STALL_MS) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const now = await pendingOutboxCount();
      if (now < pending) lastProgress = Date.now();
      pending = now;
      total = Math.max(total, pending);
      bar.setTotal(total);
      bar.update(total - pending);
    }
  } finally {
    finished = true;
    await draining;
    bar.stop();
  }
  return pending;
}

function printReport(
  summary: ImportSummary,
  status: string,
  importSeconds: number,
  indexSeconds: number,
  pendingIndex: number,
) {
  console.log("");
  console.log(
    `Import ${summary.importId}: ${number(summary.totalRows)} rows in ${importSeconds.toFixed(1)} s, indexed in ${indexSeconds.toFixed(1)} s (${status})`,
  );
  console.log(`  created    ${number(summary.createdCount)}`);
  console.log(`  updated    ${number(summary.updatedCount)}`);
  console.log(`  unchanged  ${number(summary.unchangedCount)}`);
  console.log(`  failed     ${number(summary.failedCount)}`);
  if (pendingIndex > 0) {
    console.log(
      `${number(pendingIndex)} changes still wait for the search index (is Meilisearch reachable?); the app's sync worker indexes them when it runs.`,
    );
  }
  for (const [title, labels] of [
    ["Category labels that matched nothing:", summary.unmappedLabels],
    ["Too general to use:", summary.tooGeneralLabels],
    ["Not a partner trade:", summary.notPartnerTradeLabels],
  ] as const) {
    if (!labels.length) continue;
    console.log("");
    console.log(title);
    for (const { label, count } of labels.slice(0, 50)) console.log(`  ${clean(label)} × ${number(count)}`);
    if (labels.length > 50) console.log(`  … and ${number(labels.length - 50)} more`);
  }
  if (summary.problems.length) {
    console.log("");
    const shown = summary.problems.slice(0, 20);
    console.log(`Problems (first ${shown.length} of ${number(summary.failedCount)} failed rows):`);
    for (const problem of shown) console.log(`  line ${problem.line}, ${problem.field}: ${clean(problem.message)}`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
