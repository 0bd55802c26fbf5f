import { authorLabel, canPostMessages, MESSAGE_PAGE_SIZE, messagePreview, type ThreadPage } from "#app/domain/message";
import { prisma } from "#app/utils/db.server";
import { formatRetryAfter, hitRateLimit, RATE_LIMITS } from "#app/utils/rate-limit.server";
import type { SessionUser } from "#app/utils/session.server";
import { notify } from "./notifications.server";
import { unverifiedRefusal } from "./verified.server";
import { blockBetween } from "./blocks.server";
import type { PartnershipForViewer } from "./partnership-access.server";

/** One page of the thread: page 1 is the newest MESSAGE_PAGE_SIZE, each page in chronological order. */
export async function listMessages(partnership: PartnershipForViewer, requestedPage: number): Promise<ThreadPage> {
  const total = await prisma.message.count({ where: { partnershipId: partnership.id } });
  const pageCount = Math.max(1, Math.ceil(total / MESSAGE_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pageCount);
  const rows = await prisma.message.findMany({
    where: { partnershipId: partnership.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * MESSAGE_PAGE_SIZE,
    take: MESSAGE_PAGE_SIZE,
    select: {
      id: true,
      body: true,
      createdAt: true,
      authorBusinessId: true,
      author: { select: { id: true, displayName: true } },
    },
  });
  const names = new Map<string, string>([[partnership.self.id, partnership.self.name]]);
  if (partnership.partner) names.set(partnership.partner.id, partnership.partner.name);
  const canPost = canPostMessages(partnership.status);
  return {
    messages: rows.reverse().map((row) => ({
      id: row.id,
      body: row.body,
      createdAt: row.createdAt.toISOString(),
      author: authorLabel(row.author, row.authorBusinessId ? (names.get(row.authorBusinessId) ?? null) : null),
      mine: row.authorBusinessId === partnership.self.id,
    })),
    page,
    pageCount,
    total,
    canPost,
    closedReason: canPost ? null : "This thread is closed: the request or partnership is over. You can still read it.",
  };
}

export type PostMessageResult =
  | { ok: true; id: string }
  | { ok: false; status: 403 | 409 | 429; message: string; retryAfterSeconds?: number };

/**
 * Posts a message for the viewer's business and tells the other owner, in one transaction.
 * Refused: an unverified email (403), a closed thread (409), a blocked pair (403), too many
 * messages (429).
 */
export async function postMessage(input: {
  partnership: PartnershipForViewer;
  user: SessionUser;
  body: string;
  now?: Date;
}): Promise<PostMessageResult> {
  const { partnership, user, body } = input;
  const now = input.now ?? new Date();
  const unverified = unverifiedRefusal(user);
  if (unverified) return unverified;
  if (!canPostMessages(partnership.status)) {
    return { ok: false, status: 409, message: "This thread is closed: the request or partnership is over." };
  }
  const blocks = partnership.partner ? await blockBetween(partnership.self.id, partnership.partner.id) : null;
  if (blocks && (blocks.blockedByA || blocks.blockedByB)) {
    return { ok: false, status: 403, message: "You cannot message this business: one of you has blocked the other." };
  }
  const limit = await hitRateLimit(`message:user:${user.id}`, RATE_LIMITS.messagesPerUser, now);
  if (!limit.allowed) {
    return {
      ok: false,
      status: 429,
      message: `You have sent a lot of messages in a short time. Try again in ${formatRetryAfter(limit.retryAfterSeconds)}.`,
      retryAfterSeconds: limit.retryAfterSeconds,
    };
  }
  const partner = partnership.partner;
  const message = await prisma.$transaction(async (tx) => {
    const created = await tx.message.create({
      data: {
        partnershipId: partnership.id,
        authorBusinessId: partnership.self.id,
        authorUserId: user.id,
        body,
        createdAt: now,
      },
      select: { id: true },
    });
    if (partner) {
      await notify(tx, {
        kind: "message",
        userId: partner.ownerId,
        businessId: partner.id,
        partnershipId: partnership.id,
        title: `${authorLabel({ displayName: user.displayName }, partnership.self.name)} sent you a message`,
        body: messagePreview(body),
        link: `/partnerships/${partnership.id}#messages`,
      });
    }
    return created;
  });
  return { ok: true, id: message.id };
}
