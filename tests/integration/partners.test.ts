import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  businessRowData,
  createBusiness,
  getBusinessById,
  publishBusiness,
  unpublishBusiness,
  updateBusiness,
} from "#app/models/businesses.server";
import { SuggestionQuerySchema } from "#app/domain/suggestion-filters";
import type { Yours } from "#app/domain/suggestion-links";
import { runImport } from "#app/models/imports/run-import.server";
import { ownerSuggestions, suggestComplementaryPartners, suggestOverflowPartners } from "#app/models/partners.server";
import { drainOutbox } from "#app/models/search-sync.server";
import { prisma } from "#app/utils/db.server";
import { DEMO_CITIES, makeBusinessInput, seededRandom } from "#prisma/factories";
import {
  businessIndexName,
  categoryWeights,
  ensureIndex,
  forgetCategoryWeights,
  getBusinessIndex,
  type BusinessSearchDocument,
} from "#search/index";
import { signUpThroughForm } from "#tests/helpers/accounts";
import { startTestApp } from "#tests/helpers/app";

let app: Awaited<ReturnType<typeof startTestApp>>;
const random = seededRandom(99);
const [portland, austin] = [DEMO_CITIES[0]!, DEMO_CITIES[1]!];
const ids: Record<string, string> = {};

async function add(ownerId: string, key: string, category: string, city = portland, overrides = {}) {
  const result = await createBusiness(
    ownerId,
    makeBusinessInput(random, category, city, { name: `${key} ${category}`, ...overrides }),
  );
  if (!result.ok) throw new Error("create failed");
  await publishBusiness(result.business.id);
  ids[key] = result.business.id;
  return result.business.id;
}

beforeAll(async () => {
  await ensureIndex(businessIndexName());
  app = await startTestApp();
  const owner = await prisma.user.create({ data: { email: "circle-owner@example.com", passwordHash: "!" } });
  await add(owner.id, "Lens", "wedding-photographer", portland, { capacity: "booked-out" });
  await add(owner.id, "Petal", "florist");
  await add(owner.id, "Feast", "caterer");
  await add(owner.id, "Beats", "dj");
  await add(owner.id, "Shutter", "wedding-photographer", portland, { capacity: "spare-capacity" });
  await add(owner.id, "Keys", "real-estate-agent");
  await add(owner.id, "Faraway", "florist", austin);
  await drainOutbox();
});
afterAll(async () => {
  await app?.stop();
});

async function complementaryIds(key: string) {
  const business = (await getBusinessById(ids[key]!))!;
  return (await suggestComplementaryPartners(business)).partners.map((partner) => partner.id);
}

