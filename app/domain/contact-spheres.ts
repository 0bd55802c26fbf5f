/**
 * Contact spheres: the circles of trades that serve the same client without competing, as
 * networking organisations publish them (BNI "contact spheres" / "power teams", chamber of commerce
 * referral-group guides). Pure data plus two lookups; nothing here reads the evaluation files.
 * Sources and grading: docs/decisions/027-contact-spheres.md.
 *
 * Each sphere lists its member trades (taxonomy slugs) and, per member, the trades it refers to
 * and from, graded from that member's point of view:
 * - "core": the 3–6 trades a networking organisation names as this trade's core referral partners;
 * - "often": regular partners within the sphere;
 * - "sometimes": occasional partners.
 * A trade can belong to several spheres (a florist to weddings, gifts and funerals); in a sphere
 * that is not its main one it may name few or no core partners, so that its core partners across
 * all spheres stay the 3–8 trades that matter most. Partner lists are written as space-separated
 * slugs to keep the table readable.
 */
import type { CategoryGroup } from "./taxonomy-data";

export type PartnerStrength = "core" | "often" | "sometimes";

export interface SphereMember {
  core: readonly string[];
  often: readonly string[];
  sometimes: readonly string[];
}

export interface ContactSphere {
  /** kebab-case, e.g. "weddings" */
  slug: string;
  /** "Weddings" */
  label: string;
  /** The taxonomy groups whose trades make up most of this sphere. */
  groups: readonly CategoryGroup[];
  /** Member trade slug → its partners in this sphere, graded. */
  members: Readonly<Record<string, SphereMember>>;
}

/** One member's partners: space-separated slugs per grade. */
function partners(core: string, often = "", sometimes = ""): SphereMember {
  const list = (slugs: string) => slugs.split(/\s+/).filter(Boolean);
  return { core: list(core), often: list(often), sometimes: list(sometimes) };
}

