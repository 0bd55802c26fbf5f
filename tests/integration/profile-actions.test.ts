import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBusiness, publishBusiness } from "#app/models/businesses.server";
import { CATEGORIES } from "#app/domain/taxonomy";
import { prisma } from "#app/utils/db.server";
import { hashPassword } from "#app/utils/password.server";
import { DEMO_CITIES, makeBusinessInput, seededRandom } from "#prisma/factories";
import { businessIndexName, ensureIndex } from "#search/index";
import { freshEmail, TEST_PASSWORD } from "#tests/helpers/accounts";
import { startTestApp } from "#tests/helpers/app";

let app: Awaited<ReturnType<typeof startTestApp>>;
const random = seededRandom(1212);
const portland = DEMO_CITIES[0]!;
let passwordHash = "";

/** An owner who can sign in, signed in through the real form. */
async function owner() {
  const email = freshEmail();
  const user = await prisma.user.create({ data: { email, passwordHash, emailVerifiedAt: new Date() } });
  const client = app.client();
  expect((await client.post("/login", { email, password: TEST_PASSWORD })).status).toBe(302);
  return { client, userId: user.id };
}

async function business(ownerId: string, name: string, overrides: Record<string, unknown> = {}) {
  const result = await createBusiness(ownerId, makeBusinessInput(random, "florist", portland, { name, ...overrides }));
  if (!result.ok) throw new Error("create failed");
  await publishBusiness(result.business.id);
  return { id: result.business.id, slug: result.business.slug };
}

/** The page's HTML with React's text separators taken out, so sentences read whole. */
const page = async (client: ReturnType<typeof app.client>, path: string) => {
  const response = await client.get(path);
  expect(response.status).toBe(200);
  return (await response.text()).replace(/<!-- -->/g, "");
};

const savedCount = (businessId: string, otherId: string) =>
  prisma.partnerMark.count({ where: { businessId, otherId, kind: "saved" } });

/** The site's own address: shared links name it, whatever host a request came to. */
const APP_URL = "https://mutualist.test";

beforeAll(async () => {
  process.env.APP_URL = APP_URL;
  await ensureIndex(businessIndexName());
  app = await startTestApp();
  passwordHash = await hashPassword(TEST_PASSWORD);
});
afterAll(async () => {
  await app?.stop();
  delete process.env.APP_URL;
});

describe("saving a business from its profile", () => {
  it("saves and unsaves for the owner's chosen business, and the button follows", async () => {
    const viewer = await owner();
    const first = await business(viewer.userId, "Alder Lens Studio");
    const second = await business(viewer.userId, "Birch Cake Co");
    const other = await owner();
    const target = await business(other.userId, "Cedar Blooms", { contactVisibility: "public" });

    let html = await page(viewer.client, `/b/${target.slug}`);
    // Two businesses: each says where it stands and has its own Save; one Propose at the top.
    expect(html.match(/>Propose a partnership</g)).toHaveLength(1);
    expect(html.match(/>Save<span class="sr-only">/g)).toHaveLength(2);

    const saved = await viewer.client.post(`/b/${target.slug}`, {
      intent: "save",
      from: second.id,
      otherId: target.id,
    });
    expect(saved.status).toBe(200);
    expect(await savedCount(second.id, target.id)).toBe(1);
    expect(await savedCount(first.id, target.id)).toBe(0);
    // Without JavaScript the page comes back with what happened.
    expect((await saved.text()).replace(/<!-- -->/g, "")).toContain("Saved Cedar Blooms to your shortlist.");
    html = await page(viewer.client, `/b/${target.slug}`);
    expect(html.match(/>✓ Saved<span class="sr-only">/g)).toHaveLength(1);
    expect(html.match(/>Save<span class="sr-only">/g)).toHaveLength(1);
    // It is on that business's shortlist in the circle.
    expect(await page(viewer.client, `/businesses/${second.id}/circle`)).toContain("Cedar Blooms");

    const unsaved = await viewer.client.post(`/b/${target.slug}`, {
      intent: "unmark",
      from: second.id,
      otherId: target.id,
    });
    expect(unsaved.status).toBe(200);
    expect(await savedCount(second.id, target.id)).toBe(0);
    expect((await page(viewer.client, `/b/${target.slug}`)).match(/>Save<span class="sr-only">/g)).toHaveLength(2);
  });

  it("refuses to save for a business that is not the viewer's, for their own page, and when signed out", async () => {
    const viewer = await owner();
    await business(viewer.userId, "Dogwood Frames");
    const stranger = await owner();
    const strangers = await business(stranger.userId, "Elm Events");
    const target = await business((await owner()).userId, "Fir Florals");

    const notTheirs = await viewer.client.post(`/b/${target.slug}`, { intent: "save", from: strangers.id });
    expect(notTheirs.status).toBe(404);
    const noSuch = await viewer.client.post(`/b/${target.slug}`, { intent: "save", from: "no-such-business" });
    expect(noSuch.status).toBe(404);
    expect(await savedCount(strangers.id, target.id)).toBe(0);

    // An owner's own page cannot be saved from another of their businesses.
    const own = await business(stranger.userId, "Elm Events Two");
    expect((await stranger.client.post(`/b/${own.slug}`, { intent: "save", from: strangers.id })).status).toBe(403);
    expect(await savedCount(strangers.id, own.id)).toBe(0);

    const anonymous = await app.client().post(`/b/${target.slug}`, { intent: "save", from: strangers.id });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
  });
});