describe("partner suggestions against a real index", () => {
  it("suggests nearby complementary professions, never a competitor, someone unrelated or someone far away", async () => {
    const suggested = await complementaryIds("Lens");
    expect(suggested).toEqual(expect.arrayContaining([ids.Petal, ids.Feast, ids.Beats]));
    expect(suggested).not.toContain(ids.Shutter);
    expect(suggested).not.toContain(ids.Keys);
    expect(suggested).not.toContain(ids.Faraway);
  });

  it("suggests the same trade with spare capacity as overflow partners", async () => {
    const business = (await getBusinessById(ids.Lens!))!;
    const overflow = await suggestOverflowPartners(business);
    expect(overflow.partners.map((p) => p.id)).toEqual([ids.Shutter]);
    expect(overflow.partners[0]!.reasons).toContain("Has spare capacity: can take work");
  });

  it("finds a pet groomer with spare capacity for a booked-out one, even behind twenty nearer groomers", async () => {
    const owner = await prisma.user.create({ data: { email: "groomers@example.com", passwordHash: "!" } });
    const at = (km: number) => ({
      place: {
        placeId: null,
        city: "Portland",
        region: "OR",
        country: "US",
        lat: portland.lat + km / 111,
        lng: portland.lng,
      },
      radiusKm: 50,
      servesRemotely: false,
    });
    const busy = await add(owner.id, "Busy", "pet-groomer", portland, { ...at(0), capacity: "booked-out" });
    for (let i = 1; i <= 22; i++)
      await add(owner.id, `Near${i}`, "pet-groomer", portland, { ...at(i * 0.5), capacity: "booked-out" });
    const free = await add(owner.id, "Free", "pet-groomer", portland, { ...at(20), capacity: "spare-capacity" });
    await drainOutbox();
    const overflow = await suggestOverflowPartners((await getBusinessById(busy))!);
    expect(overflow.partners[0]?.id).toBe(free);
    expect(overflow.partners[0]?.reasons).toContain("Has spare capacity: can take work");
  });

  it("weighs professions by how many listed businesses carry them, from the index", async () => {
    forgetCategoryWeights();
    const weights = await categoryWeights();
    // Seven listed: two wedding photographers, one real-estate agent.
    expect(weights.get("wedding-photographer")).toBeLessThan(weights.get("real-estate-agent")!);
    expect(weights.has("plumber")).toBe(false);
  });

  it("updates after edits: a florist who becomes a wedding photographer turns from partner into competitor", async () => {
    const petal = (await getBusinessById(ids.Petal!))!;
    await updateBusiness(petal.id, {
      ...makeBusinessInput(random, "wedding-photographer", portland, { name: petal.name }),
      slug: petal.slug,
    });
    await drainOutbox();
    expect(await complementaryIds("Lens")).not.toContain(ids.Petal);
    const overflow = await suggestOverflowPartners((await getBusinessById(ids.Lens!))!);
    expect(overflow.partners.map((p) => p.id)).toContain(ids.Petal);
  });
});

