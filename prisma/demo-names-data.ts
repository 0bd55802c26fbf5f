import type { CategoryGroup } from "#app/domain/taxonomy";

/**
 * The word tables behind ./demo-names.ts: per trade of the taxonomy the words its businesses are
 * called by (in each country), per group of trades the words that go before them, and the people
 * and places names are made of. Pure data.
 */

/** Which family of name patterns a trade uses (./demo-names.ts weighs them). */
export type Style =
  | "trade"
  | "firm"
  | "heritage"
  | "clinic"
  | "personal"
  | "creative"
  | "shop"
  | "brand"
  | "venue"
  | "performer";

export interface TradeNames {
  /** What names the trade after a surname, a place or a word: "Plumbing", "Plumbing & Drain". */
  words: readonly string[];
  /** In Great Britain and Canada when they say it differently: "Removals", "Solicitors". */
  GB?: readonly string[];
  CA?: readonly string[];
  /** After two partners' surnames, instead of `words`: "CPA", "LLP" (and per country). */
  firm?: readonly string[];
  firmGB?: readonly string[];
  firmCA?: readonly string[];
  /** Whole names; `{first}` and `{last}` take a person's names: "The Rolling Pin", "Chef {first}". */
  whole?: readonly string[];
  /** Words before the trade word, instead of the group's: "Happy Tails" for groomers. */
  evocative?: readonly string[];
  /** The group's style unless given. */
  style?: Style;
}

/** A law practice: its specialty's words, then what every law firm is called, country by country. */
function lawPractice(specialty: { US: string[]; GB: string[]; CA?: string[] }): TradeNames {
  return {
    words: [...specialty.US, "Law", "Law Group", "Legal", "Attorneys", "Law Office"],
    GB: [...specialty.GB, "Solicitors", "Law", "Legal"],
    CA: [...(specialty.CA ?? specialty.US), "Law", "Lawyers", "Legal", "Law Group"],
    firm: ["LLP", "Law", "Attorneys"],
    firmGB: ["Solicitors", "LLP"],
    firmCA: ["LLP", "Lawyers", "Law"],
    style: "firm",
  };
}

