import { describe, expect, it } from "vitest";
import {
  CATEGORIES,
  complementaryCategories,
  GROUP_LABELS,
  JOURNEYS,
  matchCategoryLabel,
  searchCategories,
  substitutesOf,
  SUBSTITUTE_TRADES,
  TARGET_CUSTOMERS,
  UMBRELLA_LABELS,
} from "#app/domain/taxonomy";

const key = (label: string) => label.toLowerCase().trim();

describe("category taxonomy", () => {
  it("is broad: 150+ categories covering every group", () => {
    expect(CATEGORIES.length).toBeGreaterThanOrEqual(150);
    for (const group of Object.keys(GROUP_LABELS)) {
      expect(CATEGORIES.filter((c) => c.group === group).length, group).toBeGreaterThan(0);
    }
  });

  it("has no duplicate slugs, names or aliases, and no alias that names another category", () => {
    const seen = new Map<string, string>();
    for (const category of CATEGORIES) {
      for (const label of [category.name, ...category.aliases]) {
        const owner = seen.get(key(label));
        expect(owner === undefined || owner === category.slug, `"${label}" used by ${owner} and ${category.slug}`).toBe(
          true,
        );
        seen.set(key(label), category.slug);
      }
    }
    expect(new Set(CATEGORIES.map((c) => c.slug)).size).toBe(CATEGORIES.length);
  });

  it("gives every category journeys, offerings and target customers that exist", () => {
    const journeys = new Set(JOURNEYS.map((j) => j.slug));
    const customers = new Set(TARGET_CUSTOMERS.map((t) => t.slug));
    for (const category of CATEGORIES) {
      expect(category.journeys.length, category.slug).toBeGreaterThan(0);
      expect(category.offerings.length, category.slug).toBeGreaterThanOrEqual(5);
      expect(category.targetCustomers.length, category.slug).toBeGreaterThan(0);
      for (const journey of category.journeys) expect(journeys.has(journey), `${category.slug}: ${journey}`).toBe(true);
      for (const customer of category.targetCustomers)
        expect(customers.has(customer), `${category.slug}: ${customer}`).toBe(true);
    }
  });

  it("names substitute trades that exist, each pair both ways, never a trade with itself", () => {
    const slugs = new Set(CATEGORIES.map((c) => c.slug));
    for (const set of SUBSTITUTE_TRADES) {
      expect(new Set(set).size, set.join(", ")).toBe(set.length);
      for (const slug of set) {
        expect(slugs.has(slug), slug).toBe(true);
        expect(substitutesOf(slug).has(slug), slug).toBe(false);
        for (const other of set)
          if (other !== slug) expect(substitutesOf(other).has(slug), `${other} ~ ${slug}`).toBe(true);
      }
    }
  });

  it("keeps umbrella labels out of the categories", () => {
    for (const umbrella of UMBRELLA_LABELS) {
      expect(matchCategoryLabel(umbrella.label)).toEqual({ kind: "umbrella" });
    }
  });

  it("maps everyday directory labels to a category", () => {
    const florist = CATEGORIES.find((c) => /florist/i.test(c.name));
    expect(florist).toBeDefined();
    expect(matchCategoryLabel("Florists")).toEqual({ kind: "category", slug: florist!.slug });
    expect(matchCategoryLabel("florist")).toEqual({ kind: "category", slug: florist!.slug });
    expect(matchCategoryLabel("Quantum Basket Weaving")).toEqual({ kind: "unmapped" });
  });

  it("finds categories as you type, by name first and then by alias", () => {
    const results = searchCategories("flor");
    expect(results[0]?.name).toMatch(/^Flor/i);
    const byAlias = searchCategories("realtor");
    expect(byAlias.some((option) => /real estate/i.test(option.name))).toBe(true);
  });

  it("maps the category labels big directories use, across every sphere", () => {
    const labels = [
      "Contractors",
      "Plumbing",
      "Electricians",
      "Heating & Air Conditioning/HVAC",
      "Roofing",
      "Painters",
      "Landscaping",
      "Tree Services",
      "Flooring",
      "Handyman",
      "Cabinetry",
      "Kitchen & Bath",
      "Solar Installation",
      "Fences & Gates",
      "Masonry/Concrete",
      "Gutter Services",
      "Garage Door Services",
      "Pressure Washers",
      "Water Heater Installation/Repair",
      "Security Systems",
      "Septic Services",
      "Insulation Installation",
      "Siding",
      "Architects",
      "Damage Restoration",
      "Chiropractors",
      "Massage Therapy",
      "Physical Therapy",
      "Acupuncture",
      "Gyms",
      "Yoga",
      "Pilates",
      "Nutritionists",
      "Dentists",
      "Orthodontists",
      "Optometrists",
      "Medical Spas",
      "Day Spas",
      "Dermatologists",
      "Podiatrists",
      "Accountants",
      "Tax Services",
      "Bookkeepers",
      "Business Law",
      "Financial Advising",
      "Marketing",
      "Web Design",
      "Graphic Design",
      "Sign Making",
      "Printing Services",
      "IT Services & Computer Repair",
      "Employment Agencies",
      "Auto Repair",
      "Body Shops",
      "Tires",
      "Oil Change Stations",
      "Auto Detailing",
      "Towing",
      "Car Wash",
      "Car Dealers",
      "Used Car Dealers",
      "Auto Parts & Supplies",
      "Transmission Repair",
      "Smog Check Stations",
      "Motorcycle Repair",
      "Veterinarians",
      "Pet Groomers",
      "Dog Walkers",
      "Pet Sitting",
      "Pet Training",
      "Pet Boarding",
      "Pet Stores",
      "Florists",
      "Caterers",
      "DJs",
      "Venues & Event Spaces",
      "Wedding Planning",
      "Party Equipment Rentals",
      "Officiants",
      "Photographers",
      "Videographers",
      "Bakeries",
      "Jewelry",
      "Bridal",
      "Hair Salons",
      "Barbers",
      "Makeup Artists",
      "Real Estate Agents",
      "Mortgage Brokers",
      "Home Inspectors",
      "Title Companies",
      "Movers",
      "Self Storage",
      "Property Management",
      "Pest Control",
      "Home Cleaning",
      "Carpet Cleaning",
      "Junk Removal & Hauling",
      "Keys & Locksmiths",
    ];
    const unmapped = labels.filter((label) => matchCategoryLabel(label).kind !== "category");
    expect(unmapped).toEqual([]);
  });

  it("maps the narrower labels of trades to the trade, and keeps shops apart from the services they supply", () => {
    const slugOf = (label: string) => {
      const match = matchCategoryLabel(label);
      return match.kind === "category" ? match.slug : match.kind;
    };
    // Specialists are their own trades, so a dentist can be shown the endodontists it refers to.
    expect(slugOf("Endodontists")).toBe("endodontist");
    expect(slugOf("General Dentistry")).toBe("dentist");
    expect(slugOf("Brakes")).toBe("auto-repair");
    expect(slugOf("Mobile Dent Repair")).toBe("auto-body-shop");
    expect(slugOf("Pet Hospice")).toBe("veterinarian");
    expect(slugOf("Bed Bug Control")).toBe("pest-control");
    expect(slugOf("Hydro-jetting")).toBe("plumber");
    expect(slugOf("Furniture Reupholstery")).toBe("furniture-repair");
    expect(slugOf("Cosmetics & Beauty Supply")).toBe("beauty-supply-store");
    expect(slugOf("Vitamins & Supplements")).toBe("health-food-store");
    expect(slugOf("Makeup Artists")).toBe("makeup-artist");
  });
});

