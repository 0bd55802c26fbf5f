import {
  applyUnsubscribe,
  notificationSettingsChoices,
  parseNotificationSettings,
  serializeNotificationSettings,
  type NotificationSettings,
  type UnsubscribeScope,
} from "#app/domain/notification-settings";
import { prisma } from "#app/utils/db.server";

/** An owner's email settings, every kind filled in (a missing one uses its default). */
export async function getNotificationSettings(userId: string): Promise<NotificationSettings> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { notificationSettings: true } });
  return parseNotificationSettings(user?.notificationSettings);
}

export async function saveNotificationSettings(userId: string, settings: NotificationSettings): Promise<void> {
  await prisma.user.update({
    where: { id: userId },
    data: { notificationSettings: serializeNotificationSettings(settings) },
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
    data: { notificationSettings: serializeNotificationSettings(next) },
  });
  return true;
}

/** Whether the account a link names still exists (the unsubscribe page says so plainly if not). */
export async function userExists(userId: string): Promise<boolean> {
  return (await prisma.user.count({ where: { id: userId } })) > 0;
}

/** What the settings form shows on the account page: the saved choices, and whether they were just saved. */
export async function loadNotificationSettingsForm(userId: string, request: Request) {
  return {
    values: await getNotificationSettings(userId),
    saved: new URL(request.url).searchParams.get("saved") === "notifications",
    choices: notificationSettingsChoices(),
  };
}
