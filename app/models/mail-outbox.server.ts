import type { Prisma } from "@prisma/client";
import { MailMessageSchema, parseStoredHeaders, type MailMessage } from "#app/domain/mail-message";
import { prisma } from "#app/utils/db.server";

/**
 * The transactional mail outbox. A use-case that causes an email calls `enqueueMail` inside its
 * own `$transaction`, so the event and its message commit (or roll back) together; the mail
 * worker (mail-worker.server.ts) sends it later. A user's action never waits for the mail server.
 * A message that does not validate throws (a programming error, not user input).
 */
export async function enqueueMail(tx: Prisma.TransactionClient, message: MailMessage): Promise<{ id: number }> {
  const valid = MailMessageSchema.parse(message);
  return tx.mailOutbox.create({
    data: {
      kind: valid.kind,
      recipient: valid.to,
      subject: valid.subject,
      textBody: valid.text,
      htmlBody: valid.html,
      headers: JSON.stringify(valid.headers),
    },
    select: { id: true },
  });
}

export const DEV_MAIL_PAGE_SIZE = 20;

export type DevMailStatus = "captured" | "sent" | "pending" | "gave up";

/** Recent messages for /dev/mail, newest first, `DEV_MAIL_PAGE_SIZE` a page (page 1 = newest). */
export async function listRecentMail(page: number) {
  const [total, rows] = await Promise.all([
    prisma.mailOutbox.count(),
    prisma.mailOutbox.findMany({
      orderBy: { id: "desc" },
      skip: (page - 1) * DEV_MAIL_PAGE_SIZE,
      take: DEV_MAIL_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        recipient: true,
        subject: true,
        textBody: true,
        htmlBody: true,
        headers: true,
        createdAt: true,
        sentAt: true,
        failedAt: true,
        captured: true,
        attempts: true,
        lastError: true,
      },
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / DEV_MAIL_PAGE_SIZE)),
    messages: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      to: row.recipient,
      subject: row.subject,
      text: row.textBody,
      html: row.htmlBody,
      headers: parseStoredHeaders(row.headers),
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
      attempts: row.attempts,
      lastError: row.lastError,
      status: (row.captured ? "captured" : row.sentAt ? "sent" : row.failedAt ? "gave up" : "pending") as DevMailStatus,
    })),
  };
}
