import { prisma } from "#app/utils/db.server";

/**
 * A partnership as one of its two owners sees it: which side is theirs, which is the partner's.
 * Anyone else gets a 404 (the partnership's existence is private to the pair).
 */

const businessSelect = {
  id: true,
  name: true,
  slug: true,
  ownerId: true,
  country: true,
  wantsFromPartners: true,
} as const;

export interface PartnershipSide {
  id: string;
  name: string;
  slug: string;
  ownerId: string;
  country: string;
  wantsFromPartners: string;
}

export interface PartnershipForViewer {
  id: string;
  status: string;
  createdAt: Date;
  respondedAt: Date | null;
  lastActivityAt: Date;
  /** The viewer's business. */
  self: PartnershipSide;
  /** The other business; null once it was deleted ("a former member"). */
  partner: PartnershipSide | null;
}

export const NOT_FOUND_MESSAGE = "There is no partnership at this address.";

/**
 * The partnership seen from `viewerBusinessId`, or null when that business is not one of its two
 * sides. Callers check that the viewer owns `viewerBusinessId` (getPartnershipForUser does).
 */
export async function getPartnershipForBusiness(
  partnershipId: string,
  viewerBusinessId: string,
): Promise<PartnershipForViewer | null> {
  const row = await prisma.partnership.findUnique({
    where: { id: partnershipId },
    select: {
      id: true,
      status: true,
      createdAt: true,
      respondedAt: true,
      lastActivityAt: true,
      fromBusiness: { select: businessSelect },
      toBusiness: { select: businessSelect },
    },
  });
  if (!row) return null;
  const { fromBusiness, toBusiness, ...rest } = row;
  if (fromBusiness?.id === viewerBusinessId) return { ...rest, self: fromBusiness, partner: toBusiness };
  if (toBusiness?.id === viewerBusinessId) return { ...rest, self: toBusiness, partner: fromBusiness };
  return null;
}

/** The partnership when `userId` owns one of its businesses, else null. */
export async function getPartnershipForUser(
  partnershipId: string,
  userId: string,
): Promise<PartnershipForViewer | null> {
  const row = await prisma.partnership.findUnique({
    where: { id: partnershipId },
    select: {
      fromBusiness: { select: { id: true, ownerId: true } },
      toBusiness: { select: { id: true, ownerId: true } },
    },
  });
  if (!row) return null;
  const side = [row.fromBusiness, row.toBusiness].find((business) => business?.ownerId === userId);
  return side ? getPartnershipForBusiness(partnershipId, side.id) : null;
}

export async function requirePartnershipForUser(partnershipId: string, userId: string): Promise<PartnershipForViewer> {
  const partnership = await getPartnershipForUser(partnershipId, userId);
  if (!partnership) throw new Response(NOT_FOUND_MESSAGE, { status: 404 });
  return partnership;
}

/** True when either business blocked the other. */
export async function isBlockedPair(a: string, b: string): Promise<boolean> {
  const block = await prisma.block.findFirst({
    where: {
      OR: [
        { blockerId: a, blockedId: b },
        { blockerId: b, blockedId: a },
      ],
    },
    select: { id: true },
  });
  return block !== null;
}
