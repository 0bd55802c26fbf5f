import { LAW_SPECIALTIES } from "./taxonomy-data";

/**
 * How far a trade can really serve a customer. "Serves customers remotely" on a profile means
 * something only for trades whose work travels: a web designer in Bristol can build a Portland
 * florist's site, a magician in Denver cannot play a Portland wedding. Pure data and one lookup;
 * docs/decisions/029-ranking-with-contact-spheres.md.
 *
 * - "online": the work is delivered over the internet and crosses borders (design, software,
 *   marketing, coaching, translation).
 * - "national": remote, but licensed or regulated per country (accounting, tax, law, insurance,
 *   lending, financial advice, counselling): it never crosses a country.
 * - "local" (every trade not listed): on site or in person; serving remotely does not lift it
 *   beyond its service area.
 */
export type TradeReach = "online" | "national" | "local";

const ONLINE_TRADES = [
  "web-designer",
  "seo-agency",
  "graphic-designer",
  "marketing-agency",
  "copywriter",
  "public-relations-firm",
  "virtual-assistant",
  "business-consultant",
  "career-coach",
  "life-coach",
  "corporate-training-provider",
  "translation-service",
  "software-developer",
  "app-developer",
  "ecommerce-developer",
  "crm-consultant",
  "data-ai-consultant",
  "cybersecurity-consultant",
  "illustrator-animator",
  "coding-school",
  "language-school",
  "college-admissions-consultant",
  "test-prep-center",
] as const;

const NATIONAL_TRADES = [
  "accountant",
  "bookkeeper",
  "tax-preparer",
  "payroll-service",
  "hr-consultant",
  "financial-advisor",
  "credit-counselor",
  "mortgage-broker",
  "business-lender",
  "bank",
  "merchant-services",
  "business-phone-provider",
  "insurance-agent",
  "life-insurance-agent",
  "health-insurance-broker",
  "business-insurance-broker",
  "auto-insurance-agent",
  "pet-insurance",
  "home-warranty",
  "title-company",
  "general-practice-attorney",
  ...LAW_SPECIALTIES,
  "counselor",
  "nutritionist",
  "travel-agent",
] as const;

const REACH = new Map<string, TradeReach>([
  ...ONLINE_TRADES.map((slug) => [slug, "online"] as const),
  ...NATIONAL_TRADES.map((slug) => [slug, "national"] as const),
]);

/** The reach of a trade (taxonomy slug): "local" unless its work can really be done at a distance. */
function tradeReach(trade: string): TradeReach {
  return REACH.get(trade) ?? "local";
}

/**
 * How far a business can serve: its trade's reach when it says it serves remotely, else "local".
 * A local trade that ticks "serves remotely" stays local.
 */
export function remoteReach(business: { primaryCategory: string; servesRemotely: boolean }): TradeReach {
  return business.servesRemotely ? tradeReach(business.primaryCategory) : "local";
}
