import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBusiness, getBusinessById, publishBusiness } from "#app/models/businesses.server";
import { runImport } from "#app/models/imports/run-import.server";
import { markPartner } from "#app/models/partner-marks.server";
import { suggestComplementaryPartners } from "#app/models/partners.server";
import { expireDueRequests, proposePartnership } from "#app/models/partnerships.server";
import { drainOutbox } from "#app/models/search-sync.server";
import { prisma } from "#app/utils/db.server";
import { hashPassword } from "#app/utils/password.server";
import { DEMO_CITIES, makeBusinessInput, seededRandom } from "#prisma/factories";
import { businessIndexName, ensureIndex } from "#search/index";
import { freshEmail, TEST_PASSWORD } from "#tests/helpers/accounts";
import { startTestApp, type TestClient } from "#tests/helpers/app";

let app: Awaited<ReturnType<typeof startTestApp>>;
const random = seededRandom(24);
const portland = DEMO_CITIES[0]!;
let passwordHash = "";
const DAY = 24 * 60 * 60 * 1000;

const FOR_THEM = "We send you every couple who books us for a spring wedding in Portland.";
const request = (overrides: Record<string, string> = {}) => ({
  kind: "referral-exchange",
  forThem: FOR_THEM,
  inReturn: "Tell your couples about our photography.",
  horizon: "long-term",
  ...overrides,
});

/** An owner who can sign in (verified unless told otherwise), signed in through the real form. */
async function owner(options: { verified?: boolean } = {}) {
  const email = freshEmail();
  const user = await prisma.user.create({
    data: {
      email,
      passwordHash,
      displayName: `Owner ${email.slice(5, 8)}`,
      emailVerifiedAt: options.verified === false ? null : new Date(),
    },
  });
  const client = app.client();
  const signedIn = await client.post("/login", { email, password: TEST_PASSWORD });
  expect(signedIn.status).toBe(302);
  const session = { id: user.id, email, displayName: user.displayName, emailVerified: user.emailVerifiedAt !== null };
  return { client, userId: user.id, session };
}

async function business(ownerId: string, name: string, category = "florist") {
  const result = await createBusiness(ownerId, makeBusinessInput(random, category, portland, { name }));
  if (!result.ok) throw new Error("create failed");
  await publishBusiness(result.business.id);
  return result.business.id;
}

/** Two owners, each with a business: `a` runs a wedding photographer, `b` a florist. */
async function pair(otherCategory = "florist") {
  const a = await owner();
  const b = await owner();
  const aId = await business(a.userId, `Lens ${random().toString(36).slice(2, 6)}`, "wedding-photographer");
  const bId = await business(b.userId, `Petal ${random().toString(36).slice(2, 6)}`, otherCategory);
  return { a, b, aId, bId };
}

async function propose(client: TestClient, from: string, to: string, overrides: Record<string, string> = {}) {
  return client.post(`/partnerships/new?from=${from}&to=${to}`, { from, to, ...request(overrides) });
}

/** Sends a request through the form and returns its id. */
async function sent(client: TestClient, from: string, to: string) {
  const response = await propose(client, from, to);
  expect(response.status).toBe(302);
  const id = /\/partnerships\/([^?]+)\?done=sent/.exec(response.headers.get("location") ?? "")?.[1];
  expect(id).toBeTruthy();
  return id!;
}

const notificationsOf = (userId: string, kind: string) =>
  prisma.notification.findMany({ where: { userId, kind }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  await ensureIndex(businessIndexName());
  app = await startTestApp();
  passwordHash = await hashPassword(TEST_PASSWORD);
});
afterAll(async () => {
  await app?.stop();
});

