import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MESSAGE_PAGE_SIZE } from "#app/domain/message";
import { prisma } from "#app/utils/db.server";
import { RATE_LIMITS } from "#app/utils/rate-limit.server";
import { startTestApp } from "#tests/helpers/app";
import { createPartnership, ownerWithBusiness } from "#tests/helpers/partnership-pair";

let app: Awaited<ReturnType<typeof startTestApp>>;
let bloom: Awaited<ReturnType<typeof ownerWithBusiness>>;
let lens: Awaited<ReturnType<typeof ownerWithBusiness>>;
let outsider: Awaited<ReturnType<typeof ownerWithBusiness>>;

beforeAll(async () => {
  app = await startTestApp();
  bloom = await ownerWithBusiness(app.client(), {
    name: "Bloom & Vine",
    category: "florist",
    displayName: "Ana Ruiz",
    overrides: {
      contactEmail: "hello@bloom.example",
      contactPhone: "+1 (503) 555-0142",
      website: "https://bloom.example",
    },
  });
  lens = await ownerWithBusiness(app.client(), {
    name: "Lens & Light",
    category: "wedding-photographer",
    displayName: "Sam Lee",
  });
  outsider = await ownerWithBusiness(app.client(), { name: "Other Caterer", category: "caterer" });
});
afterAll(async () => {
  await app?.stop();
});

async function freshPartnership(status = "accepted") {
  await prisma.partnership.deleteMany({});
  return createPartnership(bloom.business.id, lens.business.id, { status });
}

const post = (client: typeof bloom.client, id: string, body: string) =>
  client.post(`/partnerships/${id}`, { intent: "message", body });