/** Every trade of the taxonomy, by slug (tests/unit/demo-names.test.ts checks none is missing). */
export const TRADES: Record<string, TradeNames> = {
  // Events & weddings
  "wedding-planner": { words: ["Weddings", "Weddings & Events", "Wedding Co.", "Wedding Planning"] },
  "event-planner": { words: ["Events", "Event Co.", "Event Design", "Events & Design"] },
  "wedding-photographer": { words: ["Photography", "Studio", "Wedding Photography", "Photo Co.", "Photo"] },
  "wedding-videographer": { words: ["Films", "Film Co.", "Wedding Films", "Cinema", "Motion"] },
  florist: { words: ["Florist", "Flowers", "Floral", "Floral Design", "Florist", "Blooms"] },
  caterer: {
    words: ["Catering", "Catering Co.", "Kitchen", "Provisions", "Events & Catering"],
    whole: ["The Long Table", "The Supper Club", "Harvest Table Catering", "The Copper Pot"],
    style: "shop",
  },
  dj: {
    words: ["Entertainment", "DJs", "Sound", "Music & Events", "Sound & Light"],
    evocative: ["Bassline", "Backbeat", "Good Vibes", "Encore", "Downbeat", "Night Owl", "Groove", "Spinning Jenny"],
    whole: ["DJ {first}", "{first} on the Decks"],
    style: "brand",
  },
  "live-musician": {
    words: ["Band", "Strings", "Quartet", "Jazz Trio", "Music"],
    evocative: ["Velvet Hour", "Copper Sky", "Midnight Rose", "Silver Lining", "Brass Tacks", "Second Line"],
    whole: ["The {last} Quartet", "The Honey Badgers", "The Lowdown Horns", "The Saturday Swing"],
    style: "performer",
  },
  "event-venue": {
    words: ["Barn", "Hall", "Loft", "Estate", "House", "Gardens", "Ballroom"],
    GB: ["Barn", "Hall", "House", "Gardens", "Manor", "Court"],
    evocative: [
      "Rosewood",
      "Oak Hollow",
      "Stonegate",
      "Maple Ridge",
      "Willow Creek",
      "Cedar Hill",
      "Foxhall",
      "Ashgrove",
    ],
    whole: [
      "The Foundry",
      "The Atrium",
      "Orchard House",
      "The Millhouse",
      "The Boathouse",
      "The Conservatory",
      "The Brickyard",
      "The Glasshouse",
    ],
    style: "venue",
  },
  "bridal-shop": {
    words: ["Bridal", "Bridal Boutique", "Bride", "Bridal Salon"],
    whole: ["The White Dress", "Something Blue Bridal", "The Bridal Loft"],
    style: "shop",
  },
  "formal-wear-rental": {
    words: ["Formal Wear", "Tuxedo", "Tux & Suit", "Menswear"],
    evocative: ["Black Tie", "Dapper", "Bow Tie", "Sharp Dressed", "Tailcoat", "Gentleman's"],
    GB: ["Formal Hire", "Suit Hire", "Menswear"],
    whole: ["The Black Tie", "The Suit Room"],
    style: "shop",
  },
  "cake-designer": {
    words: ["Cakes", "Cake Co.", "Cake Studio", "Bakes", "Sweets"],
    whole: ["The Sugar Bloom", "Tiers of Joy", "Buttercream Lane", "The Cake Table"],
    style: "personal",
  },
  officiant: {
    words: ["Ceremonies", "Weddings", "Ceremony Co.", "Officiant Services"],
    whole: ["Say I Do Ceremonies", "Tie the Knot Ceremonies", "Heart & Vow"],
    style: "personal",
  },
  "party-rental": {
    words: ["Party Rentals", "Event Rentals", "Rentals", "Tent & Event"],
    GB: ["Event Hire", "Party Hire", "Marquee Hire"],
    style: "trade",
  },
  "limo-service": {
    words: ["Limousine", "Limo", "Luxury Transportation", "Chauffeurs"],
    GB: ["Chauffeurs", "Executive Cars", "Wedding Cars"],
    evocative: ["Black Tie", "Silver Star", "Executive", "Prestige", "First Class", "Red Carpet"],
    style: "trade",
  },
  "party-bus": {
    words: ["Party Bus", "Party Buses", "Coaches"],
    evocative: ["Night Rider", "Good Times", "Neon", "Disco", "Big Night", "Starlight"],
    style: "brand",
  },
  "photo-booth-rental": {
    words: ["Photo Booth", "Photo Booths", "Booth Co.", "Selfie Booth"],
    evocative: ["Say Cheese", "Snapshot", "Flashbulb", "Pop & Pose", "Shutterbug", "Strike a Pose"],
    style: "brand",
  },
  stationer: { words: ["Paper Co.", "Stationery", "Press", "Letterpress", "Paperie"] },
  calligrapher: { words: ["Calligraphy", "Lettering", "Ink", "Hand Lettering"] },
  jeweler: {
    words: ["Jewelers", "Jewelry", "Fine Jewelry", "Goldsmiths"],
    GB: ["Jewellers", "Jewellery", "Goldsmiths"],
    CA: ["Jewellers", "Jewellery", "Fine Jewellery", "Goldsmiths"],
    style: "heritage",
  },
  "event-lighting-av": {
    words: ["Event Lighting", "Lighting & Sound", "AV", "Productions"],
    evocative: ["Lumen", "Bright Night", "Spotlight", "Stagecraft", "Glowline", "Amber Light", "Limelight"],
    style: "brand",
  },
  "event-decorator": { words: ["Event Design", "Decor", "Events & Decor", "Event Styling"] },
  "balloon-decorator": {
    words: ["Balloons", "Balloon Co.", "Balloon Studio", "Balloon Decor"],
    whole: ["Pop of Joy", "Up & Away Balloons", "Float On Balloons"],
    evocative: ["Confetti", "Hello Party", "Rainbow", "Bubblegum", "Sunny Day"],
    style: "personal",
  },
  magician: {
    words: ["Magic", "Magic & Illusion", "Illusions"],
    whole: ["The Amazing {first}", "{first} the Magician", "Marvelous {first}"],
    evocative: ["Sleight of Hand", "Top Hat", "Abracadabra", "Hocus Pocus"],
    style: "performer",
  },
  "kids-party-entertainer": {
    words: ["Parties", "Party Co.", "Kids Parties", "Entertainment"],
    whole: ["Bounce & Giggle", "Captain {first}'s Parties", "Happy Hoopla"],
    evocative: ["Confetti", "Jellybean", "Rainbow", "Giggles", "Sunny Day", "Silly Goose"],
    style: "personal",
  },
  "party-supply-store": {
    words: ["Party Supply", "Party Shop", "Party Store", "Party Co."],
    evocative: ["Confetti", "Party Time", "Celebrate", "Hooray", "Balloon Bar"],
    style: "shop",
  },
  "mobile-bartender": {
    words: ["Bar Co.", "Mobile Bar", "Bartending", "Bar Service", "Cocktail Co."],
    evocative: ["Last Call", "Happy Hour", "Copper Cup", "Tipsy Fox", "Highball", "Top Shelf"],
    whole: ["Shaken & Stirred", "The Traveling Tap", "Raise a Glass"],
    style: "brand",
  },
  "grazing-table-caterer": {
    words: ["Grazing Co.", "Grazing Boards", "Grazing", "Charcuterie"],
    whole: ["Graze & Gather", "The Board Room", "Cheese & Fig"],
    style: "shop",
  },
  "travel-agent": {
    words: ["Travel", "Travel Co.", "Journeys", "Getaways"],
    evocative: ["Wanderlust", "Compass", "Passport", "Bon Voyage", "Blue Horizon", "Globetrotter", "Open Road"],
    style: "brand",
  },
  "valet-service": {
    words: ["Valet", "Valet Parking", "Parking Services"],
    evocative: ["Premier", "Executive", "Five Star", "Red Carpet", "Curbside", "Gold Key"],
    style: "brand",
  },
  "funeral-home": {
    words: ["Funeral Home", "Funeral Services", "Memorial Chapel", "Funeral Chapel"],
    GB: ["Funeral Directors", "Funeral Services"],
    evocative: ["Evergreen", "Oak Grove", "Cedar Hill", "Peaceful Valley", "Heritage", "Stillwater"],
    style: "heritage",
  },
  inn: {
    words: ["Inn", "House", "Bed & Breakfast", "Guest House"],
    evocative: ["Rosewood", "Lilac", "Ivy", "Primrose", "Willowbrook", "Hawthorn", "Juniper", "Bluebell"],
    whole: ["The {last} House", "The Rose & Crown Inn", "The Gables", "The Lantern House"],
    style: "venue",
  },
  "family-entertainment-center": {
    words: ["Fun Center", "Family Fun", "Lanes", "Play Park", "Arcade"],
    evocative: ["Big Fun", "Rocket", "Galaxy", "Starlight", "Thunderbird", "Jumpin' Jack"],
    whole: ["Willow Lanes", "Starlight Lanes", "Galaxy Fun Park", "The Fun Factory"],
    style: "venue",
  },
  "tour-operator": {
    words: ["Tours", "Adventures", "Expeditions", "Walking Tours", "Outfitters"],
    evocative: ["Wayfinder", "Trailhead", "Wild Country", "Hidden City", "Footloose", "Backroads"],
    style: "brand",
  },

  // Real estate
  "real-estate-agent": {
    words: ["Realty", "Real Estate", "Homes", "Properties", "Realty Group"],
    GB: ["Estate Agents", "Property", "Homes", "Sales & Lettings"],
    firm: ["Realty", "Real Estate"],
    style: "firm",
  },
  "mortgage-broker": {
    words: ["Mortgage", "Home Loans", "Lending", "Mortgage Co."],
    GB: ["Mortgages", "Mortgage Advice", "Finance"],
    CA: ["Mortgages", "Mortgage Group", "Lending"],
    style: "firm",
  },
  "home-inspector": { words: ["Home Inspections", "Inspection Services", "Property Inspections", "Inspections"] },
  "real-estate-appraiser": {
    words: ["Appraisal", "Appraisals", "Valuation"],
    GB: ["Surveyors", "Valuations", "Chartered Surveyors"],
    style: "firm",
  },
  "title-company": {
    words: ["Title", "Title & Escrow", "Title Co.", "Escrow"],
    GB: ["Conveyancing", "Property Law"],
    CA: ["Title", "Real Estate Law", "Closings"],
    style: "firm",
  },
  "real-estate-attorney": lawPractice({ US: ["Real Estate Law"], GB: ["Property Law"] }),
  mover: {
    words: ["Moving", "Movers", "Moving & Storage", "Moving Co."],
    GB: ["Removals", "Removals & Storage", "Movers"],
  },
  "self-storage": { words: ["Self Storage", "Storage", "Mini Storage", "Storage Co."] },
  "property-manager": {
    words: ["Property Management", "Properties", "Property Group", "Management"],
    GB: ["Lettings", "Property Management", "Estates"],
    style: "firm",
  },
  "home-stager": {
    words: ["Staging", "Home Staging", "Staging & Design", "Interiors"],
    evocative: ["Curated", "Open House", "Nest", "Linen", "First Impressions", "Showhouse"],
    style: "creative",
  },
  "insurance-agent": { words: ["Insurance", "Insurance Agency", "Insurance Group"], style: "firm" },
  "home-warranty": {
    words: ["Home Warranty", "Home Protection", "Home Cover"],
    evocative: ["Homesafe", "Hearthstone", "Keystone", "Cornerstone", "Front Porch", "Sure Foundation"],
    style: "brand",
  },
  "pest-control": {
    words: ["Pest Control", "Pest Solutions", "Exterminating", "Pest & Termite"],
    whole: ["Bug Off Pest Control", "Good Riddance Pest Control", "No More Pests"],
  },
  "house-cleaner": {
    words: ["Cleaning", "Cleaning Co.", "Housekeeping", "Maids", "Home Cleaning"],
    evocative: ["Sparkle", "Fresh Start", "Clean Slate", "Spotless", "Tidy Nest", "Bright Home", "Sunny Side"],
    style: "personal",
  },
  "carpet-cleaner": { words: ["Carpet Cleaning", "Carpet Care", "Carpet & Upholstery"] },
  "junk-removal": { words: ["Junk Removal", "Hauling", "Junk Hauling", "Haul-Away"] },
  locksmith: { words: ["Locksmith", "Lock & Key", "Locksmiths", "Lock & Safe"] },
  "interior-designer": { words: ["Interiors", "Interior Design", "Design Studio", "Design Co."], style: "creative" },
  "home-builder": { words: ["Homes", "Builders", "Custom Homes", "Homebuilders", "Construction"] },
  "land-surveyor": {
    words: ["Surveying", "Land Surveying", "Survey Co.", "Surveyors"],
    evocative: ["Benchmark", "True Line", "Meridian", "Cornerstone", "Boundary", "Landmark", "Plumb Line"],
  },
  "real-estate-photographer": {
    words: ["Property Photography", "Real Estate Media", "Listing Photos", "Media", "Photo & Video"],
    style: "brand",
  },
  "senior-move-manager": {
    words: ["Transitions", "Senior Moves", "Move Management", "Downsizing"],
    evocative: ["Gentle", "Next Chapter", "Silver Lining", "New Leaf", "Homeward", "Kind Hands"],
    style: "personal",
  },
  "estate-sale-company": { words: ["Estate Sales", "Estate Services", "Estate Liquidation"], style: "firm" },
  "apartment-community": {
    words: ["Apartments", "Flats", "Lofts", "Residences", "Commons"],
    whole: ["The Alder", "The Meridian", "The Ivy", "The Hawthorne", "The Edison", "The Linden"],
    style: "venue",
  },
  "cash-home-buyer": {
    words: ["Home Buyers", "House Buyers", "Property Buyers"],
    evocative: ["Fair Offer", "Quick Close", "Fast Track", "Straight Deal", "Square Deal", "Open Door"],
    style: "brand",
  },

  // Business services
  "commercial-real-estate-broker": {
    words: ["Commercial", "Commercial Real Estate", "Commercial Realty", "Property Advisors"],
    GB: ["Commercial Property", "Property Consultants"],
  },
  accountant: {
    words: ["CPA", "Accounting", "CPAs", "Accounting & Tax"],
    GB: ["Accountants", "Accounting", "Chartered Accountants"],
    firm: ["CPA", "CPAs", "LLP"],
  },
  bookkeeper: { words: ["Bookkeeping", "Books", "Bookkeeping Co."], style: "personal" },
  "tax-preparer": {
    words: ["Tax Service", "Tax & Accounting", "Tax Prep", "Tax"],
    GB: ["Tax", "Tax Advisers", "Tax & Accounts"],
    style: "trade",
  },
  "business-attorney": lawPractice({ US: ["Business Law"], GB: ["Commercial Law"] }),
  "estate-planning-attorney": lawPractice({
    US: ["Estate Law", "Estate Planning"],
    GB: ["Wills & Probate"],
    CA: ["Wills & Estates", "Estate Law"],
  }),
  "general-practice-attorney": lawPractice({ US: ["Law Office", "Legal"], GB: ["Legal"] }),
  "family-law-attorney": lawPractice({ US: ["Family Law"], GB: ["Family Law"] }),
  "personal-injury-lawyer": lawPractice({
    US: ["Injury Law", "Injury Lawyers", "Trial Lawyers"],
    GB: ["Injury Solicitors"],
    CA: ["Injury Lawyers", "Injury Law"],
  }),
  "criminal-defense-attorney": lawPractice({ US: ["Defense", "Criminal Defense"], GB: ["Criminal Defence"] }),
  "immigration-attorney": lawPractice({ US: ["Immigration Law", "Immigration"], GB: ["Immigration"] }),
  "employment-attorney": lawPractice({ US: ["Employment Law", "Workplace Law"], GB: ["Employment Law"] }),
  "bankruptcy-attorney": lawPractice({
    US: ["Bankruptcy Law", "Debt Relief Law"],
    GB: ["Insolvency"],
    CA: ["Insolvency"],
  }),
  "intellectual-property-attorney": lawPractice({
    US: ["IP Law", "Patent & Trademark"],
    GB: ["Patent Attorneys", "IP"],
    CA: ["IP Law", "Patent & Trademark"],
  }),
  "financial-advisor": {
    words: ["Wealth", "Financial", "Wealth Management", "Financial Planning", "Advisors"],
    GB: ["Wealth", "Financial Planning", "Wealth Management"],
  },
  "life-insurance-agent": {
    words: ["Life Insurance", "Insurance", "Financial"],
    GB: ["Life Cover", "Insurance", "Protection"],
  },
  "health-insurance-broker": { words: ["Health Insurance", "Benefits", "Insurance Advisors", "Benefits Group"] },
  "business-insurance-broker": {
    words: ["Insurance", "Risk & Insurance", "Insurance Brokers", "Commercial Insurance"],
  },
  "business-lender": { words: ["Capital", "Business Capital", "Lending", "Funding"], style: "brand" },
  bank: {
    words: ["Credit Union", "Community Bank", "Savings Bank", "Federal Credit Union"],
    GB: ["Building Society", "Credit Union"],
    CA: ["Credit Union", "Community Credit Union"],
    style: "venue",
  },
  "payroll-service": { words: ["Payroll", "Payroll Services", "Payroll & HR"], style: "brand" },
  "hr-consultant": { words: ["HR", "HR Consulting", "People Co.", "Workforce Solutions"], style: "brand" },
  "marketing-agency": { words: ["Marketing", "Creative", "Agency", "Media", "Digital"], style: "brand" },
  "web-designer": { words: ["Web Design", "Web Studio", "Digital", "Design Co.", "Studio"], style: "creative" },
  "seo-agency": { words: ["SEO", "Search Marketing", "Digital", "Growth"], style: "brand" },
  "graphic-designer": { words: ["Design", "Design Studio", "Creative", "Studio"], style: "creative" },
  "print-shop": { words: ["Print", "Printing", "Print & Copy", "Press", "Print Co."], style: "shop" },
  "sign-maker": { words: ["Signs", "Sign Co.", "Sign Works", "Signs & Graphics"], style: "trade" },
  "custom-apparel-printer": { words: ["Screen Printing", "Apparel Co.", "Tees", "Custom Apparel"], style: "brand" },
  "promotional-products-supplier": {
    words: ["Promotions", "Promo", "Branded Goods", "Promotional Products"],
    style: "brand",
  },
  "business-consultant": { words: ["Consulting", "Advisory", "Strategy", "Consulting Group"] },
  "commercial-cleaner": {
    words: ["Commercial Cleaning", "Janitorial", "Building Services", "Cleaning Services"],
    GB: ["Commercial Cleaning", "Office Cleaning", "Cleaning Services"],
    style: "trade",
  },
  "coworking-space": {
    words: ["Coworking", "Workspace", "Commons", "Collective", "Hub"],
    whole: ["The Hive", "The Commons", "The Workshop", "The Guild", "The Exchange"],
    style: "venue",
  },
  "staffing-agency": {
    words: ["Staffing", "Recruiting", "Talent", "Staffing Solutions"],
    GB: ["Recruitment", "Talent", "Staffing"],
  },
  "translation-service": {
    words: ["Translations", "Language Services", "Translation", "Interpreting"],
    evocative: ["Lingua", "Polyglot", "Bridge", "Common Tongue", "Clearword", "Babelfish"],
    style: "brand",
  },
  notary: {
    words: ["Notary", "Mobile Notary", "Notary Services", "Signing Services"],
    GB: ["Notaries", "Notary Public"],
    style: "personal",
  },
  "legal-support-service": {
    words: ["Legal Support", "Process Service", "Paralegal Services", "Legal Services"],
    style: "brand",
  },
  "courier-service": {
    words: ["Courier", "Couriers", "Delivery", "Express"],
    evocative: ["Swift", "Rapid", "Pedal", "Red Arrow", "Same Day", "Roadrunner"],
    style: "trade",
  },
  "virtual-assistant": {
    words: ["Virtual Assistance", "Admin Co.", "Office Support", "VA Services"],
    evocative: ["Right Hand", "Clear Desk", "Back Office", "Inbox", "Well Organized"],
    style: "personal",
  },
  copywriter: { words: ["Copy", "Copywriting", "Words", "Content Co.", "Editorial"], style: "creative" },
  "public-relations-firm": { words: ["PR", "Public Relations", "Communications", "Media Relations"] },
  "security-guard-service": {
    words: ["Security", "Protective Services", "Security Services", "Patrol"],
    style: "trade",
  },
  "credit-counselor": {
    words: ["Credit Counseling", "Financial Counseling", "Debt Solutions", "Credit Services"],
    GB: ["Debt Advice", "Money Advice", "Debt Solutions"],
    style: "brand",
  },
  "document-shredding": { words: ["Shredding", "Document Destruction", "Secure Shred"], style: "trade" },
  "merchant-services": { words: ["Payments", "Merchant Services", "Pay", "Payment Solutions"], style: "brand" },
  "career-coach": { words: ["Career Coaching", "Careers", "Coaching", "Career Co."], style: "personal" },

  // Home & building trades
  "general-contractor": {
    words: ["Construction", "Builders", "Contracting", "Building & Remodeling", "General Contracting"],
  },
  plumber: {
    words: ["Plumbing", "Plumbing & Drain", "Plumbing Co.", "Plumbing & Heating"],
    GB: ["Plumbing", "Plumbing & Heating", "Plumbers"],
  },
  "water-heater-specialist": { words: ["Water Heaters", "Water Heater Service", "Hot Water", "Water Heater Co."] },
  "water-treatment-specialist": {
    words: ["Water Treatment", "Water Systems", "Water Solutions", "Water Conditioning"],
  },
  electrician: {
    words: ["Electric", "Electrical", "Electric Co.", "Electrical Services"],
    GB: ["Electrical", "Electricians", "Electrics"],
  },
  "hvac-contractor": {
    words: ["Heating & Air", "Heating & Cooling", "HVAC", "Mechanical", "Comfort Systems"],
    GB: ["Heating", "Heating & Cooling", "Boilers & Heating"],
  },
  "air-duct-cleaner": { words: ["Duct Cleaning", "Air Duct Cleaning", "Clean Air", "Air Quality"] },
  "chimney-sweep": {
    words: ["Chimney", "Chimney Sweep", "Chimney & Masonry", "Chimney Services"],
    GB: ["Chimney Sweeps", "Chimney Sweep"],
  },
  roofer: { words: ["Roofing", "Roofing & Exteriors", "Roofing Co.", "Roofers"] },
  painter: {
    words: ["Painting", "Painting Co.", "Painters", "Painting & Decorating"],
    GB: ["Painting & Decorating", "Decorators", "Painters"],
  },
  "flooring-contractor": { words: ["Flooring", "Floors", "Floor Co.", "Hardwood Floors"] },
  landscaper: {
    words: ["Landscaping", "Landscapes", "Landscape Design", "Gardens"],
    GB: ["Landscaping", "Garden Design", "Gardens"],
  },
  "lawn-care": {
    words: ["Lawn Care", "Lawn & Garden", "Lawn Service", "Turf"],
    GB: ["Lawn Care", "Gardening", "Garden Services"],
  },
  "irrigation-contractor": { words: ["Irrigation", "Sprinklers", "Irrigation & Drainage", "Sprinkler Co."] },
  "tree-service": {
    words: ["Tree Service", "Tree Care", "Arborists", "Tree Co."],
    GB: ["Tree Surgeons", "Tree Care", "Arboriculture"],
  },
  "pool-service": {
    words: ["Pool & Spa", "Pool Service", "Pools", "Pool Care"],
    GB: ["Pools & Hot Tubs", "Hot Tubs", "Pool Care"],
  },
  "pool-builder": { words: ["Pools", "Pool Builders", "Custom Pools", "Pool & Patio"] },
  handyman: {
    words: ["Handyman", "Handyman Services", "Home Repair", "Fix-It"],
    GB: ["Handyman", "Property Maintenance", "Home Repairs"],
    style: "trade",
  },
  "window-door-installer": { words: ["Windows & Doors", "Window & Door", "Windows", "Glass & Doors"] },
  "cabinet-maker": {
    words: ["Cabinetry", "Cabinets", "Woodworks", "Fine Cabinetry", "Millwork"],
    GB: ["Joinery", "Cabinet Makers", "Fine Furniture"],
  },
  "countertop-installer": {
    words: ["Countertops", "Stone", "Granite & Quartz", "Surfaces"],
    GB: ["Worktops", "Stone", "Granite & Quartz"],
  },
  "kitchen-bath-remodeler": {
    words: ["Kitchen & Bath", "Remodeling", "Kitchens", "Design & Remodel"],
    GB: ["Kitchens & Bathrooms", "Kitchens", "Bathrooms"],
    CA: ["Kitchen & Bath", "Renovations", "Kitchens"],
  },
  "solar-installer": { words: ["Solar", "Solar Energy", "Solar Co.", "Solar & Electric", "Renewables"] },
  "fence-contractor": {
    words: ["Fence", "Fence Co.", "Fencing", "Fence & Iron Works", "Fence & Deck"],
    GB: ["Fencing", "Fencing & Gates"],
  },
  "concrete-masonry-contractor": {
    words: ["Masonry", "Concrete", "Concrete & Masonry", "Stoneworks"],
    GB: ["Stonemasons", "Masonry", "Brickwork"],
  },
  "paving-contractor": {
    words: ["Paving", "Asphalt", "Paving & Sealcoating", "Driveways"],
    GB: ["Paving", "Driveways", "Surfacing"],
  },
  "gutter-contractor": {
    words: ["Gutters", "Gutter Co.", "Seamless Gutters", "Gutter Service"],
    GB: ["Guttering", "Gutter Cleaning"],
  },
  "garage-door-company": { words: ["Garage Doors", "Garage Door Co.", "Door & Gate", "Garage Door Service"] },
  "pressure-washer": {
    words: ["Pressure Washing", "Power Washing", "Exterior Cleaning", "Soft Wash"],
    GB: ["Pressure Washing", "Jet Washing", "Exterior Cleaning"],
  },
  "window-cleaner": {
    words: ["Window Cleaning", "Window Washing", "Windows", "Glass Cleaning"],
    evocative: ["Crystal Clear", "Clear View", "Streak Free", "Bright Side", "Shine On"],
  },
  "appliance-repair": {
    words: ["Appliance Repair", "Appliance Service", "Appliance Co.", "Appliance Doctor"],
    GB: ["Appliance Repairs", "Appliance Service"],
  },
  "home-security-company": {
    words: ["Security", "Security Systems", "Alarm", "Home Security"],
    GB: ["Security", "Alarms", "Security Systems"],
    evocative: ["Safe Haven", "Sentinel", "Night Watch", "Lockwood", "Ironclad", "Safeguard"],
  },
  "septic-contractor": {
    words: ["Septic", "Septic Service", "Septic & Drain", "Wastewater"],
    GB: ["Drainage", "Septic Tanks", "Drain Services"],
  },
  "insulation-contractor": { words: ["Insulation", "Insulation Co.", "Energy Solutions", "Spray Foam"] },
  "drywall-contractor": {
    words: ["Drywall", "Drywall & Paint", "Drywall Co.", "Plastering"],
    GB: ["Plastering", "Plasterers", "Drylining"],
  },
  "siding-contractor": {
    words: ["Siding", "Exteriors", "Siding & Windows", "Siding Co."],
    GB: ["Cladding", "Exteriors", "Render & Cladding"],
  },
  "foundation-waterproofing-contractor": {
    words: ["Foundation Repair", "Waterproofing", "Foundation & Waterproofing", "Basement Waterproofing"],
    GB: ["Damp Proofing", "Waterproofing", "Basements"],
  },
  architect: {
    words: ["Architects", "Architecture", "Architecture Studio", "Design Studio"],
    firm: ["Architects", "Architecture"],
    style: "firm",
  },
  "professional-organizer": {
    words: ["Organizing", "Home Organizing", "Organizing Co.", "Spaces"],
    GB: ["Organising", "Home Organising", "Decluttering"],
    CA: ["Organizing", "Home Organizing", "Spaces"],
    evocative: ["Tidy", "Simply Sorted", "Neat Nest", "Clutter Free", "Sorted", "Order & Calm"],
    style: "personal",
  },
  "custom-closet-company": {
    words: ["Closets", "Closet Co.", "Custom Closets", "Closets & Storage"],
    GB: ["Fitted Wardrobes", "Wardrobes", "Storage"],
  },
  "damage-restoration": {
    words: ["Restoration", "Restoration Services", "Water & Fire Restoration", "Disaster Restoration"],
  },
  "mold-remediation": {
    words: ["Mold Remediation", "Mold Solutions", "Mold Removal", "Environmental"],
    GB: ["Damp & Mould", "Mould Removal", "Environmental"],
  },
  "radon-mitigation": { words: ["Radon Mitigation", "Radon", "Radon Solutions", "Radon Services"] },
  "window-film-installer": { words: ["Window Film", "Window Tinting", "Tint & Film", "Glass Tinting"] },
  "window-treatment-specialist": {
    words: ["Blinds", "Blinds & Shutters", "Window Fashions", "Shades & Shutters", "Drapery"],
    GB: ["Blinds", "Blinds & Curtains", "Shutters"],
    style: "shop",
  },
  "deck-builder": {
    words: ["Decks", "Deck & Patio", "Deck Builders", "Outdoor Living"],
    GB: ["Decking", "Garden Rooms", "Outdoor Living"],
  },
  "snow-removal": {
    words: ["Snow Removal", "Snow & Ice", "Plowing", "Snow Services"],
    GB: ["Gritting", "Snow & Ice", "Winter Services"],
    CA: ["Snow Removal", "Snowplowing", "Snow & Ice"],
  },
  "wildlife-removal": { words: ["Wildlife Removal", "Wildlife Control", "Animal Removal", "Wildlife Services"] },
  "furniture-repair": {
    words: ["Upholstery", "Furniture Repair", "Upholstery & Refinishing", "Furniture Restoration"],
  },
  carpenter: {
    words: ["Carpentry", "Woodworks", "Woodworking", "Finish Carpentry"],
    GB: ["Joinery", "Carpentry", "Carpentry & Joinery"],
  },
  "glass-mirror-company": {
    words: ["Glass", "Glass & Mirror", "Glass Works", "Glass Co."],
    GB: ["Glass", "Glaziers", "Glass & Glazing"],
  },
  "excavation-contractor": {
    words: ["Excavating", "Excavation", "Earthworks", "Site Work"],
    GB: ["Groundworks", "Excavation", "Plant Hire"],
  },
  "dumpster-rental": {
    words: ["Dumpster Rental", "Dumpsters", "Roll-Off", "Waste Services"],
    GB: ["Skip Hire", "Skips", "Waste Services"],
    CA: ["Bin Rentals", "Disposal Bins", "Waste Services"],
  },

  // Health & wellness
  chiropractor: { words: ["Chiropractic", "Chiropractic & Wellness", "Spine & Wellness", "Chiropractic Center"] },
  "massage-therapist": {
    words: ["Massage", "Massage Therapy", "Bodywork", "Massage & Wellness"],
    evocative: ["Stillwater", "Restore", "Serenity", "Healing Hands", "Kneaded", "Deep Roots", "Unwind"],
    style: "personal",
  },
  "day-spa": {
    words: ["Spa", "Day Spa", "Spa & Wellness", "Retreat"],
    evocative: ["Lotus", "Lavender", "Stillwater", "Eucalyptus", "Serenity", "Willow", "Moonstone"],
    whole: ["The Quiet Room", "The Salt Room", "The Bath House"],
    style: "venue",
  },
  "physical-therapist": {
    words: ["Physical Therapy", "PT", "Physical Therapy & Rehab", "Sports Rehab"],
    GB: ["Physiotherapy", "Physio", "Sports Physio"],
    CA: ["Physiotherapy", "Physio", "Physiotherapy & Rehab"],
  },
  "speech-therapist": {
    words: ["Speech Therapy", "Speech & Language", "Speech Therapy Center", "Pediatric Speech"],
    GB: ["Speech & Language Therapy", "Speech Therapy"],
  },
  acupuncturist: { words: ["Acupuncture", "Acupuncture & Herbs", "Acupuncture Clinic", "Chinese Medicine"] },
  "personal-trainer": {
    words: ["Fitness", "Training", "Strength", "Personal Training", "Performance"],
    evocative: ["Iron", "Forge", "Peak", "Kinetic", "Steadfast", "Grit", "Rise"],
    style: "personal",
  },
  gym: {
    words: ["Fitness", "Gym", "Athletic Club", "Strength & Conditioning", "Barbell Club"],
    evocative: ["Iron", "Forge", "Anvil", "Kinetic", "Ironbound", "Powerhouse"],
    whole: ["The Forge", "The Iron Room", "The Yard", "The Strength Lab"],
    style: "venue",
  },
  "martial-arts-school": {
    words: ["Martial Arts", "Karate", "Taekwondo", "Jiu-Jitsu", "Kung Fu"],
    evocative: ["Dragon", "Tiger", "Black Belt", "Iron Crane", "Golden Lotus", "White Pine"],
    style: "trade",
  },
  "yoga-studio": {
    words: ["Yoga", "Yoga Studio", "Yoga & Wellness", "Hot Yoga"],
    evocative: ["Lotus", "Breathe", "Still Point", "Prana", "Sun & Moon", "Heartwood", "Full Moon"],
    whole: ["The Yoga Room", "The Mat Room", "Yoga with {first}"],
    style: "shop",
  },
  "pilates-studio": {
    words: ["Pilates", "Pilates Studio", "Pilates & Barre", "Reformer Studio"],
    evocative: ["Core", "Balance", "Align", "Longline", "Centered", "Studio Nine"],
    whole: ["The Pilates Room", "The Core Studio"],
    style: "shop",
  },
  nutritionist: { words: ["Nutrition", "Nutrition & Wellness", "Dietetics", "Nutrition Co."], style: "personal" },
  "weight-loss-clinic": { words: ["Weight Loss", "Medical Weight Loss", "Weight Management", "Wellness Clinic"] },
  dentist: { words: ["Dental", "Family Dental", "Dentistry", "Dental Care", "Smiles"] },
  orthodontist: { words: ["Orthodontics", "Ortho", "Orthodontic Specialists", "Braces"] },
  "oral-surgeon": {
    words: ["Oral Surgery", "Oral & Facial Surgery", "Oral Surgery Center", "Oral & Maxillofacial Surgery"],
  },
  periodontist: { words: ["Periodontics", "Periodontics & Implants", "Gum & Implant Center"] },
  endodontist: { words: ["Endodontics", "Root Canal Specialists", "Endodontic Associates"] },
  "pediatric-dentist": { words: ["Pediatric Dentistry", "Kids Dental", "Children's Dentistry", "Kids Smiles"] },
  prosthodontist: { words: ["Prosthodontics", "Restorative Dentistry", "Dental Implants"] },
  ophthalmologist: {
    words: ["Eye Center", "Eye Institute", "Eye Associates", "Ophthalmology"],
    GB: ["Eye Clinic", "Eye Centre", "Ophthalmology"],
  },
  orthopedist: {
    words: ["Orthopedics", "Orthopedic Associates", "Bone & Joint", "Sports Medicine", "Orthopedic Clinic"],
  },
  "plastic-surgeon": {
    words: ["Plastic Surgery", "Aesthetic Surgery", "Cosmetic Surgery", "Plastic & Reconstructive Surgery"],
  },
  "ent-doctor": { words: ["ENT", "Ear, Nose & Throat", "ENT Associates", "Sinus & Allergy"] },
  "medical-specialist": { words: ["Medical Group", "Specialty Care", "Medical Specialists", "Clinic"] },
  psychiatrist: {
    words: ["Psychiatry", "Psychiatric Associates", "Mental Health", "Behavioral Health"],
    GB: ["Psychiatry", "Mental Health"],
  },
  "sports-club": {
    words: ["Sports Club", "Athletic Club", "Sports Center", "Racquet Club", "Tennis Club"],
    GB: ["Sports Club", "Tennis Club", "Leisure Club", "Cricket Club"],
    style: "venue",
  },
  optometrist: {
    words: ["Eye Care", "Optometry", "Vision Center", "Eyecare", "Optical"],
    GB: ["Opticians", "Eyecare", "Optical"],
  },
  counselor: {
    words: ["Counseling", "Therapy", "Counseling Center", "Psychotherapy"],
    evocative: ["Open Door", "Stillwater", "Common Ground", "Safe Harbor", "Kindred", "Pathways", "Clearing"],
    style: "personal",
  },
  "life-coach": { words: ["Coaching", "Life Coaching", "Coaching Co."], style: "personal" },
  naturopath: { words: ["Naturopathic", "Natural Medicine", "Naturopathic Clinic", "Integrative Health"] },
  "medical-spa": {
    words: ["Med Spa", "Aesthetics", "Skin & Laser", "Medical Aesthetics"],
    GB: ["Aesthetics", "Skin Clinic", "Skin & Laser"],
  },
  "family-doctor": {
    words: ["Family Medicine", "Family Practice", "Primary Care", "Family Health", "Medical Clinic"],
    GB: ["Medical Practice", "Surgery", "Health Centre"],
    CA: ["Family Medicine", "Medical Clinic", "Family Health Team"],
  },
  "urgent-care": {
    words: ["Urgent Care", "Walk-In Clinic", "Immediate Care", "Express Care"],
    GB: ["Walk-In Centre", "Urgent Care", "Minor Injuries Clinic"],
    CA: ["Walk-In Clinic", "Urgent Care"],
  },
  dermatologist: { words: ["Dermatology", "Skin Clinic", "Dermatology & Skin Care", "Skin Center"] },
  podiatrist: {
    words: ["Podiatry", "Foot & Ankle", "Foot Care", "Foot & Ankle Center"],
    GB: ["Podiatry", "Foot Clinic", "Chiropody"],
  },
  "hearing-aid-provider": { words: ["Hearing", "Hearing Center", "Audiology", "Hearing Aids", "Hearing Care"] },
  "home-health-care": {
    words: ["Home Care", "Home Health", "Caregivers", "Home Care Services"],
    evocative: ["Comfort", "Kindred", "Helping Hands", "Gentle", "Homeward", "Golden Years", "Open Arms"],
    style: "personal",
  },
  "assisted-living": {
    words: ["Senior Living", "Assisted Living", "Gardens", "Place", "Retirement Community"],
    GB: ["Care Home", "Retirement Living", "House"],
    evocative: ["Rosewood", "Maple Ridge", "Willow Creek", "Magnolia", "Laurel", "Cedar Grove", "Hawthorn"],
    whole: ["The Magnolia", "The Arbors", "The Laurels"],
    style: "venue",
  },
  pharmacy: {
    words: ["Pharmacy", "Apothecary", "Drug", "Pharmacy & Wellness"],
    GB: ["Pharmacy", "Chemist"],
    CA: ["Pharmacy", "Drug Mart", "Apothecary"],
  },
  "medical-supply-store": {
    words: ["Medical Supply", "Home Medical", "Mobility", "Medical Equipment"],
    GB: ["Mobility", "Mobility & Care"],
  },
  doula: {
    words: ["Doula", "Birth Services", "Doula Services", "Birth & Postpartum"],
    evocative: ["Mother Bloom", "Nest", "Little Sprout", "Gentle Arrival", "Moonrise", "Cradle"],
    style: "personal",
  },
  midwife: { words: ["Midwifery", "Midwives", "Birth Center", "Midwifery Care"] },
  obgyn: {
    words: ["Women's Health", "OB/GYN", "Women's Care", "Obstetrics & Gynecology"],
    GB: ["Women's Health", "Women's Clinic"],
  },
  pediatrician: { words: ["Pediatrics", "Children's Clinic", "Pediatric Care", "Kids Clinic"] },

  // Personal care
  "hair-salon": {
    words: ["Salon", "Hair Studio", "Hair Co.", "Hair", "Salon & Spa"],
    GB: ["Hair", "Hair Studio", "Hairdressing", "Salon"],
    whole: ["The Parlor", "The Hair Loft", "Mane Street Salon", "Shear Bliss", "Salon {first}"],
  },
  barber: {
    words: ["Barbershop", "Barber Co.", "Barbers", "Cuts"],
    GB: ["Barbers", "Barber Co.", "Gents Barbers"],
    whole: ["The Barber's Chair", "The Gentleman's Chair", "The Fade Room", "Sharp Edge Barbers"],
  },
  "nail-salon": { words: ["Nails", "Nail Bar", "Nail Studio", "Nail Lounge", "Nails & Spa"] },
  esthetician: {
    words: ["Skin", "Skincare", "Skin Studio", "Esthetics", "Facials"],
    GB: ["Skin", "Beauty", "Skin Clinic"],
  },
  "waxing-studio": {
    words: ["Waxing", "Wax Studio", "Wax Bar", "Waxing Studio"],
    whole: ["The Wax Room", "Smooth Operator Waxing"],
  },
  "lash-brow-studio": { words: ["Lash & Brow", "Lashes", "Brow Bar", "Lash Studio", "Lash Lounge"] },
  "tattoo-shop": {
    words: ["Tattoo", "Tattoo Co.", "Tattoo Parlor", "Tattoo Studio"],
    evocative: [
      "Black Anchor",
      "Iron Rose",
      "Lucky Cat",
      "Blackbird",
      "Sacred Heart",
      "Electric Eye",
      "Red Lantern",
      "Crooked Arrow",
    ],
    style: "brand",
  },
  "makeup-artist": { words: ["Makeup", "Beauty", "Makeup Artistry", "Bridal Beauty", "Makeup & Hair"] },
  tailor: { words: ["Tailoring", "Alterations", "Tailors", "Tailor Shop", "Bespoke"] },
  "dry-cleaner": {
    words: ["Cleaners", "Dry Cleaning", "Laundry & Dry Cleaning", "Dry Cleaners"],
    evocative: ["Crisp", "Fresh Press", "Spotless", "Pressed", "Bluebird", "Sunshine", "Perfect Press"],
  },
  "spray-tan-salon": {
    words: ["Tan", "Spray Tan", "Sunless Tanning", "Tanning Studio"],
    evocative: ["Glow", "Sun Kissed", "Bronze", "Golden Hour", "Radiant", "Beach Bum"],
  },
  "personal-stylist": { words: ["Styling", "Style", "Image Consulting", "Style Studio", "Wardrobe"] },
  "shoe-repair": {
    words: ["Shoe Repair", "Cobbler", "Shoe & Leather", "Boot & Shoe Repair"],
    whole: ["The Cobbler's Bench", "Heel & Sole"],
  },

  // Tech
  "software-developer": { words: ["Software", "Labs", "Systems", "Software Studio", "Digital"] },
  "app-developer": { words: ["Apps", "Labs", "Mobile", "App Studio", "Digital"] },
  "it-support": { words: ["IT", "Tech", "IT Solutions", "Computer Services", "Technologies", "Networks"] },
  "computer-repair": {
    words: ["Computer Repair", "PC Repair", "Computers", "Tech Repair", "Computer Clinic"],
    style: "trade",
  },
  "cybersecurity-consultant": {
    words: ["Security", "Cyber", "Cybersecurity", "InfoSec", "Security Labs"],
    evocative: ["Ironclad", "Bastion", "Redoubt", "Sentinel", "Blackwall", "Keystone", "Watchfire"],
  },
  "data-ai-consultant": { words: ["Analytics", "Data", "Data Labs", "Insights", "AI"] },
  "home-theater-installer": {
    words: ["Home Theater", "Audio Video", "AV", "Smart Home", "Home Systems"],
    style: "trade",
  },
  "phone-repair": {
    words: ["Phone Repair", "Cell Repair", "Device Repair", "Wireless Repair"],
    GB: ["Phone Repairs", "Mobile Repairs", "Device Repair"],
    style: "trade",
  },
  "data-recovery": { words: ["Data Recovery", "Data Rescue", "Recovery Labs", "Data Labs"] },
  "ecommerce-developer": { words: ["Commerce", "Ecommerce", "Digital", "Shop Studio", "Web Studio"] },
  "crm-consultant": { words: ["CRM", "CRM Consulting", "Customer Systems", "Sales Systems"] },
  "business-phone-provider": { words: ["Communications", "Telecom", "Voice", "Phone Systems", "Networks"] },
  "network-cabling-contractor": {
    words: ["Cabling", "Networks", "Data & Cabling", "Low Voltage", "Network Services"],
    style: "trade",
  },

  // Automotive
  "auto-repair": {
    words: ["Auto Repair", "Automotive", "Auto Service", "Auto Care", "Garage"],
    GB: ["Garage", "Motors", "Auto Repairs", "Autocare"],
  },
  "oil-change": {
    words: ["Lube", "Oil Change", "Quick Lube", "Express Lube", "Oil & Lube"],
    GB: ["Car Servicing", "Service Centre", "Oil & Service"],
    evocative: ["Pit Stop", "Checkered Flag", "In & Out", "Quick Stop", "Fast Lane", "Pit Lane"],
  },
  "auto-body-shop": {
    words: ["Collision", "Auto Body", "Body Shop", "Collision Center", "Paint & Body"],
    GB: ["Bodyshop", "Accident Repair", "Body Repairs"],
  },
  "car-dealer": { words: ["Motors", "Auto Group", "Auto Sales", "Automotive"], GB: ["Motors", "Motor Group", "Cars"] },
  "used-car-dealer": {
    words: ["Auto Sales", "Used Cars", "Pre-Owned", "Motors", "Car Co."],
    GB: ["Car Sales", "Used Cars", "Motors"],
  },
  "tire-shop": {
    words: ["Tire", "Tire & Auto", "Tire Center", "Tires & Wheels"],
    GB: ["Tyres", "Tyre & Auto", "Tyre Centre"],
  },
  "auto-detailer": {
    words: ["Detailing", "Auto Detailing", "Auto Spa", "Detail Co.", "Mobile Detailing"],
    GB: ["Car Valeting", "Valeting", "Detailing"],
    evocative: ["Mirror Finish", "Gleam", "Pristine", "Spotless", "Showroom", "High Gloss"],
  },
  "car-wash": {
    words: ["Car Wash", "Auto Wash", "Express Wash", "Hand Wash"],
    GB: ["Hand Car Wash", "Car Wash", "Car Valet"],
    evocative: ["Splash", "Bubbles", "Sparkle", "Clean Machine", "Suds", "Blue Wave"],
  },
  "towing-company": {
    words: ["Towing", "Towing & Recovery", "Tow", "Roadside"],
    GB: ["Recovery", "Vehicle Recovery", "Breakdown & Recovery"],
  },
  "auto-glass": {
    words: ["Auto Glass", "Windshield Repair", "Glass", "Windshield & Glass"],
    GB: ["Windscreens", "Auto Glass", "Windscreen Repair"],
  },
  "auto-parts-store": {
    words: ["Auto Parts", "Parts", "Parts & Supply", "Auto Supply"],
    GB: ["Motor Factors", "Car Parts", "Auto Parts"],
  },
  "transmission-shop": {
    words: ["Transmission", "Transmissions", "Transmission & Auto", "Drivetrain"],
    GB: ["Gearbox", "Gearboxes", "Transmissions"],
  },
  "car-audio-installer": {
    words: ["Car Audio", "Mobile Audio", "Audio & Tint", "Sound"],
    evocative: ["Bass Line", "Soundwave", "Thunder", "Subsonic", "Redline"],
  },
  "auto-window-tinting": {
    words: ["Window Tint", "Tint", "Tint & Wrap", "Auto Tint"],
    evocative: ["Shade", "Cool Shade", "Blackout", "Solar Shield", "Midnight"],
  },
  "auto-upholstery": {
    words: ["Auto Upholstery", "Auto Interiors", "Upholstery & Trim", "Custom Interiors"],
    evocative: ["Stitchline", "Saddle Stitch", "Tuck & Roll", "Redline"],
  },
  "vehicle-wrap-shop": { words: ["Wraps", "Vehicle Wraps", "Wrap Co.", "Graphics & Wraps"], style: "brand" },
  "smog-check-station": {
    words: ["Smog Check", "Smog & Auto", "Emissions", "Smog Station"],
    GB: ["MOT Centre", "MOT & Service"],
    CA: ["Emissions Testing", "Emissions", "Auto Inspections"],
  },
  "auto-insurance-agent": {
    words: ["Insurance", "Auto Insurance", "Insurance Agency"],
    GB: ["Insurance", "Motor Insurance", "Insurance Brokers"],
    style: "firm",
  },
  "motorcycle-dealer": { words: ["Motorcycles", "Powersports", "Moto", "Cycles"] },
  "motorcycle-repair": {
    words: ["Moto", "Motorcycle Repair", "Motorcycle Service", "Cycles"],
    GB: ["Motorcycles", "Bike Repairs", "Moto"],
  },
  "rv-repair": {
    words: ["RV Repair", "RV Service", "RV Center", "RV & Trailer"],
    GB: ["Caravan Repairs", "Motorhome & Caravan", "Caravan Services"],
  },
  "rv-dealer": { words: ["RV", "RV Sales", "RV Center", "RVs"], GB: ["Caravans", "Motorhomes", "Leisure Vehicles"] },
  "car-rental": {
    words: ["Car Rental", "Rent-a-Car", "Car & Van Rental", "Rentals"],
    GB: ["Car Hire", "Van & Car Hire", "Vehicle Hire"],
  },
  "auto-salvage-yard": {
    words: ["Auto Salvage", "Salvage", "Used Auto Parts", "Auto Recyclers"],
    GB: ["Car Breakers", "Vehicle Salvage", "Auto Salvage"],
  },
  "fleet-truck-repair": {
    words: ["Truck Repair", "Fleet Service", "Diesel", "Truck & Fleet", "Diesel & Fleet"],
    GB: ["Commercial Vehicles", "HGV Repairs", "Fleet Services"],
  },

  // Pets
  veterinarian: {
    words: ["Veterinary", "Animal Hospital", "Vet Clinic", "Veterinary Clinic", "Pet Hospital"],
    GB: ["Vets", "Veterinary Surgery", "Veterinary Practice"],
    style: "clinic",
  },
  "emergency-veterinarian": {
    words: ["Animal ER", "Emergency Vet", "Veterinary Emergency", "Animal Emergency"],
    GB: ["Emergency Vets", "Pet Emergency"],
    style: "clinic",
  },
  "pet-groomer": {
    words: ["Pet Grooming", "Grooming", "Dog Grooming", "Pet Salon", "Grooming Co."],
    whole: ["The Dapper Dog", "Wag & Wash", "Fluff & Buff", "Suds & Scissors"],
  },
  "mobile-pet-groomer": { words: ["Mobile Grooming", "Grooming on Wheels", "Mobile Pet Spa", "Mobile Dog Grooming"] },
  "dog-trainer": {
    words: ["Dog Training", "K9", "Canine", "Dog Academy", "Canine Academy"],
    whole: ["Good Dog Training", "Sit Happens", "Well Mannered Mutts"],
  },
  "pet-sitter": { words: ["Pet Sitting", "Dog Walking", "Pet Care", "Pet Services", "Dog Walkers"] },
  "pet-boarding": {
    words: ["Pet Resort", "Kennels", "Boarding", "Dog Lodge", "Pet Hotel"],
    GB: ["Kennels", "Boarding Kennels", "Kennels & Cattery"],
    style: "venue",
  },
  "pet-store": { words: ["Pet Supply", "Pet Shop", "Pets", "Pet Market", "Feed & Pet"], style: "shop" },
  "pet-photographer": { words: ["Pet Photography", "Pet Portraits", "Photography"], style: "creative" },
  "pet-insurance": {
    words: ["Pet Insurance", "Pet Cover", "Pet Health Plans"],
    evocative: ["Furry Friend", "Tail Guard", "Happy Paws", "Loyal", "Best Friend", "Pawprint"],
    style: "brand",
  },
  "aquarium-service": {
    words: ["Aquariums", "Aquatics", "Aquarium Service", "Reef & Aquarium", "Fish Tanks"],
    evocative: ["Coral", "Blue Reef", "Deep Blue", "Tidepool", "Clearwater", "Finest Fins"],
    style: "brand",
  },
  "equine-veterinarian": {
    words: ["Equine", "Equine Veterinary", "Equine Clinic", "Equine Hospital"],
    GB: ["Equine Vets", "Equine Practice", "Equine Clinic"],
    style: "clinic",
  },
  farrier: { words: ["Farrier", "Farrier Service", "Horseshoeing", "Hoof Care"], style: "trade" },
  "horse-boarding-stable": {
    words: ["Stables", "Equestrian", "Farm", "Equestrian Center", "Ranch"],
    GB: ["Stables", "Livery", "Equestrian Centre", "Livery Yard"],
    evocative: ["Willow Creek", "Foxhall", "Red Barn", "Silver Spur", "Meadowbrook", "Hidden Valley"],
    style: "venue",
  },
  "pet-waste-removal": {
    words: ["Pet Waste Removal", "Scoop", "Yard Cleanup", "Scoopers"],
    evocative: ["Scoop Troop", "Clean Yard", "Happy Yard", "Fresh Lawn", "Poop Patrol"],
    style: "brand",
  },
  "pet-cremation": {
    words: ["Pet Cremation", "Pet Memorial", "Pet Memorials", "Pet Cremation Services"],
    evocative: ["Rainbow Bridge", "Gentle Paws", "Forever Friends", "Peaceful Paws", "Loyal Companion", "Pawprints"],
    style: "brand",
  },
  "animal-shelter": {
    words: ["Animal Rescue", "Humane Society", "Animal Shelter", "Rescue"],
    GB: ["Animal Rescue", "Dogs' Home", "Animal Sanctuary"],
    style: "venue",
  },
  "dog-breeder": { words: ["Kennels", "Doodles", "Retrievers", "Labradors", "Shepherds"], style: "venue" },
  "pet-transport": { words: ["Pet Transport", "Pet Taxi", "Pet Relocation", "Pet Travel"], style: "brand" },

  // Food & drink
  "full-service-restaurant": {
    words: ["Kitchen", "Bistro", "Kitchen & Bar", "Eatery", "Table", "Supper Club"],
    whole: ["The Copper Pot", "The Oak Table", "The Hungry Heron", "The Long Room", "Little Bird Bistro"],
  },
  bakery: {
    words: ["Bakery", "Bakehouse", "Bake Shop", "Bread Co.", "Patisserie"],
    whole: ["The Rolling Pin", "The Flour Pot", "The Crumb", "The Daily Loaf", "Crust & Crumb", "The Proof Box"],
  },
  "coffee-shop": {
    words: ["Coffee", "Coffee Co.", "Café", "Coffee House", "Espresso Bar", "Roasters"],
    whole: ["The Daily Grind", "The Common Cup", "The Grind House", "The Morning Bell"],
  },
  "food-truck": {
    words: ["Eats", "Street Food", "Tacos", "Kitchen", "Food Truck", "Dumplings"],
    whole: ["The Rolling Taco", "Wheels & Meals", "The Curbside Kitchen", "Taco {first}"],
  },
  brewery: {
    words: ["Brewing", "Brewing Co.", "Brewery", "Beer Co.", "Brew Works", "Ales"],
    evocative: ["Crooked Oak", "Tall Pine", "Three Ravens", "Red Fox", "Iron Kettle", "Old Bridge", "Wild Hare"],
  },
  winery: {
    words: ["Winery", "Vineyards", "Cellars", "Wine Co.", "Estate"],
    GB: ["Wine Co.", "Vineyard", "Wines"],
    style: "venue",
  },
  distillery: { words: ["Distilling", "Distillery", "Spirits", "Distilling Co."] },
  bar: {
    words: ["Tavern", "Pub", "Taproom", "Bar", "Lounge", "Social"],
    whole: [
      "The Rusty Nail",
      "The Tipsy Crow",
      "The Copper Fox",
      "The Anchor",
      "The Red Lion",
      "The Crown & Anchor",
      "{last}'s Pub",
    ],
  },
  "gourmet-food-shop": { words: ["Provisions", "Market", "Pantry", "Larder", "Fine Foods", "Deli"] },
  "meal-prep-service": { words: ["Meal Prep", "Meals", "Kitchen", "Fresh Meals", "Meal Co."] },
  "personal-chef": {
    words: ["Private Chef", "Personal Chef", "Culinary", "Kitchen", "Chef Services"],
    whole: ["Chef {first}", "Chef {first} {last}", "Dinner with {first}"],
    style: "personal",
  },
  butcher: {
    words: ["Butcher", "Meats", "Butcher Shop", "Meat Co.", "Butchery"],
    GB: ["Butchers", "Family Butchers", "Butchery"],
    whole: ["The Butcher's Block", "The Chop Shop"],
  },
  "local-farm": {
    words: ["Farm", "Family Farm", "Farms", "Orchards", "Farm Stand", "Acres"],
    evocative: ["Sweet Pea", "Red Barn", "Sunny Slope", "Blue Heron", "Two Creeks", "Hidden Meadow", "Honey Hill"],
    whole: ["{last} Family Farm", "{last} Orchards"],
    style: "venue",
  },
  "ice-cream-shop": {
    words: ["Creamery", "Ice Cream", "Scoops", "Gelato", "Dairy Bar"],
    evocative: ["Sweet Cream", "Sprinkles", "Big Dipper", "Two Scoops", "Snowdrop", "Waffle Cone"],
    whole: ["The Sweet Spot", "The Scoop"],
  },
  chocolatier: { words: ["Chocolates", "Chocolate Co.", "Confections", "Candy Co.", "Chocolatier"] },
  "juice-bar": {
    words: ["Juice", "Juice Bar", "Juicery", "Juice Co.", "Smoothies"],
    evocative: ["Green Leaf", "Squeeze", "Sunburst", "Citrus", "Beet Street", "Pressed Petal"],
  },
  "liquor-store": {
    words: ["Liquor", "Wine & Spirits", "Spirits", "Bottle Shop", "Liquors"],
    GB: ["Wine & Spirits", "Off Licence", "Wine Merchants"],
    CA: ["Wine & Spirits", "Bottle Shop", "Beer & Wine"],
  },

  // Retail
  "health-food-store": { words: ["Natural Foods", "Health Foods", "Natural Market", "Nutrition"] },
  "clothing-boutique": {
    words: ["Boutique", "Clothing Co.", "Goods", "Apparel"],
    whole: ["The Dressing Room", "The Style Closet", "The Mercantile"],
  },
  "menswear-store": { words: ["Menswear", "Clothiers", "Outfitters", "Haberdashery"], style: "heritage" },
  "beauty-supply-store": { words: ["Beauty Supply", "Beauty", "Cosmetics", "Beauty Bar"] },
  "baby-store": {
    words: ["Baby", "Kids", "Baby & Kids", "Little Ones", "Nursery"],
    evocative: ["Little Sprout", "Acorn", "Sweet Pea", "Bumblebee", "Tiny Toes", "Little Lamb"],
  },
  "consignment-store": { words: ["Consignment", "Resale", "Thrift", "Vintage", "Closet"] },
  "furniture-store": { words: ["Furniture", "Home", "Furniture Co.", "Home Furnishings", "Interiors"] },
  "mattress-store": {
    words: ["Mattress", "Sleep", "Mattress Co.", "Bedding", "Sleep Shop"],
    evocative: ["Sweet Dreams", "Good Night", "Restful", "Cloud Nine", "Slumber", "Dreamland"],
  },
  "home-decor-store": { words: ["Home", "Home & Living", "Mercantile", "Home Decor", "Interiors"] },
  "lighting-store": { words: ["Lighting", "Lighting Co.", "Light & Lamp", "Lamps"] },
  "appliance-store": { words: ["Appliance", "Appliances", "Appliance Center", "Home Appliance"], style: "heritage" },
  "hardware-store": {
    words: ["Hardware", "Hardware & Supply", "Lumber & Hardware", "Supply Co."],
    GB: ["Hardware", "Ironmongers", "DIY & Hardware"],
  },
  "garden-center": { words: ["Garden Center", "Nursery", "Gardens", "Garden Supply", "Plant Nursery"] },
  "bike-shop": { words: ["Bikes", "Cycles", "Bicycle Co.", "Bike Shop", "Cyclery"] },
  bookstore: {
    words: ["Books", "Booksellers", "Bookshop", "Book Co."],
    whole: ["The Reading Room", "The Book Nook", "The Dog-Eared Page", "Chapter & Verse"],
  },
  "gift-shop": { words: ["Gifts", "Gift Shop", "Goods", "Gifts & Home", "Mercantile"] },
  "gift-basket-maker": {
    words: ["Gift Baskets", "Gift Co.", "Baskets", "Gift Boxes"],
    GB: ["Hampers", "Gift Hampers", "Gift Co."],
    style: "personal",
  },
  "sporting-goods-store": { words: ["Sports", "Sporting Goods", "Outfitters", "Outdoors", "Athletics"] },
  "music-store": {
    words: ["Music", "Music Co.", "Guitars", "Music Shop"],
    whole: ["The Music Box", "The Guitar Loft"],
  },
  "craft-store": { words: ["Crafts", "Art Supply", "Makers", "Craft Supply", "Yarn & Craft"] },
  "shoe-store": { words: ["Shoes", "Footwear", "Shoe Co.", "Boots & Shoes", "Shoe Shop"] },
  "toy-store": { words: ["Toys", "Toy Co.", "Toy Shop", "Toys & Games"], whole: ["The Toy Box", "The Playroom"] },
  "antique-store": {
    words: ["Antiques", "Vintage", "Antiques & Collectibles", "Antique Mall"],
    GB: ["Antiques", "Antiques & Collectables", "Antiques Centre"],
  },

  // Creative
  "portrait-photographer": { words: ["Photography", "Portraits", "Photo", "Studio", "Portrait Studio"] },
  "commercial-photographer": { words: ["Photography", "Studio", "Visuals", "Imaging", "Photo Co."] },
  "video-production-company": { words: ["Films", "Productions", "Media", "Pictures", "Video"] },
  "fine-artist": { words: ["Art", "Fine Art", "Studio", "Art Studio"], style: "performer" },
  muralist: { words: ["Murals", "Mural Co.", "Wall Art", "Murals & Signs"] },
  "art-gallery": {
    words: ["Gallery", "Fine Art", "Art Gallery", "Contemporary"],
    whole: ["Gallery {last}", "The White Wall", "The Frame Room"],
    style: "venue",
  },
  "custom-framing-shop": {
    words: ["Framing", "Frame Shop", "Frame Co.", "Art & Framing", "Custom Framing"],
    style: "shop",
  },
  "recording-studio": {
    words: ["Studios", "Sound", "Recording", "Audio", "Records"],
    evocative: ["Blue Room", "Hi-Fi", "Analog", "Tape Room", "Reverb", "Foxhole", "Wavelength"],
    style: "brand",
  },
  "illustrator-animator": { words: ["Illustration", "Animation", "Studio", "Motion", "Drawing Co."] },
  "drone-service": {
    words: ["Aerial", "Drone Co.", "Aerials", "Drone Services", "Aerial Imaging"],
    evocative: ["Skyline", "High Point", "Bird's Eye", "Overhead", "Altitude", "Cloud Nine"],
    style: "brand",
  },
  "fashion-designer": { words: ["Design", "Atelier", "Studio", "Couture", "Label"], style: "performer" },

  // Education
  tutor: { words: ["Tutoring", "Learning", "Learning Center", "Academic Coaching", "Tutors"] },
  "test-prep-center": { words: ["Test Prep", "Prep", "Academy", "Learning", "Test Prep Center"] },
  "college-admissions-consultant": {
    words: ["College Counseling", "Admissions", "College Consulting", "College Advisors", "Admissions Advisors"],
    GB: ["University Admissions", "Admissions", "Education Consultants"],
    CA: ["University Admissions", "Admissions", "Education Consulting"],
  },
  "driving-school": {
    words: ["Driving School", "Driver Training", "Driving Academy", "School of Driving"],
    GB: ["School of Motoring", "Driving School", "Driver Training"],
  },
  "language-school": {
    words: ["Language School", "Languages", "Language Center", "Language Institute"],
    evocative: ["Lingua", "Polyglot", "Global", "Passport", "Open World", "Babel"],
  },
  "music-teacher": {
    words: ["Music Lessons", "Music Studio", "Piano Studio", "Music School", "Strings"],
    style: "personal",
  },
  "child-care-center": {
    words: ["Child Care", "Early Learning", "Preschool", "Kids Academy", "Daycare"],
    GB: ["Nursery", "Day Nursery", "Childcare"],
    CA: ["Child Care", "Early Learning Centre", "Daycare"],
  },
  "nanny-agency": { words: ["Nannies", "Nanny Agency", "Family Care", "Nanny Co."], style: "personal" },
  "dance-studio": { words: ["Dance", "Dance Studio", "Dance Academy", "School of Dance", "Dance Co."] },
  "art-school": { words: ["Art School", "Art Studio", "Art Academy", "Art Center", "Art Classes"] },
  "cooking-school": { words: ["Cooking School", "Culinary Studio", "Kitchen", "Cooking Classes", "Culinary School"] },
  "swim-school": {
    words: ["Swim School", "Swim Academy", "Aquatics", "Swim Club"],
    evocative: ["Little Fins", "Splash", "Tadpoles", "Blue Wave", "Dolphin", "Seahorse"],
  },
  "kids-camp": { words: ["Camp", "Kids Club", "Adventure Camp", "After School", "Youth Programs"] },
  "coding-school": { words: ["Code Academy", "Coding School", "Code School", "Code Lab", "Coding Club"] },
  "private-school": { words: ["Academy", "School", "Montessori", "Day School", "Preparatory School"], style: "venue" },
  "corporate-training-provider": { words: ["Training", "Learning", "Leadership", "Training Group", "Learning Co."] },
};

