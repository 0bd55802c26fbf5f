import { ownerSide, type Side } from "#app/domain/partnership";
import { prisma } from "#app/utils/db.server";

/**
 * The one owner check for a partnership: its page (and the page's messages and referrals), the
 * chart and the CSV load it here. A partnership as one of its two owners sees it: which side is
 * theirs, which is the partner's. Anyone else gets a 404 (its existence is private to the pair).
 */

const businessSelect = {
  id: true,
  name: true,
  slug: true,
  ownerId: true,
  country: true,
  primaryCategory: true,
  wantsFromPartners: true,
} as const;

export interface PartnershipSide {
  id: string;
  name: string;
  slug: string;
  ownerId: string;
  country: string;
  primaryCategory: string;
  wantsFromPartners: string;
}

export interface PartnershipForViewer {
  id: string;
  status: string;
  kind: string;
  forThem: string;
  inReturn: string;
  horizon: string;
  createdAt: Date;
  expiresAt: Date;
  respondedAt: Date | null;
  declineReason: string;
  endedAt: Date | null;
  endedByBusinessId: string | null;
  endedReason: string;
  lastActivityAt: Date;
  /** The display name of the owner who sent the request ("" when not set or gone). */
  senderName: string;
  /** Which side is the viewer's: the business that sent the request, or the one that received it. */
  side: Side;
  /** The viewer's business. */
  self: PartnershipSide;
  /** The other business; null once it was deleted ("a former member"). */
  partner: PartnershipSide | null;
}

export const NOT_FOUND_MESSAGE = "There is no partnership at this address.";

/** The partnership when `userId` owns one of its businesses, else null. */
export async function getPartnershipForUser(
  partnershipId: string,
  userId: string,
): Promise<PartnershipForViewer | null> {
  const row = await prisma.partnership.findUnique({
    where: { id: partnershipId },
    select: {
      id: true,
      status: true,
      kind: true,
      forThem: true,
      inReturn: true,
      horizon: true,
      createdAt: true,
      expiresAt: true,
      respondedAt: true,
      declineReason: true,
      endedAt: true,
      endedByBusinessId: true,
      endedReason: true,
      lastActivityAt: true,
      sender: { select: { displayName: true } },
      fromBusiness: { select: businessSelect },
      toBusiness: { select: businessSelect },
    },
  });
  if (!row) return null;
  const { fromBusiness, toBusiness, sender, ...rest } = row;
  const side = ownerSide(fromBusiness, toBusiness, userId);
  if (!side) return null;
  const [self, partner] = side === "from" ? [fromBusiness!, toBusiness] : [toBusiness!, fromBusiness];
  return { ...rest, senderName: sender?.displayName ?? "", side, self, partner };
}

export async function requirePartnershipForUser(partnershipId: string, userId: string): Promise<PartnershipForViewer> {
  const partnership = await getPartnershipForUser(partnershipId, userId);
  if (!partnership) throw new Response(NOT_FOUND_MESSAGE, { status: 404 });
  return partnership;
}
