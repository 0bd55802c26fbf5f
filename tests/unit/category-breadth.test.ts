import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { partnerStrength } from "#app/domain/contact-spheres";
import { readCategoryLabels } from "#app/domain/import-labels";
import { matchOptions, offeringOverlap, rankComplementary } from "#app/domain/matching";
import {
  CATEGORIES,
  GENERIC_LABELS,
  isCategorySlug,
  kindLabels,
  matchCategoryLabel,
  notPartnerTradeLabels,
  substitutesOf,
  UMBRELLA_LABELS,
} from "#app/domain/taxonomy";
import { profile } from "#tests/fixtures/match-profiles";

/**
 * Breadth: Yelp's published category list (tests/fixtures/yelp-categories.tsv, source in its
 * header) read through the product's own label matching, as a directory import reads it.
 *
 * "Business categories" are all of the list's 1,565 entries except the umbrella labels
 * (UMBRELLA_LABELS): Yelp's top-level sections ("Restaurants", "Home Services") and the inner
 * parents that name a field rather than a trade ("Doctors", "Hotels", "Legal Services"). Every other
 * entry, including inner parents that are a trade ("Italian", "Tours"), must map to a taxonomy trade
 * (a name, alias or kind label) or to the explicit "not a partner trade" list (airports, churches,
 * hospitals…); what maps to neither is listed. Restaurant cuisines count as restaurants.
 */
interface YelpCategory {
  alias: string;
  title: string;
  parents: string[];
}

function readFixture(): YelpCategory[] {
  const text = readFileSync(new URL("../fixtures/yelp-categories.tsv", import.meta.url), "utf8");
  const [header, ...rows] = text.split("\n").filter((line) => line && !line.startsWith("#"));
  expect(header).toBe("alias\ttitle\tparents");
  return rows.map((row) => {
    const [alias = "", title = "", parents = ""] = row.split("\t");
    return { alias, title, parents: parents ? parents.split(",") : [] };
  });
}

const slugOf = (label: string) => {
  const match = matchCategoryLabel(label);
  return match.kind === "category" ? match.slug : match.kind;
};

describe("breadth: Yelp's category list", () => {
  const categories = readFixture();

  it("is the whole published list", () => {
    expect(categories.length).toBe(1565);
    expect(new Set(categories.map((category) => category.alias)).size).toBe(categories.length);
  });

  it("maps at least 95% of its business categories to a trade or to the not-a-partner-trade list", () => {
    const sections = categories.filter((category) => category.parents.length === 0);
    // A top-level section is an umbrella label, or itself a trade ("Bicycles").
    for (const section of sections) {
      expect(["umbrella", "category"], section.title).toContain(matchCategoryLabel(section.title).kind);
    }
    const business = categories.filter((category) => matchCategoryLabel(category.title).kind !== "umbrella");
    const byKind = { trade: [] as string[], notPartner: [] as string[], unmapped: [] as string[] };
    for (const category of business) {
      const match = matchCategoryLabel(category.title);
      if (match.kind === "category") byKind.trade.push(category.title);
      else if (match.kind === "not-a-partner-trade") byKind.notPartner.push(category.title);
      else byKind.unmapped.push(category.title);
    }
    const share = 1 - byKind.unmapped.length / business.length;
    const trades = new Set(byKind.trade.map((title) => slugOf(title)));
    console.info(
      `category breadth (Yelp, ${categories.length} entries, ${categories.length - business.length} umbrella): ` +
        `${business.length} business categories; ${byKind.trade.length} to ${trades.size} trades, ` +
        `${byKind.notPartner.length} not a partner trade, ${byKind.unmapped.length} unmapped: ` +
        `${(share * 100).toFixed(1)}% mapped`,
    );
    expect(share, `unmapped: ${byKind.unmapped.join(", ")}`).toBeGreaterThanOrEqual(0.95);
  });

  it("reads kind labels as their trade and knows the not-a-partner-trade labels, without clashing with names or aliases", () => {
    const names = new Map<string, string>();
    for (const category of CATEGORIES)
      for (const label of [category.name, ...category.aliases]) names.set(label.toLowerCase(), category.slug);
    const umbrellas = new Set(UMBRELLA_LABELS.map((umbrella) => umbrella.label.toLowerCase()));
    const seen = new Set<string>();
    for (const { label, slug } of kindLabels()) {
      expect(isCategorySlug(slug), `${label} → ${slug}`).toBe(true);
      expect(names.has(label.toLowerCase()) || umbrellas.has(label.toLowerCase()), label).toBe(false);
      expect(seen.has(label.toLowerCase()), `${label} listed twice`).toBe(false);
      seen.add(label.toLowerCase());
      expect(slugOf(label), label).toBe(slug);
    }
    for (const label of notPartnerTradeLabels()) {
      expect(seen.has(label.toLowerCase()), `${label} listed twice`).toBe(false);
      seen.add(label.toLowerCase());
      expect(slugOf(label), label).toBe("not-a-partner-trade");
    }
  });
});

