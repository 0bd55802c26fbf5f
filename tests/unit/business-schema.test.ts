import { describe, expect, it } from "vitest";
import { businessFormSchema, DETAIL_FIELDS, STEP_ONE_FIELDS } from "#app/domain/business-schema";
import { ChangePasswordSchema, SignUpSchema } from "#app/domain/auth-schema";
import { CATEGORIES, categorySlugOf } from "#app/domain/taxonomy";

/** The schema as the server runs it, with the whole taxonomy behind the category fields. */
const BusinessFormSchema = businessFormSchema(categorySlugOf);

const firstCategory = CATEGORIES[0]!;

function valid(overrides: Record<string, unknown> = {}) {
  return {
    name: "Bloom & Vine",
    niche: "Garden-style wedding flowers for small venues",
    primaryCategory: firstCategory.slug,
    offerings: "Bridal bouquets, Centrepieces",
    place: "Portland, OR, US",
    radiusKm: "25",
    ...overrides,
  };
}

function errorsOf(input: Record<string, unknown>) {
  const result = BusinessFormSchema.safeParse(input);
  if (result.success) return {};
  return result.error.flatten().fieldErrors as Record<string, string[] | undefined>;
}

describe("business form schema", () => {
  it("takes step 1's answers alone as a whole profile, the rest at its defaults", () => {
    const stepOne = valid({ targetCustomers: "engaged couples", customerProblems: "", servesRemotely: undefined });
    expect(Object.keys(stepOne).every((key) => (STEP_ONE_FIELDS as readonly string[]).includes(key))).toBe(true);
    expect(BusinessFormSchema.parse(stepOne)).toMatchObject({
      capacity: "none",
      horizon: "either",
      contactVisibility: "members",
      partnershipKinds: [],
      secondaryCategories: [],
      servesRemotely: false,
    });
    // The two steps between them ask every field of the form, each once.
    const asked = [...STEP_ONE_FIELDS, ...DETAIL_FIELDS].sort();
    expect(asked).toEqual([...new Set(asked)]);
    expect(asked).toEqual(Object.keys(BusinessFormSchema.innerType().shape).sort());
  });

  it("accepts a complete profile and normalises its tags", () => {
    const result = BusinessFormSchema.parse(valid({ offerings: "Bridal Bouquets, bridal bouquets , Centrepieces" }));
    expect(result.offerings).toEqual(["bridal bouquets", "centrepieces"]);
    expect(result.primaryCategory).toBe(firstCategory.slug);
  });

  it("accepts a category by its name or an alias", () => {
    expect(BusinessFormSchema.parse(valid({ primaryCategory: firstCategory.name })).primaryCategory).toBe(
      firstCategory.slug,
    );
    const alias = firstCategory.aliases[0]!;
    expect(BusinessFormSchema.parse(valid({ primaryCategory: alias.toUpperCase() })).primaryCategory).toBe(
      firstCategory.slug,
    );
  });

  it("explains each bad field", () => {
    const errors = errorsOf(
      valid({
        name: "A",
        niche: "short",
        primaryCategory: "not a category",
        offerings: "",
        website: "not a url",
        contactEmail: "nope",
        contactPhone: "call me",
        yearFounded: "3000",
      }),
    );
    expect(errors.name?.[0]).toMatch(/at least 2/);
    expect(errors.niche?.[0]).toMatch(/at least 10/);
    expect(errors.primaryCategory?.[0]).toMatch(/from the list/);
    expect(errors.offerings?.[0]).toMatch(/at least one/);
    expect(errors.website?.[0]).toMatch(/web address/);
    expect(errors.contactEmail?.[0]).toMatch(/email/);
    expect(errors.contactPhone?.[0]).toMatch(/digits/);
    expect(errors.yearFounded?.[0]).toMatch(/no later than/);
  });

  it("limits list sizes and lengths", () => {
    const many = Array.from({ length: 31 }, (_, i) => `service ${i}`).join(", ");
    expect(errorsOf(valid({ offerings: many })).offerings?.[0]).toMatch(/at most 30/);
    expect(errorsOf(valid({ offerings: "x".repeat(61) })).offerings?.[0]).toMatch(/at most 60 characters/);
    expect(errorsOf(valid({ description: "x".repeat(2001) })).description?.[0]).toMatch(/2000/);
    const four = CATEGORIES.slice(1, 5).map((c) => c.slug);
    expect(errorsOf(valid({ secondaryCategories: four })).secondaryCategories?.[0]).toMatch(/at most 3/);
  });

  it("needs a radius unless the business serves remotely", () => {
    expect(errorsOf(valid({ radiusKm: undefined })).radiusKm?.[0]).toMatch(/how far/);
    expect(errorsOf(valid({ radiusKm: undefined, servesRemotely: true })).radiusKm).toBeUndefined();
    expect(errorsOf(valid({ radiusKm: "5000" })).radiusKm?.[0]).toMatch(/at most 1000/);
  });

  it("refuses the primary category again as a secondary one", () => {
    expect(errorsOf(valid({ secondaryCategories: [firstCategory.slug] })).secondaryCategories?.[0]).toMatch(
      /already chosen/,
    );
  });

  it("in the browser, leaves a label it cannot tell to the server and refuses one the server said names nothing", () => {
    // The browser knows the category names and the labels it has asked the server about.
    const answers = new Map<string, string | null>([
      ["flower shop", "florist"],
      ["flowr shop", null],
    ]);
    const browser = businessFormSchema((label) =>
      label === firstCategory.name ? firstCategory.slug : answers.get(label.toLowerCase()),
    );
    const errors = (input: Record<string, unknown>) =>
      browser.safeParse(valid(input)).error?.flatten().fieldErrors as Record<string, string[] | undefined> | undefined;
    expect(browser.parse(valid({ primaryCategory: firstCategory.name })).primaryCategory).toBe(firstCategory.slug);
    expect(browser.parse(valid({ primaryCategory: "Flower shop" })).primaryCategory).toBe("florist");
    // Not asked yet: the server decides.
    expect(browser.parse(valid({ primaryCategory: "realtor" })).primaryCategory).toBe("realtor");
    expect(errors({ primaryCategory: "flowr shop" })?.primaryCategory?.[0]).toMatch(/from the list/);
    expect(errors({ secondaryCategories: ["flowr shop"] })?.secondaryCategories?.[0]).toMatch(
      /“flowr shop” is not one/,
    );
  });

  it("adds https:// to a bare website", () => {
    expect(BusinessFormSchema.parse(valid({ website: "bloom.example.com" })).website).toBe("https://bloom.example.com");
  });
});

describe("account schemas", () => {
  it("states the password rule and refuses the email as password", () => {
    const short = SignUpSchema.safeParse({ email: "a@b.co", password: "short" });
    expect(short.success).toBe(false);
    expect(short.error?.flatten().fieldErrors.password?.[0]).toMatch(/at least 10/);
    const same = SignUpSchema.safeParse({ email: "owner@example.com", password: "owner@example.com" });
    expect(same.error?.flatten().fieldErrors.password?.[0]).toMatch(/email/);
  });

  it("needs the new password twice", () => {
    const result = ChangePasswordSchema.safeParse({
      currentPassword: "x",
      newPassword: "a long passphrase",
      confirmPassword: "another",
    });
    expect(result.error?.flatten().fieldErrors.confirmPassword?.[0]).toMatch(/differ/);
  });
});
