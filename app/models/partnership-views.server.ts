import { Prisma } from "@prisma/client";
import {
  availableActions,
  businessName,
  DAY_MS,
  horizonLabel,
  kindLabel,
  PARTNERSHIP_LIMITS,
  pairKey,
  pairStateOf,
  statusLabel,
  type PairState,
} from "#app/domain/partnership";
import { parseStringList } from "#app/domain/business";
import { categoryName } from "#app/domain/taxonomy";
import { prisma } from "#app/utils/db.server";
import { blockBetween } from "./blocks.server";
import type { PartnershipForViewer, PartnershipSide } from "./partnership-access.server";

/** What the partnership pages and the state badges read (decision 024). */

const SIDE_FIELDS = { id: true, slug: true, name: true, ownerId: true, primaryCategory: true, city: true } as const;

/**
 * What the partnership page shows of one partnership, for the owner the access check found
 * (requirePartnershipForUser): both sides, the words of the request, and the moves open to them.
 */
export async function partnershipPage(partnership: PartnershipForViewer) {
  const { side, self: mine, partner: other } = partnership;
  const blockedByMe = other ? (await blockBetween(mine.id, other.id)).blockedByA : false;
  const view = (business: PartnershipSide | null) =>
    business
      ? { id: business.id, slug: business.slug, name: business.name, category: categoryName(business.primaryCategory) }
      : null;
  const [from, to] = side === "from" ? [mine, other] : [other, mine];
  return {
    id: partnership.id,
    side,
    status: partnership.status,
    statusLabel: statusLabel(partnership.status),
    kind: kindLabel(partnership.kind),
    horizon: horizonLabel(partnership.horizon),
    forThem: partnership.forThem,
    inReturn: partnership.inReturn,
    createdAt: partnership.createdAt.toISOString(),
    expiresAt: partnership.expiresAt.toISOString(),
    respondedAt: partnership.respondedAt?.toISOString() ?? null,
    endedAt: partnership.endedAt?.toISOString() ?? null,
    declineReason: partnership.declineReason,
    endedReason: partnership.endedReason,
    endedByMe: partnership.endedByBusinessId === mine.id,
    senderName: partnership.senderName,
    from: view(from),
    to: view(to),
    mine: view(mine)!,
    other: view(other),
    blockedByMe,
    actions: other
      ? availableActions(partnership.status, side)
      : availableActions(partnership.status, side).filter((a) => a === "end"),
  };
}

export type PartnershipPage = Awaited<ReturnType<typeof partnershipPage>>;

export const PARTNERSHIP_LIST_PAGE = 20;

export type PartnershipListName = "received" | "sent" | "running" | "past";

const LIST_WHERE: Record<PartnershipListName, (ids: string[]) => Prisma.PartnershipWhereInput> = {
  received: (ids) => ({ toBusinessId: { in: ids }, status: "requested" }),
  sent: (ids) => ({ fromBusinessId: { in: ids }, status: "requested" }),
  running: (ids) => ({
    status: "accepted",
    OR: [{ fromBusinessId: { in: ids } }, { toBusinessId: { in: ids } }],
  }),
  past: (ids) => ({
    status: { in: ["declined", "withdrawn", "expired", "ended"] },
    OR: [{ fromBusinessId: { in: ids } }, { toBusinessId: { in: ids } }],
  }),
};

/**
 * The owner's requests and partnerships across their businesses, in four lists, each a page at a
 * time (`pages` is 1-based per list), newest first.
 */
