import type { Prisma } from "@prisma/client";
import { authorLabel, messagePreview } from "#app/domain/message";
import { DAY_MS, expiresAtFor, pairKey, PARTNERSHIP_LIMITS } from "#app/domain/partnership";
import { currencyForCountry, formatMoney } from "#app/domain/referral";
import { possessive } from "./demo-names";
import { pick, seededRandom, type Random } from "./random";
import {
  CUSTOMERS,
  demoRequests,
  demoThreads,
  LOST_REASONS,
  NEEDS,
  VALUE_RANGE,
  type RequestKey,
} from "./seed-demo-texts";

/**
 * The partnership side of the demo: requests waiting both ways, partnerships with months of
 * referrals in every state, message threads and a bell with unread entries, for the demo owner and
 * the demo partner. Written straight into the tables, not through the use-cases, so no mail is
 * queued. Every date is a fixed offset from `now`, so the demo never looks stale and has the same
 * shape on every run; the random choices come from a fixed seed.
 */

/** A Portland demo business, as the directory seed created it. */
export interface DemoFirm {
  id: string;
  ownerId: string;
  /** The owner's display name ("Ana Ruiz"). */
  ownerName: string;
  name: string;
  primaryCategory: string;
  country: string;
  website: string | null;
  wantsFromPartners: string;
}

export interface DemoPeople {
  owner: { id: string; displayName: string };
  partner: { id: string; displayName: string };
}

export interface RequestSpec {
  from: DemoFirm;
  to: DemoFirm;
  kind: string;
  horizon: "one-off" | "long-term";
  forThem: string;
  inReturn: string;
  status: "requested" | "accepted" | "declined" | "withdrawn" | "expired" | "ended";
  sentDaysAgo: number;
  /** When the recipient accepted or declined, or the sender withdrew. */
  answeredDaysAgo?: number;
  declineReason?: string;
  ended?: { daysAgo: number; by: DemoFirm; reason: string };
  /**
   * Referrals each way (sender's first): given between these days ago, the gap between two drawn
   * from [min, max] days; `allStates` makes the oldest won and lost and the newest contacted and new.
   */
  referrals?: {
    fromDaysAgo: number;
    toDaysAgo: number;
    gaps: [[number, number], [number, number]];
    allStates: boolean;
  };
  nudgedDaysAgo?: number;
}

const SEED = 20261201;
const HOUR_MS = 3_600_000;

type PartnershipRow = Prisma.PartnershipCreateManyInput & { id: string; createdAt: Date; lastActivityAt: Date };
type ReferralRow = Prisma.ReferralCreateManyInput & {
  id: string;
  giverBusinessId: string;
  receiverBusinessId: string;
  status: string;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
};
type MessageRow = Prisma.MessageCreateManyInput & { createdAt: Date };
type NotificationRow = Prisma.NotificationCreateManyInput;

/** Who plays which part: the demo owner's three businesses, the demo partner's, and the others. */
export function demoCast(firms: DemoFirm[], people: DemoPeople) {
  const find = (test: (firm: DemoFirm) => boolean, what: string) => {
    const firm = firms.find(test);
    if (!firm) throw new Error(`The demo directory has no ${what} in Portland`);
    return firm;
  };
  const own = (trade: string) => find((f) => f.ownerId === people.owner.id && f.primaryCategory === trade, trade);
  const others = firms.filter((f) => f.ownerId !== people.owner.id && f.ownerId !== people.partner.id);
  const other = (trade: string, nth = 0) => {
    const firm = others.filter((f) => f.primaryCategory === trade)[nth];
    if (!firm) throw new Error(`The demo directory has no ${nth ? "second " : ""}${trade} in Portland`);
    return firm;
  };
  return {
    planner: own("wedding-planner"),
    eventPlanner: own("event-planner"),
    photographer: own("wedding-photographer"),
    florist: find((f) => f.ownerId === people.partner.id, "business for the demo partner"),
    venue: other("event-venue", 0),
    venueDeclined: other("event-venue", 1),
    rentals: other("party-rental"),
    caterer: other("caterer", 0),
    catererEnded: other("caterer", 1),
    videographer: other("wedding-videographer"),
    photoBooth: other("photo-booth-rental"),
    cake: other("cake-designer", 0),
    cakeExpired: other("cake-designer", 1),
    dj: other("dj", 0),
    bridal: other("bridal-shop"),
  };
}
export type DemoCast = ReturnType<typeof demoCast>;

