import { describe, expect, it } from "vitest";
import {
  availableActions,
  canAct,
  coolDownEndsAt,
  expiresAtFor,
  isRealSentence,
  pairKey,
  pairStateOf,
  weeklyAllowanceText,
  type PairRow,
} from "#app/domain/partnership";
import { PartnershipRequestSchema, ReasonSchema } from "#app/domain/partnership-schema";

const good = {
  kind: "referral-exchange",
  forThem: "We send you every couple who books us for a spring wedding.",
  horizon: "long-term",
};

function messages(input: Record<string, unknown>) {
  const result = PartnershipRequestSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("the request form's schema", () => {
  it("takes a kind from the list, a real sentence, an optional return and a horizon", () => {
    const parsed = PartnershipRequestSchema.parse({ ...good, inReturn: "  Send us your florists' clients.  " });
    expect(parsed).toEqual({ ...good, inReturn: "Send us your florists' clients." });
    expect(PartnershipRequestSchema.parse(good).inReturn).toBe("");
  });

  it("requires what's in it for them, 20 to 1,000 characters", () => {
    expect(messages({ ...good, forThem: undefined })).toEqual(["forThem: Say what is in it for them"]);
    expect(messages({ ...good, forThem: "Good for you both" })[0]).toMatch(/at least 20 characters/);
    expect(messages({ ...good, forThem: `We send you clients ${"a".repeat(1000)}` })[0]).toMatch(/1000 characters/);
  });

  it("refuses text that is not a sentence", () => {
    for (const junk of [
      "aaaaaaaaaaaaaaaaaaaaa",
      "aaaa bbbb cccc dddd eeee",
      "buy buy buy buy buy buy buy",
      "1234567890 1234567890",
    ]) {
      expect(messages({ ...good, forThem: junk }).join()).toMatch(/forThem/);
    }
    expect(isRealSentence("Más clientes para ti cada semana")).toBe(true);
    expect(isRealSentence("Свадебные пары от нас каждый месяц")).toBe(true);
  });

  it("removes control characters and refuses direction overrides", () => {
    expect(PartnershipRequestSchema.parse({ ...good, forThem: `${good.forThem}\u0000` }).forThem).toBe(good.forThem);
    expect(messages({ ...good, forThem: `${good.forThem}\u202E` })[0]).toMatch(/changes the direction/);
  });

  it("refuses a kind or horizon outside the lists, and a return over 1,000 characters", () => {
    expect(messages({ ...good, kind: "friendship" })).toEqual(["kind: Pick one of the options"]);
    expect(messages({ ...good, horizon: "either" })).toEqual(["horizon: Pick one of the options"]);
    expect(messages({ ...good, inReturn: "x".repeat(1001) })[0]).toMatch(/inReturn: Keep it to 1000/);
  });

  it("takes an optional reason up to 500 characters", () => {
    expect(ReasonSchema.parse({}).reason).toBe("");
    expect(ReasonSchema.safeParse({ reason: "x".repeat(501) }).success).toBe(false);
  });
});

describe("states and who moves them", () => {
  it("lets the recipient accept or decline, the sender withdraw, either side end", () => {
    expect(availableActions("requested", "to")).toEqual(["accept", "decline"]);
    expect(availableActions("requested", "from")).toEqual(["withdraw"]);
    expect(availableActions("accepted", "from")).toEqual(["end"]);
    expect(availableActions("accepted", "to")).toEqual(["end"]);
    for (const closed of ["declined", "withdrawn", "expired", "ended"]) {
      expect(availableActions(closed, "from")).toEqual([]);
      expect(availableActions(closed, "to")).toEqual([]);
    }
    expect(canAct("accept", "requested", "from")).toBe(false);
    expect(canAct("expire", "requested", "to")).toBe(false);
  });
});

describe("limits and keys", () => {
  it("keys a pair the same whichever side asks", () => {
    expect(pairKey("b", "a")).toBe("a:b");
    expect(pairKey("a", "b")).toBe("a:b");
  });

  it("expires after 30 days, cools down for 90, and counts the week", () => {
    const sent = new Date("2026-12-01T10:00:00Z");
    expect(expiresAtFor(sent).toISOString()).toBe("2026-12-31T10:00:00.000Z");
    expect(coolDownEndsAt(sent).toISOString()).toBe("2027-03-01T10:00:00.000Z");
    expect(weeklyAllowanceText(3)).toBe("7 of 10 left this week");
    expect(weeklyAllowanceText(12)).toBe("0 of 10 left this week");
  });
});

describe("how two businesses stand", () => {
  const now = new Date("2026-12-01T00:00:00Z");
  const row = (overrides: Partial<PairRow>): PairRow => ({
    id: "p1",
    fromBusinessId: "a",
    toBusinessId: "b",
    status: "requested",
    respondedAt: null,
    ...overrides,
  });
  const none = { blockedByMe: false, blockedMe: false };

  it("reads sent, received, partners and declined from each side", () => {
    expect(pairStateOf("a", "b", [row({})], none, now)).toEqual({ state: "request-sent", partnershipId: "p1" });
    expect(pairStateOf("b", "a", [row({})], none, now)).toEqual({ state: "request-received", partnershipId: "p1" });
    expect(pairStateOf("b", "a", [row({ status: "accepted" })], none, now)?.state).toBe("partners");
    const declined = row({ status: "declined", respondedAt: new Date("2026-11-01T00:00:00Z") });
    expect(pairStateOf("a", "b", [declined], none, now)).toMatchObject({ state: "declined", byMe: false });
    expect(pairStateOf("b", "a", [declined], none, now)).toMatchObject({ state: "declined", byMe: true });
  });

  it("forgets a decline after its cool-down, and puts a block first", () => {
    const old = row({ status: "declined", respondedAt: new Date("2026-08-01T00:00:00Z") });
    expect(pairStateOf("a", "b", [old], none, now)).toBeNull();
    expect(pairStateOf("a", "b", [row({})], { blockedByMe: false, blockedMe: true }, now)).toEqual({
      state: "blocked",
      byMe: false,
    });
  });
});