export async function listPartnershipsOfOwner(userId: string, pages: Record<PartnershipListName, number>) {
  const businesses = await prisma.business.findMany({ where: { ownerId: userId }, select: { id: true } });
  const ids = businesses.map((business) => business.id);
  const names = Object.keys(LIST_WHERE) as PartnershipListName[];
  const lists = await Promise.all(
    names.map(async (name) => {
      const where = LIST_WHERE[name](ids);
      const page = Math.max(1, pages[name]);
      const [total, rows] = await Promise.all([
        prisma.partnership.count({ where }),
        prisma.partnership.findMany({
          where,
          orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
          skip: (page - 1) * PARTNERSHIP_LIST_PAGE,
          take: PARTNERSHIP_LIST_PAGE,
          select: {
            id: true,
            status: true,
            kind: true,
            createdAt: true,
            expiresAt: true,
            respondedAt: true,
            endedAt: true,
            fromBusinessId: true,
            fromBusiness: { select: SIDE_FIELDS },
            toBusiness: { select: SIDE_FIELDS },
          },
        }),
      ]);
      const idSet = new Set(ids);
      const items = rows.map((row) => {
        const mineIsFrom = !!row.fromBusinessId && idSet.has(row.fromBusinessId);
        const mine = mineIsFrom ? row.fromBusiness : row.toBusiness;
        const other = mineIsFrom ? row.toBusiness : row.fromBusiness;
        return {
          id: row.id,
          status: row.status,
          statusLabel: statusLabel(row.status),
          kind: kindLabel(row.kind),
          sentByMe: mineIsFrom,
          mine: { name: businessName(mine) },
          other: other ? { name: other.name, slug: other.slug, category: categoryName(other.primaryCategory) } : null,
          createdAt: row.createdAt.toISOString(),
          expiresAt: row.expiresAt.toISOString(),
          closedAt: (row.endedAt ?? row.respondedAt)?.toISOString() ?? null,
          respondedAt: row.respondedAt?.toISOString() ?? null,
        };
      });
      return [name, { total, page, pageCount: Math.max(1, Math.ceil(total / PARTNERSHIP_LIST_PAGE)), items }] as const;
    }),
  );
  return {
    businessCount: ids.length,
    lists: Object.fromEntries(lists) as Record<PartnershipListName, PartnershipList>,
  };
}

interface PartnershipList {
  total: number;
  page: number;
  pageCount: number;
  items: {
    id: string;
    status: string;
    statusLabel: string;
    kind: string;
    sentByMe: boolean;
    mine: { name: string };
    other: { name: string; slug: string; category: string } | null;
    createdAt: string;
    expiresAt: string;
    closedAt: string | null;
    respondedAt: string | null;
  }[];
}

/** `${self}|${other}` */
export const pairStateKey = (self: string, other: string) => `${self}|${other}`;

/**
 * How each of `selfIds` stands with each of `otherIds` (request sent, received, partners, declined,
 * blocked), for a page's businesses at once: one query for the rows, one for the blocks.
 */
export async function pairStates(
  selfIds: readonly string[],
  otherIds: readonly string[],
  now = new Date(),
): Promise<Map<string, PairState>> {
  const states = new Map<string, PairState>();
  const keys = selfIds.flatMap((self) =>
    otherIds.filter((other) => other !== self).map((other) => pairKey(self, other)),
  );
  if (keys.length === 0) return states;
  const coolDownStart = new Date(now.getTime() - PARTNERSHIP_LIMITS.declineCoolDownDays * DAY_MS);
  const [rows, blocks] = await Promise.all([
    prisma.partnership.findMany({
      where: {
        pairKey: { in: keys },
        OR: [{ status: { in: ["requested", "accepted"] } }, { status: "declined", respondedAt: { gt: coolDownStart } }],
      },
      select: { id: true, pairKey: true, fromBusinessId: true, toBusinessId: true, status: true, respondedAt: true },
    }),
    prisma.block.findMany({
      where: {
        OR: [
          { blockerId: { in: [...selfIds] }, blockedId: { in: [...otherIds] } },
          { blockerId: { in: [...otherIds] }, blockedId: { in: [...selfIds] } },
        ],
      },
      select: { blockerId: true, blockedId: true },
    }),
  ]);
  const blocked = new Set(blocks.map((block) => `${block.blockerId}>${block.blockedId}`));
  for (const self of selfIds) {
    for (const other of otherIds) {
      if (other === self) continue;
      const key = pairKey(self, other);
      const state = pairStateOf(
        self,
        other,
        rows.filter((row) => row.pairKey === key),
        { blockedByMe: blocked.has(`${self}>${other}`), blockedMe: blocked.has(`${other}>${self}`) },
        now,
      );
      if (state) states.set(pairStateKey(self, other), state);
    }
  }
  return states;
}

/**
 * How one business stands with others it does not know yet, for a suggestion list: its live
 * partnership rows (open, running, declined within the cool-down), read in one query that can run
 * while Meilisearch works, then looked up for any business after ranking without another query.
 * Blocks are not read: the suggestion queries already leave out every business blocked either way
 * (decision 024), so none of them can be shown.
 */
