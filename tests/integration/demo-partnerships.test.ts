import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logoUrl } from "#app/domain/business-logo";
import { NOTIFICATION_KINDS } from "#app/domain/notification-kinds";
import { DAY_MS, isRealSentence, pairKey, PARTNERSHIP_LIMITS } from "#app/domain/partnership";
import { prisma } from "#app/utils/db.server";
import { startTestApp } from "#tests/helpers/app";
import { DEMO_OWNER, DEMO_PARTNER, seedDemoDirectory } from "#prisma/seed-demo";

let app: Awaited<ReturnType<typeof startTestApp>>;
const now = new Date();

beforeAll(async () => {
  await seedDemoDirectory(now);
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

async function businessIdsOf(email: string) {
  const businesses = await prisma.business.findMany({ where: { owner: { email } }, select: { id: true } });
  return businesses.map((business) => business.id);
}

async function tableCounts() {
  return {
    users: await prisma.user.count(),
    businesses: await prisma.business.count(),
    partnerships: await prisma.partnership.count(),
    referrals: await prisma.referral.count(),
    messages: await prisma.message.count(),
    notifications: await prisma.notification.count(),
    searchOutbox: await prisma.searchOutbox.count(),
    mailOutbox: await prisma.mailOutbox.count(),
  };
}

describe("the demo data", () => {
  it("gives the demo owner running partnerships with months of referrals in every state, both ways", async () => {
    const mine = await businessIdsOf(DEMO_OWNER.email);
    const accepted = await prisma.partnership.findMany({
      where: { status: "accepted", OR: [{ fromBusinessId: { in: mine } }, { toBusinessId: { in: mine } }] },
      select: { id: true, referrals: { select: { giverBusinessId: true, status: true, referredOn: true } } },
    });
    const lively = accepted.filter((partnership) =>
      [true, false].every((given) => {
        const states = new Set(
          partnership.referrals
            .filter((referral) => mine.includes(referral.giverBusinessId!) === given)
            .map((referral) => referral.status),
        );
        return ["new", "contacted", "won", "lost"].every((state) => states.has(state));
      }),
    );
    expect(lively.length).toBeGreaterThanOrEqual(2);
    for (const partnership of lively) {
      const days = partnership.referrals.map((referral) => referral.referredOn.getTime());
      const months = (Math.max(...days) - Math.min(...days)) / (30 * DAY_MS);
      expect(months).toBeGreaterThanOrEqual(6);
      expect(months).toBeLessThanOrEqual(9);
      // Recent enough that the demo never looks stale.
      expect(now.getTime() - Math.max(...days)).toBeLessThan(7 * DAY_MS);
    }
    // One of them is with the second demo account, with a thread that keeps new lines and has a link.
    const partnerBusinesses = await businessIdsOf(DEMO_PARTNER.email);
    const shared = await prisma.partnership.findFirstOrThrow({
      where: {
        status: "accepted",
        fromBusinessId: { in: [...mine, ...partnerBusinesses] },
        toBusinessId: { in: [...mine, ...partnerBusinesses] },
      },
      select: { messages: { select: { body: true } } },
    });
    expect(shared.messages.length).toBeGreaterThanOrEqual(5);
    expect(shared.messages.length).toBeLessThanOrEqual(8);
    expect(shared.messages.some((message) => message.body.includes("\n"))).toBe(true);
    expect(shared.messages.some((message) => /https?:\/\//.test(message.body))).toBe(true);
  });

  it("records referrals the way the ledger does", async () => {
    const referrals = await prisma.referral.findMany({
      select: {
        status: true,
        wonValue: true,
        lostReason: true,
        closedAt: true,
        currency: true,
        need: true,
        customerContact: true,
        receiver: { select: { country: true } },
      },
    });
    expect(referrals.length).toBeGreaterThan(40);
    for (const referral of referrals) {
      expect(referral.need.length).toBeGreaterThan(10);
      expect(referral.currency).toBe({ US: "USD", CA: "CAD", GB: "GBP" }[referral.receiver!.country]);
      expect(referral.wonValue !== null).toBe(referral.status === "won");
      expect(referral.lostReason !== "").toBe(referral.status === "lost");
      expect(referral.closedAt !== null).toBe(referral.status === "won" || referral.status === "lost");
      if (referral.closedAt) expect(referral.customerContact).toBeNull();
    }
    expect(referrals.some((referral) => referral.customerContact)).toBe(true);
  });

  it("has requests waiting both ways, and a declined, a withdrawn and an expired one", async () => {
    const mine = await businessIdsOf(DEMO_OWNER.email);
    const received = await prisma.partnership.count({ where: { status: "requested", toBusinessId: { in: mine } } });
    const sent = await prisma.partnership.count({ where: { status: "requested", fromBusinessId: { in: mine } } });
    expect(received).toBeGreaterThanOrEqual(2);
    expect(sent).toBeGreaterThanOrEqual(1);
    const declined = await prisma.partnership.findFirstOrThrow({
      where: { status: "declined", OR: [{ fromBusinessId: { in: mine } }, { toBusinessId: { in: mine } }] },
    });
    expect(declined.declineReason.length).toBeGreaterThan(10);
    expect(
      await prisma.partnership.count({
        where: {
          status: { in: ["withdrawn", "expired"] },
          OR: [{ fromBusinessId: { in: mine } }, { toBusinessId: { in: mine } }],
        },
      }),
    ).toBeGreaterThanOrEqual(1);
    // A waiting request has a short thread.
    expect(
      await prisma.message.count({ where: { partnership: { status: "requested", toBusinessId: { in: mine } } } }),
    ).toBeGreaterThanOrEqual(2);

    // Every row keeps the table's rules, and the other side is a real (claimed) demo business.
    const rows = await prisma.partnership.findMany({
      include: { fromBusiness: { select: { claimed: true } }, toBusiness: { select: { claimed: true } } },
    });
    for (const row of rows) {
      expect(row.pairKey).toBe(pairKey(row.fromBusinessId!, row.toBusinessId!));
      expect(row.openPairKey).toBe(row.status === "requested" || row.status === "accepted" ? row.pairKey : null);
      expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(PARTNERSHIP_LIMITS.expiryDays * DAY_MS);
      expect(row.fromBusiness?.claimed && row.toBusiness?.claimed).toBe(true);
      expect(row.forThem.length).toBeGreaterThanOrEqual(PARTNERSHIP_LIMITS.forThem.min);
      expect(row.forThem.length).toBeLessThanOrEqual(PARTNERSHIP_LIMITS.forThem.max);
      expect(isRealSentence(row.forThem)).toBe(true);
      if (row.status === "requested") expect(row.expiresAt.getTime()).toBeGreaterThan(now.getTime());
    }
  });

  it("leaves unread notifications for both demo accounts, and no mail", async () => {
    const owner = await prisma.user.findUniqueOrThrow({
      where: { email: DEMO_OWNER.email },
      select: { displayName: true, emailVerifiedAt: true, notifications: true },
    });
    expect(owner.displayName).toBe(DEMO_OWNER.displayName);
    expect(owner.emailVerifiedAt).not.toBeNull();
    const unread = owner.notifications.filter((notification) => notification.readAt === null);
    expect(unread.length).toBeGreaterThanOrEqual(6);
    expect(unread.length).toBeLessThanOrEqual(10);
    expect(owner.notifications.length).toBeGreaterThan(unread.length);
    for (const notification of owner.notifications) {
      expect(NOTIFICATION_KINDS).toContain(notification.kind);
      expect(notification.link).toMatch(new RegExp(`^/partnerships/${notification.partnershipId}(#|$)`));
    }
    const partner = await prisma.user.findUniqueOrThrow({
      where: { email: DEMO_PARTNER.email },
      select: { displayName: true, emailVerifiedAt: true, notifications: { where: { readAt: null } } },
    });
    expect(partner.displayName).toBe(DEMO_PARTNER.displayName);
    expect(partner.emailVerifiedAt).not.toBeNull();
    expect(partner.notifications.length).toBeGreaterThanOrEqual(1);
    expect(await prisma.mailOutbox.count()).toBe(0);
  });

  it("lets the second demo account sign in and see its business", async () => {
    const client = app.client();
    const login = await client.post("/login", { email: DEMO_PARTNER.email, password: DEMO_PARTNER.password });
    expect(login.status).toBe(302);
    expect(login.headers.get("location")).toBe("/dashboard");
    const [businessId] = await businessIdsOf(DEMO_PARTNER.email);
    const business = await prisma.business.findUniqueOrThrow({ where: { id: businessId }, select: { name: true } });
    const dashboard = await client.get("/dashboard");
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain(business.name.replace(/&/g, "&amp;").replace(/'/g, "&#x27;"));
  });

  it("opens every partnership page of both accounts, and their lists and notifications", async () => {
    const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;");
    for (const account of [DEMO_OWNER, DEMO_PARTNER]) {
      const client = app.client();
      await client.post("/login", { email: account.email, password: account.password });
      const mine = await businessIdsOf(account.email);
      const rows = await prisma.partnership.findMany({
        where: { OR: [{ fromBusinessId: { in: mine } }, { toBusinessId: { in: mine } }] },
        select: {
          id: true,
          fromBusiness: { select: { id: true, name: true } },
          toBusiness: { select: { name: true } },
        },
      });
      const list = await client.get("/partnerships");
      expect(list.status).toBe(200);
      const listHtml = await list.text();
      for (const row of rows) {
        const otherName = mine.includes(row.fromBusiness!.id) ? row.toBusiness!.name : row.fromBusiness!.name;
        expect(listHtml).toContain(escape(otherName));
        const page = await client.get(`/partnerships/${row.id}`);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain(escape(otherName));
      }
      const unread = await prisma.notification.findFirstOrThrow({
        where: { user: { email: account.email }, readAt: null },
        orderBy: { createdAt: "desc" },
      });
      const notifications = await client.get("/notifications");
      expect(notifications.status).toBe(200);
      expect(await notifications.text()).toContain(escape(unread.title));
    }
  });

  it("gives part of the directory a logo the site serves, and leaves the demo accounts' to them", async () => {
    const businesses = await prisma.business.findMany({
      select: { logoKey: true, owner: { select: { email: true } } },
    });
    const withLogo = businesses.filter((business) => business.logoKey);
    expect(withLogo.length / businesses.length).toBeGreaterThan(0.14);
    expect(withLogo.length / businesses.length).toBeLessThan(0.26);
    const demoEmails = [DEMO_OWNER.email, DEMO_PARTNER.email];
    expect(withLogo.filter((business) => demoEmails.includes(business.owner!.email))).toEqual([]);
    const response = await app.client().get(logoUrl(withLogo[0]!.logoKey, "card")!);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
  });

  it("seeds nothing twice", async () => {
    const before = await tableCounts();
    await seedDemoDirectory();
    expect(await tableCounts()).toEqual(before);
  });
});
