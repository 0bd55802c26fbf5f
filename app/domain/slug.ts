/** URL slugs for public pages: /b/:slug. */
export const SLUG_MIN_LENGTH = 3;
export const SLUG_MAX_LENGTH = 60;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs that would be confusing or collide with words the app may use under /b/. */
const RESERVED_SLUGS = new Set(["new", "edit", "admin", "api", "search", "settings", "account", "login", "signup"]);

export function slugify(text: string): string {
  const base = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const cut = base.slice(0, SLUG_MAX_LENGTH).replace(/-+$/g, "");
  return cut;
}

export type SlugProblem = "too-short" | "too-long" | "format" | "reserved";

export function checkSlug(slug: string): SlugProblem | null {
  if (slug.length < SLUG_MIN_LENGTH) return "too-short";
  if (slug.length > SLUG_MAX_LENGTH) return "too-long";
  if (!SLUG_PATTERN.test(slug)) return "format";
  if (RESERVED_SLUGS.has(slug)) return "reserved";
  return null;
}

export const SLUG_PROBLEM_MESSAGES: Record<SlugProblem, string> = {
  "too-short": `Use at least ${SLUG_MIN_LENGTH} characters`,
  "too-long": `Use at most ${SLUG_MAX_LENGTH} characters`,
  format: "Use lower-case letters, digits and single hyphens (e.g. bloom-and-vine)",
  reserved: "That address is reserved; pick another",
};

/** A free slug derived from `base`: base, base-2, base-3, … given a test for taken ones. */
export function nextFreeSlug(base: string, isTaken: (slug: string) => boolean): string {
  const root = checkSlug(base) === null ? base : slugify(`${base} business`) || "business";
  if (!isTaken(root)) return root;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${root.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/g, "")}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}
