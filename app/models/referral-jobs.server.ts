import { REFERRAL_LIMITS } from "#app/domain/referral";
import { prisma } from "#app/utils/db.server";
import { notify } from "./notifications.server";

/**
 * The ledger's timed jobs, for the scheduler. Each is safe with two workers running it at once:
 * a row is claimed by a conditional update and acted on only by the worker whose update changed it.
 */

export const QUIET_DAYS = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One nudge to both owners of every partnership with no referral either way for QUIET_DAYS
 * (lastActivityAt is the acceptance or the latest referral), telling each what the other says it
 * wants from partners. Nudged again only after new activity and another quiet spell.
 * Returns the partnerships nudged by this call.
 */
export async function sendDueNudges(now = new Date()): Promise<string[]> {
  const quietSince = new Date(now.getTime() - QUIET_DAYS * DAY_MS);
  const due = await prisma.partnership.findMany({
    where: {
      status: "accepted",
      lastActivityAt: { lte: quietSince },
      OR: [{ nudgedAt: null }, { nudgedAt: { lt: prisma.partnership.fields.lastActivityAt } }],
    },
    select: { id: true },
    take: 500,
  });
  const nudged: string[] = [];
  for (const { id } of due) {
    const sent = await prisma.$transaction(async (tx) => {
      const claimed = await tx.partnership.updateMany({
        where: {
          id,
          status: "accepted",
          lastActivityAt: { lte: quietSince },
          OR: [{ nudgedAt: null }, { nudgedAt: { lt: prisma.partnership.fields.lastActivityAt } }],
        },
        data: { nudgedAt: now },
      });
      if (claimed.count === 0) return false;
      const partnership = await tx.partnership.findUniqueOrThrow({
        where: { id },
        select: {
          fromBusiness: { select: { id: true, name: true, ownerId: true, wantsFromPartners: true } },
          toBusiness: { select: { id: true, name: true, ownerId: true, wantsFromPartners: true } },
        },
      });
      const sides = [
        [partnership.fromBusiness, partnership.toBusiness],
        [partnership.toBusiness, partnership.fromBusiness],
      ] as const;
      for (const [self, other] of sides) {
        if (!self || !other) continue;
        const wants = other.wantsFromPartners.trim();
        await notify(tx, {
          kind: "nudge",
          userId: self.ownerId,
          businessId: self.id,
          partnershipId: id,
          title: `No referrals with ${other.name} for ${QUIET_DAYS} days`,
          body: wants
            ? `${other.name} says it wants from partners: ${wants}`
            : `${other.name} has not said what it wants from partners. A message could ask.`,
          link: `/partnerships/${id}#referrals`,
        });
      }
      return true;
    });
    if (sent) nudged.push(id);
  }
  return nudged;
}

/** The moment a referral closed at or before which its customer contact is cleared. */
export function contactClearCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - REFERRAL_LIMITS.contactKeptMonths);
  return cutoff;
}

/** Clears the customer contact of referrals closed (won or lost) six months ago or more. Returns how many. */
export async function clearClosedReferralContacts(now = new Date()): Promise<number> {
  const cleared = await prisma.referral.updateMany({
    where: {
      status: { in: ["won", "lost"] },
      closedAt: { lte: contactClearCutoff(now) },
      contactClearedAt: null,
      customerContact: { not: null },
    },
    data: { customerContact: null, contactClearedAt: now },
  });
  return cleared.count;
}
