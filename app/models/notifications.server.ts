import type { Prisma } from "@prisma/client";
import { absoluteUrl, composeMail } from "#app/domain/mail-compose";
import { cleanText } from "#app/domain/text";
import type { NotificationKind } from "#app/domain/notification-kinds";
import { EMAIL_TOPICS, parseNotificationSettings, type UnsubscribeScope } from "#app/domain/notification-settings";
import { enqueueMail } from "#app/models/mail-outbox.server";
import { getEnv } from "#app/utils/env.server";
import { createUnsubscribeToken } from "#app/utils/unsubscribe-token.server";

/**
 * One event for one owner. A use-case calls `notify` inside its own `$transaction`, so the event,
 * its bell entry and its email (per the owner's settings) commit together.
 */
export interface NotificationEvent {
  kind: NotificationKind;
  /** The owner told. */
  userId: string;
  /** The owner's business the event concerns. */
  businessId: string | null;
  partnershipId?: string;
  referralId?: string;
  /** One line: "Bloom & Vine asked Lens & Light to partner". Also the email's subject. */
  title: string;
  /** More plain text (the request's "what's in it for you", a message's opening lines). */
  body?: string;
  /** Path inside the app the entry opens ("/partnerships/abc"). */
  link: string;
}

/**
 * The bell entry, then the email the owner's setting for this kind asks for: "immediately" writes
 * one message to the mail outbox now, "daily" marks the entry for the next digest
 * (notification-digest.server.ts), "off" sends nothing.
 */
export async function notify(tx: Prisma.TransactionClient, event: NotificationEvent): Promise<void> {
  const recipient = await tx.user.findUnique({
    where: { id: event.userId },
    select: { email: true, emailVerifiedAt: true, notificationSettings: true },
  });
  // No email to an address nobody proved is theirs: anyone can sign up with another's address,
  // and must not make Mutualist write to it. The bell still shows the entry.
  const delivery = !recipient?.emailVerifiedAt
    ? "off"
    : parseNotificationSettings(recipient.notificationSettings)[event.kind];
  await tx.notification.create({
    data: {
      userId: event.userId,
      kind: event.kind,
      businessId: event.businessId,
      partnershipId: event.partnershipId ?? null,
      referralId: event.referralId ?? null,
      title: event.title,
      body: event.body ?? "",
      link: event.link,
      inDigest: delivery === "daily",
    },
  });
  if (recipient && delivery === "immediately") {
    await enqueueMail(tx, notificationEmail(event, recipient.email));
  }
}

/** The link in a message's footer and its `List-Unsubscribe` header (RFC 8058 one-click). */
export function unsubscribeUrl(userId: string, scope: UnsubscribeScope): string {
  return absoluteUrl(getEnv().APP_URL, `/unsubscribe?token=${createUnsubscribeToken(userId, scope)}`);
}

export function unsubscribeHeaders(url: string): Record<string, string> {
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

/**
 * Email subjects are one line of at most 300 characters without control characters (mail-message.ts).
 * Titles carry business names, and a name stored before decision 020 may still hold some: cleaned
 * here, or the mail would be refused and the owner's action fail with it.
 */
export function mailSubject(title: string): string {
  const line = cleanText(title).replace(/\s+/g, " ").trim() || "News from Mutualist";
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

function notificationEmail(event: NotificationEvent, to: string) {
  const { APP_URL } = getEnv();
  const unsubscribe = unsubscribeUrl(event.userId, event.kind);
  const { text, html } = composeMail({
    heading: event.title,
    paragraphs: event.body ? [event.body] : [],
    action: { label: "Open in Mutualist", url: absoluteUrl(APP_URL, event.link) },
    footer: [
      `You get this email because emails about ${EMAIL_TOPICS[event.kind]} are on in your notification settings: ${absoluteUrl(APP_URL, "/account/notifications")}`,
    ],
    unsubscribeUrl: unsubscribe,
  });
  return {
    kind: event.kind,
    to,
    subject: mailSubject(event.title),
    text,
    html,
    headers: unsubscribeHeaders(unsubscribe),
  };
}
