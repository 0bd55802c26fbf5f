import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayOf } from "#app/domain/referral";
import { clearClosedReferralContacts, sendDueNudges } from "#app/models/referral-jobs.server";
import { prisma } from "#app/utils/db.server";
import { startTestApp } from "#tests/helpers/app";
import { TEST_PASSWORD } from "#tests/helpers/accounts";
import { createPartnership, ownerWithBusiness } from "#tests/helpers/partnership-pair";
import { startSecondProcess } from "#tests/helpers/second-process";

let app: Awaited<ReturnType<typeof startTestApp>>;
let bloom: Awaited<ReturnType<typeof ownerWithBusiness>>;
let lens: Awaited<ReturnType<typeof ownerWithBusiness>>;
let outsider: Awaited<ReturnType<typeof ownerWithBusiness>>;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  app = await startTestApp();
  bloom = await ownerWithBusiness(app.client(), {
    name: "Bloom & Vine",
    category: "florist",
    displayName: "Ana Ruiz",
    overrides: { wantsFromPartners: "Couples planning a spring wedding" },
  });
  lens = await ownerWithBusiness(app.client(), {
    name: "Lens & Light",
    category: "wedding-photographer",
    displayName: "Sam Lee",
    overrides: {
      wantsFromPartners: "Engaged couples who need a photographer",
      place: { placeId: null, city: "Toronto", region: "ON", country: "CA", lat: 43.7, lng: -79.4 },
    },
  });
  outsider = await ownerWithBusiness(app.client(), { name: "Other Caterer", category: "caterer" });
});
afterAll(async () => {
  await app?.stop();
});

async function freshPartnership(options: Parameters<typeof createPartnership>[2] = {}) {
  await prisma.partnership.deleteMany({});
  await prisma.notification.deleteMany({});
  return createPartnership(bloom.business.id, lens.business.id, options);
}

/** Bloom gives Lens a referral through the page's form. */
function give(id: string, form: Record<string, string>) {
  return bloom.client.post(`/partnerships/${id}`, {
    intent: "referral-record",
    referredOn: dayOf(new Date()),
    ...form,
  });
}

function move(client: typeof bloom.client, id: string, referralId: string, form: Record<string, string>) {
  return client.post(`/partnerships/${id}`, { intent: "referral-move", referralId, ...form });
}

