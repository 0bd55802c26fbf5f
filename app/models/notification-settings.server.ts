import {
  applyUnsubscribe,
  notificationSettingsChoices,
  parseDigestTime,
  parseNotificationSettings,
  serializeNotificationSettings,
  summariseNotificationSettings,
  type DigestTime,
  type NotificationSettings,
  type UnsubscribeScope,
} from "#app/domain/notification-settings";
import { prisma } from "#app/utils/db.server";

/** The owner's choices per kind, and when their daily digest goes out. */
export async function saveNotificationSettings(
  userId: string,
  settings: NotificationSettings,
  digest: DigestTime,
): Promise<void> {
  await prisma.user.update({
    where: { id: userId },
    data: { notificationSettings: serializeNotificationSettings(settings, digest) },
  });
}

/**
 * The one-click unsubscribe: turns the scope's emails off. Entries already waiting for a digest
 * stay in the bell but leave the digest (it is built from the settings at the time it is sent).
 * False when the account no longer exists.
 */
export async function unsubscribe(userId: string, scope: UnsubscribeScope): Promise<boolean> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { notificationSettings: true } });
  if (!user) return false;
  const next = applyUnsubscribe(parseNotificationSettings(user.notificationSettings), scope);
  await prisma.user.update({
    where: { id: userId },
    data: { notificationSettings: serializeNotificationSettings(next, parseDigestTime(user.notificationSettings)) },
  });
  return true;
}

/** Whether the account a link names still exists (the unsubscribe page says so plainly if not). */
export async function userExists(userId: string): Promise<boolean> {
  return (await prisma.user.count({ where: { id: userId } })) > 0;
}

/** What the settings form shows on the account page: the saved choices, and whether they were just saved. */
export async function loadNotificationSettingsForm(userId: string, request: Request) {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { notificationSettings: true } });
  const digest = parseDigestTime(user?.notificationSettings);
  return {
    values: {
      ...parseNotificationSettings(user?.notificationSettings),
      digestHour: String(digest.hour),
      timeZone: digest.timeZone,
    },
    saved: new URL(request.url).searchParams.get("saved") === "notifications",
    choices: notificationSettingsChoices(),
  };
}

/** The account page's line about email settings, and whether they were just saved. */
export async function loadNotificationSettingsSummary(userId: string, request: Request) {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { notificationSettings: true } });
  return {
    summary: summariseNotificationSettings(
      parseNotificationSettings(user?.notificationSettings),
      parseDigestTime(user?.notificationSettings),
    ),
    saved: new URL(request.url).searchParams.get("saved") === "notifications",
  };
}