export async function pairStatesOfUnblocked(
  selfId: string,
  now = new Date(),
): Promise<(otherId: string) => PairState | null> {
  const coolDownStart = new Date(now.getTime() - PARTNERSHIP_LIMITS.declineCoolDownDays * DAY_MS);
  // Raw: the suggestion routes read it on every request (decision 011). Portable SQL; the declined
  // pairs' cool-down is checked here, so no date goes into the SQL.
  const found = await prisma.$queryRaw<
    {
      id: string;
      pairKey: string;
      fromBusinessId: string;
      toBusinessId: string;
      status: string;
      respondedAt: Date | null;
    }[]
  >(Prisma.sql`
    SELECT "id", "pairKey", "fromBusinessId", "toBusinessId", "status", "respondedAt" FROM "Partnership"
    WHERE ("fromBusinessId" = ${selfId} OR "toBusinessId" = ${selfId})
      AND "status" IN ('requested', 'accepted', 'declined')`);
  const rows = found.filter(
    (row) => row.status !== "declined" || (row.respondedAt !== null && row.respondedAt > coolDownStart),
  );
  const byPair = new Map<string, typeof rows>();
  for (const row of rows) byPair.set(row.pairKey, [...(byPair.get(row.pairKey) ?? []), row]);
  const none = { blockedByMe: false, blockedMe: false };
  return (otherId) =>
    otherId === selfId ? null : pairStateOf(selfId, otherId, byPair.get(pairKey(selfId, otherId)) ?? [], none, now);
}

/** The businesses `businessId` runs an accepted partnership with (for the circle). */
export async function acceptedPartnersOf(businessId: string) {
  const rows = await prisma.partnership.findMany({
    where: { status: "accepted", OR: [{ fromBusinessId: businessId }, { toBusinessId: businessId }] },
    orderBy: { respondedAt: "asc" },
    select: {
      id: true,
      fromBusinessId: true,
      fromBusiness: { select: SIDE_FIELDS },
      toBusiness: { select: SIDE_FIELDS },
    },
  });
  return rows.flatMap((row) => {
    const other = row.fromBusinessId === businessId ? row.toBusiness : row.fromBusiness;
    return other ? [{ partnershipId: row.id, ...other }] : [];
  });
}

/** The signed-in owner's published businesses (the request form's "from" choices, a profile's badges). */
export async function publishedBusinessesOf(userId: string) {
  return prisma.business.findMany({
    where: { ownerId: userId, status: "published" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true },
  });
}

/** What the request form shows of the business asked: what it wants from partners and offers them. */
export async function getRequestTarget(businessId: string) {
  const row = await prisma.business.findUnique({
    where: { id: businessId },
    select: {
      id: true,
      slug: true,
      name: true,
      niche: true,
      status: true,
      claimed: true,
      ownerId: true,
      primaryCategory: true,
      partnershipKinds: true,
      offersToPartners: true,
      wantsFromPartners: true,
    },
  });
  if (!row || row.status !== "published") return null;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    niche: row.niche,
    claimed: row.claimed,
    ownerId: row.ownerId,
    category: categoryName(row.primaryCategory),
    partnershipKinds: parseStringList(row.partnershipKinds),
    offersToPartners: row.offersToPartners,
    wantsFromPartners: row.wantsFromPartners,
  };
}

/** Of these businesses, the ones nobody runs yet (imported, not claimed): they cannot receive requests. */
export async function unclaimedAmong(ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  // Raw: it runs after ranking, on the suggestion routes' critical path, and Prisma 6.19 compiles
  // a model query in ~0.9 ms where this takes ~0.25 ms (decision 011). Portable SQL.
  const rows = await prisma.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT "id" FROM "Business" WHERE "claimed" = ${false} AND "id" IN (${Prisma.join([...ids])})`,
  );
  return new Set(rows.map((row) => row.id));
}

/**
 * A profile's partnership panel for a signed-in visitor: each of their published businesses with
 * how it stands with this one (one query for the states, one for the blocks).
 */
export async function partnershipPanel(userId: string, other: { id: string; claimed: boolean }) {
  const mine = await publishedBusinessesOf(userId);
  const states = await pairStates(
    mine.map((business) => business.id),
    [other.id],
  );
  return {
    claimed: other.claimed,
    mine: mine.map((business) => ({
      id: business.id,
      name: business.name,
      state: states.get(pairStateKey(business.id, other.id)) ?? null,
    })),
  };
}

export type PartnershipPanel = Awaited<ReturnType<typeof partnershipPanel>>;