export const CONTACT_SPHERES: readonly ContactSphere[] = [
  {
    slug: "weddings",
    label: "Weddings",
    groups: ["events-weddings", "personal-care", "creative", "food"],
    members: {
      "wedding-planner": partners(
        "event-venue florist wedding-photographer caterer dj",
        "wedding-videographer cake-designer bridal-shop officiant makeup-artist event-decorator",
        "stationer limo-service party-rental photo-booth-rental hair-salon jeweler travel-agent",
      ),
      florist: partners(
        "wedding-planner wedding-photographer event-venue caterer event-decorator",
        "bridal-shop cake-designer stationer event-planner",
        "party-rental limo-service makeup-artist",
      ),
      "wedding-photographer": partners(
        "wedding-planner event-venue florist wedding-videographer makeup-artist",
        "dj caterer bridal-shop hair-salon officiant",
        "limo-service photo-booth-rental jeweler",
      ),
      "wedding-videographer": partners(
        "wedding-planner wedding-photographer event-venue dj",
        "florist makeup-artist officiant",
        "live-musician",
      ),
      caterer: partners(
        "wedding-planner event-venue party-rental cake-designer mobile-bartender",
        "florist dj event-decorator",
        "valet-service",
      ),
      dj: partners(
        "wedding-planner event-venue event-lighting-av wedding-photographer",
        "photo-booth-rental caterer wedding-videographer",
        "limo-service dance-studio",
      ),
      "live-musician": partners(
        "wedding-planner event-venue event-lighting-av officiant",
        "caterer wedding-videographer",
        "recording-studio",
      ),
      "event-venue": partners(
        "wedding-planner caterer florist dj event-planner",
        "wedding-photographer party-rental event-lighting-av valet-service",
        "limo-service officiant",
      ),
      "bridal-shop": partners(
        "wedding-planner tailor makeup-artist hair-salon wedding-photographer",
        "jeweler formal-wear-rental florist",
        "spray-tan-salon",
      ),
      "formal-wear-rental": partners(
        "bridal-shop wedding-planner tailor",
        "wedding-photographer limo-service",
        "barber",
      ),
      "cake-designer": partners("wedding-planner caterer event-venue florist", "event-decorator", "party-rental"),
      officiant: partners("wedding-planner event-venue wedding-photographer", "florist live-musician", "funeral-home"),
      stationer: partners("wedding-planner calligrapher florist", "wedding-photographer event-venue", "print-shop"),
      calligrapher: partners("stationer wedding-planner event-decorator", "florist", "event-venue"),
      jeweler: partners(
        "bridal-shop wedding-planner wedding-photographer",
        "formal-wear-rental",
        "portrait-photographer",
      ),
      "makeup-artist": partners(
        "hair-salon wedding-photographer bridal-shop wedding-planner",
        "spray-tan-salon lash-brow-studio esthetician",
      ),
      "hair-salon": partners("makeup-artist bridal-shop wedding-planner", "wedding-photographer lash-brow-studio"),
      tailor: partners("bridal-shop formal-wear-rental wedding-planner", "personal-stylist menswear-store"),
      "spray-tan-salon": partners("makeup-artist hair-salon bridal-shop", "lash-brow-studio"),
      "limo-service": partners("wedding-planner event-venue wedding-photographer", "event-planner", "florist"),
      winery: partners("wedding-planner caterer wedding-photographer", "florist limo-service"),
      "fashion-designer": partners("bridal-shop tailor personal-stylist", "makeup-artist wedding-photographer"),
      "dance-studio": partners("wedding-planner dj event-venue", "bridal-shop"),
      inn: partners("wedding-planner event-venue", "florist caterer officiant", "wedding-photographer"),
      // Honeymoons and destination weddings: wedding directories list travel specialists as vendors.
      "travel-agent": partners("wedding-planner bridal-shop jeweler", "event-venue officiant"),
    },
  },
  {
    slug: "parties-and-events",
    label: "Parties & private events",
    groups: ["events-weddings", "food"],
    members: {
      "event-planner": partners(
        "event-venue caterer party-rental event-decorator dj event-lighting-av",
        "photo-booth-rental florist mobile-bartender balloon-decorator",
        "magician valet-service security-guard-service",
      ),
      "party-rental": partners(
        "event-planner caterer event-venue event-decorator",
        "event-lighting-av balloon-decorator",
        "food-truck",
      ),
      "party-bus": partners("event-planner event-venue bar", "dj brewery", "winery"),
      "photo-booth-rental": partners("event-planner dj event-venue", "wedding-planner party-rental"),
      "event-lighting-av": partners("event-planner event-venue dj live-musician", "party-rental event-decorator"),
      "event-decorator": partners("event-planner florist party-rental event-venue", "event-lighting-av calligrapher"),
      "balloon-decorator": partners("event-planner party-supply-store party-rental kids-party-entertainer", "bakery"),
      magician: partners("event-planner event-venue party-rental", "dj"),
      "kids-party-entertainer": partners(
        "party-rental balloon-decorator party-supply-store event-planner",
        "bakery cake-designer",
        "ice-cream-shop",
      ),
      "party-supply-store": partners(
        "balloon-decorator party-rental kids-party-entertainer",
        "bakery event-planner",
        "liquor-store",
      ),
      "mobile-bartender": partners(
        "event-planner caterer event-venue party-rental",
        "liquor-store wedding-planner",
        "distillery",
      ),
      "grazing-table-caterer": partners("event-planner event-venue party-rental", "florist mobile-bartender"),
      "valet-service": partners("event-venue event-planner wedding-planner", "security-guard-service caterer"),
      "food-truck": partners("event-planner event-venue brewery", "party-rental"),
      "ice-cream-shop": partners("bakery event-planner kids-party-entertainer", "party-rental"),
      "liquor-store": partners("mobile-bartender party-supply-store event-planner", "caterer"),
      "family-entertainment-center": partners(
        "kids-party-entertainer party-supply-store balloon-decorator bakery",
        "event-planner cake-designer photo-booth-rental",
        "food-truck",
      ),
    },
  },
  {
    slug: "corporate-events",
    label: "Corporate events & conferences",
    groups: ["events-weddings", "business-services"],
    members: {
      "event-planner": partners(
        "event-venue caterer event-lighting-av promotional-products-supplier",
        "print-shop security-guard-service",
        "valet-service",
      ),
      "promotional-products-supplier": partners(
        "marketing-agency event-planner print-shop graphic-designer",
        "sign-maker",
      ),
      "custom-apparel-printer": partners("graphic-designer print-shop marketing-agency", "sign-maker event-planner"),
      "gift-basket-maker": partners(
        "real-estate-agent event-planner chocolatier",
        "winery florist",
        "gourmet-food-shop",
      ),
      "security-guard-service": partners(
        "event-planner event-venue commercial-real-estate-broker property-manager",
        "home-security-company",
      ),
      "coffee-shop": partners("bakery coworking-space event-planner", "bookstore"),
    },
  },
  {
    slug: "buying-and-selling-a-home",
    label: "Real estate & home buying",
    groups: ["real-estate", "home", "business-services"],
    members: {
      "real-estate-agent": partners(
        "mortgage-broker home-inspector title-company real-estate-attorney mover insurance-agent",
        "home-stager real-estate-photographer real-estate-appraiser handyman house-cleaner",
        "pest-control home-warranty landscaper painter junk-removal gift-basket-maker plumber electrician",
      ),
      "mortgage-broker": partners(
        "real-estate-agent title-company real-estate-appraiser insurance-agent",
        "home-inspector real-estate-attorney financial-advisor credit-counselor",
        "home-builder",
      ),
      "home-inspector": partners(
        "real-estate-agent pest-control radon-mitigation mortgage-broker",
        "roofer hvac-contractor foundation-waterproofing-contractor mold-remediation septic-contractor",
        "chimney-sweep electrician plumber",
      ),
      "real-estate-appraiser": partners(
        "mortgage-broker real-estate-agent bank",
        "estate-planning-attorney real-estate-attorney",
      ),
      "title-company": partners(
        "real-estate-agent mortgage-broker real-estate-attorney notary",
        "land-surveyor",
        "courier-service",
      ),
      "real-estate-attorney": partners(
        "real-estate-agent title-company mortgage-broker",
        "estate-planning-attorney notary land-surveyor",
      ),
      // Also a member of the financial advisers' team (CPA, planner, banker, estate attorney).
      "insurance-agent": partners(
        "real-estate-agent mortgage-broker financial-advisor",
        "accountant bank estate-planning-attorney auto-body-shop home-security-company damage-restoration",
        "roofer",
      ),
      "home-warranty": partners(
        "real-estate-agent home-inspector title-company",
        "hvac-contractor appliance-repair plumber",
      ),
      // Loan signings, and the documents immigration and court work need notarised and delivered.
      notary: partners(
        "title-company real-estate-attorney mortgage-broker estate-planning-attorney",
        "translation-service immigration-attorney legal-support-service courier-service",
        "family-law-attorney tax-preparer",
      ),
      "credit-counselor": partners("mortgage-broker bankruptcy-attorney financial-advisor", "real-estate-agent"),
      "home-builder": partners(
        "real-estate-agent mortgage-broker architect land-surveyor",
        "excavation-contractor interior-designer",
      ),
      "land-surveyor": partners(
        "title-company real-estate-attorney home-builder excavation-contractor",
        "architect fence-contractor",
      ),
      "radon-mitigation": partners("home-inspector real-estate-agent foundation-waterproofing-contractor"),
      "pest-control": partners("home-inspector real-estate-agent property-manager", "wildlife-removal"),
      "cash-home-buyer": partners(
        "estate-planning-attorney estate-sale-company junk-removal",
        "real-estate-attorney bankruptcy-attorney",
      ),
      "home-stager": partners(
        "real-estate-agent real-estate-photographer interior-designer painter",
        "house-cleaner furniture-store self-storage",
      ),
      "real-estate-photographer": partners("real-estate-agent home-stager property-manager", "drone-service"),
      "drone-service": partners("real-estate-agent real-estate-photographer home-builder", "marketing-agency"),
      // Listing, move-out and move-in cleans: cleaners are part of a sale's team.
      "house-cleaner": partners(
        "real-estate-agent property-manager home-stager mover",
        "professional-organizer junk-removal",
        "pest-control",
      ),
      "carpet-cleaner": partners(
        "real-estate-agent property-manager home-stager",
        "damage-restoration flooring-contractor",
        "pest-control",
      ),
    },
  },
  {
    slug: "renting-and-property-management",
    label: "Rentals & property management",
    groups: ["real-estate", "home"],
    members: {
      "property-manager": partners(
        "real-estate-agent handyman house-cleaner insurance-agent real-estate-attorney",
        "pest-control locksmith appliance-repair carpet-cleaner plumber",
        "lawn-care snow-removal",
      ),
      "apartment-community": partners("mover property-manager self-storage", "furniture-store insurance-agent"),
      locksmith: partners("property-manager real-estate-agent home-security-company", "garage-door-company"),
      "appliance-repair": partners("property-manager appliance-store home-warranty", "plumber electrician"),
    },
  },
  {
    slug: "moving-and-relocation",
    label: "Moving & relocation",
    groups: ["real-estate", "home"],
    members: {
      mover: partners(
        "real-estate-agent self-storage junk-removal house-cleaner",
        "senior-move-manager professional-organizer apartment-community",
        "pet-transport car-rental",
      ),
      "self-storage": partners("mover junk-removal real-estate-agent", "professional-organizer home-stager"),
      "junk-removal": partners("mover real-estate-agent professional-organizer estate-sale-company", "self-storage"),
      "house-cleaner": partners("real-estate-agent property-manager mover carpet-cleaner", "window-cleaner"),
      "carpet-cleaner": partners(
        "house-cleaner property-manager real-estate-agent",
        "flooring-contractor damage-restoration",
      ),
      "pet-transport": partners("mover veterinarian pet-boarding", "real-estate-agent"),
      "professional-organizer": partners(
        "junk-removal mover custom-closet-company",
        "self-storage home-stager estate-sale-company",
      ),
    },
  },
  {
    slug: "senior-care",
    label: "Senior care & downsizing",
    groups: ["health-wellness", "real-estate", "business-services"],
    members: {
      "senior-move-manager": partners(
        "real-estate-agent mover estate-sale-company assisted-living estate-planning-attorney",
        "home-health-care junk-removal",
      ),
      "estate-sale-company": partners(
        "estate-planning-attorney senior-move-manager real-estate-agent junk-removal",
        "antique-store consignment-store",
      ),
      "assisted-living": partners(
        "senior-move-manager estate-planning-attorney hearing-aid-provider",
        "pharmacy financial-advisor",
      ),
      "home-health-care": partners(
        "physical-therapist family-doctor medical-supply-store",
        "pharmacy estate-planning-attorney kitchen-bath-remodeler",
      ),
      "hearing-aid-provider": partners("family-doctor assisted-living home-health-care", "optometrist"),
      "medical-supply-store": partners("home-health-care physical-therapist pharmacy", "assisted-living"),
      "estate-planning-attorney": partners(
        "financial-advisor accountant life-insurance-agent senior-move-manager",
        "real-estate-agent assisted-living",
      ),
    },
  },
  {
    slug: "home-improvement-and-construction",
    label: "Home improvement & construction",
    groups: ["home"],
    members: {
      "general-contractor": partners(
        "architect electrician plumber hvac-contractor",
        "roofer flooring-contractor drywall-contractor painter cabinet-maker dumpster-rental",
        "interior-designer excavation-contractor",
      ),
      architect: partners("general-contractor home-builder interior-designer land-surveyor", "kitchen-bath-remodeler"),
      // Realtors, property managers and inspectors are the repair trades' steadiest source of jobs.
      plumber: partners(
        "general-contractor electrician hvac-contractor kitchen-bath-remodeler real-estate-agent",
        "property-manager home-inspector damage-restoration water-treatment-specialist septic-contractor",
        "countertop-installer",
      ),
      "water-heater-specialist": partners(
        "hvac-contractor electrician general-contractor",
        "water-treatment-specialist",
      ),
      "water-treatment-specialist": partners("plumber home-inspector water-heater-specialist", "septic-contractor"),
      electrician: partners(
        "general-contractor plumber hvac-contractor solar-installer",
        "real-estate-agent property-manager home-inspector home-security-company home-theater-installer",
        "handyman lighting-store",
      ),
      "hvac-contractor": partners(
        "electrician plumber air-duct-cleaner insulation-contractor",
        "general-contractor home-inspector real-estate-agent property-manager solar-installer",
      ),
      "air-duct-cleaner": partners("hvac-contractor carpet-cleaner house-cleaner", "mold-remediation chimney-sweep"),
      "chimney-sweep": partners("home-inspector roofer hvac-contractor", "concrete-masonry-contractor"),
      roofer: partners(
        "gutter-contractor siding-contractor general-contractor insurance-agent",
        "home-inspector real-estate-agent damage-restoration solar-installer window-door-installer",
      ),
      painter: partners(
        "general-contractor drywall-contractor real-estate-agent interior-designer",
        "pressure-washer flooring-contractor",
      ),
      "flooring-contractor": partners(
        "general-contractor kitchen-bath-remodeler interior-designer",
        "painter carpet-cleaner",
      ),
      "kitchen-bath-remodeler": partners(
        "cabinet-maker countertop-installer plumber electrician",
        "flooring-contractor interior-designer appliance-store lighting-store",
      ),
      "cabinet-maker": partners("kitchen-bath-remodeler countertop-installer general-contractor", "interior-designer"),
      "countertop-installer": partners("cabinet-maker kitchen-bath-remodeler plumber", "general-contractor"),
      carpenter: partners("cabinet-maker deck-builder painter", "interior-designer"),
      "drywall-contractor": partners(
        "general-contractor painter insulation-contractor electrician",
        "damage-restoration",
      ),
      "insulation-contractor": partners("hvac-contractor drywall-contractor solar-installer", "window-door-installer"),
      "window-door-installer": partners(
        "siding-contractor general-contractor insulation-contractor",
        "window-treatment-specialist",
      ),
      "siding-contractor": partners("roofer gutter-contractor window-door-installer painter"),
      "gutter-contractor": partners("roofer siding-contractor pressure-washer", "foundation-waterproofing-contractor"),
      "garage-door-company": partners("general-contractor electrician home-security-company", "locksmith"),
      "dumpster-rental": partners("general-contractor roofer excavation-contractor", "home-builder"),
      "excavation-contractor": partners("home-builder septic-contractor concrete-masonry-contractor land-surveyor"),
      "septic-contractor": partners("home-inspector plumber excavation-contractor"),
      "glass-mirror-company": partners(
        "general-contractor kitchen-bath-remodeler interior-designer",
        "custom-framing-shop",
      ),
      "foundation-waterproofing-contractor": partners(
        "home-inspector general-contractor mold-remediation",
        "gutter-contractor concrete-masonry-contractor",
      ),
      handyman: partners("real-estate-agent property-manager painter", "electrician plumber"),
      "home-security-company": partners(
        "electrician locksmith real-estate-agent",
        "insurance-agent home-theater-installer",
      ),
      "hardware-store": partners("handyman general-contractor painter", "plumber"),
      "wildlife-removal": partners("pest-control roofer insulation-contractor"),
    },
  },
  {
    slug: "home-energy",
    label: "Home energy efficiency",
    groups: ["home"],
    members: {
      "solar-installer": partners("electrician roofer insulation-contractor", "hvac-contractor window-film-installer"),
      "window-film-installer": partners(
        "window-door-installer window-treatment-specialist solar-installer",
        "home-security-company",
      ),
      "insulation-contractor": partners("hvac-contractor solar-installer window-door-installer"),
    },
  },
  {
    slug: "outdoor-and-landscaping",
    label: "Yards, gardens & outdoor living",
    groups: ["home", "retail"],
    members: {
      landscaper: partners(
        "irrigation-contractor tree-service fence-contractor concrete-masonry-contractor",
        "pool-builder deck-builder garden-center",
        "real-estate-agent",
      ),
      "lawn-care": partners("irrigation-contractor tree-service pest-control", "snow-removal pet-waste-removal"),
      "irrigation-contractor": partners("landscaper lawn-care pool-builder"),
      "tree-service": partners("landscaper lawn-care roofer", "insurance-agent"),
      "pool-service": partners("pool-builder landscaper fence-contractor", "electrician"),
      "pool-builder": partners(
        "landscaper concrete-masonry-contractor fence-contractor pool-service",
        "deck-builder excavation-contractor",
      ),
      "fence-contractor": partners("landscaper deck-builder pool-builder", "land-surveyor"),
      "concrete-masonry-contractor": partners("landscaper general-contractor pool-builder", "excavation-contractor"),
      "paving-contractor": partners("excavation-contractor landscaper snow-removal", "property-manager"),
      "deck-builder": partners("landscaper fence-contractor pool-builder carpenter"),
      "snow-removal": partners("lawn-care paving-contractor property-manager"),
      "pressure-washer": partners("gutter-contractor painter deck-builder", "house-cleaner"),
      "window-cleaner": partners("gutter-contractor house-cleaner commercial-cleaner", "painter"),
      "garden-center": partners("landscaper lawn-care irrigation-contractor"),
    },
  },
  {
    slug: "home-damage-and-restoration",
    label: "Home damage & restoration",
    groups: ["home"],
    members: {
      "damage-restoration": partners(
        "insurance-agent plumber roofer carpet-cleaner",
        "drywall-contractor general-contractor",
        "tree-service",
      ),
      "mold-remediation": partners("home-inspector air-duct-cleaner foundation-waterproofing-contractor", "plumber"),
    },
  },
  {
    slug: "interiors-and-furnishing",
    label: "Interiors & furnishing",
    groups: ["home", "retail", "creative"],
    members: {
      "interior-designer": partners(
        "general-contractor architect furniture-store window-treatment-specialist",
        "flooring-contractor lighting-store home-decor-store art-gallery custom-framing-shop",
        "home-stager",
      ),
      "window-treatment-specialist": partners("interior-designer home-decor-store window-door-installer"),
      "furniture-store": partners("interior-designer home-decor-store home-stager", "mover", "furniture-repair"),
      "mattress-store": partners("home-decor-store mover interior-designer"),
      "home-decor-store": partners("interior-designer furniture-store lighting-store"),
      "lighting-store": partners("electrician interior-designer kitchen-bath-remodeler"),
      "appliance-store": partners("kitchen-bath-remodeler appliance-repair plumber electrician"),
      "furniture-repair": partners("furniture-store mover interior-designer antique-store"),
      "custom-closet-company": partners("professional-organizer home-builder interior-designer"),
      "antique-store": partners("estate-sale-company interior-designer custom-framing-shop"),
      "consignment-store": partners("estate-sale-company professional-organizer senior-move-manager"),
      "art-gallery": partners("interior-designer custom-framing-shop fine-artist"),
      "custom-framing-shop": partners("art-gallery fine-artist portrait-photographer interior-designer"),
      "fine-artist": partners("art-gallery custom-framing-shop interior-designer"),
      muralist: partners("interior-designer sign-maker marketing-agency", "general-contractor"),
      "home-theater-installer": partners(
        "electrician interior-designer home-security-company network-cabling-contractor",
      ),
    },
  },
  {
    slug: "financial-planning-and-insurance",
    label: "Financial planning, accounting & insurance",
    groups: ["business-services"],
    members: {
      accountant: partners(
        "financial-advisor business-attorney bank business-insurance-broker bookkeeper",
        "insurance-agent payroll-service estate-planning-attorney business-lender",
        "mortgage-broker business-consultant",
      ),
      bookkeeper: partners("accountant payroll-service tax-preparer business-consultant", "virtual-assistant bank"),
      "tax-preparer": partners("financial-advisor bookkeeper estate-planning-attorney", "bank payroll-service"),
      "financial-advisor": partners(
        "accountant estate-planning-attorney life-insurance-agent tax-preparer",
        "mortgage-broker bank insurance-agent",
        "real-estate-agent",
      ),
      "life-insurance-agent": partners(
        "financial-advisor estate-planning-attorney accountant",
        "mortgage-broker",
        "funeral-home",
      ),
      "health-insurance-broker": partners(
        "hr-consultant payroll-service business-insurance-broker accountant",
        "staffing-agency",
      ),
      "business-insurance-broker": partners(
        "accountant business-attorney commercial-real-estate-broker hr-consultant",
        "payroll-service",
      ),
      "business-lender": partners(
        "accountant commercial-real-estate-broker business-attorney business-consultant",
        "merchant-services",
      ),
      bank: partners(
        "accountant financial-advisor real-estate-agent mortgage-broker business-attorney",
        "bookkeeper commercial-real-estate-broker business-insurance-broker insurance-agent estate-planning-attorney",
      ),
      "payroll-service": partners(
        "accountant bookkeeper hr-consultant health-insurance-broker",
        "staffing-agency business-insurance-broker",
      ),
      "merchant-services": partners("bookkeeper accountant business-lender ecommerce-developer"),
    },
  },
  {
    slug: "legal",
    label: "Legal services",
    groups: ["business-services"],
    members: {
      "business-attorney": partners(
        "accountant business-insurance-broker commercial-real-estate-broker bank intellectual-property-attorney",
        "financial-advisor business-consultant hr-consultant",
      ),
      "estate-planning-attorney": partners(
        "financial-advisor accountant life-insurance-agent real-estate-agent",
        "bank funeral-home senior-move-manager",
      ),
      "family-law-attorney": partners("counselor financial-advisor real-estate-agent accountant", "mortgage-broker"),
      "personal-injury-lawyer": partners(
        "chiropractor physical-therapist auto-body-shop",
        "towing-company urgent-care",
      ),
      "criminal-defense-attorney": partners(
        "family-law-attorney personal-injury-lawyer immigration-attorney counselor",
      ),
      "immigration-attorney": partners("translation-service employment-attorney staffing-agency", "language-school"),
      "employment-attorney": partners("hr-consultant payroll-service business-attorney staffing-agency"),
      "bankruptcy-attorney": partners("credit-counselor accountant real-estate-attorney", "family-law-attorney"),
      "intellectual-property-attorney": partners(
        "business-attorney software-developer graphic-designer marketing-agency",
      ),
      "general-practice-attorney": partners(
        "accountant financial-advisor insurance-agent real-estate-agent",
        "personal-injury-lawyer criminal-defense-attorney immigration-attorney bankruptcy-attorney",
        "notary legal-support-service tax-preparer",
      ),
      "translation-service": partners("immigration-attorney business-attorney language-school", "notary"),
      "document-shredding": partners("accountant bookkeeper business-attorney", "mover it-support"),
      "legal-support-service": partners(
        "personal-injury-lawyer family-law-attorney criminal-defense-attorney business-attorney",
        "notary courier-service",
        "translation-service",
      ),
    },
  },
  {
    slug: "business-growth-and-marketing",
    label: "Marketing & business growth",
    groups: ["business-services", "creative", "tech"],
    members: {
      "marketing-agency": partners(
        "web-designer graphic-designer print-shop copywriter",
        "commercial-photographer video-production-company public-relations-firm promotional-products-supplier",
        "business-consultant",
      ),
      "web-designer": partners(
        "copywriter seo-agency graphic-designer commercial-photographer",
        "marketing-agency it-support",
      ),
      "seo-agency": partners("web-designer copywriter graphic-designer", "ecommerce-developer"),
      "graphic-designer": partners(
        "print-shop web-designer sign-maker marketing-agency",
        "copywriter promotional-products-supplier",
      ),
      "print-shop": partners(
        "graphic-designer promotional-products-supplier marketing-agency",
        "custom-apparel-printer",
      ),
      "sign-maker": partners("graphic-designer vehicle-wrap-shop commercial-real-estate-broker", "marketing-agency"),
      copywriter: partners("web-designer marketing-agency seo-agency graphic-designer public-relations-firm"),
      "public-relations-firm": partners("marketing-agency copywriter video-production-company event-planner"),
      "business-consultant": partners("accountant business-attorney marketing-agency business-lender"),
      "virtual-assistant": partners("bookkeeper web-designer business-consultant"),
      "commercial-photographer": partners("marketing-agency web-designer graphic-designer", "video-production-company"),
      "video-production-company": partners(
        "marketing-agency public-relations-firm web-designer",
        "event-planner drone-service",
      ),
      "illustrator-animator": partners("marketing-agency video-production-company web-designer", "graphic-designer"),
      "crm-consultant": partners("marketing-agency web-designer software-developer business-consultant"),
      "ecommerce-developer": partners("seo-agency merchant-services marketing-agency graphic-designer"),
      "recording-studio": partners("video-production-company live-musician music-store marketing-agency"),
      "vehicle-wrap-shop": partners("sign-maker graphic-designer car-dealer"),
    },
  },
  {
    slug: "technology",
    label: "Technology & IT",
    groups: ["tech", "business-services"],
    members: {
      "it-support": partners(
        "cybersecurity-consultant network-cabling-contractor business-phone-provider software-developer",
        "data-recovery accountant",
      ),
      "software-developer": partners(
        "web-designer data-ai-consultant it-support cybersecurity-consultant",
        "intellectual-property-attorney",
      ),
      "app-developer": partners("web-designer graphic-designer marketing-agency data-ai-consultant"),
      // A repair counter serves homes and small offices: the installers who wire and secure them,
      // and the designers and print shops its small-business customers also use.
      "computer-repair": partners(
        "network-cabling-contractor home-theater-installer business-phone-provider",
        "cybersecurity-consultant home-security-company web-designer",
        "print-shop coworking-space",
      ),
      "phone-repair": partners("business-phone-provider it-support cybersecurity-consultant"),
      "cybersecurity-consultant": partners("it-support data-recovery business-insurance-broker software-developer"),
      "data-ai-consultant": partners("software-developer crm-consultant business-consultant"),
      "data-recovery": partners("it-support cybersecurity-consultant document-shredding"),
      "business-phone-provider": partners("it-support network-cabling-contractor commercial-real-estate-broker"),
      "network-cabling-contractor": partners("it-support electrician business-phone-provider home-theater-installer"),
    },
  },
  {
    slug: "offices-and-premises",
    label: "Offices & business premises",
    groups: ["business-services", "home"],
    members: {
      // The property manager runs the building it leases; the contractor builds the tenant out.
      "commercial-real-estate-broker": partners(
        "business-attorney business-lender business-insurance-broker property-manager sign-maker commercial-cleaner",
        "general-contractor it-support network-cabling-contractor coworking-space",
      ),
      "commercial-cleaner": partners(
        "commercial-real-estate-broker window-cleaner carpet-cleaner property-manager",
        "pressure-washer",
      ),
      "coworking-space": partners("business-consultant virtual-assistant accountant web-designer", "coffee-shop"),
      "courier-service": partners("print-shop business-attorney title-company", "document-shredding"),
      "security-guard-service": partners("commercial-real-estate-broker property-manager event-venue"),
    },
  },
  {
    // BNI's "business services" power team: every firm that sells to other businesses' owners. The
    // narrower spheres above grade the pairs; this one makes them all members of one circle, so a
    // lawyer, a printer and a web designer are never strangers to one another.
    slug: "business-owners",
    label: "Serving small-business owners",
    groups: ["business-services", "tech", "creative"],
    members: Object.fromEntries(
      (
        "accountant bookkeeper tax-preparer payroll-service business-attorney employment-attorney " +
        "intellectual-property-attorney bank business-lender merchant-services business-insurance-broker " +
        "health-insurance-broker financial-advisor commercial-real-estate-broker marketing-agency web-designer " +
        "seo-agency graphic-designer copywriter public-relations-firm print-shop sign-maker " +
        "promotional-products-supplier custom-apparel-printer commercial-photographer video-production-company " +
        "it-support cybersecurity-consultant business-phone-provider software-developer crm-consultant " +
        "business-consultant hr-consultant staffing-agency corporate-training-provider virtual-assistant " +
        "coworking-space commercial-cleaner courier-service document-shredding translation-service"
      )
        .split(" ")
        .map((slug) => [slug, partners("")]),
    ),
  },
  {
    slug: "hiring-and-staff",
    label: "Hiring, HR & careers",
    groups: ["business-services", "education"],
    members: {
      "hr-consultant": partners(
        "payroll-service employment-attorney health-insurance-broker staffing-agency",
        "corporate-training-provider",
      ),
      "staffing-agency": partners("hr-consultant payroll-service employment-attorney corporate-training-provider"),
      "career-coach": partners("staffing-agency personal-stylist corporate-training-provider", "coding-school"),
      "corporate-training-provider": partners("hr-consultant business-consultant staffing-agency", "event-venue"),
      "coding-school": partners("career-coach staffing-agency software-developer"),
    },
  },
  {
    slug: "pain-and-recovery",
    label: "Pain, injury & recovery",
    groups: ["health-wellness"],
    members: {
      chiropractor: partners(
        "massage-therapist physical-therapist personal-injury-lawyer acupuncturist",
        "personal-trainer nutritionist yoga-studio podiatrist",
      ),
      "massage-therapist": partners("chiropractor physical-therapist acupuncturist", "yoga-studio personal-trainer"),
      "physical-therapist": partners(
        "chiropractor massage-therapist personal-trainer podiatrist orthopedist",
        "pilates-studio medical-supply-store",
      ),
      orthopedist: partners(
        "physical-therapist family-doctor chiropractor personal-injury-lawyer",
        "medical-supply-store massage-therapist personal-trainer",
        "podiatrist sports-club",
      ),
      acupuncturist: partners("chiropractor massage-therapist naturopath", "yoga-studio doula"),
      podiatrist: partners("physical-therapist shoe-store family-doctor", "chiropractor"),
      "urgent-care": partners("pharmacy orthopedist physical-therapist", "chiropractor medical-supply-store"),
      "pilates-studio": partners("physical-therapist chiropractor massage-therapist"),
    },
  },
  {
    slug: "medical-and-primary-care",
    label: "Medical & primary care",
    groups: ["health-wellness"],
    members: {
      "family-doctor": partners(
        "pharmacy dermatologist physical-therapist podiatrist nutritionist",
        "optometrist medical-specialist orthopedist ent-doctor psychiatrist ophthalmologist",
      ),
      dermatologist: partners("esthetician medical-spa family-doctor", "plastic-surgeon medical-specialist"),
      pharmacy: partners("family-doctor urgent-care medical-supply-store"),
      optometrist: partners("ophthalmologist family-doctor pediatrician hearing-aid-provider"),
      ophthalmologist: partners("optometrist family-doctor medical-specialist", "pharmacy", "assisted-living"),
      "medical-specialist": partners(
        "family-doctor pharmacy urgent-care",
        "nutritionist home-health-care medical-supply-store",
        "physical-therapist",
      ),
      "ent-doctor": partners(
        "family-doctor hearing-aid-provider pediatrician",
        "medical-specialist oral-surgeon speech-therapist",
        "dentist",
      ),
      "speech-therapist": partners(
        "pediatrician ent-doctor tutor child-care-center",
        "hearing-aid-provider private-school",
        "physical-therapist",
      ),
      dentist: partners(
        "oral-surgeon orthodontist periodontist endodontist pediatric-dentist",
        "prosthodontist family-doctor pediatrician",
        "ent-doctor",
      ),
      orthodontist: partners("dentist pediatric-dentist oral-surgeon", "pediatrician periodontist family-doctor"),
      "oral-surgeon": partners(
        "dentist orthodontist periodontist prosthodontist",
        "endodontist ent-doctor",
        "plastic-surgeon pharmacy",
      ),
      periodontist: partners("dentist oral-surgeon prosthodontist", "endodontist orthodontist", "family-doctor"),
      endodontist: partners("dentist oral-surgeon periodontist", "prosthodontist", "pediatric-dentist"),
      "pediatric-dentist": partners(
        "pediatrician orthodontist dentist",
        "oral-surgeon speech-therapist",
        "child-care-center",
      ),
      prosthodontist: partners("dentist periodontist oral-surgeon", "endodontist", "assisted-living"),
      // Care teams: the prescriber and the doctor first, then the dietitian of an eating-disorder team,
      // the paediatrician of a child in therapy, and the body-based practices clients are sent to.
      counselor: partners(
        "life-coach family-law-attorney family-doctor psychiatrist",
        "nutritionist pediatrician yoga-studio medical-specialist",
        "massage-therapist acupuncturist naturopath home-health-care",
      ),
      psychiatrist: partners("counselor family-doctor pharmacy", "life-coach medical-specialist", "pediatrician"),
      "life-coach": partners("counselor career-coach personal-trainer"),
    },
  },
  {
    slug: "fitness-and-nutrition",
    label: "Fitness & nutrition",
    groups: ["health-wellness", "retail", "food"],
    members: {
      "personal-trainer": partners(
        "nutritionist chiropractor physical-therapist massage-therapist",
        "health-food-store juice-bar",
      ),
      gym: partners("personal-trainer nutritionist massage-therapist", "juice-bar sporting-goods-store"),
      "yoga-studio": partners("massage-therapist acupuncturist chiropractor", "juice-bar health-food-store"),
      "martial-arts-school": partners(
        "child-care-center personal-trainer sporting-goods-store",
        "dance-studio kids-camp swim-school nutritionist",
        "chiropractor physical-therapist",
      ),
      nutritionist: partners("personal-trainer family-doctor health-food-store meal-prep-service"),
      "weight-loss-clinic": partners("nutritionist personal-trainer medical-spa"),
      naturopath: partners("acupuncturist nutritionist chiropractor health-food-store"),
      "health-food-store": partners("nutritionist naturopath yoga-studio"),
      "juice-bar": partners("gym yoga-studio personal-trainer"),
      "meal-prep-service": partners("personal-trainer nutritionist gym"),
      "sporting-goods-store": partners("personal-trainer martial-arts-school swim-school"),
      "bike-shop": partners("sporting-goods-store personal-trainer physical-therapist"),
      "shoe-store": partners("podiatrist personal-trainer physical-therapist"),
      "sports-club": partners(
        "personal-trainer physical-therapist sporting-goods-store",
        "massage-therapist nutritionist chiropractor",
        "juice-bar",
      ),
    },
  },
  {
    slug: "pregnancy-babies-and-families",
    label: "Pregnancy, babies & young families",
    groups: ["health-wellness", "education", "retail", "creative"],
    members: {
      obgyn: partners("midwife doula pediatrician", "acupuncturist"),
      midwife: partners("doula obgyn pediatrician", "massage-therapist"),
      doula: partners(
        "midwife obgyn pediatrician acupuncturist massage-therapist",
        "portrait-photographer baby-store meal-prep-service",
      ),
      pediatrician: partners("obgyn child-care-center dentist", "speech-therapist"),
      "baby-store": partners("doula pediatrician portrait-photographer", "toy-store"),
      "child-care-center": partners("pediatrician baby-store tutor", "kids-camp"),
      "nanny-agency": partners("pediatrician doula baby-store"),
      "portrait-photographer": partners("doula baby-store custom-framing-shop makeup-artist", "hair-salon"),
    },
  },
  {
    slug: "beauty-and-personal-care",
    label: "Beauty & personal care",
    groups: ["personal-care", "health-wellness", "retail"],
    members: {
      "hair-salon": partners(
        "makeup-artist nail-salon esthetician lash-brow-studio",
        "spray-tan-salon personal-stylist",
      ),
      barber: partners("menswear-store tailor formal-wear-rental", "tattoo-shop"),
      "nail-salon": partners("hair-salon esthetician lash-brow-studio", "day-spa"),
      esthetician: partners("dermatologist hair-salon lash-brow-studio makeup-artist", "nail-salon"),
      "waxing-studio": partners("esthetician spray-tan-salon nail-salon"),
      "lash-brow-studio": partners("hair-salon makeup-artist esthetician", "nail-salon"),
      "tattoo-shop": partners("medical-spa barber dermatologist"),
      "medical-spa": partners("dermatologist weight-loss-clinic hair-salon plastic-surgeon", "makeup-artist"),
      "plastic-surgeon": partners(
        "medical-spa dermatologist esthetician",
        "personal-trainer makeup-artist",
        "hair-salon oral-surgeon",
      ),
      "day-spa": partners("nail-salon hair-salon lash-brow-studio", "acupuncturist"),
      "beauty-supply-store": partners("hair-salon nail-salon barber esthetician"),
      "makeup-artist": partners("hair-salon lash-brow-studio esthetician", "spray-tan-salon"),
    },
  },
  {
    slug: "fashion-and-wardrobe",
    label: "Fashion & wardrobe",
    groups: ["personal-care", "retail", "creative"],
    members: {
      "personal-stylist": partners("clothing-boutique tailor hair-salon", "shoe-store makeup-artist"),
      "clothing-boutique": partners("personal-stylist tailor shoe-store", "jeweler"),
      "menswear-store": partners("tailor barber shoe-store personal-stylist"),
      "dry-cleaner": partners("shoe-repair bridal-shop menswear-store"),
      "shoe-repair": partners("dry-cleaner tailor shoe-store"),
      tailor: partners("clothing-boutique menswear-store personal-stylist"),
    },
  },
  {
    slug: "pets",
    label: "Pets",
    groups: ["pets"],
    members: {
      veterinarian: partners(
        "pet-groomer dog-trainer pet-sitter pet-boarding pet-insurance",
        "pet-store pet-cremation",
        "pet-photographer",
      ),
      "emergency-veterinarian": partners("pet-insurance pet-cremation pet-sitter"),
      "pet-groomer": partners("veterinarian dog-trainer pet-sitter pet-store"),
      "mobile-pet-groomer": partners("veterinarian dog-trainer pet-sitter"),
      "dog-trainer": partners("veterinarian pet-groomer pet-store dog-breeder animal-shelter"),
      "pet-sitter": partners("veterinarian pet-groomer dog-trainer pet-waste-removal"),
      "pet-boarding": partners("veterinarian pet-groomer dog-trainer"),
      "pet-store": partners("veterinarian pet-groomer dog-trainer aquarium-service"),
      "pet-photographer": partners("pet-groomer veterinarian dog-trainer", "custom-framing-shop"),
      "pet-insurance": partners("veterinarian emergency-veterinarian dog-breeder animal-shelter"),
      "aquarium-service": partners("pet-store veterinarian interior-designer"),
      "pet-waste-removal": partners("pet-sitter lawn-care dog-trainer"),
      "pet-cremation": partners("veterinarian emergency-veterinarian pet-photographer"),
      "animal-shelter": partners("veterinarian dog-trainer pet-store pet-insurance"),
      "dog-breeder": partners("veterinarian dog-trainer pet-insurance pet-groomer"),
      "pet-transport": partners("veterinarian pet-boarding mover"),
    },
  },
  {
    slug: "horses",
    label: "Horses & equestrian",
    groups: ["pets"],
    members: {
      "equine-veterinarian": partners("farrier horse-boarding-stable pet-insurance"),
      farrier: partners("equine-veterinarian horse-boarding-stable pet-transport"),
      "horse-boarding-stable": partners("equine-veterinarian farrier pet-insurance", "pet-transport"),
    },
  },
  {
    slug: "car-care-and-repair",
    label: "Car care & repair",
    groups: ["automotive"],
    members: {
      "auto-repair": partners(
        "towing-company auto-body-shop auto-glass auto-parts-store",
        "auto-detailer smog-check-station",
        "auto-insurance-agent car-dealer",
      ),
      "oil-change": partners("tire-shop car-wash auto-detailer"),
      // Mechanical and collision repair hand each other the other half of a damaged car.
      "auto-body-shop": partners(
        "towing-company auto-insurance-agent auto-glass car-rental auto-repair",
        "personal-injury-lawyer auto-detailer",
      ),
      "tire-shop": partners("oil-change towing-company auto-detailer", "car-wash"),
      "towing-company": partners("auto-body-shop auto-repair auto-salvage-yard auto-insurance-agent"),
      "auto-glass": partners("auto-body-shop auto-insurance-agent auto-window-tinting"),
      "auto-parts-store": partners("auto-repair motorcycle-repair auto-salvage-yard"),
      "transmission-shop": partners("towing-company used-car-dealer auto-body-shop"),
      "smog-check-station": partners("auto-repair used-car-dealer oil-change"),
      "auto-insurance-agent": partners("auto-body-shop car-dealer auto-glass towing-company", "driving-school"),
      "car-rental": partners("auto-body-shop auto-insurance-agent travel-agent"),
      "auto-salvage-yard": partners("towing-company auto-parts-store auto-body-shop"),
    },
  },
  {
    slug: "buying-and-customizing-vehicles",
    label: "Buying & customising vehicles",
    groups: ["automotive"],
    members: {
      "car-dealer": partners("auto-insurance-agent auto-detailer auto-window-tinting", "bank car-audio-installer"),
      "used-car-dealer": partners("auto-insurance-agent auto-repair smog-check-station auto-detailer"),
      "auto-detailer": partners("car-dealer used-car-dealer auto-window-tinting auto-body-shop"),
      "car-wash": partners("oil-change tire-shop auto-repair"),
      "car-audio-installer": partners("auto-window-tinting vehicle-wrap-shop auto-detailer"),
      "auto-window-tinting": partners("car-audio-installer auto-detailer auto-glass"),
      // Dealers recondition trade-ins; body shops send seats and headliners after a collision.
      "auto-upholstery": partners(
        "auto-detailer car-dealer used-car-dealer auto-body-shop",
        "car-audio-installer auto-window-tinting rv-repair",
        "motorcycle-repair furniture-repair",
      ),
      "motorcycle-dealer": partners("motorcycle-repair auto-insurance-agent auto-parts-store"),
      "motorcycle-repair": partners("motorcycle-dealer towing-company auto-parts-store"),
      "rv-dealer": partners("rv-repair auto-insurance-agent self-storage"),
      "rv-repair": partners("rv-dealer towing-company self-storage"),
    },
  },
  {
    slug: "vehicle-fleets",
    label: "Vehicle fleets",
    groups: ["automotive", "business-services"],
    members: {
      "fleet-truck-repair": partners("towing-company tire-shop vehicle-wrap-shop business-insurance-broker"),
      "vehicle-wrap-shop": partners("fleet-truck-repair sign-maker business-insurance-broker"),
    },
  },
  {
    slug: "education-and-children",
    label: "Education & children",
    groups: ["education"],
    members: {
      tutor: partners("college-admissions-consultant child-care-center private-school speech-therapist"),
      "test-prep-center": partners("college-admissions-consultant private-school speech-therapist"),
      "college-admissions-consultant": partners("tutor test-prep-center financial-advisor private-school"),
      "private-school": partners("tutor child-care-center kids-camp"),
      "kids-camp": partners("child-care-center swim-school martial-arts-school dance-studio"),
      "swim-school": partners("kids-camp child-care-center pediatrician"),
      "driving-school": partners("auto-insurance-agent car-dealer used-car-dealer"),
      "language-school": partners("translation-service immigration-attorney travel-agent tutor"),
      bookstore: partners("tutor toy-store coffee-shop"),
      "toy-store": partners("kids-party-entertainer baby-store bookstore child-care-center"),
    },
  },
  {
    slug: "hobbies-and-learning",
    label: "Hobbies, arts & learning",
    groups: ["education", "retail", "creative"],
    members: {
      "music-teacher": partners("music-store live-musician recording-studio"),
      "music-store": partners("music-teacher live-musician recording-studio"),
      "dance-studio": partners("music-teacher kids-camp martial-arts-school", "dj"),
      "art-school": partners("craft-store art-gallery fine-artist kids-camp"),
      "craft-store": partners("art-school fine-artist custom-framing-shop"),
      "cooking-school": partners("personal-chef gourmet-food-shop butcher"),
    },
  },
  {
    slug: "food-and-hospitality",
    label: "Food, drink & hospitality",
    groups: ["food"],
    members: {
      "full-service-restaurant": partners("event-planner local-farm winery bakery", "florist"),
      bakery: partners("coffee-shop caterer event-planner local-farm"),
      brewery: partners("food-truck event-planner party-bus liquor-store"),
      // Tours come by limousine; the bottles sell through the shops that stock them.
      winery: partners(
        "event-planner limo-service full-service-restaurant gourmet-food-shop liquor-store",
        "party-bus inn",
      ),
      distillery: partners("liquor-store bar mobile-bartender"),
      bar: partners("party-bus food-truck event-planner distillery"),
      "gourmet-food-shop": partners("gift-basket-maker butcher winery cooking-school"),
      "personal-chef": partners("butcher gourmet-food-shop event-planner local-farm"),
      butcher: partners("personal-chef local-farm caterer"),
      "local-farm": partners("full-service-restaurant butcher personal-chef"),
      chocolatier: partners("gift-basket-maker wedding-planner florist"),
    },
  },
  {
    slug: "gifts",
    label: "Gifts & occasions",
    groups: ["retail", "food", "creative"],
    members: {
      "gift-shop": partners("florist chocolatier custom-framing-shop"),
      "gift-basket-maker": partners("chocolatier winery gourmet-food-shop florist"),
      florist: partners("", "gift-basket-maker chocolatier gift-shop"),
      jeweler: partners("clothing-boutique custom-framing-shop gift-shop"),
    },
  },
  {
    slug: "travel",
    label: "Travel",
    groups: ["events-weddings", "pets", "automotive"],
    members: {
      "travel-agent": partners(
        "wedding-planner pet-boarding pet-sitter tour-operator",
        "bridal-shop inn car-rental",
        "language-school",
      ),
      inn: partners("travel-agent tour-operator car-rental", "limo-service winery", "day-spa"),
      "tour-operator": partners(
        "travel-agent inn limo-service car-rental",
        "event-planner party-bus",
        "winery brewery",
      ),
    },
  },
  {
    slug: "funerals-and-end-of-life",
    label: "Funerals & end of life",
    groups: ["events-weddings", "business-services", "pets"],
    members: {
      "funeral-home": partners(
        "florist estate-planning-attorney officiant life-insurance-agent counselor",
        "caterer estate-sale-company",
      ),
      florist: partners("funeral-home", "officiant", "caterer"),
      officiant: partners("funeral-home florist counselor"),
      counselor: partners("funeral-home", "officiant estate-planning-attorney"),
    },
  },
  {
    slug: "accidents-and-injury",
    label: "Accidents & injury",
    groups: ["business-services", "automotive", "health-wellness"],
    members: {
      "personal-injury-lawyer": partners("chiropractor physical-therapist auto-body-shop towing-company"),
      // The injury lawyer sends the patient; the body shop only meets the same accident.
      chiropractor: partners("personal-injury-lawyer physical-therapist", "auto-body-shop"),
      "auto-body-shop": partners("towing-company car-rental", "personal-injury-lawyer"),
    },
  },
  {
    slug: "divorce-and-life-changes",
    label: "Divorce & life changes",
    groups: ["business-services", "real-estate", "health-wellness"],
    members: {
      "family-law-attorney": partners("counselor financial-advisor real-estate-agent mortgage-broker"),
      counselor: partners("family-law-attorney life-coach financial-advisor"),
    },
  },
];

