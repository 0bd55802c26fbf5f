import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBusiness, publishBusiness } from "#app/models/businesses.server";
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

beforeAll(async () => {
  await ensureIndex(businessIndexName());
  app = await startTestApp();
  passwordHash = await hashPassword(TEST_PASSWORD);
});
afterAll(async () => {
  await app?.stop();
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
