/**
 * The events an owner is told about, in the bell and by email. Each kind's email follows the
 * owner's setting for it (account page); `defaultDelivery` is what a new account gets.
 */
export const NOTIFICATION_KINDS = [
  "request-received",
  "request-accepted",
  "request-declined",
  "request-expired",
  "message",
  "referral-received",
  "referral-updated",
  "partnership-ended",
  "nudge",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** "immediately": one email per event; "daily": one digest a day; "off": the bell only. */
export type EmailDelivery = "immediately" | "daily" | "off";

export const NOTIFICATION_KIND_INFO: Record<NotificationKind, { label: string; defaultDelivery: EmailDelivery }> = {
  "request-received": { label: "A business asks to partner with you", defaultDelivery: "immediately" },
  "request-accepted": { label: "Your request is accepted", defaultDelivery: "immediately" },
  "request-declined": { label: "Your request is declined", defaultDelivery: "immediately" },
  "request-expired": { label: "A request expires unanswered", defaultDelivery: "daily" },
  message: { label: "New messages", defaultDelivery: "immediately" },
  "referral-received": { label: "A partner sends you a referral", defaultDelivery: "immediately" },
  "referral-updated": {
    label: "A referral you gave moves along (contacted, won, lost)",
    defaultDelivery: "immediately",
  },
  "partnership-ended": { label: "A partner ends a partnership", defaultDelivery: "immediately" },
  nudge: { label: "A partnership has gone quiet", defaultDelivery: "immediately" },
};

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}