const RANK: Record<PartnerStrength, number> = { core: 3, often: 2, sometimes: 1 };

/** Trade → partner → strongest grade across spheres, and where that grade's list names it (0 = first). */
const strengths = new Map<string, Map<string, { strength: PartnerStrength; position: number }>>();
/** Trade → the spheres it is a member of, in CONTACT_SPHERES order. */
const membership = new Map<string, ContactSphere[]>();
for (const sphere of CONTACT_SPHERES) {
  for (const [trade, member] of Object.entries(sphere.members)) {
    const spheres = membership.get(trade) ?? [];
    spheres.push(sphere);
    membership.set(trade, spheres);
    const mine = strengths.get(trade) ?? new Map<string, { strength: PartnerStrength; position: number }>();
    // A trade's first sphere is its main one: its partners there come before those of later spheres.
    const offset = 10 * (spheres.length - 1);
    for (const strength of ["core", "often", "sometimes"] as const) {
      member[strength].forEach((partner, index) => {
        const position = offset + index;
        if (partner === trade) return;
        const known = mine.get(partner);
        if (
          !known ||
          RANK[strength] > RANK[known.strength] ||
          (strength === known.strength && position < known.position)
        )
          mine.set(partner, { strength, position });
      });
    }
    strengths.set(trade, mine);
  }
}

