import { describe, expect, it } from "vitest";
import { z } from "zod";
import { businessFormSchema } from "#app/domain/business-schema";
import { toCsv, toExportRow, toJsonLines } from "#app/domain/export-format";
import { normaliseImportRow } from "#app/domain/import-normalise";
import { parseImportText } from "#app/domain/import-parse";
import { clipText, normaliseTag, parseTagText } from "#app/domain/tags";
import { categorySlugOf } from "#app/domain/taxonomy";
import { cleanText, findDirectionControl } from "#app/domain/text";
import { textField } from "#app/domain/text-field";

const NUL = "\u0000";
const ESC = "\u001b";
const RLO = "\u202e";
const family = "👩\u200d👩\u200d👧"; // three emoji joined by zero-width joiners
const decomposed = "Cafe\u0301"; // e + combining acute accent

describe("cleanText", () => {
  it("removes NUL, ESC, DEL, C1 controls, a byte-order mark and lone surrogates", () => {
    expect(cleanText(`Bloom${NUL} & Vine`)).toBe("Bloom & Vine");
    expect(cleanText(`${ESC}[31mRed${ESC}[0m Roses`)).toBe("[31mRed[0m Roses");
    expect(cleanText("a\u007fb\u0085c\u009bd\ufeffe")).toBe("ab c" + "de");
    expect(cleanText("half \ud83d an emoji")).toBe("half  an emoji");
  });

  it("removes direction overrides, embeddings and isolates", () => {
    expect(cleanText(`${RLO}gpj.exe\u202c \u2066x\u2069 \u202ay\u202b`)).toBe("gpj.exe x y");
  });

  it("keeps letters of every script, accents, emoji with their joiners, ZWNJ and direction marks", () => {
    for (const text of [
      "Blüte Café",
      decomposed,
      "Ünïcödé ñ ø ß",
      "花屋 さくら",
      "مطعم\u200f السلام",
      "می\u200cخواهم",
      family,
      "🏳️‍🌈 ❤️",
      "🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}",
    ]) {
      expect(cleanText(text)).toBe(text);
    }
  });

  it("keeps line breaks (as \\n) and tabs only in several-line text", () => {
    const pasted = "Line one\r\nLine two\rLine\tthree\u2028four";
    expect(cleanText(pasted, { multiline: true })).toBe("Line one\nLine two\nLine\tthree\nfour");
    expect(cleanText(pasted)).toBe("Line one Line two Line three four");
  });
});

describe("findDirectionControl", () => {
  it("names the first direction control, and nothing in ordinary text", () => {
    expect(findDirectionControl(`abc${RLO}def`)).toBe("U+202E");
    expect(findDirectionControl("a\u2067b")).toBe("U+2067");
    expect(findDirectionControl(`Café ${family} מרכז\u200e`)).toBeNull();
  });
});

describe("textField", () => {
  const Name = textField(z.string().trim().min(2, "Too short"), { label: "Name" });

  it("refuses a direction control with one message naming the field and the character", () => {
    const result = Name.safeParse(`${RLO}x`);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "Name contains a hidden character that changes the direction of the text (U+202E). Delete it, or type the text again instead of pasting it.",
    ]);
  });

  it("removes invisible controls before the field's own checks", () => {
    expect(Name.parse(`  Bl${NUL}oom${ESC} `)).toBe("Bloom");
    expect(Name.safeParse(`${NUL}${NUL}a`).error?.issues[0]?.message).toBe("Too short");
  });
});

