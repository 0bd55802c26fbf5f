import { Prisma } from "@prisma/client";
import { prisma } from "#app/utils/db.server";

/** The bell and /notifications: an owner's own entries only. */
export const NOTIFICATIONS_PAGE_SIZE = 20;
/** The bell counts up to this many and shows "99+" past it, so the count costs the same for everyone. */
export const UNREAD_COUNT_CAP = 100;

/**
 * Unread entries for the bell, counted up to UNREAD_COUNT_CAP: one query on the (userId, readAt)
 * index, which holds everything the count needs (bench/notifications.ts shows the plan and time).
 */
export async function countUnreadNotifications(userId: string): Promise<number> {
  const rows = await prisma.$queryRaw<{ unread: number | bigint }[]>(Prisma.sql`
    SELECT COUNT(*) AS "unread" FROM (
      SELECT 1 FROM "Notification" WHERE "userId" = ${userId} AND "readAt" IS NULL LIMIT ${UNREAD_COUNT_CAP}
    ) AS "capped"`);
  return Number(rows[0]?.unread ?? 0);
}

/** One page of entries, newest first (page 1 = newest). */
export async function listNotifications(userId: string, page: number) {
  const [total, unread, rows] = await Promise.all([
    prisma.notification.count({ where: { userId } }),
    prisma.notification.count({ where: { userId, readAt: null } }),
    prisma.notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
    }),
  ]);
  return {
    total,
    unread,
    pages: Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE)),
    notifications: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title,
      body: row.body,
      link: row.link,
      createdAt: row.createdAt.toISOString(),
      read: row.readAt !== null,
    })),
  };
}

/** Marks the owner's entry read and returns the path it opens, or null when it is not theirs. */
export async function openNotification(userId: string, id: string): Promise<string | null> {
  const entry = await prisma.notification.findFirst({ where: { id, userId }, select: { link: true } });
  if (!entry) return null;
  await prisma.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: new Date() } });
  return entry.link;
}

/** False when the entry is not the owner's (or does not exist). */
export async function markNotificationRead(userId: string, id: string): Promise<boolean> {
  const entry = await prisma.notification.findFirst({ where: { id, userId }, select: { id: true } });
  if (!entry) return false;
  await prisma.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: new Date() } });
  return true;
}

export async function markAllNotificationsRead(userId: string): Promise<number> {
  const { count } = await prisma.notification.updateMany({
    where: { userId, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}