export const GROUP_STYLE: Record<CategoryGroup, Style> = {
  home: "trade",
  "real-estate": "trade",
  "events-weddings": "creative",
  "health-wellness": "clinic",
  "business-services": "firm",
  automotive: "trade",
  pets: "personal",
  food: "shop",
  retail: "shop",
  creative: "creative",
  tech: "brand",
  education: "brand",
  "personal-care": "personal",
};

/** Words that go before a trade word: "Keystone Roofing", "Golden Hour Weddings". */
// prettier-ignore
export const GROUP_EVOCATIVE: Record<CategoryGroup, readonly string[]> = {
  home: [
    "Keystone", "Cornerstone", "Summit", "Ironwood", "Bedrock", "True Line", "Benchmark", "Redwood", "Granite",
    "Anchor", "Straightline", "Square One", "Heritage", "Ridgeline", "Timberline", "Copper Creek", "Evergreen",
    "Pinecrest", "Oak Hill", "Clearview", "Precision", "Reliable", "Blue Heron", "Hometown", "Good Neighbor",
    "Level Best", "Plumb Line", "Tall Pine", "Stonebridge", "Old Mill",
  ],
  "real-estate": [
    "Keystone", "Landmark", "Hearthstone", "Front Door", "Cornerstone", "Harbor", "Meridian", "Welcome Home",
    "Fieldstone", "Bluestone", "Homestead", "Parkside", "Westward", "Northbridge", "Brickhouse", "Porchlight",
    "Main Street", "Oakline", "Good Neighbor", "Evergreen", "Reliable", "Hometown",
  ],
  "business-services": [
    "Meridian", "Beacon", "Landmark", "Harbor", "Summit", "Northbridge", "Cornerstone", "Sterling", "Clearwater",
    "Lighthouse", "Bluestone", "Fieldstone", "Crestview", "Oakline", "Parkside", "Ledger", "Brightpath",
    "Ironbridge", "True North", "Compass", "Waypoint", "Cobalt", "Silverline", "Anchor Point",
  ],
  "health-wellness": [
    "Evergreen", "Willow", "Clearwater", "Lakeside", "Riverstone", "Harmony", "Balance", "Restore", "Bright",
    "Cedar Grove", "Meadowbrook", "Parkview", "Whole Body", "Kindred", "Open Door", "Still Water", "Thrive",
    "Healing Tree", "Pine Ridge", "Brightwater", "Northside", "Blue Spruce", "Alder Creek",
  ],
  "personal-care": [
    "Velvet", "Gilded", "Rose Gold", "Glow", "Bliss", "Polished", "Luxe", "Serenity", "Honey", "Pearl", "Blush",
    "Ivory", "Indigo", "Golden", "Modern", "Wild Rose", "Lavender", "Copper", "Magnolia", "Sugar",
  ],
  "events-weddings": [
    "Golden Hour", "Northlight", "Wildflower", "Silver Fern", "Evergreen", "Something Blue", "Ever After", "Lantern",
    "Marigold", "Juniper", "Starling", "Twin Oaks", "Moonlit", "Harvest Moon", "Rosewood", "Magnolia", "White Birch",
    "Honeysuckle", "Bluebell", "Firefly",
  ],
  creative: [
    "Northlight", "Golden Hour", "Wildframe", "Silver Fern", "Paper Moon", "Fieldnote", "Lumen", "Saltwater",
    "Little Fox", "Blue Hour", "Kindling", "Marigold", "Ashgrove", "Brightwork", "Redbird", "Magpie", "Lantern",
    "Ochre", "Cobalt", "Monarch", "Pinhole", "Tin Roof",
  ],
  tech: [
    "Bitwise", "Brightline", "Clearpath", "Bluepeak", "Sparkline", "Ridgeback", "Lattice", "Cobalt", "Quartz",
    "Vector", "Northgate", "Silverline", "Tidewater", "Copperline", "Halcyon", "Lumen", "Parallel", "Redshift",
    "Kestrel", "Blue Fern", "Switchback", "Larch",
  ],
  automotive: [
    "Precision", "Pit Stop", "Redline", "Checkered Flag", "Horsepower", "Torque", "Piston", "Main Street",
    "Crossroads", "Highway", "Eagle", "Gearhead", "Roadrunner", "Old Town", "Ironhorse", "Summit", "Honest",
    "Hometown", "First Gear", "Northside",
  ],
  pets: [
    "Happy Tails", "Muddy Paws", "Wagging Tail", "Lucky Dog", "Good Boy", "Top Dog", "Two Paws", "Whiskers",
    "Furry Friends", "Fetch", "Wet Nose", "Gentle Paws", "Tail Waggers", "Bark Avenue", "Puppy Love", "Nine Lives",
    "Best Friends", "Wildwood",
  ],
  food: [
    "Copper Kettle", "Wild Plum", "Little Acorn", "Blue Door", "Hearth", "Juniper", "Honeycomb", "Fig Tree",
    "Olive Branch", "Sweet Fern", "Golden Crust", "Salt Cellar", "Red Fox", "Tin Cup", "Old Mill", "Sunday",
    "Harvest", "Lucky Pig", "Barley", "Cast Iron",
  ],
  retail: [
    "Blue Door", "Little Acorn", "Juniper", "Fern", "Marigold", "Main Street", "Olive", "Sparrow", "Thistle",
    "Wildwood", "Corner", "Hearth", "Ironwood", "Old Town", "Bramble", "Rosemary", "Goldfinch", "Red Wagon",
    "Cotton", "Hazel",
  ],
  education: [
    "Bright Minds", "Smart Start", "Lightbulb", "Apple Tree", "Bright Start", "Little Oak", "Acorn", "Tiny Steps",
    "Rainbow", "Sunshine", "Open Book", "Compass", "Pathway", "Summit", "Discovery", "Curious", "Inkwell",
    "North Star", "Spark", "Wise Owl", "First Steps",
  ],
};