describe("what each viewer is offered", () => {
  it("offers a signed-out visitor Propose through sign-up, coming back here, and members-only contact through log-in", async () => {
    const target = await business((await owner()).userId, "Ginkgo Gardens", { contactVisibility: "members" });
    const html = await page(app.client(), `/b/${target.slug}`);
    const back = encodeURIComponent(`/b/${target.slug}`);
    expect(html).toMatch(
      new RegExp(
        `<a[^>]*href="/signup\\?redirectTo=${back}"[^>]*>Propose a partnership<span class="sr-only"> to Ginkgo Gardens`,
      ),
    );
    expect(html).toMatch(
      new RegExp(`<a[^>]*href="/login\\?redirectTo=${back}"[^>]*>Log in to see contact details</a>`),
    );
    expect(html).not.toContain("hello@ginkgo-gardens.example.com");
    expect(html).not.toContain(">Save<");
  });

  it("shows public contact to a visitor as buttons", async () => {
    const target = await business((await owner()).userId, "Hazel House", { contactVisibility: "public" });
    const html = await page(app.client(), `/b/${target.slug}`);
    expect(html).toMatch(/<a href="mailto:hello@hazel-house\.example\.com" class="btn-secondary">Email<\/a>/);
    expect(html).toMatch(/<a href="tel:\+1555\d{4}" class="btn-secondary">Call<\/a>/);
    expect(html).not.toContain("Log in to see contact details");
  });

  it("lets the owner see the page as a visitor does: no owner controls, members-only contact hidden exactly so", async () => {
    const me = await owner();
    const mine = await business(me.userId, "Juniper Joinery", { contactVisibility: "members" });
    const own = await page(me.client, `/b/${mine.slug}`);
    expect(own).toContain("This is your page");
    expect(own).toContain(`href="/businesses/${mine.id}/edit"`);
    expect(own).toContain("hello@juniper-joinery.example.com");
    expect(own).toMatch(/<a[^>]*href="\/b\/[^"?]+\?view=visitor"[^>]*>See it as others do<\/a>|href="\?view=visitor"/);

    const asVisitor = await page(me.client, `/b/${mine.slug}?view=visitor`);
    const visitor = await page(app.client(), `/b/${mine.slug}`);
    expect(asVisitor).toContain("Your page as a visitor who is not signed in sees it");
    expect(asVisitor).toContain("Back to your page");
    for (const html of [asVisitor, visitor]) {
      expect(html).not.toContain("This is your page");
      expect(html).not.toContain(`href="/businesses/${mine.id}/edit"`);
      expect(html).not.toContain(`href="/businesses/${mine.id}/partners"`);
      expect(html).not.toContain("hello@juniper-joinery.example.com");
      expect(html).toContain("Log in to see contact details");
      expect(html).toContain(">Propose a partnership<");
    }
    // The profile itself is drawn the same: only the banner (and the owner's sign-in in the header) differ.
    const article = (html: string) =>
      html
        .slice(html.indexOf("<header", html.indexOf("<article")), html.indexOf("</article>"))
        .replace(/ inert=""/g, "");
    expect(article(asVisitor)).toBe(article(visitor));

    // As a signed-in member: the members-only contact shows, still no owner controls.
    const asMember = await page(me.client, `/b/${mine.slug}?view=member`);
    expect(asMember).toContain("hello@juniper-joinery.example.com");
    expect(asMember).not.toContain("This is your page");
    expect(asMember).toContain(">Save<");

    // Nobody else can switch views to see what is not theirs to see.
    expect(await page(app.client(), `/b/${mine.slug}?view=member`)).not.toContain("hello@juniper-joinery.example.com");
  });

  it("says a draft is a draft, and in the visitor view that nobody else can see it yet", async () => {
    const me = await owner();
    const draft = await createBusiness(
      me.userId,
      makeBusinessInput(random, "florist", portland, { name: "Maple Draft" }),
    );
    if (!draft.ok) throw new Error("create failed");
    const slug = draft.business.slug;
    expect(await page(me.client, `/b/${slug}`)).toContain("This is a draft: only you can see it.");
    expect(await page(me.client, `/b/${slug}?view=visitor`)).toContain(
      "Nobody else can see a draft: this is how it will look once published.",
    );
    expect((await app.client().get(`/b/${slug}?view=visitor`)).status).toBe(404);
  });

  it("offers Message with the partnership thread once partners", async () => {
    const a = await owner();
    const b = await owner();
    const from = await business(a.userId, "Kapok Catering");
    const to = await business(b.userId, "Laurel Lights");
    const proposed = await a.client.post(`/partnerships/new?from=${from.id}&to=${to.id}`, {
      from: from.id,
      to: to.id,
      kind: "referral-exchange",
      forThem: "We send you every couple who books our catering for an evening wedding.",
      inReturn: "Tell your couples about our catering.",
      horizon: "long-term",
    });
    expect(proposed.status).toBe(302);
    const id = /\/partnerships\/([^?]+)\?done=sent/.exec(proposed.headers.get("location") ?? "")![1]!;
    expect((await b.client.post(`/partnerships/${id}`, { intent: "accept" })).status).toBe(302);
    const partnership = { id };
    const html = await page(a.client, `/b/${to.slug}`);
    expect(html).toMatch(new RegExp(`href="/partnerships/${partnership.id}#messages"[^>]*>Message<`));
    expect(html).not.toContain(">Propose a partnership<");
  });
});