describe("the partners page", () => {
  it("shows reasons, hides a business marked not a fit (and keeps it hidden), and saves to the circle", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const mine = await add(userId, "Mine", "wedding-photographer");
    await drainOutbox();

    const page = await client.get(`/businesses/${mine}/partners`);
    expect(page.status).toBe(200);
    expect(page.headers.get("server-timing")).toMatch(/meili;dur=\d/);
    const html = await page.text();
    expect(html).toContain("Feast caterer");
    expect(html).toContain("You both serve engaged couples");
    expect(html).toMatch(/Doesn(’|'|&#x27;)t compete with you|Little overlap with what you offer/);

    expect(
      (await client.post(`/businesses/${mine}/partners`, { intent: "not-a-fit", otherId: ids.Feast! })).status,
    ).toBe(200);
    expect(await (await client.get(`/businesses/${mine}/partners`)).text()).not.toContain("Feast caterer</a>");
    // Still hidden after the caterer edits its profile.
    const feast = (await getBusinessById(ids.Feast!))!;
    await updateBusiness(feast.id, {
      ...makeBusinessInput(random, "caterer", portland, { name: "Feast caterer" }),
      slug: feast.slug,
    });
    await drainOutbox();
    expect(await (await client.get(`/businesses/${mine}/partners`)).text()).not.toContain("Feast caterer</a>");

    // A refused mark says why on the page, and marks nothing.
    const gone = await client.post(`/businesses/${mine}/partners`, { intent: "save", otherId: "no-such-business" });
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain("That business is not in the directory any more.");
    const itself = await client.post(`/businesses/${mine}/partners`, { intent: "not-a-fit", otherId: mine });
    expect(itself.status).toBe(400);
    expect(await itself.text()).toContain("A business cannot be its own partner.");
    expect(await prisma.partnerMark.count({ where: { businessId: mine } })).toBe(1);

    await client.post(`/businesses/${mine}/partners`, { intent: "save", otherId: ids.Beats! });
    const circle = await (await client.get(`/businesses/${mine}/circle`)).text();
    expect(circle).toContain("Beats dj");
    expect(circle).toMatch(/Missing \(\d+\)/);
  });

  it("keeps saved partners of other professions in the circle, where they can be removed; refuses drafts and bodies that are not forms", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const mine = await add(userId, "Solo", "wedding-photographer");
    await drainOutbox();
    // An overflow partner (same trade) is saved: it is not one of the circle's professions.
    expect((await client.post(`/businesses/${mine}/partners`, { intent: "save", otherId: ids.Shutter! })).status).toBe(
      200,
    );
    let circle = await (await client.get(`/businesses/${mine}/circle`)).text();
    expect(circle).toContain("Shortlist (1)");
    expect(circle).toContain("Shutter wedding-photographer");
    expect((await client.post(`/businesses/${mine}/circle`, { intent: "unmark", otherId: ids.Shutter! })).status).toBe(
      200,
    );
    circle = await (await client.get(`/businesses/${mine}/circle`)).text();
    expect(circle).toContain("Shortlist (0)");
    expect(await prisma.partnerMark.count({ where: { businessId: mine } })).toBe(0);

    // A saved business that leaves the directory (and is renamed in private) shows nothing of itself.
    const other = await prisma.user.create({ data: { email: `leaving-${Date.now()}@example.com`, passwordHash: "!" } });
    const leaving = await add(other.id, "Leaving", "wedding-photographer");
    await client.post(`/businesses/${mine}/partners`, { intent: "save", otherId: leaving });
    expect(await (await client.get(`/businesses/${mine}/circle`)).text()).toContain("Leaving wedding-photographer");
    await unpublishBusiness(leaving);
    await prisma.business.update({ where: { id: leaving }, data: { name: "Secret Rebrand" } });
    circle = await (await client.get(`/businesses/${mine}/circle`)).text();
    expect(circle).not.toContain("Secret Rebrand");
    expect(circle).not.toContain("Leaving wedding-photographer");
    await client.post(`/businesses/${mine}/circle`, { intent: "unmark", otherId: leaving });

    // A draft is not in the directory, so it cannot be marked.
    const draft = await createBusiness(
      userId,
      makeBusinessInput(random, "florist", portland, { name: "Unpublished florist" }),
    );
    if (!draft.ok) throw new Error("create failed");
    const refused = await client.post(`/businesses/${mine}/partners`, { intent: "save", otherId: draft.business.id });
    expect(refused.status).toBe(404);
    expect(await prisma.partnerMark.count({ where: { businessId: mine } })).toBe(0);

    // A script posting JSON gets a 400 that says what to send, not a server error.
    const json = await client.postBody(
      `/businesses/${mine}/partners`,
      JSON.stringify({ intent: "save", otherId: ids.Shutter }),
      "application/json",
    );
    expect(json.status).toBe(400);
    expect(await json.text()).toContain("Send this as a form");

    // Overflow is about my own trades: a profession filter from the circle does not apply there.
    const overflow = await (await client.get(`/businesses/${mine}/partners?tab=overflow&profession=florist`)).text();
    expect(overflow).not.toContain("only.");
    // The partnership kind (a complementary filter) is carried along for the way back.
    const withKind = await (
      await client.get(`/businesses/${mine}/partners?tab=overflow&kind=referral-exchange`)
    ).text();
    expect(withKind).toContain('<input type="hidden" name="kind" value="referral-exchange"/>');
    expect(overflow).toContain("Shutter wedding-photographer");
  });

  it("is only for the owner", async () => {
    const { client } = await signUpThroughForm(app.client());
    expect((await client.get(`/businesses/${ids.Lens}/partners`)).status).toBe(403);
    expect(
      (await client.post(`/businesses/${ids.Lens}/partners`, { intent: "not-a-fit", otherId: ids.Beats! })).status,
    ).toBe(403);
    expect((await client.get(`/businesses/${ids.Lens}/circle`)).status).toBe(403);
    expect(await prisma.partnerMark.count({ where: { businessId: ids.Lens } })).toBe(0);
    // The JSON twin: someone else's business is refused without a single suggestion in the body.
    const json = await client.get(`/resources/partners/${ids.Lens}?tab=overflow`);
    expect(json.status).toBe(403);
    expect(await json.text()).not.toContain(ids.Shutter!);
    expect((await client.get(`/resources/partners/no-such-business`)).status).toBe(404);
    // Signed out: to the login page, whether or not the business exists.
    for (const id of [ids.Lens, "no-such-business"]) {
      const anonymous = await app.client().get(`/resources/partners/${id}`);
      expect(anonymous.status).toBe(302);
      expect(anonymous.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
    }
  });

  it("answers the owner's JSON requests with ranked, explained suggestions and Meilisearch's time", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const mine = await add(userId, "Booked", "wedding-photographer", portland, { capacity: "booked-out" });
    await drainOutbox();
    const response = await client.get(`/resources/partners/${mine}?tab=overflow`);
    expect(response.status).toBe(200);
    expect(response.headers.get("server-timing")).toMatch(/meili;dur=\d/);
    const body = (await response.json()) as { partners: { id: string; reasons: string[] }[] };
    const shutter = body.partners.find((partner) => partner.id === ids.Shutter);
    expect(shutter?.reasons).toContain("Has spare capacity: can take work");
    // `shown` caps the list.
    const one = (await (await client.get(`/resources/partners/${mine}?shown=1`)).json()) as { partners: unknown[] };
    expect(one.partners).toHaveLength(1);
    expect(body.partners.map((partner) => partner.id)).not.toContain(ids.Feast);
  });

  it("reads the page's and the JSON route's filters with one rule: the same values taken, the same refused", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const mine = await add(userId, "Rules", "wedding-photographer");
    await drainOutbox();
    const page = (query: string) => client.get(`/businesses/${mine}/partners?${query}`);
    const json = (query: string) => client.get(`/resources/partners/${mine}?${query}`);

    // Taken by both: a distance the select does not list, a kind, a profession, a page size, empty values.
    for (const query of [
      "within=30",
      "kind=referral-exchange",
      "profession=florist",
      "shown=1",
      "tab=overflow&within=&kind=",
      "tab=overflow&profession=florist",
      "unknown=ignored",
    ]) {
      expect([query, (await page(query)).status]).toEqual([query, 200]);
      expect([query, (await json(query)).status]).toEqual([query, 200]);
    }
    expect(await (await page("within=30")).text()).toMatch(/<option value="30" selected="">Within (<!-- -->)?30/);
    const cards = (await (await page("shown=1")).text()).match(/data-partner=/g) ?? [];
    const listed = ((await (await json("shown=1")).json()) as { partners: unknown[] }).partners;
    expect(cards).toHaveLength(1);
    expect(listed).toHaveLength(1);

    // Refused by both, with the same message: 400, never a silent default.
    for (const [query, message] of [
      ["tab=circle", "tab must be complementary or overflow"],
      ["within=abc", "within must be a whole number of kilometres from 1 to 500"],
      ["within=0", "within must be a whole number of kilometres from 1 to 500"],
      ["within=501", "within must be a whole number of kilometres from 1 to 500"],
      ["within=2.5", "within must be a whole number of kilometres from 1 to 500"],
      ["kind=friends", "kind must be one of referral-exchange, co-marketing"],
      ["profession=no-such-trade", "profession must be a category slug"],
      ["shown=31", "shown must be a whole number from 1 to 30"],
      ["shown=-1", "shown must be a whole number from 1 to 30"],
    ] as const) {
      const fromPage = await page(query);
      expect([query, fromPage.status]).toEqual([query, 400]);
      expect(await fromPage.text()).toContain(message);
      const fromJson = await json(query);
      expect([query, fromJson.status]).toEqual([query, 400]);
      expect(((await fromJson.json()) as { error: string }).error).toContain(message);
    }
  });

  it("reports only search being down as 'unavailable': a bad candidate is a bug, and throws", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const mine = await add(userId, "Strict", "wedding-photographer");
    await drainOutbox();
    const request = new Request(`${app.baseUrl}/resources/partners/${mine}`, {
      headers: { Cookie: client.cookieHeader },
    });
    const query = SuggestionQuerySchema.parse({});
    expect((await ownerSuggestions(request, mine, query)).unavailable).toBe(false);

    // A document written behind the worker's back without coordinates (reachable from anywhere, so the
    // geo filter lets it through): ranking it is a TypeError.
    const index = getBusinessIndex();
    const { _geo: _dropped, ...broken } = (await index.getDocument(ids.Feast!)) as BusinessSearchDocument;
    await index
      .addDocuments([
        { ...broken, id: "broken-caterer", servesRemotely: true, remoteReach: "online" } as BusinessSearchDocument,
      ])
      .waitTask();
    try {
      await expect(ownerSuggestions(request, mine, query)).rejects.toThrow(TypeError);
    } finally {
      await index.deleteDocument("broken-caterer").waitTask();
    }
  });

  it("shows 'Often partners with' professions on a public profile", async () => {
    const slug = (await getBusinessById(ids.Lens!))!.slug;
    const html = await (await app.client().get(`/b/${slug}`)).text();
    expect(html).toContain("Often partners with");
    expect(html).toContain("Caterers");
    expect(html).not.toContain(">Real Estate Agents<");
  });
});