/** Two of these make a name on their own: "Bloom & Vine", "Salt & Honey", "Cedar & Stone". */
// prettier-ignore
const SOFT_PAIRS = [
  "Bloom", "Saffron", "Fern", "Feather", "Linen", "Lace", "Ink", "Ember", "Sage", "Honey", "Thistle", "Moss", "Ivy",
  "Sparrow", "Birch", "Willow", "Clover", "Wren", "Paper", "Thread", "Pearl", "Poppy", "Marigold", "Velvet",
  "Juniper", "Rose", "Plum", "Larkspur",
];
// prettier-ignore
const FOOD_PAIRS = [
  "Salt", "Honey", "Butter", "Rye", "Fig", "Olive", "Sugar", "Thyme", "Crumb", "Crust", "Barley", "Plum", "Pear",
  "Clove", "Hearth", "Vine", "Basil", "Oat", "Ember", "Smoke",
];
// prettier-ignore
const SHOP_PAIRS = [
  "Oak", "Iron", "Thread", "Needle", "Paper", "Ink", "Cedar", "Stone", "Copper", "Brass", "Fern", "Fox", "Hare",
  "Wool", "Linen", "Pine", "Sparrow", "Anchor", "Acorn", "Wren",
];
// prettier-ignore
const STURDY_PAIRS = [
  "Cedar", "Stone", "Iron", "Oak", "Pine", "Granite", "Copper", "Brick", "Timber", "Slate", "Elm", "Ash", "Birch",
  "Maple", "Flint", "River", "Ridge", "Field",
];
export const GROUP_PAIRS: Record<CategoryGroup, readonly string[]> = {
  home: STURDY_PAIRS,
  "real-estate": STURDY_PAIRS,
  "events-weddings": SOFT_PAIRS,
  "health-wellness": STURDY_PAIRS,
  "business-services": STURDY_PAIRS,
  automotive: STURDY_PAIRS,
  pets: SHOP_PAIRS,
  food: FOOD_PAIRS,
  retail: SHOP_PAIRS,
  creative: SOFT_PAIRS,
  tech: STURDY_PAIRS,
  education: SHOP_PAIRS,
  "personal-care": SOFT_PAIRS,
};