describe("the business form", () => {
  const BusinessFormSchema = businessFormSchema(categorySlugOf);
  const form = {
    name: "Bloom & Vine",
    niche: "Garden-style wedding flowers for small venues",
    primaryCategory: "florists",
    offerings: "bridal bouquets",
    place: "Portland, OR, US",
    radiusKm: "30",
  };
  const fieldErrors = (values: Record<string, string>) => {
    const result = BusinessFormSchema.safeParse({ ...form, ...values });
    return result.success ? {} : result.error.flatten().fieldErrors;
  };

  it("refuses a name, niche, description or tag list with a direction control, next to that field", () => {
    for (const field of ["name", "niche", "description", "offerings", "offersToPartners", "website", "place"]) {
      const errors = fieldErrors({ [field]: `Bloom ${RLO}eniV & moolB` });
      expect(errors[field as keyof typeof errors]?.[0], field).toMatch(/hidden character that changes the direction/);
    }
  });

  it("strips NUL and ESC everywhere, keeps line breaks in the description only, and keeps é and emoji", () => {
    const result = BusinessFormSchema.parse({
      ...form,
      name: `Bl${NUL}üte ${ESC}Café 🌸`,
      niche: "Garden-style\nwedding flowers\tfor small venues",
      description: `We grow our own.${NUL}\r\nSince 1999 ${family}\tand counting.`,
      offerings: `bridal${ESC} bouquets\ncentre${NUL}pieces`,
    });
    expect(result.name).toBe("Blüte Café 🌸");
    expect(result.niche).toBe("Garden-style wedding flowers for small venues");
    expect(result.description).toBe(`We grow our own.\nSince 1999 ${family}\tand counting.`);
    expect(result.offerings).toEqual(["bridal bouquets", "centrepieces"]);
  });

  it("leaves passwords alone: no text rule applies to them", async () => {
    const { LoginSchema } = await import("#app/domain/auth-schema");
    const password = `${RLO} pass${NUL}word ${ESC} `;
    expect(LoginSchema.parse({ email: "a@example.com", password }).password).toBe(password);
  });
});

describe("tags and search text", () => {
  it("drop control characters", () => {
    expect(normaliseTag(`Wedding${NUL} ${RLO}Photography`)).toBe("wedding photography");
    expect(parseTagText(`a${ESC}b, ${family}`)).toEqual(["ab", family]);
    expect(clipText(`  flor${NUL}ist ${RLO}near\nme `, 100)).toBe("florist near me");
  });
});

describe("imported rows", () => {
  it("refuse a direction control with a problem on its column", () => {
    const result = normaliseImportRow({ name: "Bloom & Vine", categories: "Florists", city: `Port${RLO}land` }, 7);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      { line: 7, field: "city", message: expect.stringMatching(/hidden character .* \(U\+202E\)/) },
    ]);
  });

  it("drop invisible controls, keeping line breaks in the description only", () => {
    const result = normaliseImportRow(
      {
        name: `Bl${NUL}üte ${ESC}🌸`,
        categories: "Florists",
        city: `Port${ESC}land`,
        description: `One${NUL}\r\ntwo ${family}`,
        offerings: [`bridal${ESC} bouquets`, `centre${NUL}pieces`],
      },
      2,
    );
    expect(result.ok && result.row).toMatchObject({
      name: "Blüte 🌸",
      city: "Portland",
      description: `One\ntwo ${family}`,
      offerings: ["bridal bouquets", "centrepieces"],
    });
  });
});

describe("the export", () => {
  const stored = {
    name: `Bloom${NUL} ${RLO}& Vine`,
    niche: `Garden-style${ESC} wedding flowers`,
    primaryCategory: "florist",
    secondaryCategories: [],
    city: "Portland",
    region: "OR",
    country: "US",
    lat: 45.52,
    lng: -122.68,
    website: null,
    description: `One${NUL}\r\ntwo\u2066 ${family}`,
    offerings: [`bridal${ESC} bouquets`],
    targetCustomers: [],
    customerProblems: [],
    capacity: "none",
    inferredFields: [],
  };
  // eslint-disable-next-line no-control-regex -- what must not appear
  const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it("never writes a control character, even one stored before the rule, and imports again", () => {
    const csv = toCsv([toExportRow(stored, "M-1")]);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(CONTROL);
    const jsonl = toJsonLines([toExportRow(stored, "M-1")]).trimEnd();
    expect(jsonl).not.toMatch(CONTROL);
    expect(jsonl).not.toContain("\\u00"); // no escaped NUL or ESC either
    const [record] = parseImportText(csv, "csv").records;
    const result = normaliseImportRow(record!.values, record!.line);
    expect(result.ok && result.row).toMatchObject({
      name: "Bloom & Vine",
      niche: "Garden-style wedding flowers",
      description: `One\ntwo ${family}`,
    });
  });
});
