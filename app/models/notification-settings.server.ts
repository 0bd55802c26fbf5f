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

/** The owner's stored choices and digest time, defaults filled in; `exists` false when the account is gone. */
async function storedSettings(userId: string) {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { notificationSettings: true } });
  return {
    exists: user !== null,
    settings: parseNotificationSettings(user?.notificationSettings),
    digest: parseDigestTime(user?.notificationSettings),
  };
}

/** The settings form came back saved (the redirect after a save says so). */
function justSaved(request: Request): boolean {
  return new URL(request.url).searchParams.get("saved") === "notifications";
}

/**
 * The one-click unsubscribe: turns the scope's emails off. Entries already waiting for a digest
 * stay in the bell but leave the digest (it is built from the settings at the time it is sent).
 * False when the account no longer exists.
 */
export async function unsubscribe(userId: string, scope: UnsubscribeScope): Promise<boolean> {
  const { exists, settings, digest } = await storedSettings(userId);
  if (!exists) return false;
  await saveNotificationSettings(userId, applyUnsubscribe(settings, scope), digest);
  return true;
}

/** Whether the account a link names still exists (the unsubscribe page says so plainly if not). */
export async function userExists(userId: string): Promise<boolean> {
  return (await prisma.user.count({ where: { id: userId } })) > 0;
}

/** What the settings page's form shows: the saved choices, and whether they were just saved. */
export async function loadNotificationSettingsForm(userId: string, request: Request) {
  const { settings, digest } = await storedSettings(userId);
  return {
    values: { ...settings, digestHour: String(digest.hour), timeZone: digest.timeZone },
    saved: justSaved(request),
    choices: notificationSettingsChoices(),
  };
}

/** The account page's line about email settings, and whether they were just saved. */
export async function loadNotificationSettingsSummary(userId: string, request: Request) {
  const { settings, digest } = await storedSettings(userId);
  return {
    summary: summariseNotificationSettings(settings, digest),
    saved: justSaved(request),
  };
}