/** Dates as offsets from one moment: `ago(3, 2)` is three days ago plus two hours. */
function clockAt(now: Date) {
  const ago = (days: number, hours = 0) => new Date(now.getTime() - days * DAY_MS + hours * HOUR_MS);
  /** Never later than `margin` hours before now (a referral given "today" was given this morning). */
  const notAfterNow = (time: number, marginHours = 1) =>
    new Date(Math.min(time, now.getTime() - marginHours * HOUR_MS));
  return { now, ago, notAfterNow };
}
type Clock = ReturnType<typeof clockAt>;

/** A cuid-shaped id from the seeded sequence: the same rows get the same ids on every run. */
function demoId(random: Random): string {
  let id = "c";
  while (id.length < 25) id += Math.floor(random() * 36).toString(36);
  return id;
}

export async function seedDemoPartnerships(
  tx: Prisma.TransactionClient,
  firms: DemoFirm[],
  people: DemoPeople,
  now: Date = new Date(),
) {
  const random = seededRandom(SEED);
  const clock = clockAt(now);
  const cast = demoCast(firms, people);
  const requests = demoRequests(cast);

  const partnerships = new Map<RequestKey, PartnershipRow>();
  const referrals: ReferralRow[] = [];
  for (const [key, spec] of Object.entries(requests) as [RequestKey, RequestSpec][]) {
    const row = partnershipRow(random, spec, clock);
    const given = spec.referrals ? referralRows(random, row.id, spec, clock) : [];
    for (const referral of given) if (referral.createdAt > row.lastActivityAt) row.lastActivityAt = referral.createdAt;
    partnerships.set(key, row);
    referrals.push(...given);
  }

  const threads = demoThreads(cast, firstName(people.owner.displayName), firstName(people.partner.displayName));
  const messages: MessageRow[] = threads.map((line) => ({
    id: demoId(random),
    partnershipId: partnerships.get(line.request)!.id,
    authorBusinessId: line.author.id,
    authorUserId: line.author.ownerId,
    body: line.body,
    createdAt: clock.ago(line.daysAgo, line.hours),
  }));

  const notifications = bell(random, { cast, people, requests, partnerships, referrals, messages, clock });

  await tx.partnership.createMany({ data: [...partnerships.values()] });
  await tx.referral.createMany({ data: referrals });
  await tx.message.createMany({ data: messages });
  await tx.notification.createMany({ data: notifications });
  return {
    partnerships: partnerships.size,
    referrals: referrals.length,
    messages: messages.length,
    notifications: notifications.length,
  };
}

function partnershipRow(random: Random, spec: RequestSpec, { ago }: Clock): PartnershipRow {
  const createdAt = ago(spec.sentDaysAgo, 2 + random() * 0.9);
  const answeredAt = spec.answeredDaysAgo === undefined ? null : ago(spec.answeredDaysAgo, 5 + random());
  const respondedAt = spec.status === "withdrawn" ? null : answeredAt;
  const endedAt = spec.ended ? ago(spec.ended.daysAgo, 3) : null;
  const expiresAt = expiresAtFor(createdAt);
  const pair = pairKey(spec.from.id, spec.to.id);
  return {
    id: demoId(random),
    fromBusinessId: spec.from.id,
    toBusinessId: spec.to.id,
    senderUserId: spec.from.ownerId,
    pairKey: pair,
    openPairKey: spec.status === "requested" || spec.status === "accepted" ? pair : null,
    kind: spec.kind,
    forThem: spec.forThem,
    inReturn: spec.inReturn,
    horizon: spec.horizon,
    status: spec.status,
    createdAt,
    expiresAt,
    respondedAt,
    declineReason: spec.declineReason ?? "",
    endedAt,
    endedByBusinessId: spec.ended?.by.id ?? null,
    endedReason: spec.ended?.reason ?? "",
    lastActivityAt: respondedAt ?? createdAt,
    nudgedAt: spec.nudgedDaysAgo === undefined ? null : ago(spec.nudgedDaysAgo, 1),
    updatedAt: endedAt ?? answeredAt ?? (spec.status === "expired" ? expiresAt : createdAt),
  };
}

