/**
 * The one-line niches of the demo directory's businesses (./seed-demo-niches.ts draws them), in an
 * owner's words, per trade and, where the trade is said differently there, per country. Written
 * in US English; ./seed-demo-niches.ts respells them for Great Britain and Canada. A trade not
 * here gets a niche made from its taxonomy offerings instead. Pure data.
 *
 * Kept clear of words that would change what the demo's searches find: only florists say
 * "florist…", only photographers "photograph…".
 */

export interface TradeNiches {
  US: readonly string[];
  /** Where Great Britain or Canada call the trade's work something else (estate agents, removals). */
  GB?: readonly string[];
  CA?: readonly string[];
}

export const NICHES: Record<string, TradeNiches> = {
  // Events & weddings
  "wedding-planner": {
    US: [
      "Full-service wedding planning for couples who want a calm day",
      "Month-of coordination for couples who planned it themselves",
      "Destination weddings and elopements, planned start to finish",
      "Intimate weddings of under 80 guests, planned down to the minute",
      "Multicultural and two-ceremony weddings, planned end to end",
      "Wedding design and planning for garden and vineyard weddings",
    ],
  },
  "event-planner": {
    US: [
      "Milestone birthdays, anniversaries and surprise parties",
      "Corporate events, product launches and holiday parties",
      "Nonprofit galas and fundraising dinners",
      "Conferences and team offsites, from venue to run of show",
    ],
  },
  "wedding-photographer": {
    US: [
      "Wedding and portrait photography",
      "Documentary wedding photography, candid over posed",
      "Elopements and small weddings, photographed in natural light",
      "Wedding days and engagement sessions, with a second shooter",
      "Film and digital wedding photography",
    ],
  },
  "wedding-videographer": {
    US: [
      "Cinematic wedding films and same-week highlight reels",
      "Documentary-style wedding films with drone footage",
      "Ceremony livestreams for family who cannot travel",
      "Short films for elopements and small weddings",
    ],
  },
  florist: {
    US: [
      "Seasonal bouquets and event floristry",
      "Wedding flowers from locally grown stems",
      "Everyday arrangements, sympathy flowers and same-day delivery",
      "Bridal bouquets, ceremony arches and table flowers",
      "Dried and preserved flower arrangements",
    ],
  },
  caterer: {
    US: [
      "Wedding and event catering, plated or family style",
      "Corporate lunches and office catering",
      "Seasonal menus for weddings of 50 to 300 guests",
      "Buffets and barbecue catering for large parties",
      "Farm-to-table catering for weddings and private dinners",
    ],
  },
  dj: {
    US: [
      "Wedding DJ and MC, from the ceremony to the last dance",
      "DJs for weddings, school dances and corporate parties",
      "Bilingual wedding DJ and MC services",
      "Open-format DJ sets with dance floor lighting",
      "Wedding and party DJ with ceremony sound and uplighting",
    ],
  },
  "live-musician": {
    US: [
      "String quartet for ceremonies and cocktail hours",
      "Live wedding band playing soul, funk and pop covers",
      "Solo acoustic guitar and vocals for ceremonies and receptions",
      "Jazz trio for cocktail hours and corporate events",
    ],
  },
  "event-venue": {
    US: [
      "Barn wedding venue with a garden ceremony site",
      "Downtown loft for weddings and corporate events",
      "Historic estate for weddings of up to 200 guests",
      "Riverside venue for ceremonies, receptions and rehearsal dinners",
      "Vineyard venue for weddings and private parties",
    ],
  },
  "bridal-shop": {
    US: [
      "Wedding gowns and bridesmaid dresses, by appointment",
      "Designer bridal gowns in every size",
      "Sample sale and off-the-rack wedding dresses",
      "Gowns, veils and accessories for the whole bridal party",
    ],
  },
  "formal-wear-rental": {
    US: [
      "Tuxedo and suit rental for weddings and proms",
      "Groomsmen packages with free fittings",
      "Modern suit rental for the whole wedding party",
    ],
    GB: [
      "Wedding suit hire for grooms and groomsmen",
      "Morning suit and black tie hire",
      "Suit hire for weddings, proms and black-tie events",
    ],
  },
  "cake-designer": {
    US: [
      "Wedding cakes and dessert tables",
      "Custom celebration cakes with sugar flowers",
      "Buttercream wedding cakes and cupcake towers",
      "Gluten-free and vegan celebration cakes",
    ],
  },
  officiant: {
    US: [
      "Personal wedding ceremonies, written with the couple",
      "Elopement and courthouse-style ceremonies",
      "Interfaith and non-religious wedding ceremonies",
      "Vow renewals and commitment ceremonies",
    ],
    GB: [
      "Celebrant-led wedding ceremonies, written with the couple",
      "Elopement and handfasting ceremonies",
      "Interfaith and non-religious celebrant ceremonies",
      "Vow renewals and naming ceremonies",
    ],
  },
  "party-rental": {
    US: [
      "Tents, tables and chairs for backyard parties",
      "Wedding rentals: tents, linens and dance floors",
      "Party rentals, delivered and set up",
      "Furniture and tableware rental for events",
    ],
    GB: [
      "Marquee hire for weddings and garden parties",
      "Furniture, linen and tableware hire for events",
      "Party and event hire, delivered and set up",
    ],
  },
  "limo-service": {
    US: [
      "Wedding limousines and classic cars",
      "Airport transfers and executive car service",
      "Limousines for proms, wine tours and nights out",
    ],
    GB: [
      "Chauffeur-driven wedding cars",
      "Classic and vintage wedding car hire",
      "Airport transfers and executive chauffeur service",
    ],
  },
  "party-bus": {
    US: [
      "Party buses for bachelor, bachelorette and birthday nights",
      "Wedding shuttles and party bus rental",
      "Brewery and wine tour party buses",
    ],
    GB: [
      "Party buses for stag, hen and birthday nights",
      "Wedding shuttles and party bus hire",
      "Party buses for brewery tours and nights out",
    ],
  },
  "photo-booth-rental": {
    US: [
      "Open-air photo booths with instant prints",
      "360 video booths and mirror booths for events",
      "Photo booths with custom props and backdrops",
    ],
  },
  stationer: {
    US: [
      "Wedding invitations and day-of paper goods",
      "Letterpress wedding invitations and save the dates",
      "Custom stationery suites, printed locally",
    ],
  },
  calligrapher: {
    US: [
      "Envelope addressing and place cards for weddings",
      "Wedding signs and seating charts, lettered by hand",
      "Live calligraphy and engraving at events",
    ],
  },
  jeweler: {
    US: [
      "Engagement rings and wedding bands, made on site",
      "Custom jewelry design and repair",
      "Ethically sourced engagement rings",
      "Heirloom redesign and ring resizing",
    ],
  },
  "event-lighting-av": {
    US: [
      "Event lighting and sound for weddings and galas",
      "Uplighting, projection and stage lighting",
      "Audio-visual production for conferences and corporate events",
    ],
  },
  "event-decorator": {
    US: [
      "Event styling, draping and backdrops",
      "Wedding and party decor, installed and taken down",
      "Tablescapes and themed decor for corporate events",
    ],
  },
  "balloon-decorator": {
    US: [
      "Balloon arches and garlands for parties and events",
      "Organic balloon installations for weddings and launches",
      "Balloon bouquets, delivered",
    ],
  },
  magician: {
    US: [
      "Close-up magic for weddings and corporate events",
      "Stage magic shows for parties and schools",
      "Strolling magic and mentalism for cocktail hours",
    ],
  },
  "kids-party-entertainer": {
    US: [
      "Character visits and face painting for kids' parties",
      "Kids' birthday shows with balloon twisting",
      "Party games and entertainment for ages 3 to 10",
    ],
  },
  "party-supply-store": {
    US: [
      "Party supplies, balloons and themed tableware",
      "Helium balloons, decorations and party favors",
      "Costumes, piñatas and party decorations",
    ],
  },
  "mobile-bartender": {
    US: [
      "Mobile bars and licensed bartenders for weddings",
      "Signature cocktail menus for private parties",
      "Beer and wine service for events of every size",
    ],
  },
  "grazing-table-caterer": {
    US: [
      "Grazing tables and charcuterie boards for events",
      "Grazing boxes and platters, delivered",
      "Dessert and brunch grazing tables",
    ],
  },
  "travel-agent": {
    US: [
      "Honeymoons and destination weddings",
      "Cruises and all-inclusive vacations, booked for you",
      "Group travel for weddings and family reunions",
    ],
    GB: [
      "Honeymoons and destination weddings",
      "Cruises and all-inclusive holidays, booked for you",
      "Group travel for weddings and family reunions",
    ],
  },
  "valet-service": {
    US: [
      "Valet parking for weddings and private parties",
      "Event parking management and shuttles",
      "Restaurant and hotel valet programs",
    ],
  },
  "funeral-home": {
    US: [
      "Traditional funerals, cremation and memorial services",
      "Family-owned funeral home serving all faiths",
      "Green burials and simple cremations",
    ],
    GB: [
      "Independent funeral directors serving all faiths",
      "Funerals, cremations and memorial services",
      "Simple cremations and woodland burials",
    ],
  },
  inn: {
    US: [
      "Bed and breakfast with six guest rooms",
      "Boutique inn for weekend getaways and wedding guests",
      "Historic inn with a garden and home-cooked breakfasts",
    ],
  },
  "family-entertainment-center": {
    US: [
      "Bowling, arcade games and laser tag for all ages",
      "Birthday parties with games, pizza and prizes",
      "Indoor play and arcade games for families",
    ],
  },
  "tour-operator": {
    US: [
      "Guided city walks and food tours",
      "Wine country and brewery day trips",
      "Kayak, bike and hiking tours for small groups",
    ],
  },

  // Real estate
  "real-estate-agent": {
    US: [
      "Residential sales for first-time buyers and downsizers",
      "Buyer's agent for first homes and condos",
      "Listing agent for family homes, with staging and photos",
      "Relocation and new-construction home sales",
      "Condos and townhomes in close-in neighborhoods",
      "Investment properties and small multifamily sales",
    ],
    GB: [
      "Residential sales and lettings",
      "Estate agents for first-time buyers and growing families",
      "Sales, lettings and property management",
      "Period homes and new builds across the city",
      "Flats and family homes, sales and lettings",
      "Independent estate agents for buyers and sellers",
    ],
  },
  "mortgage-broker": {
    US: [
      "Home loans for first-time buyers",
      "Purchase and refinance mortgages, compared across lenders",
      "FHA, VA and conventional home loans",
      "Mortgages for self-employed borrowers",
    ],
    GB: [
      "Whole-of-market mortgage advice",
      "Mortgages for first-time buyers and home movers",
      "Remortgages and buy-to-let mortgages",
      "Mortgages for self-employed borrowers",
    ],
    CA: [
      "Mortgages for first-time buyers",
      "Purchase and renewal mortgages, compared across lenders",
      "Mortgages for self-employed borrowers",
    ],
  },
  "home-inspector": {
    US: [
      "Pre-purchase home inspections, reports within 24 hours",
      "Home inspections with radon and sewer scope testing",
      "Pre-listing and new-construction inspections",
    ],
    GB: [
      "RICS Level 2 and Level 3 building surveys",
      "Home buyer surveys and valuations",
      "Building surveys for period and listed homes",
    ],
  },
  "real-estate-appraiser": {
    US: [
      "Residential appraisals for purchases and refinances",
      "Estate, probate and divorce appraisals",
      "Pre-listing appraisals and appraisal reviews",
    ],
    GB: [
      "Residential valuations for lenders and owners",
      "Probate and matrimonial valuations",
      "Valuations for sales, lettings and probate",
    ],
  },
  "title-company": {
    US: [
      "Title insurance and escrow for home sales",
      "Residential closings and title searches",
      "Escrow and closing services for buyers, sellers and lenders",
    ],
    GB: [
      "Residential conveyancing for buyers and sellers",
      "Fixed-fee conveyancing for sales and purchases",
      "Leasehold and freehold conveyancing",
    ],
  },
  "real-estate-attorney": {
    US: [
      "Real estate closings and contract review",
      "Landlord-tenant disputes and lease review",
      "Title disputes and boundary issues",
    ],
    GB: [
      "Residential property law and conveyancing",
      "Landlord and tenant disputes",
      "Boundary disputes and property litigation",
    ],
  },
  mover: {
    US: [
      "Local and long-distance moves",
      "Careful movers for apartments and family homes",
      "Packing, moving and storage",
      "Piano and specialty item moving",
    ],
    GB: [
      "House removals and packing",
      "Local and long-distance removals",
      "Removals and storage for flats and family homes",
    ],
  },
  "self-storage": {
    US: [
      "Climate-controlled storage units",
      "Storage units, boxes and moving supplies",
      "Vehicle, boat and RV storage",
    ],
    GB: [
      "Self storage units and packing supplies",
      "Household and business storage",
      "Vehicle, boat and caravan storage",
    ],
  },
  "property-manager": {
    US: [
      "Full-service property management for landlords",
      "Rentals managed: tenant screening, rent and repairs",
      "Property management for small apartment buildings",
    ],
    GB: [
      "Lettings and full property management for landlords",
      "Tenant finding and rent collection",
      "Block and leasehold management",
    ],
  },
  "home-stager": {
    US: [
      "Staging vacant homes for sale",
      "Staging consultations for occupied homes",
      "Staging and styling for listing photos",
    ],
  },
  "insurance-agent": {
    US: [
      "Home, auto and renters insurance",
      "Independent agent comparing home and auto policies",
      "Insurance for homeowners and landlords",
    ],
    GB: [
      "Home and contents insurance",
      "Buildings, contents and landlord insurance",
      "Independent broker for home and car insurance",
    ],
  },
  "home-warranty": {
    US: [
      "Home warranties for buyers and sellers",
      "Appliance and HVAC system coverage",
      "Home warranty plans with 24/7 repair requests",
    ],
    GB: ["Boiler and home emergency cover", "Appliance and heating cover", "Home emergency cover for landlords"],
  },
  "pest-control": {
    US: [
      "Termite inspections and treatment",
      "Ant, rodent and wasp control for homes",
      "Eco-friendly pest control for homes and restaurants",
      "Wood-destroying organism reports for home sales",
    ],
    GB: [
      "Rodent and wasp control for homes",
      "Pest control for homes, landlords and restaurants",
      "Moth, mouse and rat control",
    ],
  },
  "house-cleaner": {
    US: [
      "Weekly and biweekly house cleaning",
      "Deep cleans and move-out cleaning",
      "Eco-friendly house cleaning",
      "Recurring cleaning for busy families",
    ],
    GB: [
      "Weekly and fortnightly house cleaning",
      "End-of-tenancy and deep cleans",
      "Eco-friendly house cleaning",
      "Regular cleaning for busy families",
    ],
  },
  "carpet-cleaner": {
    US: ["Carpet and upholstery steam cleaning", "Area rug and pet stain cleaning", "Tile, grout and carpet cleaning"],
  },
  "junk-removal": {
    US: ["Junk removal and garage cleanouts", "Furniture and appliance haul-away", "Estate and move-out cleanouts"],
    GB: ["Rubbish removal and house clearances", "Furniture and appliance collection", "House and garage clearances"],
  },
  locksmith: {
    US: [
      "Lockouts, rekeys and new locks",
      "Residential locksmith, 24 hours a day",
      "Smart locks, deadbolts and lock changes",
    ],
  },
  "interior-designer": {
    US: [
      "Interior design for kitchens and living spaces",
      "Full-home interior design and furnishing",
      "Color consultations and space planning",
      "Interior design for remodels and new builds",
    ],
  },
  "home-builder": {
    US: ["Custom homes on your lot", "Semi-custom homes and new-build communities", "Energy-efficient custom homes"],
    GB: ["New-build homes and self-build projects", "Custom homes on your plot", "Energy-efficient new builds"],
  },
  "land-surveyor": {
    US: [
      "Boundary and topographic surveys",
      "Elevation certificates and ALTA surveys",
      "Surveys for home sales, fences and additions",
    ],
    GB: [
      "Boundary and topographical surveys",
      "Measured building surveys",
      "Land surveys for extensions and new builds",
    ],
  },
  "real-estate-photographer": {
    US: [
      "Listing photography, drone and 3D tours",
      "Real estate photos, floor plans and virtual tours",
      "Twilight and aerial listing photography",
    ],
    GB: [
      "Property photography, drone and 3D tours",
      "Property photos, floor plans and virtual tours",
      "Twilight and aerial property photography",
    ],
  },
  "senior-move-manager": {
    US: [
      "Downsizing and moves for older adults",
      "Sorting, packing and settling into a new home",
      "Senior moves, from floor plan to unpacked",
    ],
  },
  "estate-sale-company": {
    US: [
      "Estate sales, from pricing to clean-out",
      "Estate sales and online auctions",
      "Estate buyouts and downsizing sales",
    ],
    GB: [
      "House clearances and estate sales",
      "Estate sales and online auctions",
      "Probate clearances and downsizing sales",
    ],
  },
  "apartment-community": {
    US: [
      "Pet-friendly apartments with a gym and rooftop deck",
      "Furnished apartments and short-term leases",
      "Studios and one-bedroom apartments near downtown",
    ],
    GB: [
      "Pet-friendly rental flats with a gym and roof terrace",
      "Furnished flats on short lets",
      "Studio and one-bedroom flats near the city centre",
    ],
  },
  "cash-home-buyer": {
    US: [
      "Cash offers for houses as-is",
      "Quick cash sales for inherited and empty homes",
      "Cash home purchases, closing in two weeks",
    ],
    GB: [
      "Quick cash house sales",
      "Cash offers for houses in any condition",
      "Fast sales for inherited and empty homes",
    ],
  },

  // The other trades the demo directory lists, and a few common ones
  accountant: {
    US: [
      "Tax planning and returns for small businesses",
      "CPA firm for startups and growing companies",
      "Accounting and tax for restaurants and retailers",
    ],
    GB: [
      "Accounts and tax returns for small businesses",
      "Chartered accountants for startups and growing companies",
      "Year-end accounts, VAT and payroll",
    ],
  },
  bookkeeper: {
    US: [
      "Monthly bookkeeping for small businesses",
      "QuickBooks setup, cleanup and catch-up bookkeeping",
      "Bookkeeping and payroll for trades and contractors",
    ],
  },
  "air-duct-cleaner": {
    US: ["Air duct and dryer vent cleaning", "Duct cleaning and HVAC coil cleaning", "Dryer vent cleaning and repair"],
  },
  "appliance-repair": {
    US: [
      "Same-week repair of washers, dryers and refrigerators",
      "Appliance repair for homes and landlords",
      "Oven, dishwasher and fridge repair",
    ],
  },
  "auto-body-shop": {
    US: ["Collision repair and paint", "Dent repair and insurance claims", "Collision repair for every make"],
    GB: ["Accident repair and respraying", "Dent repair and insurance claims", "Bodywork and paint for every make"],
  },
  "auto-glass": {
    US: ["Windshield replacement and chip repair", "Mobile windshield repair", "Auto glass for cars, trucks and vans"],
    GB: ["Windscreen replacement and chip repair", "Mobile windscreen repair", "Vehicle glass for cars and vans"],
  },
  bakery: {
    US: [
      "Sourdough bread and morning pastries",
      "Neighborhood bakery for bread, pies and cookies",
      "Croissants, cakes and custom orders",
    ],
  },
  "beauty-supply-store": {
    US: [
      "Skincare, cosmetics and salon hair care",
      "Wigs, extensions and hair care products",
      "Professional beauty supplies for salons and stylists",
    ],
  },
  "business-consultant": {
    US: [
      "Strategy and operations for owner-run businesses",
      "Business plans and growth strategy for small firms",
      "Operations improvement for service businesses",
    ],
  },
  "cabinet-maker": {
    US: ["Custom kitchen cabinets and built-ins", "Cabinet refacing and bathroom vanities", "Handmade cabinetry"],
  },
  "car-wash": {
    US: ["Express car wash and memberships", "Full-service car wash and detailing", "Hand car wash and wax"],
  },
  carpenter: {
    US: ["Trim, built-ins and finish carpentry", "Custom shelving and wainscoting", "Finish carpentry for remodels"],
    GB: ["Joinery, skirting and fitted shelving", "Bespoke fitted furniture", "Carpentry and joinery for renovations"],
  },
  "consignment-store": {
    US: [
      "Consignment clothing and accessories",
      "Vintage clothing and secondhand furniture",
      "Designer resale and consignment",
    ],
  },
  "courier-service": {
    US: [
      "Same-day courier for law firms and clinics",
      "Scheduled route deliveries for local businesses",
      "Medical and legal document delivery",
    ],
  },
  "custom-apparel-printer": {
    US: [
      "Screen-printed T-shirts and embroidered hats",
      "Team uniforms and company apparel",
      "Custom apparel for events and fundraisers",
    ],
  },
  "day-spa": {
    US: ["Massage, facials and spa days", "Couples massage and spa packages", "Bridal party spa days"],
  },
  "dog-breeder": {
    US: ["Health-tested family puppies", "Small-breed puppies raised at home", "Puppies from health-tested parents"],
  },
  "drone-service": {
    US: [
      "Aerial photos and roof inspections",
      "Drone mapping and construction progress imaging",
      "Aerial imaging for builders and real estate",
    ],
  },
  "ent-doctor": {
    US: [
      "ENT care for sinus, ear and throat problems",
      "Pediatric ENT and ear tubes",
      "Sinus surgery and allergy care",
    ],
  },
  "general-contractor": {
    US: ["Home additions and whole-house remodels", "Kitchen and bath remodels", "ADUs and home additions"],
    GB: [
      "Extensions and whole-house renovations",
      "Kitchen and bathroom renovations",
      "Loft conversions and extensions",
    ],
  },
  "gift-basket-maker": {
    US: [
      "Client and closing gifts for realtors",
      "Corporate gift boxes and holiday baskets",
      "Gift baskets of local treats",
    ],
  },
  "graphic-designer": {
    US: ["Logos and brand identity", "Brand design for small businesses", "Packaging, print and brand design"],
  },
  handyman: {
    US: [
      "Small home repairs and odd jobs",
      "Furniture assembly and TV mounting",
      "Repairs and punch lists for home sales",
    ],
    GB: [
      "Small home repairs and odd jobs",
      "Flat-pack assembly and TV mounting",
      "Repairs and snagging for home sales",
    ],
  },
  "home-decor-store": {
    US: ["Rugs, lighting and home accents", "Wall art, mirrors and throws", "Decor for living rooms and bedrooms"],
  },
  "irrigation-contractor": {
    US: ["Sprinkler installation and repair", "Drip irrigation for gardens", "Irrigation and backflow testing"],
  },
  "lawn-care": {
    US: ["Weekly mowing and edging", "Lawn care and weed control", "Lawn mowing and seasonal cleanups"],
    GB: ["Weekly mowing and edging", "Lawn care and weed control", "Garden maintenance and seasonal tidy-ups"],
  },
  "life-coach": {
    US: [
      "Coaching for career changes",
      "Accountability coaching for busy professionals",
      "Confidence and goals coaching",
    ],
  },
  "lighting-store": {
    US: [
      "Chandeliers, pendants and lamps",
      "Lighting for new builds and remodels",
      "Outdoor and indoor light fixtures",
    ],
  },
  "medical-spa": {
    US: ["Botox, fillers and laser treatments", "Laser hair removal and skin care", "Medical aesthetics and skin care"],
  },
  naturopath: {
    US: ["Naturopathic care for gut and hormone health", "Functional medicine and lab testing", "Whole-person care"],
  },
  "network-cabling-contractor": {
    US: ["Data cabling and Wi-Fi for offices", "Fiber and Cat6 installation", "Network cabling for new buildouts"],
  },
  notary: {
    US: ["Mobile notary and loan signings", "Notary services, evenings and weekends", "Loan signings and apostilles"],
    GB: ["Notary public for documents used abroad", "Notarisation and apostilles", "Notarial services for businesses"],
  },
  nutritionist: {
    US: ["Nutrition counseling and meal plans", "Sports nutrition for athletes", "Diabetes and gut health nutrition"],
  },
  optometrist: {
    US: [
      "Eye exams, glasses and contact lenses",
      "Family eye care and kids' eye exams",
      "Eye exams and designer frames",
    ],
    GB: [
      "Eye tests, glasses and contact lenses",
      "Family eye care and children's eye tests",
      "Eye tests and designer frames",
    ],
  },
  orthodontist: {
    US: ["Braces and clear aligners", "Orthodontics for kids and adults", "Invisalign and early orthodontics"],
  },
  "paving-contractor": {
    US: ["Asphalt driveways and sealcoating", "Parking lot paving and repair", "Driveway paving and crack filling"],
    GB: ["Tarmac driveways and resurfacing", "Block paving and driveways", "Car park surfacing and repairs"],
  },
  pediatrician: {
    US: ["Pediatric care from newborns to teens", "Well-child checkups and vaccinations", "Family-friendly pediatrics"],
  },
  periodontist: {
    US: [
      "Gum disease treatment and dental implants",
      "Gum grafts and periodontal care",
      "Dental implants and gum care",
    ],
  },
  "pet-boarding": {
    US: [
      "Dog boarding and doggy daycare",
      "Cat boarding suites and dog daycare",
      "Overnight boarding for dogs and cats",
    ],
    GB: ["Dog kennels and doggy daycare", "Cattery and dog boarding", "Overnight boarding for dogs and cats"],
  },
  "phone-repair": {
    US: ["Same-day phone screen and battery repair", "Phone, tablet and laptop repair", "Cracked screen repair"],
  },
  "pilates-studio": {
    US: ["Reformer Pilates classes", "Mat Pilates and barre classes", "Private and small-group Pilates"],
  },
  "professional-organizer": {
    US: ["Closet, pantry and garage organizing", "Decluttering and moving help", "Home organizing for busy families"],
  },
  "security-guard-service": {
    US: ["Event security and crowd staff", "Security guards for construction sites", "Mobile patrols for businesses"],
  },
  "snow-removal": {
    US: ["Snow plowing and sidewalk shoveling", "Commercial snow removal and de-icing", "Residential snow plowing"],
    GB: ["Gritting and snow clearing for businesses", "Winter gritting for car parks", "Snow and ice clearing"],
    CA: ["Snow plowing and sidewalk clearing", "Commercial snow removal and salting", "Residential snowplowing"],
  },
  "sporting-goods-store": {
    US: ["Camping, hiking and team sports gear", "Outdoor gear and athletic wear", "Fishing, hunting and camping gear"],
  },
  "spray-tan-salon": {
    US: ["Custom airbrush spray tans", "Mobile spray tans for bridal parties", "Spray tans and tanning beds"],
  },
  "virtual-assistant": {
    US: ["Inbox, calendar and admin support", "Virtual assistance for solo founders", "Admin and customer support"],
  },
  "water-heater-specialist": {
    US: ["Water heater repair and replacement", "Tankless water heater installation", "Same-day water heater service"],
  },
  "window-film-installer": {
    US: ["Home window tinting and UV film", "Privacy and decorative window film", "Solar window film for offices"],
  },
  "window-treatment-specialist": {
    US: ["Custom blinds and shutters", "Motorized shades and custom drapery", "Blinds and shades, measured and fitted"],
    GB: [
      "Made-to-measure blinds and shutters",
      "Motorised blinds and curtains",
      "Blinds and shutters, measured and fitted",
    ],
  },
  plumber: {
    US: ["Residential plumbing and water heater repair", "Drain cleaning and leak repair", "Plumbing for remodels"],
    GB: ["Residential plumbing and boiler repair", "Drain clearing and leak repair", "Bathroom plumbing and heating"],
  },
  electrician: {
    US: ["Panel upgrades and home rewiring", "EV charger and lighting installation", "Residential electrical repair"],
    GB: ["Rewiring and consumer unit upgrades", "EV charger and lighting installation", "Domestic electrical repairs"],
  },
  "hvac-contractor": {
    US: ["Heating and AC repair", "Heat pump and furnace installation", "HVAC maintenance plans for homes"],
    GB: ["Boiler servicing and heating repair", "Heat pump installation", "Air conditioning for homes and offices"],
  },
  roofer: {
    US: ["Roof replacement and leak repair", "Shingle and flat roof repair", "Storm damage roof repair"],
  },
  "it-support": {
    US: ["Managed IT support for small offices", "IT help desk and network setup", "IT support and cloud migration"],
  },
};