/**
 * Given names from many cultures (none ends in "s", so "Maya's" never meets "Carlos'"), and
 * family names likewise. Together they also name the demo directory's owners.
 */
// prettier-ignore
export const FIRST_NAMES = [
  "Maya", "Priya", "Aisha", "Mei", "Hiro", "Kenji", "Lucía", "Mateo", "Sofia", "Amara", "Kwame", "Chidi", "Ngozi",
  "Ingrid", "Sven", "Anika", "Ravi", "Arjun", "Deepa", "Omar", "Layla", "Yusuf", "Fatima", "Noor", "Leila", "Dmitri",
  "Olga", "Katya", "Piotr", "Zofia", "Giulia", "Marco", "Luca", "Siobhan", "Declan", "Niamh", "Tariq", "Hana", "Jin",
  "Min-jun", "Seo-yeon", "Minh", "Linh", "Bao", "Kai", "Leilani", "Rafael", "Camila", "Diego", "Valeria", "Ana",
  "Elena", "Felix", "Grace", "Isla", "Jamal", "Kate", "Leo", "Noah", "Olivia", "Pablo", "Rosa", "Sam", "Tara",
  "Umar", "Vera", "Will", "Yara", "Zoe", "Ben", "Chloe", "Dev", "Tom", "Rob", "Dan", "Andre", "Malik", "Imani",
  "Ebony", "Keisha", "DeShawn", "Aroha", "Tane", "Astrid", "Bjorn", "Emeka", "Folake", "Kofi", "Abena", "Yaw", "Esi",
  "Sanjay", "Meera", "Farid", "Shirin", "Reza", "Nadia", "Selin", "Emre", "Ayla", "Mariam", "Youssef", "Joao",
  "Beatriz", "Ewan", "Morag", "Hamish", "Freya", "Ruth", "Eli", "Miriam", "Jonah", "Talia", "Nico", "Paola", "Wen",
  "Xin", "Yuki", "Haruto", "Sakura", "Rina", "Thandi", "Sipho", "Zanele", "Ximena", "Joaquin", "Marisol", "Rohan",
  "Kiran", "Gwen", "Ifeoma", "Ivy", "Tomasz", "Lasse", "Jude", "Ilse", "Siân",
];
// prettier-ignore
export const SURNAMES = [
  "Hartley", "Okafor", "Lindqvist", "Nakamura", "Patel", "Nguyen", "Kowalski", "Haddad", "Delgado", "Eriksen",
  "Farah", "Ibrahim", "Rossi", "Santos", "Chen", "Wong", "Kim", "Park", "Tanaka", "Sato", "Mensah", "Adeyemi",
  "Osei", "Kariuki", "Wanjiru", "Novak", "Horvat", "Petrov", "Moreau", "Lefebvre", "Dubois", "Fischer", "Becker",
  "Bauer", "Weber", "Jensen", "Larsen", "Nilsson", "Berg", "Halvorsen", "Virtanen", "Singh", "Sharma", "Reddy",
  "Iyer", "Desai", "Mehta", "Khan", "Rahman", "Hossain", "Aziz", "Yilmaz", "Demir", "Kaya", "Costa", "Silva",
  "Pereira", "Ferreira", "Oliveira", "Morales", "Castillo", "Herrera", "Vargas", "Romero", "Mendoza", "Flores",
  "Ortiz", "Ramos", "Reyes", "Cruz", "Garcia", "Lopez", "Murphy", "Kelly", "Walsh", "Byrne", "Doyle", "Quinn",
  "O'Brien", "McAllister", "MacLeod", "Fraser", "Campbell", "Hughes", "Evans", "Price", "Morgan", "Bennett",
  "Turner", "Whitaker", "Holloway", "Ashford", "Pemberton", "Greene", "Brooks", "Coleman", "Robinson", "Mitchell",
  "Carter", "Lin", "Huang", "Zhou", "Liu", "Zhang", "Tran", "Pham", "Ito", "Yamamoto", "Mori", "Cohen", "Levy",
  "Friedman", "Rosen", "Shapiro", "Kaplan", "Abboud", "Nasser", "Saleh", "Mansour", "Gallo", "Romano", "Esposito",
  "Bianchi", "Conti", "Marino", "Kovacs", "Nagy", "Szabo", "Dvorak", "Popescu", "Georgiou", "Papadopoulos", "Mwangi",
  "Otieno", "Balogun", "Okonkwo", "Eze", "Diallo", "Traore", "Keita", "Baptiste", "Pierre", "Alvarez", "Navarro",
  "Soto", "Ruiz", "Sandoval", "Ahmed", "Gupta", "Joshi", "Nair", "Pillai", "Okoye", "Asante", "Boateng", "Whitfield",
  "Kealoha", "Begay", "Tsosie", "Redcloud", "Ngata", "Tapsell", "Dlamini", "Nkosi", "Van der Berg", "De Luca",
  "St. Clair",
];

