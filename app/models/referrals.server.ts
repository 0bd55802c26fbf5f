import {
  canMoveReferral,
  currencyForCountry,
  formatMoney,
  isClosed,
  REFERRAL_MOVES,
  referredOnProblem,
  refusedMoveMessage,
  type LedgerReferral,
  type ReferralStatus,
} from "#app/domain/referral";
import { messagePreview } from "#app/domain/message";
import type { MoveReferral, RecordReferral } from "#app/domain/referral-schema";
import { prisma } from "#app/utils/db.server";
import { notify } from "./notifications.server";
import type { PartnershipForViewer } from "./partnership-access.server";

/**
 * The referral ledger's use-cases: record a referral given to the partner, move one received
 * along, and list a partnership's ledger as one side sees it (the customer contact only for the
 * receiver). Figures and exports: referral-figures.server.ts; timed jobs: referral-jobs.server.ts.
 */

export async function listReferrals(partnership: PartnershipForViewer): Promise<LedgerReferral[]> {
  const rows = await prisma.referral.findMany({
    where: { partnershipId: partnership.id },
    orderBy: [{ referredOn: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      giverBusinessId: true,
      receiverBusinessId: true,
      need: true,
      customerContact: true,
      contactClearedAt: true,
      expectedValue: true,
      wonValue: true,
      currency: true,
      referredOn: true,
      status: true,
      lostReason: true,
      closedAt: true,
    },
  });
  const running = partnership.status === "accepted";
  return rows.map((row) => {
    const received = row.receiverBusinessId === partnership.self.id;
    const status = row.status as ReferralStatus;
    return {
      id: row.id,
      direction: received ? "received" : "given",
      need: row.need,
      customerContact: received ? row.customerContact : null,
      contactCleared: received && row.contactClearedAt !== null,
      expectedValue: row.expectedValue,
      wonValue: row.wonValue,
      currency: row.currency,
      referredOn: row.referredOn.toISOString().slice(0, 10),
      status,
      lostReason: row.lostReason,
      closedAt: row.closedAt?.toISOString() ?? null,
      moves: received && running ? REFERRAL_MOVES[status] : [],
    };
  });
}

export type ReferralResult =
  | { ok: true; id: string }
  | { ok: false; status: 400 | 403 | 404 | 409; message: string; field?: string };

const READ_ONLY = "This partnership has ended: its ledger is read-only.";

/** Records a referral the viewer's business gave the partner; tells the partner's owner. */
export async function recordReferral(
  partnership: PartnershipForViewer,
  input: RecordReferral,
  now = new Date(),
): Promise<ReferralResult> {
  const partner = partnership.partner;
  if (partnership.status !== "accepted" || !partner) {
    return {
      ok: false,
      status: 409,
      message: partnership.status === "ended" || !partner ? READ_ONLY : "Referrals start once the request is accepted.",
    };
  }
  const dayProblem = referredOnProblem(input.referredOn, now, partnership.createdAt);
  if (dayProblem) return { ok: false, status: 400, message: dayProblem, field: "referredOn" };
  const currency = currencyForCountry(partner.country);
  return prisma.$transaction(async (tx) => {
    // Conditional: a partnership ended a moment ago takes no new referral.
    const touched = await tx.partnership.updateMany({
      where: { id: partnership.id, status: "accepted" },
      data: { lastActivityAt: now },
    });
    if (touched.count === 0) return { ok: false as const, status: 409 as const, message: READ_ONLY };
    const referral = await tx.referral.create({
      data: {
        partnershipId: partnership.id,
        giverBusinessId: partnership.self.id,
        receiverBusinessId: partner.id,
        need: input.need,
        customerContact: input.customerContact || null,
        expectedValue: input.expectedValue ?? null,
        currency,
        referredOn: new Date(`${input.referredOn}T00:00:00Z`),
        createdAt: now,
      },
      select: { id: true },
    });
    await notify(tx, {
      kind: "referral-received",
      userId: partner.ownerId,
      businessId: partner.id,
      partnershipId: partnership.id,
      referralId: referral.id,
      title: `${partnership.self.name} sent you a referral`,
      body: messagePreview(input.need),
      link: `/partnerships/${partnership.id}#referrals`,
    });
    return { ok: true as const, id: referral.id };
  });
}

/**
 * The receiver moves a referral along. The update is conditional on the status it moves from, so
 * a double submit (or two tabs) acts once; the giver's owner is told in the same transaction.
 */
export async function moveReferral(
  partnership: PartnershipForViewer,
  referralId: string,
  move: MoveReferral,
  now = new Date(),
): Promise<ReferralResult> {
  const referral = await prisma.referral.findFirst({
    where: { id: referralId, partnershipId: partnership.id },
    select: { id: true, status: true, need: true, currency: true, giverBusinessId: true, receiverBusinessId: true },
  });
  if (!referral) return { ok: false, status: 404, message: "There is no such referral on this partnership." };
  if (referral.receiverBusinessId !== partnership.self.id) {
    return { ok: false, status: 403, message: "Only the partner who received a referral moves it along." };
  }
  if (partnership.status !== "accepted") return { ok: false, status: 409, message: READ_ONLY };
  if (!canMoveReferral(referral.status, move.to)) {
    return { ok: false, status: 409, message: refusedMoveMessage(referral.status, move.to) };
  }
  const from = (Object.keys(REFERRAL_MOVES) as ReferralStatus[]).filter((status) => canMoveReferral(status, move.to));
  const closing = isClosed(move.to);
  return prisma.$transaction(async (tx) => {
    const moved = await tx.referral.updateMany({
      where: { id: referral.id, receiverBusinessId: partnership.self.id, status: { in: from } },
      data: {
        status: move.to,
        ...(move.to === "won" ? { wonValue: move.wonValue } : {}),
        ...(move.to === "lost" ? { lostReason: move.lostReason } : {}),
        ...(closing ? { closedAt: now } : {}),
      },
    });
    if (moved.count === 0) {
      const current = await tx.referral.findUnique({ where: { id: referral.id }, select: { status: true } });
      return {
        ok: false as const,
        status: 409 as const,
        message: refusedMoveMessage(current?.status ?? referral.status, move.to),
      };
    }
    const giver = referral.giverBusinessId
      ? await tx.business.findUnique({ where: { id: referral.giverBusinessId }, select: { id: true, ownerId: true } })
      : null;
    if (giver) {
      const who = partnership.self.name;
      const need = messagePreview(referral.need, 80);
      const title =
        move.to === "contacted"
          ? `${who} contacted the customer you referred`
          : move.to === "won"
            ? `${who} won the referral you gave: ${formatMoney(move.wonValue, referral.currency)}`
            : `${who} lost the referral you gave`;
      await notify(tx, {
        kind: "referral-updated",
        userId: giver.ownerId,
        businessId: giver.id,
        partnershipId: partnership.id,
        referralId: referral.id,
        title,
        body: move.to === "lost" ? `${need}. Reason: ${move.lostReason}` : need,
        link: `/partnerships/${partnership.id}#referrals`,
      });
    }
    return { ok: true as const, id: referral.id };
  });
}