describe("an owner's own businesses", () => {
  type Listed = { partners: { id: string }[] };
  /** The businesses shown as suggestion cards on a partners page. */
  const cardIds = (html: string) => [...html.matchAll(/data-partner="([^"]+)"/g)].map((match) => match[1]);
  /** The page's "Yours" section, or "" when there is none. */
  const yoursSection = (html: string) =>
    /<section aria-labelledby="yours-heading".*?<\/section>/s.exec(html)?.[0] ?? "";
  const listed = async (client: Awaited<ReturnType<typeof signUpThroughForm>>["client"], id: string, tab: string) =>
    ((await (await client.get(`/resources/partners/${id}?tab=${tab}&shown=30`)).json()) as Listed).partners.map(
      (partner) => partner.id,
    );

  it("are never suggested to one another, as partners or as overflow, on the page or the JSON route", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const myFlorist = await add(userId, "MyPetal", "florist");
    const myPlanner = await add(userId, "MyPlans", "wedding-planner");
    const myBranch = await add(userId, "MyBranch", "florist");
    const other = await prisma.user.create({ data: { email: "independent-owner@example.com", passwordHash: "!" } });
    const theirPlanner = await add(other.id, "TheirPlans", "wedding-planner");
    const theirFlorist = await add(other.id, "TheirPetal", "florist");
    await drainOutbox();

    // The page: an independent planner and florist are offered, the owner's own never among the
    // cards; they are shown apart, under "Yours".
    const partners = await (await client.get(`/businesses/${myFlorist}/partners`)).text();
    expect(cardIds(partners)).toContain(theirPlanner);
    expect(cardIds(partners)).not.toContain(myPlanner);
    expect(yoursSection(partners)).toContain("MyPlans wedding-planner");
    expect(yoursSection(partners)).toContain("Your own businesses that would suit as partners");
    const overflow = await (await client.get(`/businesses/${myFlorist}/partners?tab=overflow`)).text();
    expect(cardIds(overflow)).toContain(theirFlorist);
    expect(cardIds(overflow)).not.toContain(myBranch);
    expect(yoursSection(overflow)).toContain("MyBranch florist");
    expect(yoursSection(overflow)).toContain("could take this work");
    // The planner is no florist: it cannot take a florist's overflow work.
    expect(yoursSection(overflow)).not.toContain("MyPlans");

    // The JSON twin, both ways round.
    const complementary = await listed(client, myFlorist, "complementary");
    expect(complementary).toContain(theirPlanner);
    expect(complementary).not.toContain(myPlanner);
    expect(await listed(client, myFlorist, "overflow")).toEqual(expect.arrayContaining([theirFlorist]));
    expect(await listed(client, myFlorist, "overflow")).not.toContain(myBranch);
    const fromPlanner = await listed(client, myPlanner, "complementary");
    expect(fromPlanner).toContain(theirFlorist);
    expect(fromPlanner).not.toContain(myFlorist);
    expect(fromPlanner).not.toContain(myBranch);
    const yours = (await (await client.get(`/resources/partners/${myPlanner}`)).json()) as { yours: Yours };
    expect(yours.yours.others).toBe(2);
    expect(yours.yours.fits.map((own) => own.id).sort()).toEqual([myFlorist, myBranch].sort());
    expect(yours.yours.fits[0]!.reason).toMatch(/\w/);

    // Tools asking without an owner to leave out (the matching evaluation) see every business.
    const business = (await getBusinessById(myFlorist))!;
    const asIndependent = await suggestComplementaryPartners(business, {}, 30);
    expect(asIndependent.partners.map((partner) => partner.id)).toContain(myPlanner);
    const leftOut = await suggestComplementaryPartners(business, {}, 30, { excludeOwnerId: userId });
    expect(leftOut.partners.map((partner) => partner.id)).not.toContain(myPlanner);

    // A document indexed before documents carried an owner still matches `ownerKey != …`.
    const index = getBusinessIndex();
    const { ownerKey: _none, ...older } = (await index.getDocument(theirPlanner)) as BusinessSearchDocument;
    await index.addDocuments([{ ...older, id: "older-planner" } as BusinessSearchDocument]).waitTask();
    try {
      const withOlder = await suggestComplementaryPartners(business, {}, 30, { excludeOwnerId: userId });
      expect(withOlder.partners.map((partner) => partner.id)).toContain("older-planner");
    } finally {
      await index.deleteDocument("older-planner").waitTask();
    }
  });

  it("include the members an organiser imported: not suggested to the organiser's business, still to others", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const mine = await add(userId, "Chapter", "wedding-planner");
    const place = `Portland,OR,US,${portland.lat},${portland.lng}`;
    const summary = await runImport({
      ownerId: userId,
      fileName: "members.csv",
      format: "csv",
      text: [
        "ref,name,categories,city,region,country,lat,lng",
        `C-1,Member Blooms,Florists,${place}`,
        `C-2,Member Cakes,Wedding Cakes,${place}`,
        "",
      ].join("\r\n"),
    });
    expect(summary.createdCount).toBe(2);
    await drainOutbox();
    const imported = await prisma.business.findMany({
      where: { ownerId: userId, externalRef: { in: ["C-1", "C-2"] } },
      select: { id: true, externalRef: true },
    });
    expect(imported).toHaveLength(2);
    const cakes = imported.find((row) => row.externalRef === "C-2")!.id;
    // Without leaving the owner out, the only cake maker around would be offered to the planner.
    const chapter = (await getBusinessById(mine))!;
    expect((await suggestComplementaryPartners(chapter, {}, 30)).partners.map((partner) => partner.id)).toContain(
      cakes,
    );

    const page = await (await client.get(`/businesses/${mine}/partners`)).text();
    expect(page).toContain("Feast caterer");
    for (const { id } of imported) expect(cardIds(page)).not.toContain(id);
    // Shown apart, as imported by the organiser.
    expect(yoursSection(page)).toContain("Member Cakes");
    expect(yoursSection(page)).toContain("imported by you, not claimed yet");
    const json = await listed(client, mine, "complementary");
    expect(json).toContain(ids.Feast);
    for (const { id } of imported) expect(json).not.toContain(id);

    // Another owner's planner is offered the organiser's members.
    const theirs = (await getBusinessById(ids.TheirPlans!))!;
    const offered = await suggestComplementaryPartners(theirs, {}, 30, { excludeOwnerId: theirs.ownerId });
    expect(offered.partners.map((partner) => partner.id)).toContain(cakes);
  });

  it("are counted, not ranked, when an account holds more than a page ranks (an organiser's members)", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const mine = await add(userId, "BigChapter", "wedding-planner");
    // 120 published members straight into the database (the page reads them from there).
    await prisma.business.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        ...businessRowData(makeBusinessInput(random, "florist", portland, { name: `Bulk Member ${i}` })),
        ownerId: userId,
        slug: `bulk-member-${i}-${userId}`,
        status: "published",
        publishedAt: new Date(),
        claimed: false,
      })),
    });
    const page = await (await client.get(`/businesses/${mine}/partners`)).text();
    expect(page).toContain("The 120 other listings on your account");
    expect(page).not.toContain("Bulk Member");
    const json = (await (await client.get(`/resources/partners/${mine}`)).json()) as { yours: Yours };
    expect(json.yours).toEqual({ fits: [], others: 120, ranked: false });
  });
});
