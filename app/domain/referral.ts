/**
 * The two-way referral ledger. Pure: the states and who moves them, the
 * currency of a referral, and the figures (counts, won rate, value, balance, months).
 */

export const REFERRAL_STATUSES = ["new", "contacted", "won", "lost"] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_LIMITS = {
  need: 500,
  customerContact: 200,
  lostReason: 300,
  maxValue: 100_000_000,
  /** The customer contact is cleared this long after a referral closes (won or lost). */
  contactKeptMonths: 6,
} as const;

export const STATUS_LABELS: Record<ReferralStatus, string> = {
  new: "New",
  contacted: "Contacted",
  won: "Won",
  lost: "Lost",
};

/** The receiver alone moves a referral: new → contacted → won | lost (new may close directly). */
export const REFERRAL_MOVES: Record<ReferralStatus, ReferralStatus[]> = {
  new: ["contacted", "won", "lost"],
  contacted: ["won", "lost"],
  won: [],
  lost: [],
};

export function canMoveReferral(from: string, to: string): boolean {
  return (REFERRAL_MOVES[from as ReferralStatus] ?? []).includes(to as ReferralStatus);
}

export function isClosed(status: string): boolean {
  return status === "won" || status === "lost";
}

/** Why a move is refused, in the receiver's words. */
export function refusedMoveMessage(from: string, to: string): string {
  if (from === to) return `This referral is already marked ${STATUS_LABELS[from as ReferralStatus].toLowerCase()}.`;
  if (isClosed(from))
    return `This referral is already ${STATUS_LABELS[from as ReferralStatus].toLowerCase()}: a closed referral does not move again.`;
  return `A ${STATUS_LABELS[from as ReferralStatus]?.toLowerCase() ?? from} referral cannot go back to ${STATUS_LABELS[to as ReferralStatus]?.toLowerCase() ?? to}.`;
}

// Currencies by country (ISO 3166-1 alpha-2 → ISO 4217). Anything else: USD.
const EURO_COUNTRIES = "AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK".split(" ");
const CURRENCY_BY_COUNTRY: Record<string, string> = {
  US: "USD",
  CA: "CAD",
  MX: "MXN",
  BR: "BRL",
  GB: "GBP",
  CH: "CHF",
  SE: "SEK",
  NO: "NOK",
  DK: "DKK",
  PL: "PLN",
  CZ: "CZK",
  AU: "AUD",
  NZ: "NZD",
  JP: "JPY",
  IN: "INR",
  SG: "SGD",
  ZA: "ZAR",
  ...Object.fromEntries(EURO_COUNTRIES.map((code) => [code, "EUR"])),
};

export function currencyForCountry(country: string | null | undefined): string {
  return CURRENCY_BY_COUNTRY[(country ?? "").trim().toUpperCase()] ?? "USD";
}

export function formatMoney(value: number, currency: string): string {
  return `${currency} ${value.toLocaleString("en-US")}`;
}

/** "USD 2,400 + CAD 300", "none yet" when empty. */
export function formatMoneyTotals(totals: Record<string, number>): string {
  const parts = Object.entries(totals)
    .filter(([, value]) => value > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, value]) => formatMoney(value, currency));
  return parts.length ? parts.join(" + ") : "none yet";
}

/** A calendar day as midnight UTC ("2026-12-01"). */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Why the day is refused, or null: not after today, not before the partnership began. */
export function referredOnProblem(day: string, today: Date, earliest: Date): string | null {
  if (day > dayOf(today)) return "The date cannot be in the future";
  if (day < dayOf(earliest)) return `The date cannot be before the partnership began (${dayOf(earliest)})`;
  return null;
}

export interface LedgerReferral {
  id: string;
  direction: "given" | "received";
  need: string;
  /** Only for the receiver, and only until it is cleared. */
  customerContact: string | null;
  contactCleared: boolean;
  expectedValue: number | null;
  wonValue: number | null;
  currency: string;
  referredOn: string;
  status: ReferralStatus;
  lostReason: string;
  closedAt: string | null;
  /** The moves the viewer may make now (receiver only, partnership running). */
  moves: ReferralStatus[];
}

// ---------------------------------------------------------------------------------------------
// Figures

/** What the figures need of a referral. */
export interface LedgerEntry {
  giverBusinessId: string | null;
  receiverBusinessId: string | null;
  status: string;
  wonValue: number | null;
  currency: string;
  referredOn: Date;
}

