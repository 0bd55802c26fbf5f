import type { Prisma } from "@prisma/client";
import {
  businessName,
  canAct,
  coolDownEndsAt,
  DAY_MS,
  expiresAtFor,
  formatDay,
  ownerSide,
  PARTNERSHIP_LIMITS,
  pairKey,
  TRANSITIONS,
  weeklyWindowStart,
  type PartnershipAction,
} from "#app/domain/partnership";
import { type PartnershipRequest } from "#app/domain/partnership-schema";
import { prisma } from "#app/utils/db.server";
import type { SessionUser } from "#app/utils/session.server";
import { blockBetween } from "./blocks.server";
import { notify } from "./notifications.server";
import { NOT_FOUND_MESSAGE } from "./partnership-access.server";
import { isUniqueViolation } from "./users.server";
import { unverifiedRefusal } from "./verified.server";

/**
 * Partnership requests and their moves (decision 024). Every check and write of a use-case runs in
 * one transaction; every move is a conditional update on `status`, so a double click or two app
 * processes act once; every event notifies the other side in the same transaction.
 */

type Db = Prisma.TransactionClient | typeof prisma;

export type Refusal = { ok: false; status: number; message: string; partnershipId?: string };

export const UNCLAIMED_MESSAGE = "Nobody runs this listing on Mutualist yet, so it cannot receive requests.";

const BUSINESS_FIELDS = { id: true, name: true, ownerId: true, status: true, claimed: true } as const;

export type ProposalCheck =
  | {
      ok: true;
      /** Requests `from` sent in the rolling week that count against the limit. */
      used: number;
      from: { id: string; name: string; ownerId: string };
      to: { id: string; name: string; ownerId: string };
      senderName: string;
    }
  | Refusal;

/** The signed-in owner who sends a request (the session's user). */
export type Sender = Pick<SessionUser, "id" | "email" | "displayName" | "emailVerified">;

/**
 * Whether `sender` may send a request from `fromId` to `toId` now, and how many of this week's
 * requests `from` has used. The request form shows the refusal before anyone types; propose runs
 * the same check inside its transaction.
 */
