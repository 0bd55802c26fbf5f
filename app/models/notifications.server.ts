import type { Prisma } from "@prisma/client";
import type { NotificationKind } from "#app/domain/notification-kinds";

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

export async function notify(tx: Prisma.TransactionClient, event: NotificationEvent): Promise<void> {
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
    },
  });
}