describe("the referral ledger", () => {
  it("a partner records a referral; the receiver is told, sees the customer contact, the giver never again", async () => {
    const partnership = await freshPartnership();
    const recorded = await give(partnership.id, {
      need: "Wedding photos in June, 120 guests",
      customerContact: "jo@couple.example, 555-0100",
      expectedValue: "3,500",
    });
    expect(recorded.status).toBe(302);
    expect(recorded.headers.get("location")).toBe(`/partnerships/${partnership.id}#referrals`);

    const referral = await prisma.referral.findFirstOrThrow({ where: { partnershipId: partnership.id } });
    expect(referral).toMatchObject({ status: "new", expectedValue: 3500, currency: "CAD" });
    const told = await prisma.notification.findMany({ where: { userId: lens.userId } });
    expect(told.map((n) => [n.kind, n.title, n.referralId])).toEqual([
      ["referral-received", "Bloom & Vine sent you a referral", referral.id],
    ]);
    const moved = await prisma.partnership.findUniqueOrThrow({ where: { id: partnership.id } });
    expect(moved.lastActivityAt.getTime()).toBeGreaterThan(partnership.lastActivityAt.getTime());

    const receiverPage = await (await lens.client.get(`/partnerships/${partnership.id}`)).text();
    expect(receiverPage).toContain("jo@couple.example, 555-0100");
    expect(receiverPage).toContain("Wedding photos in June, 120 guests");
    expect(receiverPage).toContain("You sent 0, received 1.");
    const giverPage = await (await bloom.client.get(`/partnerships/${partnership.id}`)).text();
    expect(giverPage).toContain("Wedding photos in June, 120 guests");
    expect(giverPage).not.toContain("jo@couple.example");
    expect(giverPage).toContain("You sent 1, received 0.");
    expect(giverPage).toContain("Expected</dt><dd>CAD 3,500");
  });

  it("refuses a referral without a need, with a bad value or a future day, next to the field with input kept", async () => {
    const partnership = await freshPartnership();
    const missing = await give(partnership.id, {
      need: "",
      customerContact: "kept@example.com",
      expectedValue: "12.50",
    });
    expect(missing.status).toBe(400);
    const html = await missing.text();
    expect(html).toContain("Say what the customer needs");
    expect(html).toContain("as a whole number");
    expect(html).toContain('value="kept@example.com"');
    const future = await give(partnership.id, { need: "A party", referredOn: dayOf(new Date(Date.now() + 3 * DAY)) });
    expect(future.status).toBe(400);
    expect(await future.text()).toContain("The date cannot be in the future");
    const early = await give(partnership.id, { need: "A party", referredOn: "2020-01-01" });
    expect(early.status).toBe(400);
    expect(await early.text()).toContain("before the partnership began");
    expect(await prisma.referral.count()).toBe(0);
  });

  it("only the receiver moves it: contacted, then won with a value; a double submit acts once", async () => {
    const partnership = await freshPartnership();
    await give(partnership.id, { need: "Engagement shoot" });
    const referral = await prisma.referral.findFirstOrThrow({ where: { partnershipId: partnership.id } });

    const byGiver = await move(bloom.client, partnership.id, referral.id, { to: "contacted" });
    expect(byGiver.status).toBe(403);
    expect(await byGiver.text()).toContain("Only the partner who received a referral moves it along");
    expect((await move(outsider.client, partnership.id, referral.id, { to: "contacted" })).status).toBe(404);
    expect((await move(app.client(), partnership.id, referral.id, { to: "contacted" })).status).toBe(302);

    expect((await move(lens.client, partnership.id, referral.id, { to: "contacted" })).status).toBe(302);
    const noValue = await move(lens.client, partnership.id, referral.id, { to: "won", wonValue: "" });
    expect(noValue.status).toBe(400);
    expect(await noValue.text()).toContain("value of the closed business");

    const [first, second] = await Promise.all([
      move(lens.client, partnership.id, referral.id, { to: "won", wonValue: "2400" }),
      move(lens.client, partnership.id, referral.id, { to: "won", wonValue: "2400" }),
    ]);
    expect([first.status, second.status].sort()).toEqual([302, 409]);
    const refused = first.status === 409 ? first : second;
    expect(await refused.text()).toContain("This referral is already marked won.");

    const back = await move(lens.client, partnership.id, referral.id, { to: "contacted" });
    expect(back.status).toBe(409);
    expect(await back.text()).toContain("already won: a closed referral does not move again");

    const told = await prisma.notification.findMany({
      where: { userId: bloom.userId, kind: "referral-updated" },
      orderBy: { createdAt: "asc" },
    });
    expect(told.map((n) => n.title)).toEqual([
      "Lens & Light contacted the customer you referred",
      "Lens & Light won the referral you gave: CAD 2,400",
    ]);
    const giverPage = await (await bloom.client.get(`/partnerships/${partnership.id}`)).text();
    expect(giverPage).toContain("Closed business</dt><dd>CAD 2,400");
    expect(giverPage).toMatch(/Won rate \(of closed\)<\/th><td>100%/);
  });

  it("lost needs a reason; an ended partnership's ledger is read-only", async () => {
    const partnership = await freshPartnership();
    await give(partnership.id, { need: "Bridal bouquet" });
    const referral = await prisma.referral.findFirstOrThrow({ where: { partnershipId: partnership.id } });
    const noReason = await move(lens.client, partnership.id, referral.id, { to: "lost", lostReason: " " });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("Say why it was lost");

    await prisma.partnership.update({ where: { id: partnership.id }, data: { status: "ended", openPairKey: null } });
    const late = await move(lens.client, partnership.id, referral.id, { to: "lost", lostReason: "Went elsewhere" });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain("its ledger is read-only");
    const record = await give(partnership.id, { need: "Another one" });
    expect(record.status).toBe(409);
    const page = await (await lens.client.get(`/partnerships/${partnership.id}`)).text();
    expect(page).toContain("Bridal bouquet");
    expect(page).not.toContain("Mark won");
    expect(page).not.toContain('value="referral-record"');
  });

  it("exports the ledger as CSV: the contact only for the receiver, formulas disarmed, 404 to others", async () => {
    const partnership = await freshPartnership();
    await give(partnership.id, { need: '=HYPERLINK("http://evil.example")', customerContact: "+1 555 0199" });
    const url = `/partnerships/${partnership.id}/referrals.csv`;
    const receiver = await lens.client.get(url);
    expect(receiver.status).toBe(200);
    expect(receiver.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = Buffer.from(await receiver.arrayBuffer());
    // A byte-order mark first, so spreadsheets read UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const receiverCsv = bytes.subarray(3).toString("utf8");
    expect(receiverCsv.split("\r\n")[0]).toBe(
      "referred_on,direction,partner,need,status,expected_value,won_value,currency,lost_reason,closed_on,customer_contact",
    );
    expect(receiverCsv).toContain(
      `received,Bloom & Vine,"'=HYPERLINK(""http://evil.example"")",new,,,CAD,,,'+1 555 0199`,
    );
    const giverCsv = await (await bloom.client.get(url)).text();
    expect(giverCsv).toContain(`sent,Lens & Light,"'=HYPERLINK(""http://evil.example"")",new,,,CAD,,,\r\n`);
    expect(giverCsv).not.toContain("555 0199");
    expect((await outsider.client.get(url)).status).toBe(404);
    expect((await app.client().get(url)).status).toBe(404);

    const businessCsv = await (await bloom.client.get(`/businesses/${bloom.business.id}/referrals.csv`)).text();
    expect(businessCsv).toContain("sent,Lens & Light");
    expect(businessCsv).not.toContain("555 0199");
    expect((await outsider.client.get(`/businesses/${bloom.business.id}/referrals.csv`)).status).toBe(403);
  });

  it("serves the chart as an SVG image to the two partners only", async () => {
    const partnership = await freshPartnership();
    await give(partnership.id, { need: "Save-the-date photos" });
    const url = `/partnerships/${partnership.id}/chart.svg`;
    const chart = await bloom.client.get(url);
    expect(chart.status).toBe(200);
    expect(chart.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(chart.headers.get("content-security-policy")).toContain("default-src 'none'");
    const svg = await chart.text();
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("Sent");
    expect(svg).not.toMatch(/<script/i);
    expect(svg).toMatch(/<svg[^>]*width="640"/);
    // A phone gets a narrower drawing (the page's <picture> asks for it), with the same rules.
    const narrow = await bloom.client.get(`${url}?size=narrow`);
    expect(await narrow.text()).toMatch(/<svg[^>]*width="360"/);
    expect((await outsider.client.get(`${url}?size=narrow`)).status).toBe(404);
    expect((await lens.client.get(url)).status).toBe(200);
    expect((await outsider.client.get(url)).status).toBe(404);
    expect((await app.client().get(url)).status).toBe(404);

    const page = await (await bloom.client.get(`/partnerships/${partnership.id}`)).text();
    expect(page).toContain(`src="${url}"`);
    expect(page).toMatch(/alt="Referrals by month, [A-Z][a-z]{2} \d{4} to [A-Z][a-z]{2} \d{4}: 1 sent, 0 received/);
  });

  it("the business page totals every partnership, with its chart; owner only", async () => {
    const partnership = await freshPartnership();
    await give(partnership.id, { need: "Rehearsal dinner photos" });
    await give(partnership.id, { need: "Anniversary shoot" });
    const page = await bloom.client.get(`/businesses/${bloom.business.id}/referrals`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("You sent 2, received 0.");
    expect(html).toContain(`href="/partnerships/${partnership.id}"`);
    expect(html).toContain(`src="/businesses/${bloom.business.id}/referrals-chart.svg"`);
    expect((await outsider.client.get(`/businesses/${bloom.business.id}/referrals`)).status).toBe(403);
    const chart = await bloom.client.get(`/businesses/${bloom.business.id}/referrals-chart.svg`);
    expect(chart.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect((await outsider.client.get(`/businesses/${bloom.business.id}/referrals-chart.svg`)).status).toBe(404);
    // A visitor: the page sends to sign in; the chart and the CSV do not exist for them.
    const visitor = app.client();
    const visitorPage = await visitor.get(`/businesses/${bloom.business.id}/referrals`);
    expect(visitorPage.status).toBe(302);
    expect(visitorPage.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
    expect((await visitor.get(`/businesses/${bloom.business.id}/referrals-chart.svg`)).status).toBe(404);
    const visitorCsv = await visitor.get(`/businesses/${bloom.business.id}/referrals.csv`);
    expect(visitorCsv.status).toBe(302);
    expect(visitorCsv.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
  });

  it("a referral id from another partnership moves nothing", async () => {
    const partnership = await freshPartnership();
    await give(partnership.id, { need: "Engagement shoot" });
    const referral = await prisma.referral.findFirstOrThrow({ where: { partnershipId: partnership.id } });
    const elsewhere = await createPartnership(outsider.business.id, lens.business.id);
    const moved = await move(lens.client, elsewhere.id, referral.id, { to: "contacted" });
    expect(moved.status).toBe(404);
    expect(await moved.text()).toContain("There is no such referral on this partnership.");
    expect((await prisma.referral.findUniqueOrThrow({ where: { id: referral.id } })).status).toBe("new");
  });

  it("deleting the receiver's account removes the customer contacts given to it; the giver's pages still work", async () => {
    await freshPartnership();
    const giver = await ownerWithBusiness(app.client(), { name: "Petal Giver", category: "florist" });
    const receiver = await ownerWithBusiness(app.client(), { name: "Gone Studio", category: "wedding-photographer" });
    const partnership = await createPartnership(giver.business.id, receiver.business.id);
    const recorded = await giver.client.post(`/partnerships/${partnership.id}`, {
      intent: "referral-record",
      referredOn: dayOf(new Date()),
      need: "Family portraits",
      customerContact: "kim@family.example",
    });
    expect(recorded.status).toBe(302);
    const deleted = await receiver.client.post("/account", {
      intent: "delete-account",
      password: TEST_PASSWORD,
      confirm: "DELETE",
    });
    expect(deleted.status).toBe(302);
    const referral = await prisma.referral.findFirstOrThrow({ where: { partnershipId: partnership.id } });
    expect(referral.receiverBusinessId).toBeNull();
    expect(referral.customerContact).toBeNull();

    const page = await giver.client.get(`/partnerships/${partnership.id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("a former member");
    const csv = await giver.client.get(`/partnerships/${partnership.id}/referrals.csv`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain("sent,a former member,Family portraits");
    expect((await giver.client.get(`/partnerships/${partnership.id}/chart.svg`)).status).toBe(200);
    expect((await giver.client.get(`/businesses/${giver.business.id}/referrals`)).status).toBe(200);
  });
});

describe("timed jobs", () => {
  it("nudges a quiet partnership once, with two schedulers running at the same moment", async () => {
    const now = new Date();
    const partnership = await freshPartnership({ lastActivityAt: new Date(now.getTime() - 61 * DAY) });
    const lively = await createPartnership(bloom.business.id, outsider.business.id, {
      lastActivityAt: new Date(now.getTime() - 10 * DAY),
    });

    const second = await startSecondProcess("tests/helpers/referral-jobs-process.ts", { NOW: now.toISOString() });
    second.go();
    const here = await sendDueNudges(now);
    const { code, output, errors } = await second.finished();
    expect(code, errors).toBe(0);
    const there = Number(/nudged (\d+)/.exec(output)?.[1]);
    expect(here.length + there).toBe(1);

    const nudges = await prisma.notification.findMany({ where: { kind: "nudge" }, orderBy: { userId: "asc" } });
    expect(nudges).toHaveLength(2);
    expect(nudges.every((n) => n.partnershipId === partnership.id)).toBe(true);
    const toBloom = nudges.find((n) => n.userId === bloom.userId)!;
    expect(toBloom.title).toBe("No referrals with Lens & Light for 60 days");
    expect(toBloom.body).toBe("Lens & Light says it wants from partners: Engaged couples who need a photographer");
    const toLens = nudges.find((n) => n.userId === lens.userId)!;
    expect(toLens.body).toContain("Couples planning a spring wedding");
    expect(nudges.some((n) => n.partnershipId === lively.id)).toBe(false);

    // Not again, until a referral moves lastActivityAt and another 60 days pass.
    expect(await sendDueNudges(new Date(now.getTime() + DAY))).toEqual([]);
    await prisma.partnership.update({
      where: { id: partnership.id },
      data: { lastActivityAt: new Date(now.getTime() + DAY) },
    });
    expect(await sendDueNudges(new Date(now.getTime() + 30 * DAY))).toEqual([]);
    // 62 days on, both are quiet: the lively one for the first time.
    expect((await sendDueNudges(new Date(now.getTime() + 62 * DAY))).sort()).toEqual(
      [partnership.id, lively.id].sort(),
    );
  });

  it("clears a closed referral's customer contact six months after it closed", async () => {
    const partnership = await freshPartnership();
    await give(partnership.id, { need: "Family portraits", customerContact: "lee@family.example" });
    await give(partnership.id, { need: "Still open", customerContact: "open@family.example" });
    const [closed] = await prisma.referral.findMany({ where: { need: "Family portraits" } });
    const closedAt = new Date(Date.now() - 200 * DAY);
    await prisma.referral.update({ where: { id: closed!.id }, data: { status: "won", wonValue: 900, closedAt } });

    expect(await clearClosedReferralContacts(new Date(closedAt.getTime() + 170 * DAY))).toBe(0);
    expect(await clearClosedReferralContacts()).toBe(1);
    expect(await clearClosedReferralContacts()).toBe(0);
    const after = await prisma.referral.findUniqueOrThrow({ where: { id: closed!.id } });
    expect(after.customerContact).toBeNull();
    expect(after.contactClearedAt).not.toBeNull();
    const page = await (await lens.client.get(`/partnerships/${partnership.id}`)).text();
    expect(page).not.toContain("lee@family.example");
    expect(page).toContain("Cleared 6 months after it closed.");
    expect(page).toContain("open@family.example");
  });
});
