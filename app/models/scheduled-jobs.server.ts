import { sendDueDigests } from "#app/models/notification-digest.server";
import { runPairLearning } from "#app/models/pair-learning.server";
import { expireDueRequests } from "#app/models/partnerships.server";
import { clearClosedReferralContacts, sendDueNudges } from "#app/models/referral-jobs.server";
import { errorMessage, startPollingLoop } from "#app/utils/polling-loop.server";

/**
 * The timed jobs, run every minute in each app process that has SCHEDULER=true. Every job is
 * written to be safe when two processes run it at once (each claims its rows with a conditional
 * UPDATE and acts only on what its update changed), so no lock or leader is needed here. A job
 * that throws is logged and tried again at the next tick; the others still run.
 */
export interface ScheduledJob {
  name: string;
  run: (now: Date) => Promise<unknown>;
}

export const SCHEDULER_INTERVAL_MS = 60_000;

/** The jobs of this app, in the order a tick runs them (an expiry's notification can join that day's digest). */
export const SCHEDULED_JOBS: ScheduledJob[] = [
  { name: "request expiry", run: (now) => expireDueRequests(now) },
  { name: "partnership nudges", run: (now) => sendDueNudges(now) },
  { name: "referral contact clearing", run: (now) => clearClosedReferralContacts(now) },
  { name: "daily digest", run: (now) => sendDueDigests(now) },
  // Hourly under a lease (one process computes; every process reloads its copy of the result).
  { name: "pair learning", run: (now) => runPairLearning(now) },
];

export interface JobOutcome {
  name: string;
  ok: boolean;
  result?: unknown;
  error?: string;
}

/** One tick: every job in turn, each failure caught and reported. */
export async function runScheduledJobsOnce(jobs: ScheduledJob[], now = new Date()): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (const job of jobs) {
    try {
      outcomes.push({ name: job.name, ok: true, result: await job.run(now) });
    } catch (error) {
      outcomes.push({ name: job.name, ok: false, error: errorMessage(error) });
    }
  }
  return outcomes;
}

/** Runs `jobs` now and then every `intervalMs` until the returned stop() is called. */
export function startScheduler(
  options: { jobs?: ScheduledJob[]; intervalMs?: number; log?: (line: string) => void } = {},
): () => Promise<void> {
  const jobs = options.jobs ?? SCHEDULED_JOBS;
  return startPollingLoop({
    name: "scheduler",
    intervalMs: options.intervalMs ?? SCHEDULER_INTERVAL_MS,
    log: options.log,
    pass: async () => {
      const failed = (await runScheduledJobsOnce(jobs)).filter((outcome) => !outcome.ok);
      const problem = failed.length
        ? `scheduler: ${failed.map((outcome) => `${outcome.name} failed (${outcome.error})`).join("; ")}; retried next tick`
        : null;
      return { more: false, problem };
    },
  });
}
