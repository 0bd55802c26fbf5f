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
  profile("florist-far", ["florist"], north(35)),
  profile("florist-other-city", ["florist"], north(300)),
  profile("florist-2", ["florist"], north(4)),
  profile("rival-photographer", ["wedding-photographer"], north(1)),
  profile("generalist", ["wedding-planner", "plumber", "auto-repair", "accountant"], north(2)),
  profile("realtor", ["real-estate-agent"], north(1)),
  profile("venue", ["event-venue"], north(6)),
];

const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe("complementary ranking (golden)", () => {
  const ranked = rankComplementary(photographer, candidates, matchOptions());

  it("puts the strongest referral partners first (the florist who wants wedding-day photos leads), one per profession before repeats", () => {
    expect(ids(ranked)).toEqual(["florist", "venue", "dj", "generalist", "caterer", "florist-2", "florist-far"]);
  });

  it("leaves out a local trade beyond the service area", () => {
    expect(ids(ranked)).not.toContain("florist-other-city");
  });

  it("never shows a competitor or a business serving none of my customer problems", () => {
    expect(ids(ranked)).not.toContain("rival-photographer");
    expect(ids(ranked)).not.toContain("realtor");
    expect(ids(ranked)).not.toContain("photographer");
  });

  it("needs more than broad kinds of customer in common outside the spheres; a specific one is enough", () => {
    // Both are said to serve students, professionals, seniors and families with children.
    const phoneRepair = profile("phone-repair", ["phone-repair"]);
    const oralSurgeon = profile("oral-surgeon", ["oral-surgeon"], north(2));
    const shared = phoneRepair.targetCustomers.filter((customer) => oralSurgeon.targetCustomers.includes(customer));
    expect(shared.length).toBeGreaterThan(2);
    expect(scoreComplementary(phoneRepair, oralSurgeon, matchOptions())).toBeNull();
    // Two firms whose trades share no sphere and no customer problem, both serving horse owners.
    const riders = { targetCustomers: ["Horse owners"], customerProblems: [] };
    const printer = profile("printer", ["custom-apparel-printer"], riders);
    const farrier = profile("farrier", ["farrier"], { ...riders, ...north(3) });
    expect(scoreComplementary(printer, farrier, matchOptions())?.reasons).toContain("You both serve horse owners");
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

  it("explains each suggestion in plain words, what is particular to it first", () => {
    const florist = ranked.find((s) => s.id === "florist")!;
    expect(florist.reasons.slice(0, 2)).toEqual([
      "Florists are among wedding photographers' strongest referral partners",
      "Wants wedding day coverage, which you offer",
    ]);
    expect(florist.reasons.some((reason) => /^Offers .+, which you don't$/.test(reason))).toBe(true);
    expect(florist.reasons).toContain("3.0 km away");
    // Said of every card, so not repeated on this one: it has enough of its own.
    expect(florist.reasons).not.toContain("Doesn't compete with you");
    const caterer = ranked.find((s) => s.id === "caterer")!;
    expect(caterer.reasons).toContain("Caterers often trade referrals with wedding photographers");
    expect(caterer.reasons).toContain("Offers wedding catering, which you want from partners");
    // Alone, a suggestion keeps every reason.
    const alone = scoreComplementary(photographer, candidates[0]!, matchOptions())!;
    expect(alone.reasons).toEqual(
      expect.arrayContaining([
        "You both serve engaged couples",
        "Also helps customers planning a wedding",
        "Looking for referral partners",
        "Doesn't compete with you",
      ]),
    );
    expect(Object.keys(florist.breakdown)).toEqual(
      expect.arrayContaining([
        "sphere",
        "journeys",
        "customers",
        "overlap",
        "focus",
        "twoWayFit",
        "serviceArea",
        "kind",
      ]),
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

  it("reads a copied profile afresh: a spread copy with other trades is not scored as the original", () => {
    const me = profile("me", ["florist"]);
    const other = profile("other", ["florist"], north(1));
    expect(tradeSimilarity(me, other).score).toBe(1);
    const changed = { ...other, primaryCategory: "caterer", categories: ["caterer"], offerings: ["wedding catering"] };
    expect(tradeSimilarity(me, changed).score).toBeLessThan(0.5);
    expect(tradeSimilarity(me, other).score).toBe(1);
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

  it("hands a general practice's overflow to a family law firm, never to a personal injury lawyer", () => {
    const practice = profile("practice", ["general-practice-attorney"], { capacity: "booked-out" });
    const others = [
      profile("family-law", ["family-law-attorney"], north(2)),
      profile("injury", ["personal-injury-lawyer"], north(1)),
    ];
    expect(ids(rankOverflow(practice, others, matchOptions()))).toEqual(["family-law"]);
    expect(scoreComplementary(practice, others[0]!, matchOptions())).toBeNull();
    expect(scoreComplementary(practice, others[1]!, matchOptions())!.reasons[0]).toBe(
      "Personal injury lawyers often trade referrals with general practice attorneys",
    );
  });

  it("never suggests a business marked not a fit", () => {
    const ranked = rankOverflow(bookedOut, peers, matchOptions({ hiddenIds: new Set(["peer-spare"]) }));
    expect(ids(ranked)).not.toContain("peer-spare");
  });
});

describe("golden cases from the review of issue 11", () => {
  const denver = { lat: 39.7392, lng: -104.9903, country: "US" };
  const bristol = { lat: 51.4545, lng: -2.5879, country: "GB" };
  const toronto = { lat: 43.6532, lng: -79.3832, country: "CA" };
  const here = { country: "US" };

  it("never lifts a local trade across the country because it ticks 'serves remotely'", () => {
    const planner = profile("planner", ["event-planner"], here);
    const ranked = rankComplementary(
      planner,
      [
        profile("denver-magician", ["magician"], { ...denver, servesRemotely: true }),
        profile("bristol-decorator", ["event-decorator"], { ...bristol, servesRemotely: true }),
        profile("local-decorator", ["event-decorator"], { ...here, ...north(12) }),
        profile("local-caterer", ["caterer"], { ...here, ...north(6) }),
      ],
      matchOptions(),
    );
    expect(ids(ranked).sort()).toEqual(["local-caterer", "local-decorator"]);
  });

  it("lets a trade whose work travels serve from afar, nearer first, and never a licensed one across a border", () => {
    const lawyer = profile("lawyer", ["business-attorney"], here);
    const web = (id: string, place: object) => profile(id, ["web-designer"], { ...place, servesRemotely: true });
    const ranked = rankComplementary(
      lawyer,
      [
        web("web-bristol", bristol),
        web("web-denver", denver),
        profile("accountant-toronto", ["accountant"], { ...toronto, servesRemotely: true }),
        profile("accountant-denver", ["accountant"], { ...denver, servesRemotely: true }),
      ],
      matchOptions(),
    );
    expect(ids(ranked)).not.toContain("accountant-toronto");
    expect(ids(ranked)[0]).toBe("accountant-denver");
    expect(ids(ranked).indexOf("web-denver")).toBeLessThan(ids(ranked).indexOf("web-bristol"));
    const far = ranked.find((s) => s.id === "web-bristol")!;
    expect(far.reasons).toContain(`Works remotely · ${Math.round(far.distanceKm).toLocaleString("en-US")} km away`);
  });

  it("puts a florist's wedding planners and wedding photographers before a photo booth, a mobile bar and a party bus", () => {
    const florist = profile("florist", ["florist"], here);
    const trades = [
      "photo-booth-rental",
      "mobile-bartender",
      "party-bus",
      "wedding-planner",
      "wedding-photographer",
      "limo-service",
      "kids-party-entertainer",
      "balloon-decorator",
      "event-venue",
    ];
    const ranked = rankComplementary(
      florist,
      trades.map((trade, index) => profile(trade, [trade], { ...here, ...north(1 + index) })),
      matchOptions(),
    );
    expect(ids(ranked).slice(0, 3).sort()).toEqual(["event-venue", "wedding-photographer", "wedding-planner"]);
    const planner = ranked.find((s) => s.id === "wedding-planner")!;
    expect(planner.reasons[0]).toBe("Wedding planners are among florists' strongest referral partners");
  });

  it("gives cards reasons of their own and breaks no tie by distance among different grades", () => {
    const florist = profile("florist", ["florist"], here);
    const ranked = rankComplementary(
      florist,
      ["wedding-planner", "caterer", "event-venue", "stationer", "party-rental"].map((trade) =>
        profile(trade, [trade], { ...here, ...north(3) }),
      ),
      matchOptions(),
    );
    const scores = ranked.map((s) => s.score);
    expect(new Set(scores).size).toBe(scores.length);
    const firstReasons = ranked.map((s) => s.reasons[0]);
    expect(new Set(firstReasons).size).toBe(firstReasons.length);
  });
});

describe("overflow stays in the firm's area and country (issue 11)", () => {
  it("never offers a realtor agents in Toronto or Bristol, even when they say they serve remotely", () => {
    const realtor = profile("realtor", ["real-estate-agent"], { country: "US" });
    const ranked = rankOverflow(
      realtor,
      [
        profile("toronto-agent", ["real-estate-agent"], {
          lat: 43.6532,
          lng: -79.3832,
          country: "CA",
          servesRemotely: true,
        }),
        profile("bristol-agent", ["real-estate-agent"], {
          lat: 51.4545,
          lng: -2.5879,
          country: "GB",
          servesRemotely: true,
        }),
        profile("local-agent", ["real-estate-agent"], { ...north(5), country: "US" }),
        profile("edge-agent", ["real-estate-agent"], { ...north(60), country: "US", radiusKm: 100 }),
      ],
      matchOptions(),
    );
    expect(ids(ranked)).toEqual(["local-agent"]);
  });
});

describe("reasons read as sentences (issue 11)", () => {
  it("writes acronyms in an offering in capitals and names one distinctive offering", () => {
    const florist = profile("florist", ["florist"], { country: "US" });
    const dj = profile("dj", ["dj"], {
      ...north(2),
      country: "US",
      offerings: ["wedding dj sets", "mc and announcements"],
    });
    const reasons = scoreComplementary(florist, dj, matchOptions())!.reasons;
    expect(reasons).toContain("Offers wedding DJ sets, which you don't");
  });

  it("does not call a second related trade sprawl", () => {
    const florist = profile("florist", ["florist"], { country: "US" });
    const photographer = profile("both", ["wedding-photographer", "portrait-photographer"], {
      ...north(2),
      country: "US",
    });
    expect(scoreComplementary(florist, photographer, matchOptions())!.reasons).not.toContain(
      "Spread over several unrelated trades",
    );
    const sprawl = profile("sprawl", ["wedding-planner", "plumber", "auto-repair"], { ...north(2), country: "US" });
    expect(scoreComplementary(florist, sprawl, matchOptions())!.reasons).toContain(
      "Spread over several unrelated trades",
    );
  });

  it("seats an insurance agent with the financial advisers' team before the trades it insures", () => {
    const agent = profile("agent", ["insurance-agent"], { country: "US" });
    const trades = ["roofer", "auto-body-shop", "pest-control", "bank", "accountant", "financial-advisor", "handyman"];
    const ranked = rankComplementary(
      agent,
      trades.map((trade, index) => profile(trade, [trade], { ...north(1 + index), country: "US" })),
      matchOptions(),
    );
    expect(ids(ranked).slice(0, 3).sort()).toEqual(["accountant", "bank", "financial-advisor"]);
    expect(ids(ranked).indexOf("roofer")).toBeGreaterThan(2);
  });

  it("gives a computer repair shop partners among installers and small-business services, not only strangers", () => {
    const shop = profile("shop", ["computer-repair"], { country: "US" });
    const trades = ["web-designer", "print-shop", "home-theater-installer", "tax-preparer", "bookkeeper", "florist"];
    const ranked = rankComplementary(
      shop,
      trades.map((trade, index) => profile(trade, [trade], { ...north(1 + index), country: "US" })),
      matchOptions(),
    );
    expect(ids(ranked).slice(0, 3).sort()).toEqual(["home-theater-installer", "print-shop", "web-designer"]);
    expect(ranked[0]!.reasons[0]).toMatch(/computer repair shops/);
    expect(ids(ranked)).not.toContain("florist");
  });

  it("counts realtors among a plumber's partners and insurance agents among an accountant's", () => {
    const plumber = profile("plumber", ["plumber"], { country: "US" });
    const realtor = profile("realtor", ["real-estate-agent"], { ...north(3), country: "US" });
    expect(scoreComplementary(plumber, realtor, matchOptions())).not.toBeNull();
    const accountant = profile("cpa", ["accountant"], { country: "US" });
    const insurance = profile("insurance", ["insurance-agent"], { ...north(3), country: "US" });
    expect(scoreComplementary(accountant, insurance, matchOptions())!.reasons[0]).toBe(
      "Insurance agents often trade referrals with accountants",
    );
  });
});
