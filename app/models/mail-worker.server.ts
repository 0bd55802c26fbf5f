import { EMAIL_TOKEN_LIFETIME_MS } from "#app/domain/account-mail";
import { parseStoredHeaders } from "#app/domain/mail-message";
import { prisma } from "#app/utils/db.server";
import { transportFromEnv, type MailTransport } from "#app/utils/mail.server";
import { errorMessage, leaseToken, startPollingLoop } from "#app/utils/polling-loop.server";

/**
 * Sends the mail outbox (mail-outbox.server.ts). Each pass claims a few due rows with a lease: an
 * UPDATE of the selected ids that re-checks the lease is free, then a re-read of the rows this
 * pass's unique token holds. Two processes running it at once never both hold a row, and a row
 * whose worker died is claimable again once its lease ends. A failed send backs off
 * exponentially; after MAX_MAIL_ATTEMPTS the row is closed (failedAt) with its error kept.
 */
export const MAX_MAIL_ATTEMPTS = 10;
const BASE_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 60 * 60_000;
/** Longer than a batch can take: SMTP timeouts (app/utils/mail.server.ts) bound each send to ~50 s. */
export const MAIL_LEASE_MS = 10 * 60_000;
const BATCH_SIZE = 10;

export function mailBackoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
}

export interface MailPassOptions {
  transport: MailTransport;
  now?: Date;
  batchSize?: number;
  leaseMs?: number;
}

/** Mail kinds whose body carries a single-use account link (the email token purposes). */
const LINK_TOKEN_KINDS: ReadonlySet<string> = new Set(Object.keys(EMAIL_TOKEN_LIFETIME_MS));
export const SENT_LINK_REMOVED = "(Sent. The text is not kept: it held a single-use link.)";

const claimedFields = {
  id: true,
  kind: true,
  recipient: true,
  subject: true,
  textBody: true,
  htmlBody: true,
  headers: true,
  attempts: true,
} as const;

function dueWhere(now: Date) {
  return {
    sentAt: null,
    failedAt: null,
    nextAttemptAt: { lte: now },
    OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }],
  };
}

/** Ids of up to `batchSize` rows due now and not leased (a read: another worker may claim them next). */
export async function findDueMailIds(now: Date, batchSize: number): Promise<number[]> {
  const rows = await prisma.mailOutbox.findMany({
    where: dueWhere(now),
    orderBy: { id: "asc" },
    take: batchSize,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/**
 * Leases those of `ids` that are still due and free to a new unique token, and returns the rows
 * that token holds. The WHERE repeats the conditions of the read, so a row another worker claimed
 * since is skipped.
 */
export async function claimMail(ids: number[], now: Date, leaseMs: number) {
  const token = leaseToken();
  if (ids.length === 0) return { token, rows: [] };
  await prisma.mailOutbox.updateMany({
    where: { id: { in: ids }, ...dueWhere(now) },
    data: { claimedBy: token, claimedUntil: new Date(now.getTime() + leaseMs) },
  });
  const rows = await prisma.mailOutbox.findMany({
    where: { claimedBy: token, sentAt: null },
    orderBy: { id: "asc" },
    select: claimedFields,
  });
  return { token, rows };
}

/** Claims up to `batchSize` due rows for this pass; returns the token and the rows it holds. */
export async function claimDueMail(now: Date, batchSize: number, leaseMs: number) {
  return claimMail(await findDueMailIds(now, batchSize), now, leaseMs);
}

export interface MailPassResult {
  sent: number;
  failed: number;
  remaining: boolean;
  /** The last send error of the pass, for the log. */
  lastError: string;
}

/** One pass: claim, send each row, mark it sent or schedule its retry. */
export async function sendDueMailOnce(options: MailPassOptions): Promise<MailPassResult> {
  const { transport } = options;
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const leaseMs = options.leaseMs ?? MAIL_LEASE_MS;
  const started = Date.now();
  const { token, rows } = await claimDueMail(now, batchSize, leaseMs);
  let sent = 0;
  let failed = 0;
  let lastError = "";
  for (const row of rows) {
    // Never send on a lease that may have run out: another worker may hold the row by now.
    if (Date.now() - started > leaseMs / 2) break;
    const attempts = row.attempts + 1;
    let providerMessageId: string | null = null;
    try {
      if (transport.kind === "smtp") {
        const result = await transport.send({
          to: row.recipient,
          subject: row.subject,
          text: row.textBody,
          html: row.htmlBody,
          headers: parseStoredHeaders(row.headers),
        });
        providerMessageId = result.messageId;
      }
    } catch (error) {
      lastError = errorMessage(error);
      failed += 1;
      await prisma.mailOutbox.updateMany({
        where: { id: row.id, claimedBy: token },
        data: {
          attempts,
          lastError,
          nextAttemptAt: new Date(Math.max(now.getTime(), Date.now()) + mailBackoffMs(attempts)),
          claimedBy: null,
          claimedUntil: null,
          ...(attempts >= MAX_MAIL_ATTEMPTS ? { failedAt: new Date() } : {}),
        },
      });
      continue;
    }
    // Outside the try: if this update fails the row stays claimed and is sent again after its
    // lease, rather than being counted as a failed send that did go out.
    await prisma.mailOutbox.updateMany({
      where: { id: row.id, claimedBy: token },
      data: {
        attempts,
        sentAt: new Date(),
        captured: transport.kind === "capture",
        providerMessageId,
        lastError: null,
        claimedBy: null,
        claimedUntil: null,
        // Delivered: the single-use link in its text is the recipient's alone now. The token table
        // keeps only hashes (decision 023), so a copy of the database must not hold the link here
        // either. Captured mail (no SMTP_URL) keeps it for /dev/mail.
        ...(transport.kind === "smtp" && LINK_TOKEN_KINDS.has(row.kind)
          ? { textBody: SENT_LINK_REMOVED, htmlBody: SENT_LINK_REMOVED }
          : {}),
      },
    });
    sent += 1;
  }
  // Rows left over when the pass stopped early go back at once.
  await prisma.mailOutbox.updateMany({
    where: { claimedBy: token, sentAt: null },
    data: { claimedBy: null, claimedUntil: null },
  });
  return { sent, failed, remaining: rows.length === batchSize, lastError };
}

export async function pendingMailCount(): Promise<number> {
  return prisma.mailOutbox.count({ where: { sentAt: null, failedAt: null } });
}

/** Runs the mail worker in this process until the returned stop() is called. */
export function startMailWorker(
  options: { transport?: MailTransport; intervalMs?: number; log?: (line: string) => void } = {},
) {
  const transport = options.transport ?? transportFromEnv();
  const stopLoop = startPollingLoop({
    name: "mail worker",
    intervalMs: options.intervalMs ?? 1_000,
    log: options.log,
    pass: async () => {
      const result = await sendDueMailOnce({ transport });
      const problem = result.failed
        ? `mail: ${result.failed} message(s) will be retried (${result.lastError})`
        : result.sent
          ? null
          : undefined;
      return { more: result.remaining, problem };
    },
  });
  return async () => {
    await stopLoop();
    // Only a transport this worker made; a caller's stays theirs to close.
    if (!options.transport && transport.kind === "smtp") transport.close();
  };
}
