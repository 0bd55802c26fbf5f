import { describe, expect, it } from "vitest";
import { BADGE_COLOURS, badgeColourOf, initialsOf, LOGO_SIZES, logoUrl } from "#app/domain/business-logo";

describe("initialsOf", () => {
  it.each([
    ["Bloom & Vine", "BV"],
    ["The Corner Café", "CC"],
    ["the kitchen", "K"],
    ["Zanzibar", "Z"],
    ["Smith, Jones and Partners Ltd.", "SJ"],
    ["  o'brien   plumbing ", "OP"],
    ["(Studio) 54", "S5"],
    ["Élan Bakery", "ÉB"],
    ["\u0045\u0301cole du Vin", "ÉD"],
    ["東京カフェ", "東"],
    ["Кафе Ромашка", "КР"],
    ["مخبز السلام", "ما"],
    ["ß Haus", "ßH"],
    ["The", "T"],
    ["& — !!", "?"],
  ])("%s → %s", (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });

  it("is one or two letters, whatever the name", () => {
    for (const name of ["A", "Aa Bb Cc Dd", "The A-Team", "123 Main Street Deli", "ß Haus", "l'atelier"]) {
      expect([...initialsOf(name).normalize("NFC")].length).toBeGreaterThanOrEqual(1);
      expect([...initialsOf(name).normalize("NFC")].length).toBeLessThanOrEqual(2);
    }
  });
});

/** WCAG 2 contrast ratio between two sRGB colours written #rrggbb. */
function contrast(a: string, b: string) {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe("badgeColourOf", () => {
  it("gives white initials at least WCAG AA contrast (4.5:1) on every badge colour", () => {
    for (const colour of BADGE_COLOURS) expect(contrast(colour, "#ffffff"), colour).toBeGreaterThanOrEqual(4.5);
  });

  it("is the same colour for the same name, ignoring case and outer spaces", () => {
    expect(badgeColourOf("Bloom & Vine")).toBe(badgeColourOf(" bloom & vine "));
    expect(BADGE_COLOURS).toContain(badgeColourOf("Bloom & Vine"));
  });

  it("spreads names over the palette, so neighbouring cards differ", () => {
    const names = Array.from({ length: 200 }, (_, i) => `Business number ${i}`);
    const used = new Set(names.map(badgeColourOf));
    expect(used.size).toBe(BADGE_COLOURS.length);
  });
});

describe("logoUrl", () => {
  it("points at the WebP file of the size asked for", () => {
    expect(logoUrl("cbiz123/0123456789abcdef", "card")).toBe(`/logos/cbiz123/0123456789abcdef/${LOGO_SIZES.card}.webp`);
    expect(logoUrl("cbiz123/0123456789abcdef", "profile")).toBe("/logos/cbiz123/0123456789abcdef/256.webp");
  });

  it("is null without a logo", () => {
    expect(logoUrl(null, "card")).toBeNull();
    expect(logoUrl(undefined, "profile")).toBeNull();
    expect(logoUrl("", "card")).toBeNull();
  });
});
