import { describe, expect, it } from "vitest";
import { LIMITS } from "#app/domain/business-options";
import { CATEGORIES } from "#app/domain/taxonomy";
import { seededRandom } from "#prisma/factories";
import { drawDemoNiche, hasOwnNiches, joinTwo, tidyDescription, tradeWords } from "#prisma/seed-demo-niches";
import { demoDirectoryPlan } from "#prisma/seed-demo-plan";

/** The one-line niches and descriptions of the demo directory, as a visitor reads them on its cards. */
const plan = demoDirectoryPlan();
const niches = plan.map((row) => row.input.niche);
const byTrade = (slug: string) =>
  plan.filter((row) => row.input.primaryCategory === slug).map((row) => row.input.niche);

/** Acronyms a reader expects in capitals, as whole lower-case words. */
const LOWER_ACRONYM =
  /\b(dj|djs|mc|hvac|cpa|cpas|av|tv|rv|rvs|seo|hr|ent|fha|ai|api|crm|diy|uv|ev|3d|alta|wdo|ios|voip|adhd|sba)\b/;

describe("the demo directory's niches", () => {
  it("are the same on every run", () => {
    expect(demoDirectoryPlan().map((row) => [row.input.niche, row.input.description])).toEqual(
      plan.map((row) => [row.input.niche, row.input.description]),
    );
  });

  it("vary: each of the first 50 businesses says something of its own, and few lines come back", () => {
    expect(new Set(niches.slice(0, 50)).size).toBe(50);
    expect(new Set(niches).size / niches.length).toBeGreaterThan(0.65);
    const uses = new Map<string, number>();
    for (const niche of niches) uses.set(niche, (uses.get(niche) ?? 0) + 1);
    expect(Math.max(...uses.values())).toBeLessThanOrEqual(5);
    // Not "… for engaged couples" under every wedding business.
    expect(niches.filter((niche) => /for engaged couples$/.test(niche))).toEqual([]);
  });

  it("never repeat within a city's trade: the second and third firms of a trade say something else", () => {
    for (const city of new Set(plan.map((row) => row.city.name))) {
      for (const slug of new Set(plan.map((row) => row.input.primaryCategory))) {
        const here = plan.filter((row) => row.city.name === city && row.input.primaryCategory === slug);
        expect(new Set(here.map((row) => row.input.niche)).size, `${slug} in ${city}`).toBe(here.length);
      }
    }
  });

  it("fit the trade: no two trades share a line, and the trade shows in it", () => {
    const tradeOf = new Map<string, string>();
    for (const row of plan) {
      const other = tradeOf.get(row.input.niche);
      expect(other === undefined || other === row.input.primaryCategory, row.input.niche).toBe(true);
      tradeOf.set(row.input.niche, row.input.primaryCategory);
    }
    for (const niche of byTrade("florist")) expect(niche).toMatch(/flower|bouquet|floristry/i);
    for (const niche of byTrade("dj")) expect(niche).toMatch(/\bDJs?\b/);
    for (const niche of byTrade("wedding-photographer")) expect(niche).toMatch(/photograph|wedding days/i);
    for (const niche of byTrade("mortgage-broker")) expect(niche).toMatch(/mortgage|home loans/i);
    // Every trade the demo lists has lines written for it.
    expect(plan.filter((row) => !hasOwnNiches(row.input.primaryCategory))).toEqual([]);
  });

  it("write acronyms in capitals, in the niche and the description", () => {
    for (const row of plan) {
      expect(row.input.niche, row.input.niche).not.toMatch(LOWER_ACRONYM);
      expect(row.input.description, row.input.description).not.toMatch(LOWER_ACRONYM);
      expect(row.input.description).not.toMatch(/\bit support\b|\ba [aeio]/i);
    }
    const dj = plan.find((row) => row.input.primaryCategory === "dj")!;
    expect(dj.input.description).toContain(
      `${dj.input.name} is a DJ in ${dj.city.name}. We focus on wedding DJ sets, MC`,
    );
    const warranty = plan.find((row) => row.input.primaryCategory === "home-warranty")!;
    expect(warranty.input.description).toContain("HVAC system coverage");
    const planner = plan.find((row) => row.input.primaryCategory === "event-planner")!;
    expect(planner.input.description).toContain("is an event planner");
  });

  it("fit the form's limits, and speak British and Canadian English there", () => {
    for (const niche of niches) {
      expect(niche.length).toBeGreaterThanOrEqual(LIMITS.niche.min);
      expect(niche.length).toBeLessThanOrEqual(LIMITS.niche.max);
      expect(niche.charAt(0)).toBe(niche.charAt(0).toUpperCase());
    }
    for (const row of plan.filter((row) => row.city.country !== "US"))
      expect(row.input.niche).not.toMatch(/\b(color|center|jewelry|favors?|neighborhoods?|counseling)\b/i);
    const bristol = plan.filter((row) => row.city.name === "Bristol");
    expect(
      bristol.filter((row) => row.input.primaryCategory === "real-estate-agent").map((row) => row.input.niche),
    ).not.toContain("Buyer's agent for first homes and condos");
    expect(bristol.find((row) => row.input.primaryCategory === "mover")!.input.niche).toMatch(/removals/i);
  });
});

describe("a niche made from a trade's offerings (a trade with no lines of its own)", () => {
  it("reads as one line for every trade of the taxonomy", () => {
    const random = seededRandom(4);
    for (const category of CATEGORIES) {
      for (const country of ["US", "GB"]) {
        // Once every line of its own is taken, the niche is made from its offerings.
        const taken = new Set<string>();
        for (let n = 0; n < 8; n++)
          taken.add(drawDemoNiche(random, category.slug, { city: "Denver", country, taken, takenHere: taken }));
        for (const niche of taken) {
          expect(niche.length, niche).toBeGreaterThanOrEqual(LIMITS.niche.min);
          expect(niche.length, niche).toBeLessThanOrEqual(LIMITS.niche.max);
          expect(niche.charAt(0), niche).toBe(niche.charAt(0).toUpperCase());
          expect(niche, niche).not.toMatch(LOWER_ACRONYM);
          expect(niche, niche).not.toMatch(/\bfor\b.*\bfor\b|, and .* and |\band\b.*\band\b.*\band\b.*\band\b/);
        }
      }
    }
  });

  it("shares what two offerings share, and writes acronyms as such", () => {
    expect(joinTwo("tuxedo rental", "suit rental")).toBe("tuxedo and suit rental");
    expect(joinTwo("individual tax returns", "business tax returns")).toBe("individual and business tax returns");
    expect(joinTwo("water heater replacement", "water heater repair")).toBe("water heater replacement and repair");
    expect(joinTwo("hearing tests", "hearing aid fittings")).toBe("hearing tests and hearing aid fittings");
    expect(joinTwo("tree removal", "emergency storm tree removal")).toBe(
      "tree removal and emergency storm tree removal",
    );
    expect(joinTwo("houseplants", "pottery and planters")).toBe("houseplants, pottery and planters");
    expect(tradeWords("wedding dj sets and mc and announcements")).toBe("wedding DJ sets and MC and announcements");
    expect(tradeWords("managed it support, ios apps, hvac coil cleaning")).toBe(
      "managed IT support, iOS apps, HVAC coil cleaning",
    );
    // A business's own name is left as it is.
    expect(tidyDescription("Mac & It Co. is a it support company in Denver.", "Mac & It Co.")).toBe(
      "Mac & It Co. is an IT support company in Denver.",
    );
  });
});