/**
 * How strongly tradeB is a referral partner of tradeA, from A's point of view: the strongest grade
 * any sphere gives it, or null when no sphere lists B among A's partners. Never "core" for itself.
 */
export function partnerStrength(tradeA: string, tradeB: string): PartnerStrength | null {
  if (tradeA === tradeB) return null;
  return strengths.get(tradeA)?.get(tradeB)?.strength ?? null;
}

/**
 * Where B stands in A's list for its grade (0 = named first). Published lists name the most
 * important partners first, so the ranking uses this to order partners of the same grade.
 */
export function partnerPosition(tradeA: string, tradeB: string): number {
  return strengths.get(tradeA)?.get(tradeB)?.position ?? 0;
}

/** The spheres a trade is a member of (empty for an unknown trade). */
export function spheresOf(trade: string): readonly ContactSphere[] {
  return membership.get(trade) ?? [];
}

/** A trade's partners across all its spheres, strongest first (as the lists name them): what "your circle" lists. */
export function partnersOf(trade: string): { slug: string; strength: PartnerStrength }[] {
  return [...(strengths.get(trade) ?? new Map<string, { strength: PartnerStrength; position: number }>())]
    .map(([slug, { strength, position }]) => ({ slug, strength, position }))
    .sort((a, b) => RANK[b.strength] - RANK[a.strength] || a.position - b.position || a.slug.localeCompare(b.slug))
    .map(({ slug, strength }) => ({ slug, strength }));
}