describe("specialists are their own trades", () => {
  const pairs = [
    ["dentist", "oral-surgeon"],
    ["dentist", "periodontist"],
    ["dentist", "endodontist"],
    ["dentist", "pediatric-dentist"],
    ["dentist", "prosthodontist"],
    ["dentist", "orthodontist"],
    ["optometrist", "ophthalmologist"],
    ["family-doctor", "medical-specialist"],
    ["family-doctor", "orthopedist"],
    ["family-doctor", "ent-doctor"],
    ["counselor", "psychiatrist"],
    ["dermatologist", "plastic-surgeon"],
    ["physical-therapist", "orthopedist"],
  ] as const;

  it("maps the specialists' directory labels to them", () => {
    expect(slugOf("Oral Surgeons")).toBe("oral-surgeon");
    expect(slugOf("Periodontists")).toBe("periodontist");
    expect(slugOf("Endodontists")).toBe("endodontist");
    expect(slugOf("Pediatric Dentists")).toBe("pediatric-dentist");
    expect(slugOf("Prosthodontists")).toBe("prosthodontist");
    expect(slugOf("Ophthalmologists")).toBe("ophthalmologist");
    expect(slugOf("Cardiologists")).toBe("medical-specialist");
    expect(slugOf("Orthopedists")).toBe("orthopedist");
    expect(slugOf("Ear Nose & Throat")).toBe("ent-doctor");
    expect(slugOf("Psychiatrists")).toBe("psychiatrist");
    expect(slugOf("Plastic Surgeons")).toBe("plastic-surgeon");
    expect(slugOf("General Dentistry")).toBe("dentist");
  });

  it("puts a specialist and its generalist among each other's core or often partners, never as competitors", () => {
    for (const [generalist, specialist] of pairs) {
      const pair = `${generalist} ↔ ${specialist}`;
      expect(["core", "often"], `${generalist} → ${specialist}`).toContain(partnerStrength(generalist, specialist));
      expect(["core", "often"], `${specialist} → ${generalist}`).toContain(partnerStrength(specialist, generalist));
      expect(substitutesOf(generalist).has(specialist), pair).toBe(false);
      const overlap = offeringOverlap(profile("a", [generalist]), profile("b", [specialist])).score;
      expect(overlap, `${pair} offering overlap`).toBeLessThan(0.5);
    }
  });

  it("shows a dentist its specialists", () => {
    const dentist = profile("dentist", ["dentist"]);
    const specialists = ["oral-surgeon", "periodontist", "endodontist", "pediatric-dentist", "orthodontist"];
    const candidates = [...specialists, "florist", "auto-repair", "roofer"].map((slug) => profile(slug, [slug]));
    const shown = rankComplementary(dentist, candidates, matchOptions()).map((suggestion) => suggestion.id);
    expect(shown.slice(0, specialists.length).sort()).toEqual([...specialists].sort());
  });
});

