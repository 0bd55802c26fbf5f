import type { DemoCast, DemoFirm, RequestSpec } from "./seed-demo-partnerships";

/**
 * The words of the demo partnerships (./seed-demo-partnerships.ts): the requests and what each
 * side offers, the threads, who the other owners are, what customers need by trade, what closed
 * jobs are worth, why some were lost. Portland, so US English.
 */

/** What the customer needs, by the receiving business's trade. */
export const NEEDS: Record<string, string[]> = {
  florist: [
    "Couple planning a June wedding, 120 guests, need bridal bouquets and table centerpieces",
    "Bride wants a dried-flower bouquet and matching boutonnieres for an October elopement",
    "Ceremony arch and aisle flowers for a 90-guest garden wedding in August",
    "Couple on a tight budget, 60 guests, looking for seasonal, locally grown flowers",
    "Two-day Indian wedding, marigold garlands and mandap flowers, about 250 guests",
    "Vow renewal for a 25th anniversary, the couple wants white roses throughout",
    "Winter wedding at a downtown hotel, evergreen and candle centerpieces for 14 tables",
    "September wedding, the couple wants bold tropical arrangements and a flower wall",
    "Rehearsal dinner for 40, low arrangements that will not block conversation",
  ],
  "wedding-planner": [
    "Newly engaged couple, May date next year, want full planning and have no venue yet",
    "Couple moving back from Seattle for the wedding, need month-of coordination",
    "Bride's mother is looking for a planner for a 200-guest church ceremony and reception",
    "Coast wedding for 70 guests, needs planning and travel logistics for out-of-town family",
    "Couple has booked the venue but feels overwhelmed, wants partial planning from now on",
    "Small courthouse wedding followed by dinner for 40, need day-of help",
    "Jewish wedding with a chuppah ceremony, 150 guests, want a planner who has done one",
    "Both work shifts at the hospital, want a planner to handle every vendor meeting",
  ],
  "wedding-photographer": [
    "Couple getting married in September, 140 guests, need full-day coverage",
    "Engagement shoot, the couple wants golden-hour portraits in an orchard",
    "Bride wants a second shooter and a sneak-peek gallery the same week",
    "Rehearsal dinner and ceremony coverage for a 60-guest October wedding",
    "Large family with a long list of group portraits, need someone calm and organized",
    "Sunrise elopement at the coast, two hours of coverage",
    "Winter wedding with an indoor candlelit ceremony, needs low-light experience",
  ],
  "event-venue": [
    "Couple looking for a venue for 150 guests on a late-summer Saturday",
    "Outdoor ceremony with a rain plan for 90 guests in May",
    "Couple needs a venue that allows their own caterer, spring next year",
    "Rehearsal dinner for 45 the night before a downtown wedding",
    "Barn venue within an hour of Portland, 120 guests, October",
    "Small weekday wedding, 40 guests, hoping for off-peak pricing",
  ],
  "party-rental": [
    "Backyard graduation party, 80 guests, need a tent, tables and chairs",
    "Company summer picnic, lawn games and a 20x40 tent",
    "60th birthday dinner, long tables and string lights for 50",
    "Retirement party at a park shelter, linens and a dance floor",
    "Kids' birthday party, a bounce house and 30 folding chairs",
  ],
  "event-planner": [
    "Client wants a 40th birthday party planned for 100 guests in March",
    "Family planning a surprise 50th anniversary dinner, need someone to run it",
    "Small nonprofit gala, 150 guests, budget around $15k",
    "Graduation party for twins, 120 guests, backyard with a tent",
    "Retirement send-off at a brewery, needs decor and a run of show",
  ],
  caterer: [
    "Family-style Italian dinner for 110 wedding guests in July",
    "Vegetarian wedding menu for 75 guests, with vegan options",
    "Brunch reception after a morning ceremony, 60 guests",
  ],
};

