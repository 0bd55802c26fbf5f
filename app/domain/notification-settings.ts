import {
  NOTIFICATION_KIND_INFO,
  NOTIFICATION_KINDS,
  type EmailDelivery,
  type NotificationKind,
} from "#app/domain/notification-kinds";

/**
 * An owner's email settings: one delivery per notification kind. Stored as JSON on the user
 * (`notificationSettings`); a kind missing from it, or stored with a value this version does not
 * know, uses its default (notification-kinds.ts), so adding a kind needs no data migration.
 */
export const EMAIL_DELIVERIES = ["immediately", "daily", "off"] as const satisfies readonly EmailDelivery[];

export const DELIVERY_LABELS: Record<EmailDelivery, string> = {
  immediately: "Immediately",
  daily: "Daily digest",
  off: "Off",
};

/** The hour (UTC) of the daily digest (docs/decisions/026); no per-user time zone yet. */
export const DIGEST_HOUR_UTC = 14;

/** The latest digest time at or before `now`: today's digest hour, or yesterday's before it. */
export function digestCutoff(now: Date, hourUtc = DIGEST_HOUR_UTC): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc);
  return new Date(today <= now.getTime() ? today : today - 24 * 3600_000);
}

export type NotificationSettings = Record<NotificationKind, EmailDelivery>;

/** What the settings form lists, with its words (sent by the loader). */
export interface NotificationSettingsChoices {
  kinds: { kind: NotificationKind; label: string }[];
  deliveries: { value: EmailDelivery; label: string }[];
  digestHourUtc: number;
}

export function notificationSettingsChoices(): NotificationSettingsChoices {
  return {
    kinds: NOTIFICATION_KINDS.map((kind) => ({ kind, label: NOTIFICATION_KIND_INFO[kind].label })),
    deliveries: EMAIL_DELIVERIES.map((value) => ({ value, label: DELIVERY_LABELS[value] })),
    digestHourUtc: DIGEST_HOUR_UTC,
  };
}

export function defaultNotificationSettings(): NotificationSettings {
  return Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [kind, NOTIFICATION_KIND_INFO[kind].defaultDelivery]),
  ) as NotificationSettings;
}

/** The stored JSON read leniently: anything unreadable falls back to the defaults, kind by kind. */
export function parseNotificationSettings(json: string | null | undefined): NotificationSettings {
  const settings = defaultNotificationSettings();
  let raw: unknown;
  try {
    raw = JSON.parse(json ?? "{}");
  } catch {
    return settings;
  }
  // Plain checks rather than Zod: this module reaches the browser with the settings form's labels.
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return settings;
  const stored = raw as Record<string, unknown>;
  for (const kind of NOTIFICATION_KINDS) {
    const delivery = stored[kind];
    if (isEmailDelivery(delivery)) settings[kind] = delivery;
  }
  return settings;
}

export function isEmailDelivery(value: unknown): value is EmailDelivery {
  return typeof value === "string" && (EMAIL_DELIVERIES as readonly string[]).includes(value);
}

export function serializeNotificationSettings(settings: NotificationSettings): string {
  return JSON.stringify(Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, settings[kind]])));
}

/**
 * What one unsubscribe link stops: one kind's emails, or the daily digest (every kind that is
 * sent as a digest).
 */
export type UnsubscribeScope = NotificationKind | "digest";

/** What each kind's emails are about, as the unsubscribe page and the email footer say it. */
export const EMAIL_TOPICS: Record<NotificationKind, string> = {
  "request-received": "partnership requests you receive",
  "request-accepted": "your partnership requests being accepted",
  "request-declined": "your partnership requests being declined",
  "request-expired": "partnership requests that expire unanswered",
  message: "new messages",
  "referral-received": "referrals your partners send you",
  "referral-updated": "referrals you gave moving along",
  "partnership-ended": "partnerships that end",
  nudge: "partnerships that have gone quiet",
};

/** "Emails about new messages from Mutualist", "The daily digest email from Mutualist". */
export function unsubscribeDescription(scope: UnsubscribeScope): string {
  if (scope === "digest") return "The daily digest email from Mutualist";
  return `Emails about ${EMAIL_TOPICS[scope]} from Mutualist`;
}

/** The settings after an unsubscribe: the kind, or every daily kind for the digest, turned off. */
export function applyUnsubscribe(settings: NotificationSettings, scope: UnsubscribeScope): NotificationSettings {
  const next = { ...settings };
  for (const kind of NOTIFICATION_KINDS) {
    if (scope === "digest" ? next[kind] === "daily" : kind === scope) next[kind] = "off";
  }
  return next;
}