export interface DirectionFigures {
  count: number;
  won: number;
  lost: number;
  open: number;
  /** won ÷ closed (won + lost), or null when none has closed yet. */
  wonRate: number | null;
  /** Value of the closed business, per currency. */
  wonValue: Record<string, number>;
}

export interface LedgerFigures {
  given: DirectionFigures;
  received: DirectionFigures;
}

function direction(entries: LedgerEntry[]): DirectionFigures {
  const won = entries.filter((entry) => entry.status === "won");
  const lost = entries.filter((entry) => entry.status === "lost").length;
  const wonValue: Record<string, number> = {};
  for (const entry of won) wonValue[entry.currency] = (wonValue[entry.currency] ?? 0) + (entry.wonValue ?? 0);
  const closed = won.length + lost;
  return {
    count: entries.length,
    won: won.length,
    lost,
    open: entries.length - closed,
    wonRate: closed ? won.length / closed : null,
    wonValue,
  };
}

/** Given and received, seen from one business. */
export function ledgerFigures(entries: LedgerEntry[], selfId: string): LedgerFigures {
  return {
    given: direction(entries.filter((entry) => entry.giverBusinessId === selfId)),
    received: direction(entries.filter((entry) => entry.receiverBusinessId === selfId)),
  };
}

/** "62%", "—" before anything closed. */
export function formatWonRate(rate: number | null): string {
  return rate === null ? "—" : `${Math.round(rate * 100)}%`;
}

/** "You sent 10, received 1." with a word on which way it leans. */
export function balanceSentence(figures: LedgerFigures, partnerName?: string): string {
  const sent = figures.given.count;
  const received = figures.received.count;
  const base = `You sent ${sent}, received ${received}.`;
  if (sent === 0 && received === 0)
    return partnerName ? `No referrals yet between you and ${partnerName}.` : "No referrals yet.";
  if (sent >= 3 * Math.max(received, 1) && sent - received >= 3) return `${base} You give far more than you get.`;
  if (received >= 3 * Math.max(sent, 1) && received - sent >= 3)
    return `${base} ${partnerName ?? "Your partners"} give${partnerName ? "s" : ""} far more than you do.`;
  return base;
}

export interface MonthPoint {
  /** "2026-12" */
  month: string;
  /** "Dec 2026" */
  label: string;
  given: number;
  received: number;
}

const MONTH_NAMES = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");

/** The first day (UTC) of the month `months - 1` months before `now`'s. */
export function seriesStart(now: Date, months = 12): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
}

/** Referrals given and received per month (by the day referred), the last `months` months, oldest first. */
export function monthlySeries(entries: LedgerEntry[], selfId: string, now: Date, months = 12): MonthPoint[] {
  const start = seriesStart(now, months);
  const points: MonthPoint[] = [];
  const index = new Map<string, MonthPoint>();
  for (let i = 0; i < months; i++) {
    const day = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1));
    const month = day.toISOString().slice(0, 7);
    const point = {
      month,
      label: `${MONTH_NAMES[day.getUTCMonth()]} ${day.getUTCFullYear()}`,
      given: 0,
      received: 0,
    };
    points.push(point);
    index.set(month, point);
  }
  for (const entry of entries) {
    const point = index.get(entry.referredOn.toISOString().slice(0, 7));
    if (!point) continue;
    if (entry.giverBusinessId === selfId) point.given++;
    if (entry.receiverBusinessId === selfId) point.received++;
  }
  return points;
}

/** The chart's description for the <img alt>. */
export function seriesSummary(points: MonthPoint[]): string {
  const given = points.reduce((sum, point) => sum + point.given, 0);
  const received = points.reduce((sum, point) => sum + point.received, 0);
  const first = points[0]?.label ?? "";
  const last = points.at(-1)?.label ?? "";
  return `Referrals by month, ${first} to ${last}: ${given} sent, ${received} received. The table below has each month.`;
}

/** The ledger section of a partnership page, as its loader sends it. */
export interface LedgerView {
  referrals: LedgerReferral[];
  canRecord: boolean;
  readOnlyReason: string | null;
  partnerCurrency: string;
  today: string;
  earliestDay: string;
  totals: LedgerFigures;
  months: MonthPoint[];
  balance: string;
  chartUrl: string;
  chartAlt: string;
  csvUrl: string;
}
