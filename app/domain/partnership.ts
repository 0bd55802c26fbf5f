/**
 * Partnership requests and partnerships: one row from request to end (decision 024). Pure: the
 * states and who may move them, the limits, the form schemas, the words the pages use.
 */

export const PARTNERSHIP_STATUSES = ["requested", "accepted", "declined", "withdrawn", "expired", "ended"] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** Which of the two businesses acts: the one that sent the request, or the one that received it. */
export type Side = "from" | "to";

export type PartnershipAction = "accept" | "decline" | "withdraw" | "end" | "expire";

/** Every move: from which status, to which, and which side may make it ("system": the expiry job). */
export const TRANSITIONS: Record<
  PartnershipAction,
  { from: PartnershipStatus; to: PartnershipStatus; by: Side[] | "system" }
> = {
  accept: { from: "requested", to: "accepted", by: ["to"] },
  decline: { from: "requested", to: "declined", by: ["to"] },
  withdraw: { from: "requested", to: "withdrawn", by: ["from"] },
  end: { from: "accepted", to: "ended", by: ["from", "to"] },
  expire: { from: "requested", to: "expired", by: "system" },
};

/** True when `side` may make `action` on a row in `status`. */
export function canAct(action: PartnershipAction, status: string, side: Side): boolean {
  const rule = TRANSITIONS[action];
  return rule.from === status && rule.by !== "system" && rule.by.includes(side);
}

/** The actions a side may take now, in the order the page shows them. */
export function availableActions(status: string, side: Side): PartnershipAction[] {
  return (["accept", "decline", "withdraw", "end"] as const).filter((action) => canAct(action, status, side));
}

/**
 * Which side `userId` owns, the sender's first (an owner of both cannot partner with themself), or
 * null: the one owner check behind every partnership page, action and download.
 */
export function ownerSide(
  from: { ownerId: string } | null,
  to: { ownerId: string } | null,
  userId: string,
): Side | null {
  return from?.ownerId === userId ? "from" : to?.ownerId === userId ? "to" : null;
}

/** Open: the request waits or the partnership runs. At most one open row per pair (`openPairKey`). */
export function isOpen(status: string): boolean {
  return status === "requested" || status === "accepted";
}

export const PARTNERSHIP_LIMITS = {
  /** Requests a business may send per rolling window (those the other side accepted do not count). */
  weeklyRequests: 10,
  weeklyWindowDays: 7,
  /** After a decline, the business that was declined may not ask the same business again for this long. */
  declineCoolDownDays: 90,
  /** An unanswered request expires this long after it was sent. */
  expiryDays: 30,
  forThem: { min: 20, max: 1000 },
  inReturn: 1000,
  reason: 500,
  /** A "real sentence": at least this many words of two or more letters. */
  minWords: 4,
} as const;

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Both business ids sorted and joined by ":": the same key whichever side sent the request. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

export function expiresAtFor(sentAt: Date): Date {
  return new Date(sentAt.getTime() + PARTNERSHIP_LIMITS.expiryDays * DAY_MS);
}

/** The start of the rolling window the weekly limit counts in. */
export function weeklyWindowStart(now: Date): Date {
  return new Date(now.getTime() - PARTNERSHIP_LIMITS.weeklyWindowDays * DAY_MS);
}

/** When a business declined at `declinedAt` can be asked again by the business it declined. */
export function coolDownEndsAt(declinedAt: Date): Date {
  return new Date(declinedAt.getTime() + PARTNERSHIP_LIMITS.declineCoolDownDays * DAY_MS);
}

/** "7 of 10 left this week". */
export function weeklyAllowanceText(used: number): string {
  const left = Math.max(0, PARTNERSHIP_LIMITS.weeklyRequests - used);
  return `${left} of ${PARTNERSHIP_LIMITS.weeklyRequests} left this week`;
}

/**
 * Whether a text reads as a sentence rather than a key held down or a string of junk: enough words
 * of two or more letters (any script), and not one character repeated, nor one word repeated.
 */