/** Older referrals mostly closed (won more often than lost), recent ones still new or contacted. */
function statusForAge(random: Random, age: number): string {
  const roll = random();
  if (age < 10) return roll < 0.6 ? "new" : "contacted";
  if (age < 35) return roll < 0.15 ? "new" : roll < 0.6 ? "contacted" : roll < 0.85 ? "won" : "lost";
  return roll < 0.08 ? "contacted" : roll < 0.62 ? "won" : "lost";
}

function referralRows(random: Random, partnershipId: string, spec: RequestSpec, clock: Clock): ReferralRow[] {
  const window = spec.referrals!;
  const directions: [DemoFirm, DemoFirm][] = [
    [spec.from, spec.to],
    [spec.to, spec.from],
  ];
  return directions.flatMap(([giver, receiver], direction) => {
    const [gapMin, gapMax] = window.gaps[direction]!;
    const days: number[] = [];
    for (let day = window.fromDaysAgo - Math.floor(random() * 6); day > window.toDaysAgo; ) {
      days.push(day);
      day -= gapMin + Math.floor(random() * (gapMax - gapMin + 1));
    }
    // The liveliest partnerships had a referral this week.
    if (window.allStates && days.at(-1) !== window.toDaysAgo + direction) days.push(window.toDaysAgo + direction);
    const statuses = days.map((age) => statusForAge(random, age));
    if (window.allStates && statuses.length >= 4) {
      statuses.splice(0, 2, "won", "lost");
      statuses.splice(-2, 2, "contacted", "new");
    }
    // Each direction walks its own way through the trade's needs, so neighbours differ.
    const needs = NEEDS[receiver.primaryCategory] ?? ["A customer who needs what you do"];
    const firstNeed = Math.floor(random() * needs.length);
    return days.map((age, index) =>
      referralRow(random, clock, {
        partnershipId,
        giver,
        receiver,
        need: needs[(firstNeed + index) % needs.length]!,
        age,
        status: statuses[index]!,
      }),
    );
  });
}

function roundTo50(value: number): number {
  return Math.round(value / 50) * 50;
}

function referralRow(
  random: Random,
  { ago, notAfterNow }: Clock,
  input: { partnershipId: string; giver: DemoFirm; receiver: DemoFirm; need: string; age: number; status: string },
): ReferralRow {
  const { receiver, status } = input;
  const [low, high] = VALUE_RANGE[receiver.primaryCategory] ?? [500, 5000];
  const day = ago(input.age);
  const referredOn = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  const createdAt = notAfterNow(referredOn.getTime() + (9 + random() * 9) * HOUR_MS);
  const value = roundTo50(low + random() * (high - low));
  const closed = status === "won" || status === "lost";
  const closedAt = closed ? notAfterNow(createdAt.getTime() + (3 + Math.floor(random() * 30)) * DAY_MS, 2) : null;
  const contactedAt = status === "contacted" ? notAfterNow(createdAt.getTime() + (1 + random()) * DAY_MS) : null;
  const customer = pick(random, CUSTOMERS);
  const withContact = !closed && random() < 0.7;
  return {
    id: demoId(random),
    partnershipId: input.partnershipId,
    giverBusinessId: input.giver.id,
    receiverBusinessId: receiver.id,
    need: input.need,
    customerContact: withContact ? customer.join(" · ") : null,
    expectedValue: random() < 0.45 ? roundTo50(value * (0.8 + random() * 0.4)) : null,
    wonValue: status === "won" ? value : null,
    currency: currencyForCountry(receiver.country),
    referredOn,
    status,
    lostReason: status === "lost" ? pick(random, LOST_REASONS) : "",
    closedAt,
    createdAt,
    updatedAt: closedAt ?? contactedAt ?? createdAt,
  };
}

