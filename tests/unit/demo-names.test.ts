import { describe, expect, it } from "vitest";
import { LIMITS } from "#app/domain/business-schema";
import { slugify } from "#app/domain/slug";
import { CATEGORIES, getCategory } from "#app/domain/taxonomy";
import { demoBusinessName, drawDemoName, hasTradeWords, possessive } from "#prisma/demo-names";
import { DEMO_CITIES, seededRandom } from "#prisma/factories";
import { DEMO_OWNER, DEMO_PARTNER, demoDirectoryPlan } from "#prisma/seed-demo-plan";

/** The whole demo directory as the seed writes it, and what a visitor would notice in its names. */
const plan = demoDirectoryPlan();
const names = plan.map((row) => row.input.name);

function singular(name: string): string {
  return name.replace(/ies$/, "y").replace(/([^s])s$/, "$1");
}

describe("the demo directory's names", () => {
  it("are the same on every run", () => {
    const again = demoDirectoryPlan();
    expect(again.map((row) => [row.input.name, row.slug, row.ownerName])).toEqual(
      plan.map((row) => [row.input.name, row.slug, row.ownerName]),
    );
  });

  it("never repeat, not even as near-twins that make the same address", () => {
    expect(plan).toHaveLength(430);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(names.map((name) => slugify(name))).size).toBe(names.length);
  });

  it("do not glue a category onto a generic suffix", () => {
    const generic = ["Partners", "Works", "Group", "Collective", "Co.", "Studio", "& Sons", "Services"];
    for (const row of plan) {
      const category = getCategory(row.input.primaryCategory)!;
      for (const form of [category.name, singular(category.name)])
        for (const suffix of generic) expect(row.input.name).not.toContain(`${form} ${suffix}`);
      expect(row.input.name).not.toMatch(/ Partners$/);
      // "Works" where people say it: metal, glass, signs, beer.
      if (row.input.name.endsWith(" Works"))
        expect(["fence-contractor", "glass-mirror-company", "sign-maker", "brewery"]).toContain(
          row.input.primaryCategory,
        );
      // No word twice ("Big Fun Fun Center").
      const words = row.input.name
        .toLowerCase()
        .split(/[^a-z']+/)
        .filter((word) => word.length > 2);
      expect(new Set(words).size, row.input.name).toBe(words.length);
    }
  });

  it("fit the form's limits and take a correct possessive", () => {
    for (const name of names) {
      expect(name.length).toBeGreaterThanOrEqual(LIMITS.name.min);
      expect(name.length).toBeLessThanOrEqual(LIMITS.name.max);
      expect(name).not.toMatch(/s's\b|\s'|''/);
      expect(possessive(name)).toBe(name.endsWith("s") ? `${name}'` : `${name}'s`);
    }
    expect(possessive("Hartley Plumbing")).toBe("Hartley Plumbing's");
    expect(possessive("Bloom & Vine")).toBe("Bloom & Vine's");
    expect(possessive("Willow Lanes")).toBe("Willow Lanes'");
  });

  it("mix many ways of naming a business, none taking over", () => {
    const counts = new Map<string, number>();
    for (const row of plan) counts.set(row.pattern, (counts.get(row.pattern) ?? 0) + 1);
    expect(counts.size).toBeGreaterThanOrEqual(9);
    for (const count of counts.values()) expect(count / plan.length).toBeLessThan(0.4);
    // Mostly the trade shows in the name, but some are just a pair of words ("Bloom & Vine").
    const wordsOnly = (counts.get("pair") ?? 0) + (counts.get("company") ?? 0);
    expect(wordsOnly / plan.length).toBeGreaterThan(0.01);
    expect(wordsOnly / plan.length).toBeLessThan(0.12);
  });

  it("belong to the person they are named after", () => {
    for (const row of plan) {
      const [first = "", ...rest] = row.ownerName.split(" ");
      const last = rest.join(" ");
      if (row.pattern === "surname" || row.pattern === "partners" || row.pattern === "sons")
        expect(row.input.name.startsWith(`${last} `), `${row.input.name} / ${row.ownerName}`).toBe(true);
      if (row.pattern === "possessive") expect(row.input.name.startsWith(`${first}'`)).toBe(true);
      if (row.pattern === "fullName") expect(row.input.name.startsWith(row.ownerName)).toBe(true);
      if (row.pattern === "initials") expect(row.input.name.startsWith(`${first[0]}.`)).toBe(true);
    }
    const owned = plan.filter((row) => row.owner !== "other");
    expect(owned.filter((row) => row.owner === "demo").map((row) => row.ownerName)).toEqual(
      Array(3).fill(DEMO_OWNER.displayName),
    );
    expect(owned.filter((row) => row.owner === "partner").map((row) => row.ownerName)).toEqual([
      DEMO_PARTNER.displayName,
    ]);
  });

  it("come with a logo for about a fifth of them, never for the demo accounts, who add their own", () => {
    const withLogo = plan.filter((row) => row.logo);
    expect(withLogo.length / plan.length).toBeGreaterThan(0.14);
    expect(withLogo.length / plan.length).toBeLessThan(0.26);
    expect(withLogo.filter((row) => row.owner !== "other")).toEqual([]);
  });

  it("come from names of many cultures", () => {
    const surnames = new Set(plan.map((row) => row.ownerName.split(" ").slice(1).join(" ")));
    const firstNames = new Set(plan.map((row) => row.ownerName.split(" ")[0]));
    expect(surnames.size).toBeGreaterThan(120);
    expect(firstNames.size).toBeGreaterThan(100);
  });

  it("speak the local language: Bristol has estate agents and solicitors, Toronto and Bristol centres", () => {
    for (const row of plan) {
      if (row.city.country !== "US") expect(row.input.name).not.toMatch(/\bCenter\b/);
      if (row.city.country === "GB") expect(row.input.name).not.toMatch(/\b(Realty|Attorneys|Jewelry|Moving|Tire)\b/);
    }
    const bristolAgents = plan.filter(
      (row) => row.city.name === "Bristol" && row.input.primaryCategory === "real-estate-agent",
    );
    expect(bristolAgents.length).toBe(3);
  });
});

describe("drawing a name", () => {
  it("has its own words for every trade of the taxonomy", () => {
    expect(CATEGORIES.filter((category) => !hasTradeWords(category.slug)).map((category) => category.slug)).toEqual([]);
  });

  it("avoids names already taken, and the same seed draws the same name", () => {
    const portland = DEMO_CITIES[0]!;
    const taken = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const { name } = drawDemoName(seededRandom(5), "plumber", portland, { taken });
      expect(taken.has(name)).toBe(false);
      taken.add(name);
    }
    expect(demoBusinessName(seededRandom(9), "bakery", portland)).toBe(
      demoBusinessName(seededRandom(9), "bakery", portland),
    );
  });

  it("uses a known owner's own names when the pattern takes a person", () => {
    const owner = { first: "Maeve", last: "O'Neill" };
    const portland = DEMO_CITIES[0]!;
    for (let seed = 1; seed < 40; seed++) {
      const drawn = drawDemoName(seededRandom(seed), "wedding-photographer", portland, { owner });
      if (drawn.person.first) expect(drawn.person.first).toBe("Maeve");
      if (drawn.person.last) expect(drawn.person.last).toBe("O'Neill");
    }
  });

  it("falls back to the category's own words for a trade it does not know, without a generic suffix", () => {
    const name = demoBusinessName(seededRandom(3), "no-such-trade", DEMO_CITIES[0]!);
    expect(name).not.toMatch(/ (Partners|Works|Group|Collective)$/);
    expect(name.length).toBeGreaterThan(3);
  });
});