describe("who may see and do what", () => {
  it("sends anonymous visitors to sign in, for every page and action", async () => {
    const { a, aId, bId } = await pair();
    const id = await sent(a.client, aId, bId);
    const anonymous = app.client();
    for (const path of ["/partnerships", `/partnerships/new?to=${bId}`, `/partnerships/${id}`]) {
      const response = await anonymous.get(path);
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
    }
    for (const intent of ["accept", "decline", "withdraw", "end", "block"]) {
      const response = await anonymous.post(`/partnerships/${id}`, { intent });
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toMatch(/^\/login/);
    }
    expect((await anonymous.post(`/partnerships/new?to=${bId}`, { from: aId, to: bId, ...request() })).status).toBe(
      302,
    );
  });

  it("shows the request to both owners, and to nobody else (404 for any action too)", async () => {
    const { a, b, aId, bId } = await pair();
    const id = await sent(a.client, aId, bId);
    const stranger = await owner();
    expect((await stranger.client.get(`/partnerships/${id}`)).status).toBe(404);
    for (const intent of ["accept", "decline", "withdraw", "end", "block"]) {
      expect((await stranger.client.post(`/partnerships/${id}`, { intent })).status).toBe(404);
    }
    const theirs = await (await b.client.get(`/partnerships/${id}`)).text();
    expect(theirs).toContain(FOR_THEM);
    expect(theirs).toContain("Waiting for your answer");
    expect(theirs).toContain(">Accept</button>");
    const mine = await (await a.client.get(`/partnerships/${id}`)).text();
    expect(mine).toContain("Withdraw the request");
    expect(mine).not.toContain(">Accept</button>");
    // The sender cannot accept its own request; the recipient cannot withdraw it.
    expect((await a.client.post(`/partnerships/${id}`, { intent: "accept" })).status).toBe(409);
    expect((await b.client.post(`/partnerships/${id}`, { intent: "withdraw" })).status).toBe(409);
    // A sender may not send from a business someone else runs.
    const forged = await propose(stranger.client, aId, bId);
    expect(forged.status).toBe(403);
  });

  it("tells the recipient, lists the request on both sides and accepts once on a double click", async () => {
    const { a, b, aId, bId } = await pair();
    const id = await sent(a.client, aId, bId);
    const [received] = await notificationsOf(b.userId, "request-received");
    expect(received?.title).toMatch(/^Lens \w+ asked Petal \w+ to partner$/);
    expect(received?.link).toBe(`/partnerships/${id}`);
    expect(await (await b.client.get("/partnerships")).text()).toMatch(/Requests received \(1\)/);
    expect(await (await a.client.get("/partnerships")).text()).toMatch(/Requests sent \(1\)/);

    const answers = await Promise.all([
      b.client.post(`/partnerships/${id}`, { intent: "accept" }),
      b.client.post(`/partnerships/${id}`, { intent: "accept" }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([302, 409]);
    expect(await notificationsOf(a.userId, "request-accepted")).toHaveLength(1);
    expect(await (await a.client.get("/partnerships")).text()).toMatch(/Partnerships \(1\)/);
    expect(await (await a.client.get(`/partnerships/${id}`)).text()).toContain("End the partnership");
  });

  it("lets either side end a partnership with a reason, and tells the other", async () => {
    const { a, b, aId, bId } = await pair();
    const id = await sent(a.client, aId, bId);
    expect((await b.client.post(`/partnerships/${id}`, { intent: "accept" })).status).toBe(302);
    const tooLong = await a.client.post(`/partnerships/${id}`, { intent: "end", reason: "x".repeat(501) });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.text()).toContain("Keep the reason to 500 characters");
    expect(
      (await a.client.post(`/partnerships/${id}`, { intent: "end", reason: "We stopped doing weddings." })).status,
    ).toBe(302);
    const [ended] = await notificationsOf(b.userId, "partnership-ended");
    expect(ended?.body).toBe("We stopped doing weddings.");
    expect((await b.client.post(`/partnerships/${id}`, { intent: "end" })).status).toBe(409);
    // Ended: the pair may start again.
    expect((await propose(b.client, bId, aId)).status).toBe(302);
  });

  it("lets the sender withdraw, once; the other owner is left nothing to answer", async () => {
    const { a, b, aId, bId } = await pair();
    const bell = async () => /aria-label="(Notifications[^"]*)"/.exec(await (await b.client.get("/")).text())?.[1];
    const id = await sent(a.client, aId, bId);
    expect(await bell()).toBe("Notifications, 1 unread");
    expect((await a.client.post(`/partnerships/${id}`, { intent: "withdraw" })).status).toBe(302);
    const again = await a.client.post(`/partnerships/${id}`, { intent: "withdraw" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("This request was withdrawn.");
    // The request's entry no longer counts as unread, and its page says what happened.
    expect(await bell()).toBe("Notifications");
    const [entry] = await notificationsOf(b.userId, "request-received");
    expect(entry?.readAt).not.toBeNull();
    expect(entry?.inDigest).toBe(false);
    expect(await (await b.client.get(`/partnerships/${id}`)).text()).toContain("withdrawn");
  });

  it("shows a request whose sender deleted their account as from a former member, and cannot accept it", async () => {
    const { a, b, aId, bId } = await pair();
    const id = await sent(a.client, aId, bId);
    const deleted = await a.client.post("/account", {
      intent: "delete-account",
      password: TEST_PASSWORD,
      confirm: "DELETE",
    });
    expect(deleted.status).toBe(302);
    expect(await prisma.user.count({ where: { id: a.userId } })).toBe(0);

    const page = await b.client.get(`/partnerships/${id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("a former member");
    const accept = await b.client.post(`/partnerships/${id}`, { intent: "accept" });
    expect(accept.status).toBe(409);
    expect(await accept.text()).toContain("has left Mutualist");
    expect((await prisma.partnership.findUniqueOrThrow({ where: { id } })).status).toBe("requested");
  });
});

describe("the request form", () => {
  it("shows what the other business wants and offers, and this week's allowance", async () => {
    const { a, bId } = await pair();
    const other = (await getBusinessById(bId))!;
    const page = await a.client.get(`/partnerships/new?to=${bId}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("10 of 10 left this week");
    if (other.wantsFromPartners) expect(html).toContain(other.wantsFromPartners.slice(0, 20).replace(/&/g, "&amp;"));
    expect(html).toContain("Wants from partners:");
    expect(html).toContain("Offers partners:");
    // The one required field says so, to the eye and to a screen reader; the other says it is optional.
    const pitch = /<label[^>]*>What&#x27;s in it for [^<]*<span[^>]*> \(required\)<\/span><\/label>/.exec(html);
    expect(pitch).not.toBeNull();
    const textarea = /<textarea[^>]*name="forThem"[^>]*>/.exec(html)?.[0] ?? "";
    expect(textarea).toContain('required=""');
    expect(textarea).toContain('aria-required="true"');
    expect(html).toMatch(/What you would like in return<span[^>]*> \(optional\)/);
  });

  it("refuses bad input with messages next to the fields and keeps what was typed", async () => {
    const { a, aId, bId } = await pair();
    const response = await propose(a.client, aId, bId, { forThem: "aaaaaaaaaaaaaaaaaaaaaaaa", inReturn: "kept" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Write it as a sentence or two");
    expect(html).toContain(">kept</textarea>");
    expect(await prisma.partnership.count({ where: { fromBusinessId: aId } })).toBe(0);
  });

  it("asks which business sends it when the owner has several", async () => {
    const { a, aId, bId } = await pair();
    const second = await business(a.userId, "Second Studio", "caterer");
    const html = await (await a.client.get(`/partnerships/new?to=${bId}`)).text();
    expect(html).toContain("Send the request as");
    expect(html).toContain(`value="${second}"`);
    expect(await (await a.client.get(`/partnerships/new?to=${bId}&from=${aId}`)).text()).toContain("Send request");
  });

  it("never proposes an owner's businesses to each other", async () => {
    const { a, aId } = await pair();
    const second = await business(a.userId, "Own Florist", "florist");
    expect((await a.client.get(`/partnerships/new?to=${second}&from=${aId}`)).status).toBe(400);
    const response = await propose(a.client, aId, second);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("is your own business");
  });

  it("refuses to send from a business of another owner, and nothing is written", async () => {
    const { a, bId } = await pair();
    const { bId: someoneElses } = await pair("caterer");
    const response = await propose(a.client, someoneElses, bId);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Send requests from a business you run.");
    expect(await prisma.partnership.count({ where: { fromBusinessId: someoneElses } })).toBe(0);
    expect(await prisma.notification.count({ where: { businessId: bId } })).toBe(0);
  });

  it("emails the request even when a name stored before decision 020 holds control characters", async () => {
    const { a, aId, bId } = await pair();
    await prisma.business.update({ where: { id: aId }, data: { name: "Lens\u001b[31m Studio\u0007" } });
    const id = await sent(a.client, aId, bId);
    const mail = await prisma.mailOutbox.findFirstOrThrow({
      where: { kind: "request-received", textBody: { contains: `/partnerships/${id}` } },
    });
    expect(mail.subject).toBe("Lens[31m Studio asked " + (await getBusinessById(bId))!.name + " to partner");
  });

  it("refuses an unverified sender with a clear message", async () => {
    const sender = await owner({ verified: false });
    const from = await business(sender.userId, "Unverified Lens", "wedding-photographer");
    const { bId } = await pair();
    const page = await sender.client.get(`/partnerships/new?to=${bId}`);
    expect(page.status).toBe(403);
    expect(await page.text()).toContain("Verify your email first: open the link we sent to");
    const response = await propose(sender.client, from, bId);
    expect(response.status).toBe(403);
    expect(await prisma.partnership.count({ where: { fromBusinessId: from } })).toBe(0);
  });

  it("refuses an unclaimed listing, and its profile says so plainly", async () => {
    const { a, aId } = await pair();
    const organiser = await owner();
    await runImport({
      ownerId: organiser.userId,
      fileName: "members.csv",
      format: "csv",
      text: "ref,name,categories,city,region,country,offerings\r\nM-1,Imported Florist,Florists,Portland,OR,US,bouquets\r\n",
    });
    const imported = await prisma.business.findFirstOrThrow({ where: { ownerId: organiser.userId } });
    expect(imported.claimed).toBe(false);
    const sentence = "Nobody runs this listing on Mutualist yet, so it cannot receive requests.";
    const profile = await (await a.client.get(`/b/${imported.slug}`)).text();
    expect(profile).toContain(sentence);
    expect(profile).not.toContain("Propose a partnership");
    const form = await a.client.get(`/partnerships/new?to=${imported.id}`);
    expect(form.status).toBe(409);
    expect(await form.text()).toContain(sentence);
    const response = await propose(a.client, aId, imported.id);
    expect(response.status).toBe(409);
    expect(await response.text()).toContain(sentence);
    // A business made with the form is claimed.
    expect((await getBusinessById(aId))!.claimed).toBe(true);
  });
});

describe("spam limits", () => {
  it("keeps one open request per pair, either way", async () => {
    const { a, b, aId, bId } = await pair();
    await sent(a.client, aId, bId);
    const again = await propose(a.client, aId, bId);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("There is already an open request between");
    const reverse = await propose(b.client, bId, aId);
    expect(reverse.status).toBe(409);
    // Two at once: one row.
    const { a: c, aId: cId, bId: dId } = await pair();
    const both = await Promise.all([propose(c.client, cId, dId), propose(c.client, cId, dId)]);
    expect(both.map((response) => response.status).sort()).toEqual([302, 409]);
    expect(await prisma.partnership.count({ where: { fromBusinessId: cId } })).toBe(1);
  });

  it("allows 10 requests per business per rolling week, accepted ones not counted", async () => {
    const sender = await owner();
    const from = await business(sender.userId, "Busy Lens", "wedding-photographer");
    const recipients: { userId: string; client: TestClient; id: string }[] = [];
    for (let i = 0; i < 12; i++) {
      const other = await owner();
      recipients.push({ ...other, id: await business(other.userId, `Target ${i}`, "florist") });
    }
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(await sent(sender.client, from, recipients[i]!.id));
    expect(await (await sender.client.get(`/partnerships/new?to=${recipients[3]!.id}`)).text()).toContain(
      "7 of 10 left this week",
    );
    // A withdrawn request still counts; an accepted one does not.
    expect((await sender.client.post(`/partnerships/${ids[0]}`, { intent: "withdraw" })).status).toBe(302);
    expect((await recipients[1]!.client.post(`/partnerships/${ids[1]}`, { intent: "accept" })).status).toBe(302);
    // Counted so far: the withdrawn one and the one waiting. Eight more make ten.
    for (let i = 3; i < 11; i++) await sent(sender.client, from, recipients[i]!.id);
    const refused = await propose(sender.client, from, recipients[11]!.id);
    expect(refused.status).toBe(429);
    expect(await refused.text()).toMatch(/has sent 10 requests in the last 7 days, the most a business can/);
    expect(await (await sender.client.get(`/partnerships/new?to=${recipients[11]!.id}`)).text()).toContain(
      "the most a business can",
    );
    // A week later the window has moved on.
    const later = await proposePartnership({
      sender: sender.session,
      fromId: from,
      toId: recipients[11]!.id,
      request: { kind: "co-marketing", forThem: FOR_THEM, inReturn: "", horizon: "one-off" },
      now: new Date(Date.now() + 8 * DAY),
    });
    expect(later.ok).toBe(true);
  });

  it("refuses a new request for 90 days after a decline, to the declined side only", async () => {
    const { a, b, aId, bId } = await pair();
    const id = await sent(a.client, aId, bId);
    expect(
      (await b.client.post(`/partnerships/${id}`, { intent: "decline", reason: "We only work with one photographer." }))
        .status,
    ).toBe(302);
    const [declined] = await notificationsOf(a.userId, "request-declined");
    expect(declined?.body).toBe("We only work with one photographer.");
    const again = await propose(a.client, aId, bId);
    expect(again.status).toBe(409);
    expect(await again.text()).toMatch(/declined .*&#x27;s request on .*\. You can ask again from /);
    const args = {
      sender: a.session,
      fromId: aId,
      toId: bId,
      request: { kind: "co-marketing" as const, forThem: FOR_THEM, inReturn: "", horizon: "one-off" as const },
    };
    expect((await proposePartnership({ ...args, now: new Date(Date.now() + 89 * DAY) })).ok).toBe(false);
    // The business that declined may change its mind at once.
    expect((await propose(b.client, bId, aId)).status).toBe(302);
  });
});

describe("blocks", () => {
  it("refuses a visitor, and an owner blocking for a business that is not theirs, writing nothing", async () => {
    const { a, aId, bId } = await pair();
    const anonymous = await app.client().post("/blocks", { intent: "block", from: bId, other: aId, redirectTo: "/" });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toMatch(/^\/login/);
    const foreign = await a.client.post("/blocks", { intent: "block", from: bId, other: aId, redirectTo: "/" });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain("Only the owner of a business can block for it.");
    expect(await prisma.block.count({ where: { OR: [{ blockerId: bId }, { blockerId: aId }] } })).toBe(0);
  });

  it("declines the open request, refuses requests both ways, and hides both from each other's suggestions", async () => {
    const { a, b, aId, bId } = await pair();
    const id = await sent(a.client, aId, bId);
    const profile = (await getBusinessById(aId))!;
    const blocked = await b.client.post("/blocks", {
      intent: "block",
      from: bId,
      other: aId,
      redirectTo: `/b/${profile.slug}`,
    });
    expect(blocked.status).toBe(302);
    expect(blocked.headers.get("location")).toBe(`/b/${profile.slug}?block=done`);
    expect((await prisma.partnership.findUniqueOrThrow({ where: { id } })).status).toBe("declined");
    expect(await notificationsOf(a.userId, "request-declined")).toHaveLength(1);

    const mine = await propose(a.client, aId, bId);
    expect(mine.status).toBe(403);
    expect(await mine.text()).toContain("does not take requests from");
    const theirs = await propose(b.client, bId, aId);
    expect(theirs.status).toBe(403);
    expect(await theirs.text()).toContain("Unblock it to send a request");
    expect(await (await b.client.get(`/b/${profile.slug}`)).text()).toContain("Unblock");

    await drainOutbox();
    // Within the other's profession: this file's other tests add florists and photographers too.
    const suggestedTo = async (businessId: string, profession: string) =>
      (await suggestComplementaryPartners((await getBusinessById(businessId))!, { profession }, 30)).partners.map(
        (p) => p.id,
      );
    expect(await suggestedTo(aId, "florist")).not.toContain(bId);
    expect(await suggestedTo(bId, "wedding-photographer")).not.toContain(aId);

    const unblocked = await b.client.post("/blocks", { intent: "unblock", from: bId, other: aId, redirectTo: "/" });
    expect(unblocked.status).toBe(302);
    expect(await suggestedTo(aId, "florist")).toContain(bId);
    expect((await propose(b.client, bId, aId)).status).toBe(302);
  });

  it("ends a running partnership when one side blocks the other, and tells the other", async () => {
    const { a, b, aId, bId } = await pair();
    const id = await sent(a.client, aId, bId);
    expect((await b.client.post(`/partnerships/${id}`, { intent: "accept" })).status).toBe(302);
    expect((await a.client.post(`/partnerships/${id}`, { intent: "block" })).status).toBe(302);
    expect((await prisma.partnership.findUniqueOrThrow({ where: { id } })).status).toBe("ended");
    expect(await notificationsOf(b.userId, "partnership-ended")).toHaveLength(1);
    expect(await (await a.client.get(`/partnerships/${id}`)).text()).toContain("Unblock");
  });
});

describe("expiry", () => {
  it("expires unanswered requests after 30 days, once, even with two runs at the same time", async () => {
    const { a, b, aId, bId } = await pair();
    const id = await sent(a.client, aId, bId);
    expect(await expireDueRequests(new Date(Date.now() + 29 * DAY))).toBe(0);
    const later = new Date(Date.now() + 31 * DAY);
    const runs = await Promise.all([expireDueRequests(later), expireDueRequests(later)]);
    expect(runs.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(1);
    expect((await prisma.partnership.findUniqueOrThrow({ where: { id } })).status).toBe("expired");
    const expired = (await notificationsOf(a.userId, "request-expired")).filter((n) => n.partnershipId === id);
    expect(expired).toHaveLength(1);
    expect(expired[0]?.title).toMatch(/request to Petal \w+ expired unanswered/);
    // Too late to accept; a new request can go.
    expect((await b.client.post(`/partnerships/${id}`, { intent: "accept" })).status).toBe(409);
    expect((await propose(a.client, aId, bId)).status).toBe(302);
  });
});

describe("states wherever the other business appears", () => {
  it("counts a profession in the circle only with an accepted partnership, and shows the states", async () => {
    const { a, b, aId, bId } = await pair("dj");
    await markPartner(aId, bId, "saved");
    const circle = async () => (await a.client.get(`/businesses/${aId}/circle`)).text();
    const before = await circle();
    expect(before).toMatch(/Covered \(0\)/);
    expect(before).toContain("Shortlist (1)");
    expect(before).toContain("Propose a partnership");

    const id = await sent(a.client, aId, bId);
    expect(await circle()).toContain(">Request sent</span>");
    const other = (await getBusinessById(bId))!;
    const mine = (await getBusinessById(aId))!;
    expect(await (await a.client.get(`/b/${other.slug}`)).text()).toContain(">Request sent</span>");
    expect(await (await b.client.get(`/b/${mine.slug}`)).text()).toContain(">Request received</span>");

    await drainOutbox();
    const cards = await (await a.client.get(`/businesses/${aId}/partners?profession=dj&shown=30`)).text();
    expect(cards).toContain(">Request sent</span>");

    expect((await b.client.post(`/partnerships/${id}`, { intent: "accept" })).status).toBe(302);
    expect(await circle()).toMatch(/Covered \(1\)/);
    expect(await (await b.client.get(`/b/${mine.slug}`)).text()).toContain(">Partners</span>");
  });
});