export function isRealSentence(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}\p{M}'’-]*/gu)?.filter((word) => [...word].length >= 2) ?? [];
  if (words.length < PARTNERSHIP_LIMITS.minWords) return false;
  const distinctWords = new Set(words.map((word) => word.toLowerCase()));
  if (distinctWords.size < Math.min(3, words.length)) return false;
  // "aaaa bbbb cccc dddd": every word one letter repeated.
  return words.some((word) => new Set(word.toLowerCase()).size > 1);
}

export const REQUEST_HORIZONS = [
  { value: "one-off", label: "One-off project" },
  { value: "long-term", label: "Long-term" },
] as const;

export const STATUS_LABELS: Record<PartnershipStatus, string> = {
  requested: "Request waiting",
  accepted: "Partners",
  declined: "Declined",
  withdrawn: "Withdrawn",
  expired: "Expired unanswered",
  ended: "Ended",
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as PartnershipStatus] ?? status;
}

export { partnershipKindLabel as kindLabel } from "./business-options";

export function horizonLabel(horizon: string): string {
  return REQUEST_HORIZONS.find((entry) => entry.value === horizon)?.label ?? horizon;
}

/**
 * How one business stands with another, as both see it wherever the other appears (a suggestion
 * card, the circle, a profile). Null: nothing between them (a request can be sent).
 */
export type PairState =
  | { state: "request-sent"; partnershipId: string }
  | { state: "request-received"; partnershipId: string }
  | { state: "partners"; partnershipId: string }
  /** `byMe`: this business declined the other's request (else the other declined mine). */
  | { state: "declined"; partnershipId: string; byMe: boolean; until: string }
  | { state: "blocked"; byMe: boolean };

export const PAIR_STATE_LABELS: Record<PairState["state"], string> = {
  "request-sent": "Request sent",
  "request-received": "Request received",
  partners: "Partners",
  declined: "Declined",
  blocked: "Blocked",
};

/** The row facts pairStateOf reads (one Partnership row). */
export interface PairRow {
  id: string;
  fromBusinessId: string | null;
  toBusinessId: string | null;
  status: string;
  respondedAt: Date | null;
}

/**
 * The state of `self` with `other` from the rows between them (open ones and recent declines, any
 * order) and the blocks. A block wins, then an open row, then the latest decline within its cool-down.
 */
export function pairStateOf(
  self: string,
  other: string,
  rows: readonly PairRow[],
  blocks: { blockedByMe: boolean; blockedMe: boolean },
  now: Date,
): PairState | null {
  if (blocks.blockedByMe || blocks.blockedMe) return { state: "blocked", byMe: blocks.blockedByMe };
  const mine = rows.filter(
    (row) =>
      (row.fromBusinessId === self && row.toBusinessId === other) ||
      (row.fromBusinessId === other && row.toBusinessId === self),
  );
  const open = mine.find((row) => isOpen(row.status));
  if (open) {
    if (open.status === "accepted") return { state: "partners", partnershipId: open.id };
    return open.fromBusinessId === self
      ? { state: "request-sent", partnershipId: open.id }
      : { state: "request-received", partnershipId: open.id };
  }
  const declines = mine
    .filter((row) => row.status === "declined" && row.respondedAt && coolDownEndsAt(row.respondedAt) > now)
    .sort((a, b) => b.respondedAt!.getTime() - a.respondedAt!.getTime());
  const latest = declines[0];
  if (!latest) return null;
  return {
    state: "declined",
    partnershipId: latest.id,
    byMe: latest.toBusinessId === self,
    until: coolDownEndsAt(latest.respondedAt!).toISOString(),
  };
}

/** A business's name, or what stands in for one deleted with its account. */
export function businessName(business: { name: string } | null | undefined): string {
  return business?.name ?? "a former member";
}

/** "1 December 2026" (UTC, so the server's and the browser's renderings agree). */
export function formatDay(date: Date | string): string {
  return new Date(date).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
