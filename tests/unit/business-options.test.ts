import { describe, expect, it } from "vitest";
import {
  CAPACITY_STATES,
  capacityLabel,
  PARTNERSHIP_KINDS,
  partnershipKindLabel,
  TEAM_SIZES,
  teamSizeLabel,
} from "#app/domain/business-options";

/** The one place a profile's stored values get the words a reader sees (profile, preview, partnerships). */
describe("business option labels", () => {
  it("say a partnership kind in words, and leave a value they do not know as it is", () => {
    expect(partnershipKindLabel("referral-exchange")).toBe("Referral exchange");
    expect(partnershipKindLabel("overflow")).toBe("Overflow / subcontracting");
    expect(PARTNERSHIP_KINDS.map((kind) => partnershipKindLabel(kind.value))).toEqual(
      PARTNERSHIP_KINDS.map((kind) => kind.label),
    );
    expect(partnershipKindLabel("barter")).toBe("barter");
  });

  it("say capacity as others read it, and nothing for 'none'", () => {
    expect(capacityLabel("booked-out")).toBe("Booked out: can hand off work");
    expect(capacityLabel("spare-capacity")).toBe("Has spare capacity: can take work");
    expect(capacityLabel("none")).toBeNull();
    expect(CAPACITY_STATES.filter((state) => capacityLabel(state.value) === null).map((state) => state.value)).toEqual([
      "none",
    ]);
  });

  it("say team size in words, and nothing when it was not given", () => {
    expect(teamSizeLabel("2-9")).toBe("2–9 people");
    expect(TEAM_SIZES.every((size) => teamSizeLabel(size.value) === size.label)).toBe(true);
    expect(teamSizeLabel(null)).toBeNull();
    expect(teamSizeLabel("a few")).toBeNull();
  });
});
