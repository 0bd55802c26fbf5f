import { describe, expect, it } from "vitest";
import { clipText, normaliseTag, normaliseTagList, parseTagText } from "#app/domain/tags";

describe("tags", () => {
  it("treats case and stray spaces as the same tag", () => {
    expect(normaliseTag("Wedding Photography")).toBe("wedding photography");
    expect(normaliseTag("  wedding   photography ")).toBe("wedding photography");
    expect(normaliseTagList(["Wedding Photography", "wedding photography ", "Engagement shoots"])).toEqual([
      "wedding photography",
      "engagement shoots",
    ]);
  });

  it("splits typed text on commas, semicolons and new lines and drops empty entries", () => {
    expect(parseTagText("Bouquets, , centrepieces;\nFuneral flowers,")).toEqual([
      "bouquets",
      "centrepieces",
      "funeral flowers",
    ]);
  });

  it("strips leading and trailing punctuation but keeps inner characters", () => {
    expect(normaliseTag("- Hair & makeup.")).toBe("hair & makeup");
  });

  it("clips typed text without splitting a character", () => {
    expect(clipText("  wedding   flowers ", 100)).toBe("wedding flowers");
    expect(clipText(`${"a".repeat(4)}😀`, 5)).toBe("aaaa");
    expect(clipText(`${"a".repeat(3)}😀`, 5)).toBe("aaa😀");
  });
});