/** Typical value of one closed job, whole units, by trade. */
export const VALUE_RANGE: Record<string, [number, number]> = {
  florist: [1200, 6500],
  "wedding-planner": [2500, 9000],
  "wedding-photographer": [2800, 5800],
  "event-venue": [5000, 14000],
  "party-rental": [600, 3200],
  "event-planner": [1500, 7000],
  caterer: [4000, 12000],
};

export const LOST_REASONS = [
  "They went with a friend of the family",
  "Their budget was below our minimum",
  "We were already booked on their date",
  "They postponed to next year",
  "No reply after three follow-ups",
  "They chose a package that includes this in-house",
];

export const CUSTOMERS = [
  ["Maya Thompson", "maya.thompson@example.com", "(503) 555-0142"],
  ["Jordan Lee", "jordan.lee@example.com", "(503) 555-0178"],
  ["Priscilla Gomez", "p.gomez@example.com", "(971) 555-0110"],
  ["Ethan Walsh", "ethan.walsh@example.com", "(503) 555-0193"],
  ["Nadia Rahman", "nadia.r@example.com", "(971) 555-0125"],
  ["Chris and Alex Moreno", "morenos@example.com", "(503) 555-0161"],
] as const;

/**
 * Every request the demo owner's and the demo partner's businesses sent or received, from the
 * first (now a running partnership) to this week's. Keys name the pair for the threads and the bell.
 */
