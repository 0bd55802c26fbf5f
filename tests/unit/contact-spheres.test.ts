import { describe, expect, it } from "vitest";
import { CONTACT_SPHERES, partnersOf, partnerStrength, spheresOf } from "#app/domain/contact-spheres";
import { CATEGORIES, GROUP_LABELS, getCategory, isCategorySlug, substitutesOf } from "#app/domain/taxonomy";

const grades = ["core", "often", "sometimes"] as const;

describe("contact spheres", () => {
  it("names only trades that exist in the taxonomy", () => {
    for (const sphere of CONTACT_SPHERES) {
      for (const [trade, member] of Object.entries(sphere.members)) {
        expect(isCategorySlug(trade), `${sphere.slug}: member ${trade}`).toBe(true);
        for (const grade of grades) {
          for (const partner of member[grade]) {
            expect(isCategorySlug(partner), `${sphere.slug}: ${trade} → ${partner} (${grade})`).toBe(true);
          }
        }
      }
    }
  });

  it("has at least twenty spheres with distinct slugs", () => {
    expect(CONTACT_SPHERES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(CONTACT_SPHERES.map((sphere) => sphere.slug)).size).toBe(CONTACT_SPHERES.length);
  });

  it("covers every taxonomy group with member trades", () => {
    const covered = new Set(
      CONTACT_SPHERES.flatMap((sphere) => Object.keys(sphere.members)).map((slug) => getCategory(slug)?.group),
    );
    for (const group of Object.keys(GROUP_LABELS)) expect(covered.has(group as never), group).toBe(true);
  });

  it("puts at least 95% of the taxonomy's trades in a sphere", () => {
    const missing = CATEGORIES.filter((category) => spheresOf(category.slug).length === 0).map((c) => c.slug);
    const share = 1 - missing.length / CATEGORIES.length;
    console.info(
      `contact spheres: ${CONTACT_SPHERES.length} spheres; ${CATEGORIES.length - missing.length} of ` +
        `${CATEGORIES.length} trades (${(share * 100).toFixed(1)}%) in at least one` +
        (missing.length ? `; not in any: ${missing.join(", ")}` : ""),
    );
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  it("gives each trade three to eight core partners across its spheres, at most six in any one", () => {
    for (const sphere of CONTACT_SPHERES) {
      for (const [trade, member] of Object.entries(sphere.members)) {
        expect(member.core.length, `${sphere.slug}: ${trade}`).toBeLessThanOrEqual(6);
      }
    }
    for (const category of CATEGORIES) {
      const spheres = spheresOf(category.slug);
      if (spheres.length === 0) continue;
      // "Where the sphere has that many": a trade alone with two others can name only two.
      const others = new Set(spheres.flatMap((sphere) => Object.keys(sphere.members)));
      others.delete(category.slug);
      const core = partnersOf(category.slug).filter((partner) => partner.strength === "core");
      expect(core.length, category.slug).toBeGreaterThanOrEqual(Math.min(3, others.size));
      expect(core.length, category.slug).toBeLessThanOrEqual(8);
    }
  });

  it("never grades a trade against itself, lists a partner twice in one member, or pairs substitutes", () => {
    for (const category of CATEGORIES) expect(partnerStrength(category.slug, category.slug)).toBeNull();
    for (const sphere of CONTACT_SPHERES) {
      for (const [trade, member] of Object.entries(sphere.members)) {
        const listed = grades.flatMap((grade) => member[grade]);
        expect(new Set(listed).size, `${sphere.slug}: ${trade} lists a partner twice`).toBe(listed.length);
        expect(listed, `${sphere.slug}: ${trade} lists itself`).not.toContain(trade);
        for (const partner of listed) {
          expect(substitutesOf(trade).has(partner), `${sphere.slug}: ${trade} → ${partner} is a substitute`).toBe(
            false,
          );
        }
      }
    }
  });

  it("knows what networking groups say about the best-known circles", () => {
    expect(partnerStrength("florist", "wedding-planner")).toBe("core");
    expect(partnerStrength("florist", "wedding-photographer")).toBe("core");
    expect(partnerStrength("real-estate-agent", "mortgage-broker")).toBe("core");
    expect(partnerStrength("real-estate-agent", "home-inspector")).toBe("core");
    expect(partnerStrength("accountant", "financial-advisor")).toBe("core");
    expect(partnerStrength("veterinarian", "pet-groomer")).toBe("core");
    expect(partnerStrength("party-bus", "florist")).not.toBe("core");
    expect(partnerStrength("florist", "party-bus")).toBeNull();
    expect(partnerStrength("florist", "not-a-trade")).toBeNull();
    expect(spheresOf("florist").map((sphere) => sphere.slug)).toEqual(
      expect.arrayContaining(["weddings", "funerals-and-end-of-life"]),
    );
  });

  it("takes the strongest grade across spheres and lists a trade's circle strongest first", () => {
    // Funerals lists caterers among a florist's occasional partners; weddings lists them as core: core, once.
    const circle = partnersOf("florist");
    expect(new Set(circle.map((partner) => partner.slug)).size).toBe(circle.length);
    const ranks = circle.map((partner) => grades.indexOf(partner.strength));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(circle[0]?.strength).toBe("core");
    expect(partnerStrength("florist", "caterer")).toBe("core");
    expect(partnerStrength("florist", "funeral-home")).toBe("core");
    expect(partnerStrength("florist", "gift-basket-maker")).toBe("often");
  });
});