describe("a signed-in member without a business", () => {
  it("is invited to publish one first, coming back to the profile, instead of a request form that refuses", async () => {
    const member = await owner();
    const target = await business((await owner()).userId, "Olive Tree Weddings");
    const html = await page(member.client, `/b/${target.slug}`);
    const back = encodeURIComponent(`/b/${target.slug}`);
    expect(html).toMatch(
      new RegExp(
        `<a[^>]*href="/businesses/new\\?returnTo=${back}"[^>]*>Publish your business to propose a partnership<span class="sr-only"> to Olive Tree Weddings`,
      ),
    );
    expect(html).toContain("Adding yours takes about two minutes, and brings you back here.");
    // No button that leads to a form which can only refuse, nor the old way round through the dashboard.
    expect(html).not.toContain("/partnerships/new");
    expect(html).not.toContain(">Propose a partnership<");
    expect(html).not.toContain("Publish a business of yours");
    expect(html).not.toContain(">Save<");

    // A listing nobody runs cannot receive requests, but it can be saved once the member has a business.
    const imported = await business((await owner()).userId, "Poplar Imports", { contactVisibility: "public" });
    await prisma.business.update({ where: { id: imported.id }, data: { claimed: false } });
    const unclaimed = await page(member.client, `/b/${imported.slug}`);
    expect(unclaimed).toMatch(
      new RegExp(
        `href="/businesses/new\\?returnTo=${encodeURIComponent(`/b/${imported.slug}`)}"[^>]*>Publish your business to save Poplar Imports<`,
      ),
    );
    expect(unclaimed).toContain("Nobody runs this listing on Mutualist yet, so it cannot receive partnership requests");
  });

  it("reaching the request form directly: says why a business comes first and links to publishing one, and back", async () => {
    const member = await owner();
    const target = await business((await owner()).userId, "Quince Cakes");
    // A draft is not a published business: the form still asks for one.
    await createBusiness(member.userId, makeBusinessInput(random, "florist", portland, { name: "Quince Draft" }));
    const response = await member.client.get(`/partnerships/new?to=${target.id}`);
    expect(response.status).toBe(200);
    const html = (await response.text()).replace(/<!-- -->/g, "");
    expect(html).toContain("First, publish your business");
    expect(html).toContain(
      "Partnership requests are sent from a published business, so Quince Cakes can see who is asking",
    );
    expect(html).toMatch(
      new RegExp(
        `<a[^>]*href="/businesses/new\\?returnTo=${encodeURIComponent(`/b/${target.slug}`)}"[^>]*>Publish your business</a>`,
      ),
    );
    expect(html).not.toContain("Send request");
  });

  it("publishes from the invitation and is offered the way back to the profile, through the optional step 2 too", async () => {
    const member = await owner();
    const target = await business((await owner()).userId, "Rowan Rentals");
    const returnTo = `/b/${target.slug}`;
    const form = await page(member.client, `/businesses/new?${new URLSearchParams({ returnTo })}`);
    expect(form).toContain("Once it is published, a link takes you back to the profile you were looking at.");
    expect(returnToSent(form)).toBe(returnTo);

    const published = await member.client.post("/businesses/new", { ...stepOne("Sorrel Studio"), returnTo });
    expect(published.status).toBe(302);
    const location = published.headers.get("location") ?? "";
    const id = /^\/businesses\/([^/]+)\/partners\?/.exec(location)?.[1];
    expect(location).toBe(`/businesses/${id}/partners?${new URLSearchParams({ welcome: "1", returnTo })}`);

    const welcome = await page(member.client, location);
    expect(welcome).toContain("Published. Here are your first suggested partners.");
    expect(welcome).toMatch(new RegExp(`<a[^>]*href="${returnTo}"[^>]*>Back to the profile you were looking at</a>`));
    expect(welcome).toContain(
      "Your business is published, so you can send Rowan Rentals a request from their profile now.",
    );
    // Step 2 keeps the way back: its link, its form, and the page it returns to.
    const stepTwo = `/businesses/${id}/details?${new URLSearchParams({ returnTo })}`;
    expect(welcome).toContain(`href="${stepTwo.replaceAll("&", "&amp;")}"`);
    const details = await page(member.client, stepTwo);
    expect(returnToSent(details)).toBe(returnTo);
    const hidden = Object.fromEntries(
      [...details.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((match) => [
        match[1],
        match[2],
      ]),
    );
    const saved = await member.client.post(`/businesses/${id}/details`, {
      ...hidden,
      returnTo: returnToSent(details)!,
      place: "Portland, OR, US",
      intent: "save",
      wantsFromPartners: "wedding photographers",
    });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe(
      `/businesses/${id}/partners?${new URLSearchParams({ saved: "details", returnTo })}`,
    );
    expect(await page(member.client, saved.headers.get("location")!)).toContain(
      ">Back to the profile you were looking at</a>",
    );

    // Back on the profile, the new business can propose and save.
    const profile = await page(member.client, returnTo);
    expect(profile).toContain(">Propose a partnership<");
    expect(profile).toContain(">Save<");
    expect(profile).not.toContain("Publish your business to propose a partnership");
  });

  it("takes only a profile's path back: anything else is dropped", async () => {
    const member = await owner();
    const target = await business((await owner()).userId, "Spruce Signs");
    for (const returnTo of [
      "//evil.example/b/x",
      "/.//evil.example",
      "https://evil.example/b/x",
      "/dashboard",
      `/b/${target.slug}?view=member`,
      `/b/${target.slug}/../../dashboard`,
      "/b/\\evil.example",
    ]) {
      const form = await page(member.client, `/businesses/new?${new URLSearchParams({ returnTo })}`);
      expect(returnToSent(form), returnTo).toBeNull();
      const published = await member.client.post("/businesses/new", {
        ...stepOne(`Spruce Copy ${Math.random().toString(36).slice(2, 8)}`),
        returnTo,
      });
      const location = published.headers.get("location") ?? "";
      expect(location, returnTo).toMatch(/^\/businesses\/[^/]+\/partners\?welcome=1$/);
      // Nor does the welcome page offer a link from a hand-made address.
      const welcome = await page(member.client, `${location}&${new URLSearchParams({ returnTo })}`);
      expect(welcome, returnTo).not.toContain("Back to the profile you were looking at");
    }
    // A profile that does not exist (or is no longer published) is no way back either.
    const mine = await business(member.userId, "Spruce Own");
    const welcome = await page(member.client, `/businesses/${mine.id}/partners?welcome=1&returnTo=/b/no-such-profile`);
    expect(welcome).not.toContain("Back to the profile you were looking at");
  });
});

describe("what Save takes", () => {
  it("refuses a draft, which nobody but its owner can see, and takes an imported listing nobody runs yet", async () => {
    const viewer = await owner();
    const mine = await business(viewer.userId, "Tamarack Tents");
    const draft = await createBusiness(
      (await owner()).userId,
      makeBusinessInput(random, "florist", portland, { name: "Umbrella Draft" }),
    );
    if (!draft.ok) throw new Error("create failed");
    const refused = await viewer.client.post(`/b/${draft.business.slug}`, { intent: "save", from: mine.id });
    expect(refused.status).toBe(404);
    expect((await refused.text()).replace(/<!-- -->/g, "")).toContain("No published business at this address.");
    expect(await savedCount(mine.id, draft.business.id)).toBe(0);

    const imported = await business((await owner()).userId, "Vine Imports");
    await prisma.business.update({ where: { id: imported.id }, data: { claimed: false } });
    const saved = await viewer.client.post(`/b/${imported.slug}`, { intent: "save", from: mine.id });
    expect(saved.status).toBe(200);
    expect(await savedCount(mine.id, imported.id)).toBe(1);
  });
});

describe("the shared address", () => {
  it("names the site's own address (APP_URL) in og:url and the share link, not the host the request came to", async () => {
    const target = await business((await owner()).userId, "Willow Weaving");
    const html = await page(app.client(), `/b/${target.slug}`);
    expect(html).toContain(`<meta property="og:url" content="${APP_URL}/b/${target.slug}"/>`);
    expect(html).toMatch(new RegExp(`<span[^>]*>${APP_URL}/b/${target.slug}</span>`));
    expect(html).not.toContain(`${app.baseUrl}/b/`);
  });
});

/** The returnTo the business form sends: a hidden input tied to it (form="business"), or null. */
function returnToSent(html: string): string | null {
  const input = /<input(?=[^>]*name="returnTo")[^>]*>/.exec(html)?.[0];
  if (!input) return null;
  expect(input).toContain('type="hidden"');
  expect(input).toContain('form="business"');
  return /value="([^"]*)"/.exec(input)![1]!;
}

/** Only what step 1 (/businesses/new) asks, publishing. */
function stepOne(name: string) {
  return {
    intent: "publish",
    name,
    primaryCategory: CATEGORIES.find((category) => category.slug === "florist")!.name,
    niche: "Seasonal flowers for small weddings",
    place: "Portland, OR, US",
    radiusKm: "25",
    targetCustomers: "engaged couples",
    customerProblems: "",
    offerings: "bouquets, buttonholes",
  };
}