export async function checkProposal(
  { sender, fromId, toId, now = new Date() }: { sender: Sender; fromId: string; toId: string; now?: Date },
  db: Db = prisma,
): Promise<ProposalCheck> {
  const userId = sender.id;
  const [from, to] = await Promise.all([
    db.business.findUnique({ where: { id: fromId }, select: BUSINESS_FIELDS }),
    db.business.findUnique({ where: { id: toId }, select: BUSINESS_FIELDS }),
  ]);
  if (!from || from.ownerId !== userId)
    return { ok: false, status: 403, message: "Send requests from a business you run." };
  if (!to || to.status !== "published")
    return { ok: false, status: 404, message: "That business is not in the directory any more." };
  if (to.ownerId === userId)
    return {
      ok: false,
      status: 400,
      message: `${to.name} is your own business: an owner's businesses cannot partner with each other here.`,
    };
  if (from.status !== "published")
    return { ok: false, status: 409, message: `Publish ${from.name} before sending requests from it.` };
  const unverified = unverifiedRefusal(sender);
  if (unverified) return unverified;
  if (!to.claimed) return { ok: false, status: 409, message: UNCLAIMED_MESSAGE };

  const blocks = await blockBetween(fromId, toId, db);
  if (blocks.blockedByA)
    return { ok: false, status: 403, message: `${from.name} blocked ${to.name}. Unblock it to send a request.` };
  if (blocks.blockedByB)
    return { ok: false, status: 403, message: `${to.name} does not take requests from ${from.name}.` };

  const key = pairKey(fromId, toId);
  const open = await db.partnership.findUnique({ where: { openPairKey: key }, select: { id: true, status: true } });
  if (open) return openRefusal(open, from.name, to.name);

  const declined = await db.partnership.findFirst({
    where: {
      pairKey: key,
      status: "declined",
      fromBusinessId: fromId,
      respondedAt: { gt: new Date(now.getTime() - PARTNERSHIP_LIMITS.declineCoolDownDays * DAY_MS) },
    },
    orderBy: { respondedAt: "desc" },
    select: { id: true, respondedAt: true },
  });
  if (declined?.respondedAt)
    return {
      ok: false,
      status: 409,
      partnershipId: declined.id,
      message: `${to.name} declined ${from.name}'s request on ${formatDay(declined.respondedAt)}. You can ask again from ${formatDay(coolDownEndsAt(declined.respondedAt))}.`,
    };

  const counted = await db.partnership.findMany({
    where: {
      fromBusinessId: fromId,
      createdAt: { gt: weeklyWindowStart(now) },
      status: { notIn: ["accepted", "ended"] },
    },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  if (counted.length >= PARTNERSHIP_LIMITS.weeklyRequests) {
    const freeAt = new Date(counted[0]!.createdAt.getTime() + PARTNERSHIP_LIMITS.weeklyWindowDays * DAY_MS);
    return {
      ok: false,
      status: 429,
      message: `${from.name} has sent ${PARTNERSHIP_LIMITS.weeklyRequests} requests in the last ${PARTNERSHIP_LIMITS.weeklyWindowDays} days, the most a business can. The next one can go on ${formatDay(freeAt)}.`,
    };
  }
  return { ok: true, used: counted.length, from, to, senderName: sender.displayName };
}

function openRefusal(open: { id: string; status: string }, fromName: string, toName: string): Refusal {
  return {
    ok: false,
    status: 409,
    partnershipId: open.id,
    message:
      open.status === "accepted"
        ? `${fromName} and ${toName} are already partners.`
        : `There is already an open request between ${fromName} and ${toName}.`,
  };
}

export type ProposeResult = { ok: true; partnershipId: string } | Refusal;

/** Sends a request: the checks, the row and the recipient's notification, in one transaction. */
export async function proposePartnership(input: {
  sender: Sender;
  fromId: string;
  toId: string;
  request: PartnershipRequest;
  now?: Date;
}): Promise<ProposeResult> {
  const { sender, fromId, toId, request, now = new Date() } = input;
  try {
    return await prisma.$transaction(async (tx) => {
      // A write on the sender's row first: two requests from one business (two tabs, two app
      // processes) take turns, so the weekly count below cannot be read twice at 9. Raw SQL so
      // `updatedAt` does not move; portable to PostgreSQL (a row lock there).
      await tx.$executeRaw`UPDATE "Business" SET "claimed" = "claimed" WHERE "id" = ${fromId}`;
      const check = await checkProposal({ sender, fromId, toId, now }, tx);
      if (!check.ok) return check;
      const key = pairKey(fromId, toId);
      const created = await tx.partnership.create({
        data: {
          fromBusinessId: fromId,
          toBusinessId: toId,
          senderUserId: sender.id,
          pairKey: key,
          openPairKey: key,
          kind: request.kind,
          forThem: request.forThem,
          inReturn: request.inReturn,
          horizon: request.horizon,
          createdAt: now,
          expiresAt: expiresAtFor(now),
          lastActivityAt: now,
        },
        select: { id: true },
      });
      const signed = check.senderName ? `${check.senderName} for ${check.from.name}` : check.from.name;
      await notify(tx, {
        kind: "request-received",
        userId: check.to.ownerId,
        businessId: toId,
        partnershipId: created.id,
        title: `${check.from.name} asked ${check.to.name} to partner`,
        body: `${signed}: ${request.forThem}`,
        link: `/partnerships/${created.id}`,
      });
      return { ok: true as const, partnershipId: created.id };
    });
  } catch (error) {
    // Another request for the pair committed between the check and the insert.
    if (isUniqueViolation(error)) {
      const open = await prisma.partnership.findUnique({
        where: { openPairKey: pairKey(fromId, toId) },
        select: {
          id: true,
          status: true,
          fromBusiness: { select: { name: true } },
          toBusiness: { select: { name: true } },
        },
      });
      if (open) return openRefusal(open, businessName(open.fromBusiness), businessName(open.toBusiness));
      return { ok: false, status: 409, message: "There is already an open request between these businesses." };
    }
    throw error;
  }
}

export type ActResult = { ok: true; status: string } | Refusal;

const ALREADY: Record<string, string> = {
  requested: "This request is still waiting for an answer.",
  accepted: "This request was already accepted: you are partners.",
  declined: "This request was already declined.",
  withdrawn: "This request was withdrawn.",
  expired: "This request expired unanswered.",
  ended: "This partnership has already ended.",
};

/**
 * Accept, decline, withdraw or end, by the owner of one of the two businesses. Someone else gets a
 * 404 (the page does not exist for them); a move the state does not allow, or one another click
 * made first, gets a 409 saying what happened.
 */
export async function actOnPartnership(input: {
  userId: string;
  partnershipId: string;
  action: Exclude<PartnershipAction, "expire">;
  reason?: string;
  now?: Date;
}): Promise<ActResult> {
  const { userId, partnershipId, action, reason = "", now = new Date() } = input;
  return prisma.$transaction(async (tx) => {
    const row = await tx.partnership.findUnique({
      where: { id: partnershipId },
      select: {
        id: true,
        status: true,
        expiresAt: true,
        fromBusiness: { select: { id: true, name: true, ownerId: true } },
        toBusiness: { select: { id: true, name: true, ownerId: true } },
      },
    });
    const side = row ? ownerSide(row.fromBusiness, row.toBusiness, userId) : null;
    if (!row || !side) return { ok: false, status: 404, message: NOT_FOUND_MESSAGE };
    const mine = side === "from" ? row.fromBusiness! : row.toBusiness!;
    const other = side === "from" ? row.toBusiness : row.fromBusiness;
    if (!canAct(action, row.status, side)) return refuse(row.status);
    if (action === "accept" && !other)
      return {
        ok: false,
        status: 409,
        message: "The business that asked has left Mutualist, so there is nobody to partner with.",
      };
    if ((action === "accept" || action === "decline") && row.expiresAt <= now)
      return { ok: false, status: 409, message: ALREADY.expired! };

    const rule = TRANSITIONS[action];
    const data: Prisma.PartnershipUpdateManyMutationInput =
      action === "accept"
        ? { status: "accepted", respondedAt: now, lastActivityAt: now }
        : action === "decline"
          ? { status: "declined", respondedAt: now, declineReason: reason, openPairKey: null }
          : action === "withdraw"
            ? { status: "withdrawn", endedAt: now, openPairKey: null }
            : { status: "ended", endedAt: now, endedByBusinessId: mine.id, endedReason: reason, openPairKey: null };
    const { count } = await tx.partnership.updateMany({
      where: {
        id: row.id,
        status: rule.from,
        ...(action === "accept" || action === "decline" ? { expiresAt: { gt: now } } : {}),
      },
      data,
    });
    if (count === 0) {
      const current = await tx.partnership.findUnique({ where: { id: row.id }, select: { status: true } });
      return refuse(current?.status ?? row.status);
    }
    const link = `/partnerships/${row.id}`;
    if (other && action === "withdraw") {
      // Nothing is left to answer: the request's entry stops counting as unread in the other
      // owner's bell and leaves their next digest. (Its page says the request was withdrawn.)
      await tx.notification.updateMany({
        where: { partnershipId: row.id, userId: other.ownerId, kind: "request-received", readAt: null },
        data: { readAt: now, inDigest: false },
      });
    }
    if (other && action !== "withdraw") {
      const names = { mine: mine.name, other: other.name };
      await notify(tx, {
        kind:
          action === "accept" ? "request-accepted" : action === "decline" ? "request-declined" : "partnership-ended",
        userId: other.ownerId,
        businessId: other.id,
        partnershipId: row.id,
        title:
          action === "accept"
            ? `${names.mine} accepted ${names.other}'s partnership request`
            : action === "decline"
              ? `${names.mine} declined ${names.other}'s partnership request`
              : `${names.mine} ended its partnership with ${names.other}`,
        body: reason,
        link,
      });
    }
    return { ok: true, status: rule.to };
  });
}

function refuse(status: string): Refusal {
  return { ok: false, status: 409, message: ALREADY[status] ?? "This cannot be done in its current state." };
}

/**
 * Expires every request past its `expiresAt` and tells each sender. Safe to run in several
 * processes at once: each row is claimed by a conditional update and only the run whose update
 * changed it notifies. Returns how many this run expired. Called by the scheduler.
 */
export async function expireDueRequests(now = new Date(), batchSize = 200): Promise<number> {
  let expired = 0;
  for (;;) {
    const due = await prisma.partnership.findMany({
      where: { status: "requested", expiresAt: { lte: now } },
      orderBy: { expiresAt: "asc" },
      take: batchSize,
      select: { id: true },
    });
    if (due.length === 0) return expired;
    for (const { id } of due) {
      const done = await prisma.$transaction(async (tx) => {
        const { count } = await tx.partnership.updateMany({
          where: { id, status: "requested", expiresAt: { lte: now } },
          data: { status: "expired", endedAt: now, openPairKey: null },
        });
        if (count === 0) return false;
        const row = await tx.partnership.findUniqueOrThrow({
          where: { id },
          select: {
            fromBusiness: { select: { id: true, name: true, ownerId: true } },
            toBusiness: { select: { name: true } },
          },
        });
        if (row.fromBusiness)
          await notify(tx, {
            kind: "request-expired",
            userId: row.fromBusiness.ownerId,
            businessId: row.fromBusiness.id,
            partnershipId: id,
            title: `${row.fromBusiness.name}'s request to ${businessName(row.toBusiness)} expired unanswered`,
            body: `Requests expire after ${PARTNERSHIP_LIMITS.expiryDays} days without an answer. You can send another.`,
            link: `/partnerships/${id}`,
          });
        return true;
      });
      if (done) expired++;
    }
    if (due.length < batchSize) return expired;
  }
}
