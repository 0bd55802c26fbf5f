/**
 * The business profile's fixed option lists and field limits. Plain data with no imports (no Zod,
 * no taxonomy), so a page that only shows a label or fills a select does not ship a schema
 * library to the browser (decision 017). ./business-schema.ts builds the form schema on these.
 */

export const PARTNERSHIP_KINDS = [
  { value: "referral-exchange", label: "Referral exchange" },
  { value: "co-marketing", label: "Co-marketing" },
  { value: "bundled-offer", label: "Bundled offer" },
  { value: "overflow", label: "Overflow / subcontracting" },
  { value: "joint-purchasing", label: "Joint purchasing" },
  { value: "reseller", label: "Reseller" },
] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number]["value"];

export const CAPACITY_STATES = [
  { value: "none", label: "Neither" },
  { value: "booked-out", label: "Booked out: can hand off work" },
  { value: "spare-capacity", label: "Has spare capacity: can take work" },
] as const;
export type Capacity = (typeof CAPACITY_STATES)[number]["value"];

export const HORIZONS = [
  { value: "either", label: "Either" },
  { value: "one-off", label: "One-off project" },
  { value: "long-term", label: "Long-term" },
] as const;

export const TEAM_SIZES = [
  { value: "solo", label: "Just me" },
  { value: "2-9", label: "2–9 people" },
  { value: "10-49", label: "10–49 people" },
  { value: "50-249", label: "50–249 people" },
  { value: "250+", label: "250 or more" },
] as const;

export const CONTACT_VISIBILITY = [
  { value: "public", label: "Anyone" },
  { value: "members", label: "Signed-in members only" },
  { value: "hidden", label: "Nobody (hidden)" },
] as const;
export type ContactVisibility = (typeof CONTACT_VISIBILITY)[number]["value"];

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
