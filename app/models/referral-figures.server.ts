import { csvRow } from "#app/domain/export-format";
import {
  ledgerFigures,
  monthlySeries,
  seriesStart,
  type LedgerEntry,
  type LedgerFigures,
  type MonthPoint,
} from "#app/domain/referral";
import { prisma } from "#app/utils/db.server";

/**
 * The ledger's figures (given and received, won rate, value, months) per partnership and per
 * business, and its CSV. Seen from one business: the customer contact appears only on referrals
 * that business received.
 */

const entrySelect = {
  giverBusinessId: true,
  receiverBusinessId: true,
  status: true,
  wonValue: true,
  currency: true,
  referredOn: true,
} as const;

export interface Figures {
  totals: LedgerFigures;
  months: MonthPoint[];
}

export async function partnershipFigures(partnershipId: string, selfId: string, now = new Date()): Promise<Figures> {
  const entries: LedgerEntry[] = await prisma.referral.findMany({ where: { partnershipId }, select: entrySelect });
  return { totals: ledgerFigures(entries, selfId), months: monthlySeries(entries, selfId, now) };
}

/** Only the months the chart shows. */
export async function partnershipMonths(partnershipId: string, selfId: string, now = new Date()) {
  const entries = await prisma.referral.findMany({
    where: { partnershipId, referredOn: { gte: seriesStart(now) } },
    select: entrySelect,
  });
  return monthlySeries(entries, selfId, now);
}

export async function businessMonths(businessId: string, now = new Date()) {
  const entries = await prisma.referral.findMany({
    where: {
      referredOn: { gte: seriesStart(now) },
      OR: [{ giverBusinessId: businessId }, { receiverBusinessId: businessId }],
    },
    select: entrySelect,
  });
  return monthlySeries(entries, businessId, now);
}

export interface PartnershipLine {
  id: string;
  partnerName: string;
  status: string;
  given: number;
  received: number;
}

/** A business's ledger: totals across its partnerships, the months, and one line per partnership. */
export async function businessReferralOverview(businessId: string, now = new Date()) {
  const [entries, partnerships] = await Promise.all([
    prisma.referral.findMany({
      where: { OR: [{ giverBusinessId: businessId }, { receiverBusinessId: businessId }] },
      select: { ...entrySelect, partnershipId: true },
    }),
    prisma.partnership.findMany({
      where: {
        OR: [{ fromBusinessId: businessId }, { toBusinessId: businessId }],
        status: { in: ["accepted", "ended"] },
      },
      orderBy: { lastActivityAt: "desc" },
      select: {
        id: true,
        status: true,
        fromBusinessId: true,
        fromBusiness: { select: { name: true } },
        toBusiness: { select: { name: true } },
      },
    }),
  ]);
  const lines: PartnershipLine[] = partnerships.map((partnership) => {
    const mine = entries.filter((entry) => entry.partnershipId === partnership.id);
    const partner = partnership.fromBusinessId === businessId ? partnership.toBusiness : partnership.fromBusiness;
    return {
      id: partnership.id,
      partnerName: partner?.name ?? "a former member",
      status: partnership.status,
      given: mine.filter((entry) => entry.giverBusinessId === businessId).length,
      received: mine.filter((entry) => entry.receiverBusinessId === businessId).length,
    };
  });
  return { totals: ledgerFigures(entries, businessId), months: monthlySeries(entries, businessId, now), lines };
}

export const LEDGER_CSV_COLUMNS = [
  "referred_on",
  "direction",
  "partner",
  "need",
  "status",
  "expected_value",
  "won_value",
  "currency",
  "lost_reason",
  "closed_on",
  "customer_contact",
] as const;

/**
 * The ledger as CSV, seen from `selfId`: one partnership's, or (without `partnershipId`) every
 * referral the business gave or received. The customer contact is written only on received
 * referrals; cells are made safe for spreadsheets (csvRow).
 */
export async function ledgerCsv(selfId: string, partnershipId?: string): Promise<string> {
  const rows = await prisma.referral.findMany({
    where: {
      ...(partnershipId ? { partnershipId } : {}),
      OR: [{ giverBusinessId: selfId }, { receiverBusinessId: selfId }],
    },
    orderBy: [{ referredOn: "asc" }, { createdAt: "asc" }],
    select: {
      giverBusinessId: true,
      receiverBusinessId: true,
      giver: { select: { name: true } },
      receiver: { select: { name: true } },
      need: true,
      status: true,
      expectedValue: true,
      wonValue: true,
      currency: true,
      lostReason: true,
      closedAt: true,
      referredOn: true,
      customerContact: true,
    },
  });
  let text = csvRow(LEDGER_CSV_COLUMNS);
  for (const row of rows) {
    const received = row.receiverBusinessId === selfId;
    const partner = received ? row.giver : row.receiver;
    text += csvRow([
      row.referredOn.toISOString().slice(0, 10),
      received ? "received" : "sent",
      partner?.name ?? "a former member",
      row.need,
      row.status,
      row.expectedValue,
      row.wonValue,
      row.currency,
      row.lostReason,
      row.closedAt ? row.closedAt.toISOString().slice(0, 10) : "",
      received ? (row.customerContact ?? "") : "",
    ]);
  }
  return text;
}
