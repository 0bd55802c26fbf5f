import { describe, expect, it } from "vitest";
import {
  balanceSentence,
  canMoveReferral,
  currencyForCountry,
  formatMoneyTotals,
  formatWonRate,
  ledgerFigures,
  monthlySeries,
  referredOnProblem,
  refusedMoveMessage,
  type LedgerEntry,
} from "#app/domain/referral";
import { MoveReferralSchema, RecordReferralSchema } from "#app/domain/referral-schema";

const ME = "me";
const THEM = "them";

function entry(
  direction: "given" | "received",
  status: string,
  day: string,
  wonValue: number | null = null,
  currency = "USD",
): LedgerEntry {
  return {
    giverBusinessId: direction === "given" ? ME : THEM,
    receiverBusinessId: direction === "given" ? THEM : ME,
    status,
    wonValue,
    currency,
    referredOn: new Date(`${day}T00:00:00Z`),
  };
}

describe("ledger figures", () => {
  const entries = [
    entry("given", "won", "2026-11-03", 2400),
    entry("given", "won", "2026-10-15", 600),
    entry("given", "lost", "2026-10-01"),
    entry("given", "new", "2026-12-01"),
    entry("received", "contacted", "2026-09-09"),
    entry("received", "won", "2025-12-31", 1000, "CAD"),
  ];

  it("counts each way, the won rate among closed referrals and the closed value per currency", () => {
    const figures = ledgerFigures(entries, ME);
    expect(figures.given).toEqual({ count: 4, won: 2, lost: 1, open: 1, wonRate: 2 / 3, wonValue: { USD: 3000 } });
    expect(figures.received).toEqual({ count: 2, won: 1, lost: 0, open: 1, wonRate: 1, wonValue: { CAD: 1000 } });
    expect(formatWonRate(figures.given.wonRate)).toBe("67%");
    expect(formatMoneyTotals(figures.given.wonValue)).toBe("USD 3,000");
    expect(formatMoneyTotals({ USD: 5, CAD: 2 })).toBe("CAD 2 + USD 5");
  });

  it("says — for the won rate before anything closed, and 'none yet' for no value", () => {
    const figures = ledgerFigures([entry("given", "new", "2026-12-01")], ME);
    expect(formatWonRate(figures.given.wonRate)).toBe("—");
    expect(formatMoneyTotals(figures.received.wonValue)).toBe("none yet");
  });

  it("the balance sentence says who gives more", () => {
    const ten = Array.from({ length: 10 }, () => entry("given", "new", "2026-12-01"));
    expect(balanceSentence(ledgerFigures([...ten, entry("received", "new", "2026-12-01")], ME))).toBe(
      "You sent 10, received 1. You give far more than you get.",
    );
    expect(balanceSentence(ledgerFigures(entries, ME))).toBe("You sent 4, received 2.");
    expect(balanceSentence(ledgerFigures([], ME), "Bloom & Vine")).toBe(
      "No referrals yet between you and Bloom & Vine.",
    );
    const theirs = Array.from({ length: 4 }, () => entry("received", "new", "2026-12-01"));
    expect(balanceSentence(ledgerFigures(theirs, ME), "Bloom & Vine")).toBe(
      "You sent 0, received 4. Bloom & Vine gives far more than you do.",
    );
  });

  it("counts the last 12 months by the day referred, oldest first, leaving out older ones", () => {
    const series = monthlySeries(entries, ME, new Date("2026-12-15T10:00:00Z"));
    expect(series).toHaveLength(12);
    expect(series[0]).toMatchObject({ month: "2026-01", label: "Jan 2026", given: 0, received: 0 });
    expect(series.at(-1)).toMatchObject({ month: "2026-12", label: "Dec 2026", given: 1, received: 0 });
    expect(series.find((point) => point.month === "2026-10")).toMatchObject({ given: 2, received: 0 });
    expect(series.find((point) => point.month === "2026-09")).toMatchObject({ given: 0, received: 1 });
    // December 2025 is 13 months back: not in the chart.
    expect(series.reduce((sum, point) => sum + point.received, 0)).toBe(1);
  });

  it("crosses a year boundary", () => {
    const series = monthlySeries([entry("given", "new", "2025-03-31")], ME, new Date("2026-02-01T00:00:00Z"));
    expect(series[0]!.month).toBe("2025-03");
    expect(series[0]!.given).toBe(1);
    expect(series.at(-1)!.month).toBe("2026-02");
  });
});

describe("referral rules", () => {
  it("moves new → contacted → won | lost, never back or out of a closed state", () => {
    expect(canMoveReferral("new", "contacted")).toBe(true);
    expect(canMoveReferral("contacted", "won")).toBe(true);
    expect(canMoveReferral("new", "lost")).toBe(true);
    expect(canMoveReferral("contacted", "new")).toBe(false);
    expect(canMoveReferral("won", "lost")).toBe(false);
    expect(canMoveReferral("contacted", "contacted")).toBe(false);
    expect(refusedMoveMessage("won", "won")).toBe("This referral is already marked won.");
    expect(refusedMoveMessage("lost", "contacted")).toMatch(/already lost/);
  });

  it("takes the currency from the receiving business's country", () => {
    expect(currencyForCountry("US")).toBe("USD");
    expect(currencyForCountry("ca")).toBe("CAD");
    expect(currencyForCountry("DE")).toBe("EUR");
    expect(currencyForCountry("ZZ")).toBe("USD");
    expect(currencyForCountry(null)).toBe("USD");
  });

  it("checks the form: need required, whole-unit values in range, a real date", () => {
    const ok = RecordReferralSchema.safeParse({
      need: " Wedding flowers ",
      expectedValue: "2,400",
      referredOn: "2026-11-30",
    });
    expect(ok.success && ok.data).toMatchObject({ need: "Wedding flowers", expectedValue: 2400 });
    const bad = RecordReferralSchema.safeParse({ need: "", expectedValue: "12.5", referredOn: "2026-02-30" });
    expect(bad.success).toBe(false);
    const fields = bad.success ? {} : bad.error.flatten().fieldErrors;
    expect(fields.need?.[0]).toBe("Say what the customer needs");
    expect(fields.expectedValue?.[0]).toMatch(/whole number/);
    expect(fields.referredOn?.[0]).toBe("Enter a real date");
    expect(
      RecordReferralSchema.safeParse({ need: "x", expectedValue: "100000001", referredOn: "2026-01-01" }).success,
    ).toBe(false);
    expect(MoveReferralSchema.safeParse({ to: "won" }).success).toBe(false);
    expect(MoveReferralSchema.safeParse({ to: "won", wonValue: "0" }).success).toBe(true);
    expect(MoveReferralSchema.safeParse({ to: "lost", lostReason: "  " }).success).toBe(false);
  });

  it("refuses a day in the future or before the partnership", () => {
    const today = new Date("2026-12-01T23:00:00Z");
    const start = new Date("2026-06-10T12:00:00Z");
    expect(referredOnProblem("2026-12-01", today, start)).toBeNull();
    expect(referredOnProblem("2026-06-10", today, start)).toBeNull();
    expect(referredOnProblem("2026-12-02", today, start)).toBe("The date cannot be in the future");
    expect(referredOnProblem("2026-06-09", today, start)).toMatch(/before the partnership began/);
  });
});