function firstName(displayName: string): string {
  return displayName.split(" ")[0] ?? displayName;
}

/**
 * What each side was told, one entry per event like the use-cases write them: the demo owner has
 * this week's news unread (requests, messages, referrals, an outcome, a nudge) and older ones read.
 */
function bell(
  random: Random,
  context: {
    cast: DemoCast;
    people: DemoPeople;
    requests: Record<RequestKey, RequestSpec>;
    partnerships: Map<RequestKey, PartnershipRow>;
    referrals: ReferralRow[];
    messages: MessageRow[];
    clock: Clock;
  },
): NotificationRow[] {
  const { cast, people, requests, partnerships, referrals, messages, clock } = context;
  const byId = new Map(Object.values(cast).map((firm) => [firm.id, firm]));
  const entries: NotificationRow[] = [];
  const tell = (
    user: "owner" | "partner",
    business: DemoFirm,
    kind: string,
    key: RequestKey,
    entry: { title: string; body?: string; at: Date; read: boolean; referralId?: string; anchor?: string },
  ) => {
    const partnershipId = partnerships.get(key)!.id;
    entries.push({
      id: demoId(random),
      userId: people[user].id,
      kind,
      businessId: business.id,
      partnershipId,
      referralId: entry.referralId ?? null,
      title: entry.title,
      body: entry.body ?? "",
      link: `/partnerships/${partnershipId}${entry.anchor ?? ""}`,
      createdAt: entry.at,
      readAt: entry.read ? clock.notAfterNow(entry.at.getTime() + 4 * HOUR_MS) : null,
    });
  };

  const received = (user: "owner" | "partner", key: RequestKey, read: boolean) => {
    const { from, to, forThem } = requests[key];
    const at = partnerships.get(key)!.createdAt;
    tell(user, to, "request-received", key, {
      title: `${from.name} asked ${to.name} to partner`,
      body: `${from.ownerName} for ${from.name}: ${forThem}`,
      at,
      read,
    });
  };
  received("owner", "catererPlanner", false);
  received("owner", "videographerPhotographer", false);
  received("owner", "floristPhotographer", false);
  received("owner", "photoBoothEventPlanner", false);
  received("partner", "bridalFlorist", false);
  received("partner", "plannerFlorist", true);

  const lastMessage = (key: RequestKey) => {
    const message = messages.filter((m) => m.partnershipId === partnerships.get(key)!.id).at(-1)!;
    const author = byId.get(message.authorBusinessId!)!;
    tell("owner", requests[key].from === author ? requests[key].to : requests[key].from, "message", key, {
      title: `${authorLabel({ displayName: author.ownerName }, author.name)} sent you a message`,
      body: messagePreview(message.body),
      anchor: "#messages",
      at: message.createdAt,
      read: false,
    });
  };
  lastMessage("plannerFlorist");
  lastMessage("catererPlanner");

  const given = (key: RequestKey, giver: DemoFirm) =>
    referrals.filter((r) => r.partnershipId === partnerships.get(key)!.id && r.giverBusinessId === giver.id);
  const newest = (list: ReferralRow[], status: string) => list.filter((r) => r.status === status).at(-1)!;
  const referralReceived = (user: "owner" | "partner", key: RequestKey, referral: ReferralRow, read: boolean) => {
    const giver = byId.get(referral.giverBusinessId)!;
    const receiver = byId.get(referral.receiverBusinessId)!;
    tell(user, receiver, "referral-received", key, {
      title: `${giver.name} sent you a referral`,
      body: messagePreview(referral.need),
      anchor: "#referrals",
      at: referral.createdAt,
      read,
      referralId: referral.id,
    });
  };
  const referralUpdated = (user: "owner" | "partner", key: RequestKey, referral: ReferralRow, read: boolean) => {
    const giver = byId.get(referral.giverBusinessId)!;
    const receiver = byId.get(referral.receiverBusinessId)!;
    const title =
      referral.status === "won"
        ? `${receiver.name} won the referral you gave: ${formatMoney(referral.wonValue!, referral.currency!)}`
        : referral.status === "lost"
          ? `${receiver.name} lost the referral you gave`
          : `${receiver.name} contacted the customer you referred`;
    const need = messagePreview(referral.need, 80);
    const body = referral.status === "lost" ? `${need}. Reason: ${referral.lostReason}` : need;
    const at = referral.closedAt ?? referral.updatedAt;
    tell(user, giver, "referral-updated", key, {
      title,
      body,
      at,
      read,
      referralId: referral.id,
      anchor: "#referrals",
    });
  };
  const fromFlorist = given("plannerFlorist", cast.florist);
  const fromPlanner = given("plannerFlorist", cast.planner);
  const fromVenue = given("venuePhotographer", cast.venue);
  const fromPhotographer = given("venuePhotographer", cast.photographer);
  referralReceived("owner", "plannerFlorist", fromFlorist.at(-1)!, false);
  referralReceived("owner", "venuePhotographer", fromVenue.at(-1)!, false);
  referralReceived("owner", "plannerFlorist", fromFlorist.at(-3)!, true);
  referralReceived("partner", "plannerFlorist", fromPlanner.at(-1)!, false);
  referralUpdated("owner", "plannerFlorist", newest(fromPlanner, "won"), false);
  referralUpdated("owner", "venuePhotographer", newest(fromPhotographer, "lost"), true);
  referralUpdated("owner", "venuePhotographer", newest(fromPhotographer, "won"), true);
  referralUpdated("partner", "plannerFlorist", newest(fromFlorist, "won"), false);
  referralUpdated("partner", "plannerFlorist", newest(fromFlorist, "contacted"), true);

  const { planner, eventPlanner, photographer, florist, venueDeclined, cakeExpired, catererEnded, rentals } = cast;
  const row = (key: RequestKey) => partnerships.get(key)!;
  tell("owner", planner, "request-accepted", "plannerFlorist", {
    title: `${florist.name} accepted ${possessive(planner.name)} partnership request`,
    at: row("plannerFlorist").respondedAt as Date,
    read: true,
  });
  tell("owner", planner, "request-declined", "plannerVenueDeclined", {
    title: `${venueDeclined.name} declined ${possessive(planner.name)} partnership request`,
    body: row("plannerVenueDeclined").declineReason,
    at: row("plannerVenueDeclined").respondedAt as Date,
    read: true,
  });
  tell("owner", eventPlanner, "request-expired", "eventPlannerCakeExpired", {
    title: `${possessive(eventPlanner.name)} request to ${cakeExpired.name} expired unanswered`,
    body: `Requests expire after ${PARTNERSHIP_LIMITS.expiryDays} days without an answer. You can send another.`,
    at: row("eventPlannerCakeExpired").expiresAt as Date,
    read: true,
  });
  tell("owner", photographer, "partnership-ended", "catererPhotographerEnded", {
    title: `${catererEnded.name} ended its partnership with ${photographer.name}`,
    body: row("catererPhotographerEnded").endedReason,
    at: row("catererPhotographerEnded").endedAt as Date,
    read: true,
  });
  tell("owner", eventPlanner, "nudge", "eventPlannerRentals", {
    title: `No referrals with ${rentals.name} for 60 days`,
    body: `${rentals.name} says it wants from partners: ${rentals.wantsFromPartners}`,
    anchor: "#referrals",
    at: row("eventPlannerRentals").nudgedAt as Date,
    read: false,
  });
  return entries;
}