/** Neighbourhoods, rivers and nicknames of the demo cities: "Willamette Movers", "Mile High Dental". */
// prettier-ignore
export const PLACE_WORDS: Record<string, readonly string[]> = {
  Portland: [
    "Willamette", "Rose City", "Cascade", "Columbia River", "Hawthorne", "Alberta", "Mt. Tabor", "Sellwood",
    "Pearl District", "Multnomah", "Burnside", "St. Johns", "Laurelhurst", "Portland",
  ],
  Austin: [
    "Lone Star", "Hill Country", "Barton Creek", "Zilker", "South Congress", "Pecan Street", "Lady Bird", "Travis",
    "Bluebonnet", "Mueller", "Bouldin", "Capital City", "Austin",
  ],
  Denver: [
    "Mile High", "Front Range", "Rocky Mountain", "Cherry Creek", "Platte River", "Highlands", "Larimer",
    "Wash Park", "Sloan's Lake", "Colfax", "Denver",
  ],
  Toronto: [
    "Don Valley", "Kensington", "Danforth", "Beaches", "Lakeshore", "Humber", "Leslieville", "High Park", "Annex",
    "Queen West", "Yorkville", "Junction", "Bloor", "Toronto",
  ],
  Bristol: [
    "Clifton", "Severn", "Harbourside", "Bedminster", "Redland", "Montpelier", "Cotham", "Southville", "Westbury",
    "Bishopston", "Mendip", "West Country", "Bristol",
  ],
};

