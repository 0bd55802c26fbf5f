import {
  NOTIFICATION_KIND_INFO,
  NOTIFICATION_KINDS,
  type EmailDelivery,
  type NotificationKind,
} from "#app/domain/notification-kinds";

/**
 * An owner's email settings: one delivery per notification kind, and the time of their daily
 * digest. Stored as JSON on the user (`notificationSettings`); a kind missing from it, or stored
 * with a value this version does not know, uses its default (notification-kinds.ts), and so does a
 * missing digest time, so adding either needs no data migration.
 */
export const EMAIL_DELIVERIES = ["immediately", "daily", "off"] as const satisfies readonly EmailDelivery[];

export const DELIVERY_LABELS: Record<EmailDelivery, string> = {
  immediately: "Immediately",
  daily: "Daily digest",
  off: "Off",
};

/** When an owner's daily digest goes out: an hour of the day on their own clock. */
export interface DigestTime {
  /** 0–23, on the hour. */
  hour: number;
  /** An IANA time zone ("America/Los_Angeles"), or "UTC". */
  timeZone: string;
}

/** Until an owner chooses (docs/decisions/026): 14:00 UTC, morning in the Americas, afternoon in Europe. */
export const DEFAULT_DIGEST_TIME: DigestTime = { hour: 14, timeZone: "UTC" };

/** The time zones an owner can choose from: UTC, then every zone this runtime knows. */
export function timeZoneChoices(): string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone")];
}

/**
 * A clock (hour, minute, second) for each time zone, built once: the digest job asks for every
 * waiting owner's zone each minute, and building a formatter costs far more than using one.
 * Undefined for a name the runtime does not know.
 */
const clocks = new Map<string, Intl.DateTimeFormat>();
function clockIn(timeZone: string): Intl.DateTimeFormat | undefined {
  if (!timeZone || timeZone.length > 64) return undefined;
  let clock = clocks.get(timeZone);
  if (!clock) {
    try {
      clock = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      return undefined;
    }
    // Names are matched without regard to case, so a form could send endless spellings: bounded.
    if (clocks.size >= 1_000) clocks.clear();
    clocks.set(timeZone, clock);
  }
  return clock;
}

/** Whether the runtime knows this IANA time zone name (exactly as written). */
export function isTimeZone(value: string): boolean {
  return clockIn(value) !== undefined;
}

/** "08:00", for the hour choices. */
export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, "0")}:00`;
}

/** "07:00 (America/Los Angeles)", as the account page and the digest email say it. */
export function digestTimeLabel(time: DigestTime): string {
  return `${hourLabel(time.hour)} (${time.timeZone.replace(/_/g, " ")})`;
}

/**
 * The latest digest time at or before `now`: the last moment the owner's clock showed the digest
 * hour (today's, or yesterday's before it). Counted back on the local clock, so on the day the
 * clocks change the digest comes an hour early or late, once.
 */
export function digestCutoff(now: Date, time: DigestTime = DEFAULT_DIGEST_TIME): Date {
  const clock = clockIn(time.timeZone);
  if (!clock) throw new RangeError(`Unknown time zone: ${time.timeZone}`);
  const parts = Object.fromEntries(clock.formatToParts(now).map((part) => [part.type, Number(part.value)])) as Record<
    "hour" | "minute" | "second",
    number
  >;
  const hoursSince = (parts.hour - time.hour + 24) % 24;
  const sinceMs = ((hoursSince * 60 + parts.minute) * 60 + parts.second) * 1000 + now.getUTCMilliseconds();
  return new Date(now.getTime() - sinceMs);
}

/** The digest time stored with the settings (`digest`), or the default when missing or unreadable. */
export function parseDigestTime(json: string | null | undefined): DigestTime {
  let raw: unknown;
  try {
    raw = (JSON.parse(json ?? "{}") as Record<string, unknown> | null)?.digest;
  } catch {
    return DEFAULT_DIGEST_TIME;
  }
  if (typeof raw !== "object" || raw === null) return DEFAULT_DIGEST_TIME;
  const { hour, timeZone } = raw as Record<string, unknown>;
  return Number.isInteger(hour) &&
    (hour as number) >= 0 &&
    (hour as number) <= 23 &&
    typeof timeZone === "string" &&
    isTimeZone(timeZone)
    ? { hour: hour as number, timeZone }
    : DEFAULT_DIGEST_TIME;
}

export type NotificationSettings = Record<NotificationKind, EmailDelivery>;

/** What the settings form lists, with its words (sent by the loader). */
export interface NotificationSettingsChoices {
  kinds: { kind: NotificationKind; label: string }[];
  deliveries: { value: EmailDelivery; label: string }[];
  hours: { value: number; label: string }[];
  timeZones: string[];
}

export function notificationSettingsChoices(): NotificationSettingsChoices {
  return {
    kinds: NOTIFICATION_KINDS.map((kind) => ({ kind, label: NOTIFICATION_KIND_INFO[kind].label })),
    deliveries: EMAIL_DELIVERIES.map((value) => ({ value, label: DELIVERY_LABELS[value] })),
    hours: Array.from({ length: 24 }, (_, hour) => ({ value: hour, label: hourLabel(hour) })),
    timeZones: timeZoneChoices(),
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

/** The settings and the digest time as stored: one JSON object, a key per kind plus `digest`. */
export function serializeNotificationSettings(
  settings: NotificationSettings,
  digest: DigestTime = DEFAULT_DIGEST_TIME,
): string {
  return JSON.stringify({
    ...Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, settings[kind]])),
    digest: { hour: digest.hour, timeZone: digest.timeZone },
  });
}

/**
 * What one unsubscribe link stops: one kind's emails, or the daily digest (every kind that is
 * sent as a digest).
 */
export type UnsubscribeScope = NotificationKind | "digest";

/**
 * The settings in one sentence, for the account page: "Immediately: 5 kinds · Daily digest: 2
 * kinds · Off: 2 kinds. The digest comes at 07:00 (America/Los Angeles)."
 */
export function summariseNotificationSettings(settings: NotificationSettings, digest: DigestTime): string {
  const kinds = (count: number) => (count === 1 ? "1 kind" : `${count} kinds`);
  const counts = EMAIL_DELIVERIES.map((delivery) => ({
    delivery,
    count: NOTIFICATION_KINDS.filter((kind) => settings[kind] === delivery).length,
  })).filter(({ count }) => count > 0);
  const list = counts.map(({ delivery, count }) => `${DELIVERY_LABELS[delivery]}: ${kinds(count)}`).join(" · ");
  const daily = counts.some(({ delivery }) => delivery === "daily");
  return daily ? `${list}. The digest comes at ${digestTimeLabel(digest)}.` : `${list}.`;
}

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