describe("a generic label is read with the business's other labels", () => {
  const read = (labels: string[], name?: string) => readCategoryLabels(labels, { name });

  it("keeps a generic label's own trade when nothing narrows it", () => {
    expect(read(["Photographers"]).categories).toEqual(["portrait-photographer"]);
    expect(read(["Dentists"]).categories).toEqual(["dentist"]);
    expect(read(["Contractors"]).categories).toEqual(["general-contractor"]);
  });

  it("becomes the family member another label names", () => {
    expect(read(["Photographers", "Event Photography"]).categories).toEqual(["wedding-photographer"]);
    expect(read(["Dentists", "Oral Surgeons"]).categories).toEqual(["oral-surgeon"]);
    expect(read(["Contractors", "Roofing"]).categories).toEqual(["roofer"]);
    expect(read(["Lawyers", "Immigration Law"]).categories).toEqual(["immigration-attorney"]);
  });

  it("takes the member whose words the other labels or the name use", () => {
    expect(read(["Photographers", "Wedding Planning"]).categories).toEqual(["wedding-photographer", "wedding-planner"]);
    expect(read(["Photographers", "Weddings"]).categories).toEqual(["wedding-photographer"]);
    expect(read(["Photographers"], "Lens & Veil Wedding Photography").categories).toEqual(["wedding-photographer"]);
    expect(read(["Videographers"], "Northwind Corporate Video").categories).toEqual(["video-production-company"]);
    expect(read(["Insurance", "Auto Repair"]).categories).toEqual(["auto-insurance-agent", "auto-repair"]);
    expect(read(["IT Services & Computer Repair"], "Saguaro Managed IT Support").categories).toEqual(["it-support"]);
    expect(read(["IT Services & Computer Repair"], "Fix-It Laptop Clinic").categories).toEqual(["computer-repair"]);
    expect(read(["IT Services & Computer Repair", "Mobile Phone Repair"]).categories).toEqual(["phone-repair"]);
    // "IT Solutions" and "Technologies" are how managed-service providers name themselves.
    expect(read(["IT Services & Computer Repair"], "Prime IT Solutions").categories).toEqual(["it-support"]);
    expect(read(["IT Services & Computer Repair"], "Summit Technologies").categories).toEqual(["it-support"]);
  });

  it("reads a firm listed only as lawyers as a general practice, and a specialty from its name or labels", () => {
    expect(read(["Lawyers", "Professional Services"], "Summit Law Office").categories).toEqual([
      "general-practice-attorney",
    ]);
    expect(read(["Lawyers"], "Smith Family Law").categories).toEqual(["family-law-attorney"]);
    expect(read(["Lawyers", "Personal Injury Law"]).categories).toEqual(["personal-injury-lawyer"]);
    expect(read(["Lawyers", "Real Estate"]).categories).toEqual(["real-estate-attorney"]);
  });

  it("keeps a label listed beside its family as a trade of its own, narrowed only by the name", () => {
    expect(read(["Marketing", "Web Design", "Graphic Design"]).categories).toEqual([
      "marketing-agency",
      "web-designer",
      "graphic-designer",
    ]);
    expect(read(["Marketing"], "Summit SEO").categories).toEqual(["seo-agency"]);
    expect(read(["Marketing", "Web Design"], "Summit SEO").categories).toEqual(["seo-agency", "web-designer"]);
  });

  it("reads auto upholstery as its own trade, not a vehicle wrap shop", () => {
    expect(read(["Auto Upholstery", "Automotive"]).categories).toEqual(["auto-upholstery"]);
  });

  it("puts a label naming a trade before one naming a kind of a trade", () => {
    expect(read(["Music Venues", "Venues & Event Spaces"]).categories).toEqual(["event-venue", "bar"]);
    expect(read(["Szechuan", "Caterers"]).categories).toEqual(["caterer", "full-service-restaurant"]);
  });

  it("takes the member sharing most customer journeys with the other labels' trades", () => {
    expect(read(["Photographers", "Real Estate Agents"]).categories[0]).toBe("real-estate-photographer");
    expect(read(["Photographers", "Pet Groomers"]).categories[0]).toBe("pet-photographer");
  });

  it("reports an umbrella label as too general, whatever the name or the other labels say", () => {
    expect(read(["Home Services"], "Joe's Roofing")).toMatchObject({ categories: [], tooGeneral: ["Home Services"] });
    expect(read(["Hotels", "Zzz Moonlight Tours"])).toMatchObject({ categories: [], tooGeneral: ["Hotels"] });
    expect(read(["Hotels", "Venues & Event Spaces"])).toMatchObject({
      categories: ["event-venue"],
      tooGeneral: ["Hotels"],
    });
    expect(read(["Restaurants", "Airports", "Zzz Unknown"])).toEqual({
      categories: [],
      unmapped: ["Zzz Unknown"],
      tooGeneral: ["Restaurants"],
      notPartnerTrade: ["Airports"],
    });
  });

  it("knows a family for every generic label, each member a trade", () => {
    for (const generic of GENERIC_LABELS) {
      expect(matchCategoryLabel(generic.label).kind, generic.label).toBe("category");
      for (const slug of generic.trades ?? []) expect(isCategorySlug(slug), `${generic.label}: ${slug}`).toBe(true);
    }
  });
});