/** Spelling where the country writes a word differently, applied to trade words only. */
export const SPELLINGS: Record<string, readonly [RegExp, string][]> = {
  GB: [
    [/\bCenter\b/g, "Centre"],
    [/\bTheater\b/g, "Theatre"],
    [/\bPediatric/g, "Paediatric"],
    [/\bOrthopedic/g, "Orthopaedic"],
    [/\bGynecology\b/g, "Gynaecology"],
    [/\bCounseling\b/g, "Counselling"],
    [/\bDefense\b/g, "Defence"],
    [/\bParlor\b/g, "Parlour"],
    [/\bRemodeling\b/g, "Renovations"],
    [/\bBehavioral\b/g, "Behavioural"],
    [/\bOrganized\b/g, "Organised"],
    [/\bNeighbor\b/g, "Neighbour"],
    [/\bHarbor\b/g, "Harbour"],
  ],
  CA: [
    [/\bCenter\b/g, "Centre"],
    [/\bTheater\b/g, "Theatre"],
    [/\bCounseling\b/g, "Counselling"],
    [/\bDefense\b/g, "Defence"],
    [/\bParlor\b/g, "Parlour"],
    [/\bBehavioral\b/g, "Behavioural"],
    [/\bNeighbor\b/g, "Neighbour"],
    [/\bHarbor\b/g, "Harbour"],
  ],
};

/** Real, well-known names the patterns could happen upon; a draw that makes one is drawn again. */
export const KNOWN_BRANDS = [
  /^Cascade Brewing/,
  /^Willamette Valley Vineyards/,
  /^Rocky Mountain Chocolate/,
  /^Lone Star (Beer|Brewing)/,
  /^Lakeshore Learning/,
  /^Columbia (Sportswear|River Outfitters)/,
  /^Blue Moon Brewing/,
  /^Red Door Spa/,
  /^Sunrise Senior Living/,
  /^Bright Horizons/,
  /^Busy Bees/,
];
