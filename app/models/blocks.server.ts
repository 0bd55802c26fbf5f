import { Prisma } from "@prisma/client";
import { businessName, pairKey } from "#app/domain/partnership";
import { prisma } from "#app/utils/db.server";
import { notify } from "./notifications.server";

type Db = Prisma.TransactionClient | typeof prisma;

/** The businesses `businessId` blocked or was blocked by: never suggested to it, no requests either way. */
export async function blockedIdsOf(businessId: string, db: Db = prisma): Promise<Set<string>> {
  // Raw: on the suggestion routes' path before the Meilisearch queries (decision 011). Portable SQL.
  const rows = await db.$queryRaw<{ blockerId: string; blockedId: string }[]>(
    Prisma.sql`SELECT "blockerId", "blockedId" FROM "Block" WHERE "blockerId" = ${businessId} OR "blockedId" = ${businessId}`,
  );
  return new Set(rows.map((row) => (row.blockerId === businessId ? row.blockedId : row.blockerId)));
}

/** Whether either business blocked the other, and which. */
export async function blockBetween(a: string, b: string, db: Db = prisma) {
  const rows = await db.block.findMany({
    where: {
      OR: [
        { blockerId: a, blockedId: b },
        { blockerId: b, blockedId: a },
      ],
    },
    select: { blockerId: true },
  });
  return { blockedByA: rows.some((row) => row.blockerId === a), blockedByB: rows.some((row) => row.blockerId === b) };
}

export type BlockResult = { ok: true; message: string } | { ok: false; status: number; message: string };

/**
 * `blockerId` (owned by `userId`) blocks `blockedId`, in one transaction. Nothing between them stays
 * open, and nothing closes silently (decision 024): a request the blocker received is declined
 * (its sender is told, as for any decline); one the blocker sent is withdrawn; a running
 * partnership ends and the other side is told. Blocking twice is the same as once.
 */
export async function blockBusiness(userId: string, blockerId: string, blockedId: string, now = new Date()) {
  const [blocker, blocked] = await Promise.all([
    prisma.business.findUnique({ where: { id: blockerId }, select: { id: true, name: true, ownerId: true } }),
    prisma.business.findUnique({ where: { id: blockedId }, select: { id: true, name: true, ownerId: true } }),
  ]);
  if (!blocker || blocker.ownerId !== userId)
    return { ok: false, status: 403, message: "Only the owner of a business can block for it." } as const;
  if (!blocked) return { ok: false, status: 404, message: "That business is not in the directory any more." } as const;
  if (blocked.ownerId === userId)
    return { ok: false, status: 400, message: "Both businesses are yours: there is nothing to block." } as const;

  await prisma.$transaction(async (tx) => {
    await tx.block.upsert({
      where: { blockerId_blockedId: { blockerId, blockedId } },
      create: { blockerId, blockedId },
      update: {},
    });
    const open = await tx.partnership.findUnique({
      where: { openPairKey: pairKey(blockerId, blockedId) },
      select: { id: true, status: true, fromBusinessId: true },
    });
    if (!open) return;
    const link = `/partnerships/${open.id}`;
    if (open.status === "requested" && open.fromBusinessId === blockedId) {
      const { count } = await tx.partnership.updateMany({
        where: { id: open.id, status: "requested" },
        data: { status: "declined", openPairKey: null, respondedAt: now },
      });
      if (count)
        await notify(tx, {
          kind: "request-declined",
          userId: blocked.ownerId,
          businessId: blocked.id,
          partnershipId: open.id,
          title: `${blocker.name} declined ${businessName(blocked)}'s partnership request`,
          link,
        });
    } else if (open.status === "requested") {
      await tx.partnership.updateMany({
        where: { id: open.id, status: "requested" },
        data: { status: "withdrawn", openPairKey: null, endedAt: now },
      });
    } else if (open.status === "accepted") {
      const { count } = await tx.partnership.updateMany({
        where: { id: open.id, status: "accepted" },
        data: { status: "ended", openPairKey: null, endedAt: now, endedByBusinessId: blockerId },
      });
      if (count)
        await notify(tx, {
          kind: "partnership-ended",
          userId: blocked.ownerId,
          businessId: blocked.id,
          partnershipId: open.id,
          title: `${blocker.name} ended its partnership with ${blocked.name}`,
          link,
        });
    }
  });
  return {
    ok: true,
    message: `${blocked.name} is blocked: no requests or messages either way, and neither of you is suggested to the other.`,
  } as const;
}

export async function unblockBusiness(userId: string, blockerId: string, blockedId: string): Promise<BlockResult> {
  const blocker = await prisma.business.findUnique({ where: { id: blockerId }, select: { ownerId: true } });
  if (!blocker || blocker.ownerId !== userId)
    return { ok: false, status: 403, message: "Only the owner of a business can unblock for it." };
  await prisma.block.deleteMany({ where: { blockerId, blockedId } });
  return { ok: true, message: "Unblocked. Requests can be sent again either way." };
}
