import { describe, expect, it } from "vitest";
import {
  categoryRarity,
  matchOptions,
  rankComplementary,
  rankOverflow,
  scoreComplementary,
  tradeSimilarity,
} from "#app/domain/matching";
import { north, profile } from "#tests/fixtures/match-profiles";

const photographer = profile("photographer", ["wedding-photographer"], {
  wantsFromPartners: "Couples who need wedding flowers and catering",
});

const candidates = [
  profile("florist", ["florist"], { ...north(3), wantsFromPartners: "Photos of our bouquets: wedding day coverage" }),
  profile("caterer", ["caterer"], north(5)),
  profile("dj", ["dj"], north(8)),
  profile("florist-far", ["florist"], north(300)),
  profile("florist-2", ["florist"], north(4)),
  profile("rival-photographer", ["wedding-photographer"], north(1)),
  profile("generalist", ["wedding-planner", "plumber", "auto-repair", "accountant"], north(2)),
  profile("realtor", ["real-estate-agent"], north(1)),
  profile("venue", ["event-venue"], north(6)),
];

const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe("complementary ranking (golden)", () => {
  const ranked = rankComplementary(photographer, candidates, matchOptions());

  it("puts the best-fitting wedding professions first (the florist who wants wedding-day photos leads), one per profession before repeats", () => {
    expect(ids(ranked)).toEqual(["florist", "caterer", "venue", "dj", "generalist", "florist-2", "florist-far"]);
  });

  it("never shows a competitor or a business serving none of my customer problems", () => {
    expect(ids(ranked)).not.toContain("rival-photographer");
    expect(ids(ranked)).not.toContain("realtor");
    expect(ids(ranked)).not.toContain("photographer");
  });

  it("ranks a focused specialist above a generalist spread over unrelated trades", () => {
    const specialist = profile("planner", ["wedding-planner"], north(2));
    const generalist = candidates.find((c) => c.id === "generalist")!;
    const order = ids(rankComplementary(photographer, [generalist, specialist], matchOptions()));
    expect(order).toEqual(["planner", "generalist"]);
  });

  it("ranks a nearby partner above the same profession far away", () => {
    expect(ids(ranked).indexOf("florist")).toBeLessThan(ids(ranked).indexOf("florist-far"));
  });

  it("explains each suggestion in plain words", () => {
    const florist = ranked.find((s) => s.id === "florist")!;
    expect(florist.reasons).toContain("You both serve engaged couples");
    expect(florist.reasons).toContain("Also helps customers planning a wedding");
    expect(florist.reasons.some((reason) => /^Offers .+, which you don't$/.test(reason))).toBe(true);
    expect(florist.reasons).toContain("3.0 km away");
    expect(florist.reasons).toContain("Looking for referral partners");
    expect(florist.reasons).toContain("Doesn't compete with you");
    expect(florist.reasons).toContain("Your offerings answer what they want from partners");
    expect(Object.keys(florist.breakdown)).toEqual(
      expect.arrayContaining(["journeys", "customers", "overlap", "focus", "twoWayFit", "serviceArea", "kind"]),
    );
  });

  it("hides businesses marked not a fit and ranks their profession lower", () => {
    const hidden = rankComplementary(
      photographer,
      candidates,
      matchOptions({ hiddenIds: new Set(["florist"]), notAFitCategories: new Set(["florist"]) }),
    );
    expect(ids(hidden)).not.toContain("florist");
    const before = ranked.find((s) => s.id === "florist-2")!;
    const after = hidden.find((s) => s.id === "florist-2")!;
    expect(after.score).toBeLessThan(before.score);
    const reasons = after.reasons;
    expect(reasons).toContain("You marked another business in Florists as not a fit");
  });

  it("treats a substitute trade as a competitor even when its offerings read differently", () => {
    const dj = profile("dj", ["dj"]);
    const ranked = rankComplementary(
      dj,
      [profile("band", ["live-musician"], north(1)), profile("venue", ["event-venue"], north(2))],
      matchOptions(),
    );
    expect(ids(ranked)).toEqual(["venue"]);
  });

  it("names the profession that was marked not a fit, even when it is not the candidate's main one", () => {
    const caterer = profile("caterer-with-flowers", ["caterer", "florist"], north(2));
    const suggestion = scoreComplementary(
      photographer,
      caterer,
      matchOptions({ notAFitCategories: new Set(["florist"]) }),
    );
    expect(suggestion?.reasons).toContain("You marked another business in Florists as not a fit");
  });

  it("keeps acronyms and hyphens in customer names", () => {
    const storage = profile("storage", ["self-storage"], { targetCustomers: ["rv-and-boat-owners"] });
    const detailer = profile("detailer", ["auto-detailer"], { ...north(2), targetCustomers: ["rv-and-boat-owners"] });
    expect(scoreComplementary(storage, detailer, matchOptions())?.reasons).toContain(
      "You both serve RV and boat owners",
    );
    // An owner's own customer tag is shown as written.
    const own = { targetCustomers: ["self-employed tradespeople"] };
    expect(scoreComplementary({ ...storage, ...own }, { ...detailer, ...own }, matchOptions())?.reasons).toContain(
      "You both serve self-employed tradespeople",
    );
  });

  it("penalises partial overlap and shows it", () => {
    const hairAndMakeup = profile("stylist", ["hair-salon"], {
      offerings: ["bridal hair styling", "updos", "hair extensions", "blowouts", "wedding day coverage"],
    });
    const suggestion = scoreComplementary(photographer, hairAndMakeup, matchOptions());
    expect(suggestion?.breakdown.overlap).toBeLessThan(0);
    expect(suggestion?.reasons).toContain("Some overlap with you: wedding day coverage");
  });

  it("filters by partnership kind and distance when asked", () => {
    const cobrand = profile("cobrand-caterer", ["caterer"], { partnershipKinds: ["co-marketing"] });
    const filtered = rankComplementary(photographer, [...candidates, cobrand], matchOptions({ kind: "co-marketing" }));
    expect(ids(filtered)).toEqual(["cobrand-caterer"]);
    const near = rankComplementary(photographer, candidates, matchOptions({ maxDistanceKm: 4 }));
    expect(ids(near).every((id) => ["florist", "generalist", "florist-2"].includes(id))).toBe(true);
  });

  it("is deterministic: the same input gives the same order", () => {
    const again = rankComplementary(photographer, [...candidates].reverse(), matchOptions());
    expect(ids(again)).toEqual(ids(ranked));
  });
});

describe("overflow ranking (golden)", () => {
  const bookedOut = { ...photographer, capacity: "booked-out" };
  const peers = [
    profile("peer-spare", ["wedding-photographer"], { ...north(10), capacity: "spare-capacity" }),
    profile("peer-near", ["wedding-photographer"], { ...north(2), capacity: "none" }),
    profile("peer-busy", ["wedding-photographer"], { ...north(1), capacity: "booked-out" }),
    profile("peer-far", ["wedding-photographer"], { ...north(400), capacity: "spare-capacity" }),
    profile("portraits", ["portrait-photographer"], { ...north(3), capacity: "spare-capacity" }),
    profile("florist", ["florist"], { ...north(1), capacity: "spare-capacity" }),
  ];

  it("prefers same-trade firms with spare capacity nearby, then a near-substitute trade; never an unrelated trade or one out of range", () => {
    const ranked = rankOverflow(bookedOut, peers, matchOptions());
    expect(ids(ranked)).toEqual(["peer-spare", "peer-near", "peer-busy", "portraits"]);
    expect(ids(ranked)).not.toContain("florist");
    expect(ids(ranked)).not.toContain("peer-far");
    expect(ranked[0]!.reasons).toContain("Has spare capacity: can take work");
    expect(ranked[0]!.reasons).toContain("Same profession: Wedding Photographers");
  });

  it("weighs a shared rare trade above a shared common one", () => {
    // 1,000 listed businesses: 400 hair salons, 20 makeup artists, 100 nail salons.
    const weights = categoryRarity(
      new Map([
        ["hair-salon", 400],
        ["makeup-artist", 20],
        ["nail-salon", 100],
      ]),
      1000,
    );
    expect(weights.get("makeup-artist")!).toBeGreaterThan(weights.get("nail-salon")!);
    expect(weights.get("nail-salon")!).toBeGreaterThan(weights.get("hair-salon")!);
    const hairAndMakeup = profile("me", ["hair-salon", "makeup-artist"]);
    const hairAndNails = profile("hair-nails", ["hair-salon", "nail-salon"], north(1));
    const makeupAndNails = profile("makeup-nails", ["makeup-artist", "nail-salon"], north(2));
    // Counting every trade the same, the salon sharing my primary trade comes first...
    expect(ids(rankOverflow(hairAndMakeup, [hairAndNails, makeupAndNails], matchOptions()))).toEqual([
      "hair-nails",
      "makeup-nails",
    ]);
    // ...with the counts, the studio sharing the rare half of my work does.
    expect(
      ids(rankOverflow(hairAndMakeup, [hairAndNails, makeupAndNails], matchOptions({ categoryWeights: weights }))),
    ).toEqual(["makeup-nails", "hair-nails"]);
    expect(tradeSimilarity(hairAndMakeup, profile("twin", ["makeup-artist", "hair-salon"]), weights).score).toBe(1);
  });

  it("offers a substitute trade after the same trade and says why; never a different job for the same customer", () => {
    const maids = profile("maids", ["house-cleaner"], { capacity: "booked-out" });
    const ranked = rankOverflow(
      maids,
      [
        profile("janitorial", ["commercial-cleaner"], { ...north(1), capacity: "spare-capacity" }),
        profile("other-maids", ["house-cleaner"], { ...north(6), capacity: "none" }),
        profile("carpets", ["carpet-cleaner"], { ...north(1), capacity: "spare-capacity" }),
      ],
      matchOptions(),
    );
    expect(ids(ranked)).toEqual(["other-maids", "janitorial"]);
    expect(ranked[1]!.reasons).toContain("Also offers post-construction cleaning");
    // A DJ and a band share no offering; the reason names the trade instead.
    const band = rankOverflow(profile("dj", ["dj"]), [profile("band", ["live-musician"], north(2))], matchOptions());
    expect(band[0]?.reasons).toContain("Does similar work: Live Bands & Musicians");
  });

  it("never suggests a business marked not a fit", () => {
    const ranked = rankOverflow(bookedOut, peers, matchOptions({ hiddenIds: new Set(["peer-spare"]) }));
    expect(ids(ranked)).not.toContain("peer-spare");
  });
});