export function demoRequests(cast: DemoCast) {
  const requests = {
    plannerFlorist: {
      from: cast.planner,
      to: cast.florist,
      kind: "referral-exchange",
      horizon: "long-term",
      forThem:
        "We plan about thirty weddings a year in Portland and most couples ask us for a florist in their first month. You would be the first name on our list, and we would pass on each couple's date, guest count and color palette so your first call can be a quote.",
      inReturn:
        "When couples come to you before they have a planner, tell them about our full-service and month-of packages.",
      status: "accepted",
      sentDaysAgo: 252,
      answeredDaysAgo: 250,
      referrals: {
        fromDaysAgo: 246,
        toDaysAgo: 1,
        gaps: [
          [9, 17],
          [13, 26],
        ],
        allStates: true,
      },
    },
    venuePhotographer: {
      from: cast.venue,
      to: cast.photographer,
      kind: "referral-exchange",
      horizon: "long-term",
      forThem:
        "Every couple who books our venue asks who should photograph it. We would recommend you first, share our load-in schedule and the best golden-hour spots, and give your clients a free engagement shoot on our grounds.",
      inReturn:
        "Send us couples who are still looking for a venue, and a few images from each wedding here for our gallery, credited to you.",
      status: "accepted",
      sentDaysAgo: 214,
      answeredDaysAgo: 211,
      referrals: {
        fromDaysAgo: 205,
        toDaysAgo: 2,
        gaps: [
          [12, 22],
          [10, 19],
        ],
        allStates: true,
      },
    },
    eventPlannerRentals: {
      from: cast.eventPlanner,
      to: cast.rentals,
      kind: "bundled-offer",
      horizon: "long-term",
      forThem:
        "We run forty-odd birthday, graduation and retirement parties a year and rent tents, tables and lighting for nearly all of them. Bundling your rentals into our packages means steady weekend orders booked weeks ahead, with one contact who knows the site.",
      inReturn:
        "A planner's rate on the rentals we book, and our card in the pack you leave with hosts who want someone to run the day.",
      status: "accepted",
      sentDaysAgo: 190,
      answeredDaysAgo: 186,
      referrals: {
        fromDaysAgo: 180,
        toDaysAgo: 75,
        gaps: [
          [16, 30],
          [22, 40],
        ],
        allStates: false,
      },
      nudgedDaysAgo: 15,
    },
    catererPhotographerEnded: {
      from: cast.catererEnded,
      to: cast.photographer,
      kind: "referral-exchange",
      horizon: "long-term",
      forThem:
        "Couples who book our wedding menus usually still need a photographer. We would introduce you at the tasting, when they are deciding, and share the reception timeline so you never miss the toasts.",
      inReturn: "Recommend us to couples who have not chosen a caterer yet.",
      status: "ended",
      sentDaysAgo: 300,
      answeredDaysAgo: 296,
      ended: {
        daysAgo: 95,
        by: cast.catererEnded,
        reason:
          "We have stopped catering weddings over 80 guests this year, so we will not have much to send your way. Thank you for the lovely referrals!",
      },
      referrals: {
        fromDaysAgo: 280,
        toDaysAgo: 110,
        gaps: [
          [30, 50],
          [35, 60],
        ],
        allStates: false,
      },
    },
    catererPlanner: {
      from: cast.caterer,
      to: cast.planner,
      kind: "referral-exchange",
      horizon: "long-term",
      forThem:
        "We cater about forty weddings a year and at nearly every tasting a couple asks whether we know a good planner. We would send those couples straight to you with their date, headcount and budget, and hold tasting slots for your clients within two weeks.",
      inReturn: "Recommend us when your couples are choosing a caterer, and let us quote your larger weddings.",
      status: "requested",
      sentDaysAgo: 3,
    },
    videographerPhotographer: {
      from: cast.videographer,
      to: cast.photographer,
      kind: "bundled-offer",
      horizon: "long-term",
      forThem:
        "Couples who book photo and film together save on coordination and share one timeline. We would offer a joint package at 10% off both, quoted by you, so you can sell a bigger booking without taking on video yourself.",
      inReturn:
        "Include our films in your package brochure and share your shot list with our crew before each wedding.",
      status: "requested",
      sentDaysAgo: 9,
    },
    floristPhotographer: {
      from: cast.florist,
      to: cast.photographer,
      kind: "co-marketing",
      horizon: "one-off",
      forThem:
        "We are staging a spring styled wedding shoot at the rose garden in April and would love you as the photographer. You keep full rights to the images for your portfolio, and we will pitch the shoot to two Portland wedding blogs with your credit.",
      inReturn: "A dozen edited images we can use on our website and social media, credited to you.",
      status: "requested",
      sentDaysAgo: 2,
    },
    photoBoothEventPlanner: {
      from: cast.photoBooth,
      to: cast.eventPlanner,
      kind: "referral-exchange",
      horizon: "long-term",
      forThem:
        "Your party guests get a photo booth with instant prints and a custom backdrop, and you get 15% of every booking you send us, paid within a week of the event.",
      inReturn: "",
      status: "requested",
      sentDaysAgo: 1,
    },
    plannerCake: {
      from: cast.planner,
      to: cast.cake,
      kind: "referral-exchange",
      horizon: "long-term",
      forThem:
        "Our couples tend to book their cake late and in a rush. We would bring you in at the tasting stage for every wedding we plan, about thirty a year, and pass on the dietary notes and the venue's kitchen rules so your quote is right the first time.",
      inReturn: "Mention our planning packages to couples who come to you first.",
      status: "requested",
      sentDaysAgo: 5,
    },
    bridalFlorist: {
      from: cast.bridal,
      to: cast.florist,
      kind: "co-marketing",
      horizon: "long-term",
      forThem:
        "Brides choose their bouquet right after their gown. We would display your bouquets in our fitting rooms with your cards beside them, and send every bride who asks to you with a photo of her dress.",
      inReturn: "A fresh arrangement for our shop window each month, and our cards at your counter.",
      status: "requested",
      sentDaysAgo: 4,
    },
    plannerVenueDeclined: {
      from: cast.planner,
      to: cast.venueDeclined,
      kind: "referral-exchange",
      horizon: "long-term",
      forThem:
        "We place about thirty weddings a year and many couples want a venue on the east side. We would bring you couples with their date and guest count settled, and run the day-of coordination so your team can focus on the room.",
      inReturn: "Mention us to couples who book your venue without a planner.",
      status: "declined",
      sentDaysAgo: 70,
      answeredDaysAgo: 62,
      declineReason:
        "Thank you, but for now we only work with our in-house coordinator. We would be glad to talk again next year.",
    },
    eventPlannerDjWithdrawn: {
      from: cast.eventPlanner,
      to: cast.dj,
      kind: "referral-exchange",
      horizon: "long-term",
      forThem:
        "We book a DJ for most of the parties we run and would offer you our Friday and Saturday events first, with the run sheet and the host's playlist a month ahead.",
      inReturn: "Refer hosts who want the whole party run for them.",
      status: "withdrawn",
      sentDaysAgo: 55,
      answeredDaysAgo: 50,
    },
    eventPlannerCakeExpired: {
      from: cast.eventPlanner,
      to: cast.cakeExpired,
      kind: "referral-exchange",
      horizon: "one-off",
      forThem:
        "Most of our milestone parties need a showpiece cake. We would recommend you for every anniversary and birthday party we plan this season and order tasting boxes for our clients from you.",
      inReturn: "Tell hosts who order a large cake that we can run the party for them.",
      status: "expired",
      sentDaysAgo: 48,
    },
  } satisfies Record<string, RequestSpec>;
  return requests;
}

