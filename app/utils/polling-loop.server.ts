import { randomUUID } from "node:crypto";
import os from "node:os";

/**
 * The loop every outbox worker runs in an app process: a pass, then the next one at once while
 * the pass says more is due, else after `intervalMs`. A failed pass is reported and retried at the
 * next interval. The returned stop() waits for a pass in progress. Repeated identical reports are
 * logged once, until a pass goes through cleanly.
 */
export interface PassReport {
  /** More rows are due now: run again without waiting. */
  more: boolean;
  /**
   * A line worth logging (retries ahead); null when work went through (the next problem is logged
   * even if it repeats an earlier one); undefined when there was nothing to do.
   */
  problem?: string | null;
}

export function startPollingLoop(options: {
  name: string;
  intervalMs: number;
  pass: () => Promise<PassReport>;
  log?: (line: string) => void;
}): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let lastLogged = "";

  const tick = async () => {
    try {
      const report = await options.pass();
      if (report.problem && report.problem !== lastLogged) options.log?.(report.problem);
      if (report.problem !== undefined) lastLogged = report.problem ?? "";
      if (report.more && !stopped) return schedule(0);
    } catch (error) {
      options.log?.(`${options.name} error: ${errorMessage(error)}`);
    }
    schedule(options.intervalMs);
  };
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick();
    }, delay);
  };
  schedule(0);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}

/** An error's message for a log line or a row's lastError column (at most 1,000 characters). */
export function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1000);
}

/** A new name for one pass's lease on outbox rows: host and process (to read in `claimedBy`), and a random part. */
export function leaseToken(): string {
  return `${os.hostname()}:${process.pid}:${randomUUID()}`;
}
