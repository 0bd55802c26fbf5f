import { describe, expect, it } from "vitest";
import { suggestionTabHref } from "#app/domain/suggestion-links";

describe("suggestionTabHref", () => {
  it("keeps the distance and kind, starts the filter and paging over, and drops the one-time notes", () => {
    const current = new URLSearchParams("welcome=1&saved=details&within=50&kind=referral&profession=florist&shown=20");
    const next = new URLSearchParams(suggestionTabHref(current, "overflow").slice(1));
    expect(Object.fromEntries(next)).toEqual({ within: "50", kind: "referral", tab: "overflow" });
  });
});