describe("message threads", () => {
  it("the two owners talk; the other is told; text is escaped, links are links, line breaks kept", async () => {
    const partnership = await freshPartnership();
    const body = "Hi <script>alert(1)</script>\nOur portfolio: https://lens.example/work. javascript:alert(2)";
    const sent = await post(bloom.client, partnership.id, body);
    expect(sent.status).toBe(302);
    expect(sent.headers.get("location")).toBe(`/partnerships/${partnership.id}#messages`);

    const page = await (await lens.client.get(`/partnerships/${partnership.id}`)).text();
    expect(page).toContain("Ana Ruiz for Bloom &amp; Vine");
    expect(page).toContain("Hi &lt;script&gt;alert(1)&lt;/script&gt;\nOur portfolio: ");
    expect(page).not.toContain("<script>alert(1)");
    expect(page).toContain(
      '<a href="https://lens.example/work" rel="noopener noreferrer nofollow ugc" target="_blank">',
    );
    expect(page).not.toContain('href="javascript:');

    const told = await prisma.notification.findMany({ where: { userId: lens.userId, kind: "message" } });
    expect(told).toHaveLength(1);
    expect(told[0]!.title).toBe("Ana Ruiz for Bloom & Vine sent you a message");
    expect(told[0]!.link).toBe(`/partnerships/${partnership.id}#messages`);
    expect(await prisma.notification.count({ where: { userId: bloom.userId, kind: "message" } })).toBe(0);

    expect((await post(lens.client, partnership.id, "Thanks, Ana!")).status).toBe(302);
    const bloomPage = await (await bloom.client.get(`/partnerships/${partnership.id}`)).text();
    expect(bloomPage).toContain("Sam Lee for Lens &amp; Light");
  });

  it("nobody else sees or posts: anonymous is sent to log in, another owner gets 404", async () => {
    const partnership = await freshPartnership();
    const anonymous = app.client();
    expect((await anonymous.get(`/partnerships/${partnership.id}`)).status).toBe(302);
    expect((await post(anonymous, partnership.id, "hello")).status).toBe(302);
    expect((await outsider.client.get(`/partnerships/${partnership.id}`)).status).toBe(404);
    expect((await post(outsider.client, partnership.id, "hello")).status).toBe(404);
    expect(await prisma.message.count({ where: { partnershipId: partnership.id } })).toBe(0);
  });

  it("refuses an empty or too long message next to the field and keeps what was typed", async () => {
    const partnership = await freshPartnership();
    const empty = await post(bloom.client, partnership.id, "   ");
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Write a message");
    const long = `Dear Sam, ${"x".repeat(4000)}`;
    const tooLong = await post(bloom.client, partnership.id, long);
    expect(tooLong.status).toBe(400);
    const html = await tooLong.text();
    expect(html).toContain("Keep it under 4,000 characters");
    expect(html).toContain(`Dear Sam, ${"x".repeat(100)}`);
    expect(await prisma.message.count({ where: { partnershipId: partnership.id } })).toBe(0);
  });

  it("needs a verified email to send", async () => {
    const partnership = await freshPartnership();
    await prisma.user.update({ where: { id: bloom.userId }, data: { emailVerifiedAt: null } });
    try {
      const refused = await post(bloom.client, partnership.id, "Can we talk?");
      expect(refused.status).toBe(403);
      const html = await refused.text();
      expect(html).toContain("Verify your email first: open the link we sent to");
      expect(html).toContain("Can we talk?");
    } finally {
      await prisma.user.update({ where: { id: bloom.userId }, data: { emailVerifiedAt: new Date() } });
    }
  });

  it("limits how many messages one sender posts, with the message next to the field", async () => {
    const partnership = await freshPartnership();
    const key = `message:user:${bloom.userId}`;
    await prisma.rateLimitBucket.upsert({
      where: { key },
      create: { key, count: RATE_LIMITS.messagesPerUser.limit, resetAt: new Date(Date.now() + 600_000) },
      update: { count: RATE_LIMITS.messagesPerUser.limit, resetAt: new Date(Date.now() + 600_000) },
    });
    try {
      const limited = await post(bloom.client, partnership.id, "One more thing");
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      const html = await limited.text();
      expect(html).toMatch(/You have sent a lot of messages in a short time\. Try again in \d+ minutes/);
      expect(html).toContain("One more thing");
      // Another sender is not held by it.
      expect((await post(lens.client, partnership.id, "Hello")).status).toBe(302);
    } finally {
      await prisma.rateLimitBucket.deleteMany({ where: { key } });
    }
  });

  it("a blocked pair cannot message, whichever side blocked", async () => {
    const partnership = await freshPartnership();
    await prisma.block.create({ data: { blockerId: lens.business.id, blockedId: bloom.business.id } });
    try {
      const refused = await post(bloom.client, partnership.id, "Hello?");
      expect(refused.status).toBe(403);
      expect(await refused.text()).toContain("one of you has blocked the other");
      expect((await post(lens.client, partnership.id, "Hello?")).status).toBe(403);
      expect(await prisma.message.count({ where: { partnershipId: partnership.id } })).toBe(0);
    } finally {
      await prisma.block.deleteMany({});
    }
  });

  it("a thread is open on a request and read-only once the partnership ended", async () => {
    const request = await freshPartnership("requested");
    expect((await post(lens.client, request.id, "Tell me more about the flowers")).status).toBe(302);
    await prisma.partnership.update({ where: { id: request.id }, data: { status: "ended", openPairKey: null } });
    const refused = await post(lens.client, request.id, "Still there?");
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("This thread is closed");
    const page = await (await bloom.client.get(`/partnerships/${request.id}`)).text();
    expect(page).toContain("Tell me more about the flowers");
    expect(page).not.toContain('name="body"');
  });

  it("pages the thread: the newest page first, each page oldest to newest", async () => {
    const partnership = await freshPartnership();
    const start = Date.now() - 3_600_000;
    await prisma.message.createMany({
      data: Array.from({ length: MESSAGE_PAGE_SIZE + 5 }, (_, i) => ({
        partnershipId: partnership.id,
        authorBusinessId: i % 2 ? bloom.business.id : lens.business.id,
        authorUserId: i % 2 ? bloom.userId : lens.userId,
        body: `Message number ${i + 1}.`,
        createdAt: new Date(start + i * 1000),
      })),
    });
    const first = await (await bloom.client.get(`/partnerships/${partnership.id}`)).text();
    expect(first).toContain(`Messages 6–35 of 35, oldest at the top, newest at the bottom.`);
    expect(first.indexOf("Message number 6.")).toBeLessThan(first.indexOf("Message number 35."));
    expect(first).not.toContain("Message number 5.");
    expect(first).toContain("Older messages");
    const older = await (await bloom.client.get(`/partnerships/${partnership.id}?messages=2`)).text();
    expect(older).toContain("Messages 1–5 of 35");
    expect(older).toContain("Message number 1.");
    expect(older).not.toContain("Message number 6.");
    expect(older).toContain("Newer messages");
  });

  it("shows a deleted author as a former member", async () => {
    const partnership = await freshPartnership();
    await prisma.message.create({
      data: { partnershipId: partnership.id, authorBusinessId: null, authorUserId: null, body: "From the past." },
    });
    const page = await (await bloom.client.get(`/partnerships/${partnership.id}`)).text();
    expect(page).toMatch(/a former member<\/span>/);
  });
});

describe("contact details on a profile", () => {
  it("are real links for a signed-in viewer: mailto:, tel: with digits, the website", async () => {
    const page = await (await lens.client.get(`/b/${bloom.business.slug}`)).text();
    expect(page).toContain('href="mailto:hello@bloom.example"');
    expect(page).toContain('href="tel:+15035550142"');
    expect(page).toContain('href="https://bloom.example/"');
  });
});