/** A grade as a number for ranking (0..1): how much of a core partner's weight a grade carries. */
const STRENGTH_VALUES: Readonly<Record<PartnerStrength, number>> = { core: 1, often: 0.55, sometimes: 0.25 };

/**
 * partnerStrength as a number: 1 for core, 0.55 often, 0.25 sometimes; SAME_SPHERE_VALUE when
 * A's lists do not name B but both are members of one sphere; 0 otherwise.
 */
export function priorStrength(tradeA: string, tradeB: string): number {
  const strength = partnerStrength(tradeA, tradeB);
  if (strength) return STRENGTH_VALUES[strength];
  return shareASphere(tradeA, tradeB) ? SAME_SPHERE_VALUE : 0;
}

/**
 * Two members of one sphere that neither lists as a partner still serve the same client: a little
 * under "sometimes", so a gap in a list never drops a sphere member to nothing.
 */
const SAME_SPHERE_VALUE = 0.15;

/** Whether two different trades are members of at least one common sphere. */
export function shareASphere(tradeA: string, tradeB: string): boolean {
  if (tradeA === tradeB) return false;
  const theirs = membership.get(tradeB);
  return !!theirs && (membership.get(tradeA) ?? []).some((sphere) => theirs.includes(sphere));
}

/** Trade → how many sphere members name it as a partner, over the most named member of its sphere. */
const centrality = new Map<string, number>();
for (const sphere of CONTACT_SPHERES) {
  const named = new Map<string, number>();
  for (const member of Object.values(sphere.members))
    for (const partner of new Set([...member.core, ...member.often, ...member.sometimes]))
      named.set(partner, (named.get(partner) ?? 0) + 1);
  const most = Math.max(1, ...named.values());
  for (const trade of Object.keys(sphere.members))
    centrality.set(trade, Math.max(centrality.get(trade) ?? 0, (named.get(trade) ?? 0) / most));
}

/**
 * How central a trade is to its spheres (0..1): the share of its sphere's members that name it as
 * a partner, against the most named one (a wedding planner is the hub of weddings). The ranking
 * uses it between partners the lists grade alike.
 */
export function sphereCentrality(trade: string): number {
  return centrality.get(trade) ?? 0;
}

/** The key of a directed trade pair in learned strengths: "florist>wedding-planner". */
export function tradePairKey(mine: string, theirs: string): string {
  return `${mine}>${theirs}`;
}
