import { describe, expect, it } from "vitest";
import { checkSlug, nextFreeSlug, slugify } from "#app/domain/slug";

describe("slugs", () => {
  it("derives readable ASCII slugs from names", () => {
    expect(slugify("Bloom & Vine Florists")).toBe("bloom-and-vine-florists");
    expect(slugify("  Café Crème — Pâtisserie ")).toBe("cafe-creme-patisserie");
    expect(slugify("O'Neill's Plumbing!!")).toBe("o-neill-s-plumbing");
  });

  it("caps the length without a trailing hyphen", () => {
    const slug = slugify("a".repeat(58) + " bc");
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith("-")).toBe(false);
  });

  it("rejects slugs that are short, malformed or reserved", () => {
    expect(checkSlug("ab")).toBe("too-short");
    expect(checkSlug("Bad_Slug")).toBe("format");
    expect(checkSlug("double--hyphen")).toBe("format");
    expect(checkSlug("new")).toBe("reserved");
    expect(checkSlug("bloom-and-vine")).toBeNull();
  });

  it("numbers a slug that is taken", () => {
    const taken = new Set(["bloom", "bloom-2"]);
    expect(nextFreeSlug("bloom", (slug) => taken.has(slug))).toBe("bloom-3");
    expect(nextFreeSlug("fresh", (slug) => taken.has(slug))).toBe("fresh");
  });
});