export type RequestKey = keyof ReturnType<typeof demoRequests>;

/** A message: on which request's thread, by whom, when (days ago, then hours later). */
export interface ThreadLine {
  request: RequestKey;
  author: DemoFirm;
  daysAgo: number;
  hours: number;
  body: string;
}

/** The thread of the running partnership between the two demo accounts, and one on a waiting request. */
export function demoThreads(cast: DemoCast, ownerFirstName: string, partnerFirstName: string): ThreadLine[] {
  const { planner, florist, caterer } = cast;
  const lookbook = `${(florist.website ?? "https://example.com").replace(/\/$/, "")}/autumn-lookbook`;
  const line = (request: RequestKey, author: DemoFirm, daysAgo: number, hours: number, body: string) => ({
    request,
    author,
    daysAgo,
    hours,
    body,
  });
  return [
    line(
      "plannerFlorist",
      planner,
      249,
      3,
      `Thank you for accepting, ${partnerFirstName}! I have three autumn weddings that still need a florist. Shall I send them over this week?`,
    ),
    line(
      "plannerFlorist",
      florist,
      249,
      6,
      `Yes please, the sooner the better: our September Saturdays are filling up. Our seasonal lookbook is here if the couples want ideas first: ${lookbook}`,
    ),
    line(
      "plannerFlorist",
      planner,
      150,
      1,
      "Quick update on the Hendricks wedding:\n- the ceremony moved to 3 pm\n- they would like the arch flowers reused at the reception\n- the budget is unchanged\n\nCan you still make it work?",
    ),
    line(
      "plannerFlorist",
      florist,
      149,
      4,
      "Absolutely, we move arch flowers to the sweetheart table all the time. I'll send them a revised quote tomorrow.",
    ),
    line(
      "plannerFlorist",
      planner,
      61,
      2,
      "The Alvarez couple said your bouquets were the best part of their photos. Thank you for fitting them in!",
    ),
    line(
      "plannerFlorist",
      florist,
      20,
      5,
      "That's lovely to hear. I've just sent you a couple from our consultation list who want full planning for next June.",
    ),
    line(
      "plannerFlorist",
      florist,
      1,
      -3,
      "Are you free for coffee next week to plan the spring wedding fair? We could share a stand and split the cost.",
    ),
    line(
      "catererPlanner",
      caterer,
      3,
      3,
      `Hi ${ownerFirstName}, we'd love to work together. If it helps you decide, come to one of our Thursday tastings as our guest.`,
    ),
    line(
      "catererPlanner",
      planner,
      2,
      1,
      "Thanks! Could you tell me your minimum headcount, and whether you do plated service as well as buffets?",
    ),
    line(
      "catererPlanner",
      caterer,
      1,
      -6,
      "Our minimum is 60 guests, and we do plated, family-style and buffet. Thursday at 6 pm works if you are free.",
    ),
  ];
}
