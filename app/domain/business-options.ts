/**
 * The business profile's fixed option lists, how each value reads, and the field limits. Plain
 * data and lookups with no imports (no Zod, no taxonomy), so a page that only shows a label or
 * fills a select does not ship a schema library to the browser (decision 017).
 * ./business-schema.ts builds the form schema on these.
 */

/** `label` names the kind everywhere; `hint` says it in an owner's words, beside the form's checkbox. */
export const PARTNERSHIP_KINDS = [
  { value: "referral-exchange", label: "Referral exchange", hint: "you send each other customers" },
  { value: "co-marketing", label: "Co-marketing", hint: "you promote each other" },
  { value: "bundled-offer", label: "Bundled offer", hint: "you sell a package together" },
  { value: "overflow", label: "Overflow / subcontracting", hint: "you pass on work you cannot take" },
  { value: "joint-purchasing", label: "Joint purchasing", hint: "you buy supplies together" },
  { value: "reseller", label: "Reseller", hint: "one of you sells the other's products" },
] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number]["value"];

/**
 * `label` describes the business to others (its profile, search filters); `formLabel` is the
 * owner's own words in the form.
 */
export const CAPACITY_STATES = [
  { value: "none", label: "Neither", formLabel: "No change to report" },
  { value: "booked-out", label: "Booked out: can hand off work", formLabel: "I'm booked out and could pass work on" },
  { value: "spare-capacity", label: "Has spare capacity: can take work", formLabel: "I have room for more work" },
] as const;
export type Capacity = (typeof CAPACITY_STATES)[number]["value"];

export const HORIZONS = [
  { value: "either", label: "Either is fine" },
  { value: "one-off", label: "A one-off job" },
  { value: "long-term", label: "A lasting partnership" },
] as const;

export const TEAM_SIZES = [
  { value: "solo", label: "Just me" },
  { value: "2-9", label: "2–9 people" },
  { value: "10-49", label: "10–49 people" },
  { value: "50-249", label: "50–249 people" },
  { value: "250+", label: "250 or more" },
] as const;

export const CONTACT_VISIBILITY = [
  { value: "public", label: "Anyone who visits your page" },
  { value: "members", label: "Only people signed in to Mutualist" },
  { value: "hidden", label: "Nobody: keep them private" },
] as const;
export type ContactVisibility = (typeof CONTACT_VISIBILITY)[number]["value"];

/** "Referral exchange" for "referral-exchange"; a value it does not know, as it is. */
export function partnershipKindLabel(kind: string): string {
  return PARTNERSHIP_KINDS.find((entry) => entry.value === kind)?.label ?? kind;
}

/**
 * How a business's capacity reads to others ("Booked out: can hand off work"); null for "none",
 * which says nothing worth showing. A value it does not know, as it is.
 */
export function capacityLabel(capacity: string): string | null {
  if (capacity === "none") return null;
  return CAPACITY_STATES.find((state) => state.value === capacity)?.label ?? capacity;
}

/** "2–9 people" for "2-9"; null when the business did not say (or said something it does not know). */
export function teamSizeLabel(teamSize: string | null): string | null {
  return TEAM_SIZES.find((size) => size.value === teamSize)?.label ?? null;
}

export const LIMITS = {
  name: { min: 2, max: 100 },
  niche: { min: 10, max: 140 },
  description: 2000,
  website: 200,
  email: 254,
  phone: 30,
  offerings: { min: 1, max: 30 },
  targetCustomers: 20,
  customerProblems: 20,
  secondaryCategories: 3,
  partnerText: 500,
  radiusKm: { min: 1, max: 1000 },
  place: 120,
} as const;