describe("the circle around a profession", () => {
  const circle = (slug: string) =>
    complementaryCategories([slug])
      .slice(0, 16)
      .map((entry) => entry.slug);

  it("puts the core vendors of a wedding around a wedding photographer, and not its own trade", () => {
    expect(circle("wedding-photographer")).toEqual(
      expect.arrayContaining(["florist", "caterer", "event-venue", "dj", "cake-designer", "wedding-videographer"]),
    );
    expect(circle("wedding-photographer")).not.toContain("wedding-photographer");
    expect(circle("wedding-photographer")).not.toContain("portrait-photographer");
  });

  it("puts lenders, inspectors and movers around a real-estate agent", () => {
    expect(circle("real-estate-agent")).toEqual(expect.arrayContaining(["mortgage-broker", "home-inspector", "mover"]));
  });

  it("leaves out substitute trades whose offerings read differently, and keeps trades that do other jobs for the same customer", () => {
    expect(circle("dj")).not.toContain("live-musician");
    expect(circle("house-cleaner")).not.toContain("commercial-cleaner");
    expect(circle("house-cleaner")).toContain("carpet-cleaner");
  });
});

describe("category search", () => {
  it("finds a profession by the start of its name or of an alias, then by a word inside", () => {
    expect(searchCategories("flor")[0]?.slug).toBe("florist");
    expect(searchCategories("realtor").map((option) => option.slug)).toContain("real-estate-agent");
    expect(searchCategories("realtor").find((option) => option.slug === "real-estate-agent")?.matched).toMatch(
      /realtor/i,
    );
    // An exact alias comes before names that only start alike.
    expect(searchCategories("Realtor")[0]?.slug).toBe("real-estate-agent");
  });
});
