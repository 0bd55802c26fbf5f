import { SingleBar } from "cli-progress";
import { compareIndexWithDatabase, differenceCount } from "#app/models/search-check.server";
import { rebuildIndex } from "#app/models/search-index.server";
import { drainOutbox, pendingOutboxCount, startSyncWorker } from "#app/models/search-sync.server";
import { businessIndexName } from "#search/index";
import { prepareCli } from "#server/boot";

/**
 * npm run search:worker   drain the outbox continuously (Ctrl-C to stop)
 * npm run search:reindex  rebuild the index from the database, then swap it in
 * npm run search:check    compare database and index; exit 1 when they differ
 */
const command = process.argv[2];
const log = (line: string) => console.log(line);

async function main() {
  if (!["worker", "reindex", "check"].includes(command ?? "")) {
    console.error("Usage: tsx scripts/search.ts worker|reindex|check");
    return 2;
  }
  const services = await prepareCli(log);
  try {
    if (command === "worker") {
      log(`Sync worker running for ${businessIndexName()} (${await pendingOutboxCount()} pending). Ctrl-C to stop.`);
      const stop = startSyncWorker({ log });
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
      await stop();
      return 0;
    }
    if (command === "reindex") {
      const bar = new SingleBar({
        format: "{phase} [{bar}] {value}/{total} businesses | {duration_formatted}",
        hideCursor: true,
      });
      let phase = "";
      const started = Date.now();
      const result = await rebuildIndex({
        onProgress: (progress) => {
          if (progress.phase !== phase) {
            if (phase) bar.stop();
            phase = progress.phase;
            bar.start(progress.total, progress.done, { phase: phase.padEnd(8) });
          } else bar.update(progress.done);
        },
      });
      bar.stop();
      log(
        `Rebuilt ${businessIndexName()}: ${result.indexed} businesses in ${((Date.now() - started) / 1000).toFixed(1)} s` +
          (result.requeued ? `; ${result.requeued} changed during the rebuild, re-queued` : ""),
      );
      await drainOutbox();
      return 0;
    }
    const differences = await compareIndexWithDatabase();
    log(
      `Database: ${differences.databaseCount} published · index: ${differences.indexCount} documents · pending sync: ${await pendingOutboxCount()}`,
    );
    for (const kind of ["missing", "stale", "extra"] as const) {
      const ids = differences[kind];
      log(
        `${kind.padEnd(8)} ${ids.length}${ids.length ? `  ${ids.slice(0, 10).join(", ")}${ids.length > 10 ? ", …" : ""}` : ""}`,
      );
    }
    const total = differenceCount(differences);
    log(
      total === 0
        ? "0 differences: the index matches the database."
        : `${total} differences. Run npm run search:reindex to rebuild.`,
    );
    return total === 0 ? 0 : 1;
  } finally {
    await services.stop();
  }
}

process.exitCode = await main();
