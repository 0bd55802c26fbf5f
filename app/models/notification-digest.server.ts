import { absoluteUrl, composeMail } from "#app/domain/mail-compose";
import { isNotificationKind } from "#app/domain/notification-kinds";
import {
  digestCutoff,
  digestTimeLabel,
  parseDigestTime,
  parseNotificationSettings,
} from "#app/domain/notification-settings";
import { enqueueMail } from "#app/models/mail-outbox.server";
import { mailSubject, unsubscribeHeaders, unsubscribeUrl } from "#app/models/notifications.server";
import { prisma } from "#app/utils/db.server";
import { getEnv } from "#app/utils/env.server";

/**
 * The daily digest (docs/decisions/026). Once a day, at the hour each owner chose on their own
 * clock (14:00 UTC until they choose), each owner with entries waiting (`inDigest`) created before
 * that moment gets one email listing them, newest first. Entries that arrive after it wait for the
 * next day's, so an owner gets at most one digest a day without a "last sent" column; a scheduler
 * that was down sends the missed digest when it is back.
 *
 * Safe with several workers: per owner, one transaction whose first statement is the conditional
 * `UPDATE … SET inDigest = false WHERE userId = ? AND inDigest = true AND createdAt < ? RETURNING …`;
 * the mail lists exactly the rows that update changed, so a second worker finds none of them.
 */
/** The newest this many are listed; the email says how many more are on /notifications. */
export const DIGEST_MAX_LISTED = 50;

export interface DigestResult {
  /** Digests written to the mail outbox. */
  digests: number;
  /** Entries taken out of the waiting state (listed, or of a kind the owner has since turned off). */
  notifications: number;
}

export async function sendDueDigests(now: Date): Promise<DigestResult> {
  // Each waiting owner's oldest entry, and their digest time: due once that entry is older than
  // the last time their clock showed the digest hour.
  const waiting = await prisma.notification.groupBy({
    by: ["userId"],
    where: { inDigest: true, createdAt: { lt: now } },
    _min: { createdAt: true },
  });
  const settings = new Map(
    (
      await prisma.user.findMany({
        where: { id: { in: waiting.map((row) => row.userId) } },
        select: { id: true, notificationSettings: true },
      })
    ).map((user) => [user.id, user.notificationSettings]),
  );
  const result: DigestResult = { digests: 0, notifications: 0 };
  for (const { userId, _min } of waiting) {
    const cutoff = digestCutoff(now, parseDigestTime(settings.get(userId)));
    if (!_min.createdAt || _min.createdAt >= cutoff) continue;
    const sent = await sendDigest(userId, cutoff);
    result.notifications += sent.claimed;
    if (sent.mailed) result.digests += 1;
  }
  return result;
}

async function sendDigest(userId: string, cutoff: Date): Promise<{ claimed: number; mailed: boolean }> {
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.notification.updateManyAndReturn({
      where: { userId, inDigest: true, createdAt: { lt: cutoff } },
      data: { inDigest: false },
      select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true },
    });
    if (claimed.length === 0) return { claimed: 0, mailed: false };
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { email: true, notificationSettings: true },
    });
    if (!user) return { claimed: claimed.length, mailed: false };
    // A kind turned off (unsubscribed) since its entry was written leaves the digest.
    const settings = parseNotificationSettings(user.notificationSettings);
    const time = parseDigestTime(user.notificationSettings);
    const entries = claimed
      .filter((entry) => isNotificationKind(entry.kind) && settings[entry.kind] !== "off")
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
    if (entries.length === 0) return { claimed: claimed.length, mailed: false };

    const { APP_URL } = getEnv();
    const unsubscribe = unsubscribeUrl(userId, "digest");
    const listed = entries.slice(0, DIGEST_MAX_LISTED);
    const more = entries.length - listed.length;
    const count = entries.length === 1 ? "1 update" : `${entries.length} updates`;
    const { text, html } = composeMail({
      heading: `Your Mutualist digest: ${count}`,
      paragraphs: [
        "Here is what happened since your last digest, newest first.",
        ...(more > 0 ? [`The ${listed.length} newest are listed; ${more} more are on your notifications page.`] : []),
      ],
      list: listed.map((entry) => ({
        label: entry.title,
        detail: firstLine(entry.body),
        url: absoluteUrl(APP_URL, entry.link),
      })),
      action: { label: "See all notifications", url: absoluteUrl(APP_URL, "/notifications") },
      footer: [
        `You get one digest a day, at ${digestTimeLabel(time)}, because some notifications are set to "Daily digest". Change either in your settings: ${absoluteUrl(APP_URL, "/account/notifications")}`,
      ],
      unsubscribeUrl: unsubscribe,
    });
    await enqueueMail(tx, {
      kind: "digest",
      to: user.email,
      subject: mailSubject(`Your daily Mutualist digest: ${count}`),
      text,
      html,
      headers: unsubscribeHeaders(unsubscribe),
    });
    return { claimed: claimed.length, mailed: true };
  });
}

function firstLine(body: string): string | undefined {
  const line = body
    .split("\n")
    .find((part) => part.trim())
    ?.trim();
  if (!line) return undefined;
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}
