import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { EmailDelivery, NotificationKind } from "#app/domain/notification-kinds";
import {
  defaultNotificationSettings,
  digestCutoff,
  parseDigestTime,
  parseNotificationSettings,
  serializeNotificationSettings,
} from "#app/domain/notification-settings";
import { enqueueMail } from "#app/models/mail-outbox.server";
import { sendDueMailOnce } from "#app/models/mail-worker.server";
import { sendDueDigests } from "#app/models/notification-digest.server";
import { notify, type NotificationEvent } from "#app/models/notifications.server";
import { runScheduledJobsOnce, startScheduler } from "#app/models/scheduled-jobs.server";
import { isCsrfExempt } from "#app/utils/csrf.server";
import { prisma } from "#app/utils/db.server";
import { smtpTransport, type MailTransport } from "#app/utils/mail.server";
import { createUnsubscribeToken, readUnsubscribeToken } from "#app/utils/unsubscribe-token.server";
import { signUpThroughForm } from "#tests/helpers/accounts";
import { startTestApp, type TestClient } from "#tests/helpers/app";
import { startSecondProcess } from "#tests/helpers/second-process";
import { linkIn, startSmtpSink } from "#tests/helpers/smtp-sink";

/**
 * Notifications end to end: notify() per delivery setting, the email as a real SMTP server
 * receives it, one-click unsubscribe over real HTTP, the daily digest under two concurrent runs,
 * the bell, /notifications and the settings form.
 */
let app: Awaited<ReturnType<typeof startTestApp>>;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let transport: MailTransport;

beforeAll(async () => {
  sink = await startSmtpSink();
  transport = smtpTransport(sink.url, "Mutualist <no-reply@mutualist.test>");
  app = await startTestApp();
});

afterAll(async () => {
  if (transport?.kind === "smtp") transport.close();
  await app?.stop();
  await sink?.close();
});

beforeEach(async () => {
  await prisma.mailOutbox.deleteMany();
  sink.received.length = 0;
});

async function owner() {
  const signedUp = await signUpThroughForm(app.client());
  // The sign-up's own mail (verification) is not what these tests look at.
  await prisma.mailOutbox.deleteMany();
  return signedUp;
}

async function setDelivery(userId: string, settings: Partial<Record<NotificationKind, EmailDelivery>>) {
  await prisma.user.update({ where: { id: userId }, data: { notificationSettings: JSON.stringify(settings) } });
}

function event(userId: string, overrides: Partial<NotificationEvent> = {}): NotificationEvent {
  return {
    kind: "message",
    userId,
    businessId: null,
    title: "Bloom & Vine sent you a message",
    body: "Shall we meet on Tuesday?\nWe have two weddings in June.",
    link: "/partnerships/p1",
    ...overrides,
  };
}

async function sendNotification(e: NotificationEvent) {
  await prisma.$transaction((tx) => notify(tx, e));
}

/** Sends the outbox through the real SMTP server and returns what it received. */
async function deliver() {
  while ((await sendDueMailOnce({ transport })).sent > 0);
  return sink.received;
}

/** A mail client's one-click unsubscribe (RFC 8058): a POST from its servers, no cookies, no Origin. */
async function oneClick(url: string) {
  return fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: "List-Unsubscribe=One-Click",
    redirect: "manual",
  });
}

/** The value of the checked radio button named `name` in a page. */
function checked(html: string, name: string) {
  for (const [tag] of html.matchAll(/<input[^>]*>/g)) {
    if (tag.includes(`name="${name}"`) && tag.includes('checked=""')) return /value="([^"]*)"/.exec(tag)?.[1];
  }
  return undefined;
}

function pathOf(url: string) {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

describe("notify and its email", () => {
  it("'immediately' sends one email with the link, why, and one-click unsubscribe headers and links", async () => {
    const { userId, email } = await owner();
    await sendNotification(event(userId));

    const [mail, ...rest] = await deliver();
    expect(rest).toEqual([]);
    expect(mail!.envelopeTo).toEqual([email.toLowerCase()]);
    expect(mail!.headers.get("subject")).toBe("Bloom & Vine sent you a message");
    const unsubscribe = linkIn(mail!, "/unsubscribe");
    expect(unsubscribe).toMatch(/^http:\/\/localhost:\d+\/unsubscribe\?token=/);
    expect(mail!.headers.get("list-unsubscribe")).toBe(`<${unsubscribe}>`);
    expect(mail!.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(mail!.body).toContain("Shall we meet on Tuesday?");
    expect(linkIn(mail!, "/partnerships/p1")).toMatch(/^http:\/\/localhost:\d+\/partnerships\/p1$/);
    expect(mail!.body).toContain("because emails about new messages are on in your notification settings");
    // The unsubscribe link is in both parts.
    const [textPart, htmlPart] = mail!.body.split(/Content-Type: text\/html/);
    expect(textPart).toContain(`Unsubscribe from these emails: ${unsubscribe}`);
    expect(htmlPart).toContain(`<a href="${unsubscribe!.replaceAll("&", "&amp;")}">Unsubscribe from these emails</a>`);

    const stored = await prisma.mailOutbox.findFirstOrThrow({ select: { kind: true } });
    expect(stored.kind).toBe("message");
    const entry = await prisma.notification.findFirstOrThrow({ where: { userId } });
    expect(entry).toMatchObject({ kind: "message", readAt: null, inDigest: false });
  });

  it("'daily' waits for the digest, 'off' sends nothing; the bell gets every entry", async () => {
    const { userId } = await owner();
    await setDelivery(userId, { message: "daily", "referral-received": "off" });
    await sendNotification(event(userId));
    await sendNotification(event(userId, { kind: "referral-received", title: "A referral from Bloom & Vine" }));
    expect(await prisma.mailOutbox.count()).toBe(0);
    const entries = await prisma.notification.findMany({ where: { userId }, orderBy: { kind: "asc" } });
    expect(entries.map((entry) => [entry.kind, entry.inDigest])).toEqual([
      ["message", true],
      ["referral-received", false],
    ]);
  });

  it("writes no email to an address nobody verified, but the bell still has the entry", async () => {
    const { userId } = await owner();
    await prisma.user.update({ where: { id: userId }, data: { emailVerifiedAt: null } });
    await sendNotification(event(userId));
    expect(await prisma.mailOutbox.count()).toBe(0);
    expect(await prisma.notification.count({ where: { userId, readAt: null } })).toBe(1);
  });

  it("a kind missing from the settings (or stored wrongly) uses its default", async () => {
    const { userId } = await owner();
    await prisma.user.update({ where: { id: userId }, data: { notificationSettings: '{"message":"weekly"}' } });
    await sendNotification(event(userId));
    await sendNotification(event(userId, { kind: "request-expired", title: "Your request to Lens & Light expired" }));
    expect(await prisma.mailOutbox.findMany({ select: { kind: true } })).toEqual([{ kind: "message" }]);
    expect(await prisma.notification.count({ where: { userId, kind: "request-expired", inDigest: true } })).toBe(1);
  });

  it("rolls back with the caller's transaction: no entry, no mail", async () => {
    const { userId } = await owner();
    await expect(
      prisma.$transaction(async (tx) => {
        await notify(tx, event(userId));
        throw new Error("the event failed");
      }),
    ).rejects.toThrow("the event failed");
    expect(await prisma.notification.count({ where: { userId } })).toBe(0);
    expect(await prisma.mailOutbox.count()).toBe(0);
  });
});

describe("one-click unsubscribe", () => {
  it("a mail client's POST without cookies or Origin turns the kind off; no further mail of that kind", async () => {
    const { userId, client } = await owner();
    await sendNotification(event(userId));
    const [mail] = await deliver();
    // The link points at APP_URL; the test app listens elsewhere.
    const url = `${app.baseUrl}${pathOf(linkIn(mail!, "/unsubscribe")!)}`;

    const response = await oneClick(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Turned off: Emails about new messages from Mutualist");
    const settings = JSON.parse(
      (await prisma.user.findUniqueOrThrow({ where: { id: userId } })).notificationSettings,
    ) as Record<string, string>;
    expect(settings.message).toBe("off");
    expect(settings["referral-received"]).toBe("immediately");

    sink.received.length = 0;
    await sendNotification(event(userId, { title: "Another message" }));
    await sendNotification(event(userId, { kind: "referral-received", title: "A referral from Bloom & Vine" }));
    const after = await deliver();
    expect(after.map((received) => received.headers.get("subject"))).toEqual(["A referral from Bloom & Vine"]);
    // Still in the bell.
    expect(await prisma.notification.count({ where: { userId, kind: "message" } })).toBe(2);
    // The settings page shows it off.
    const page = await (await client.get("/account/notifications")).text();
    expect(checked(page, "message")).toBe("off");
  });

  it("the link's page says what stops and unsubscribes with its button, signed in or not", async () => {
    const { userId } = await owner();
    const url = `/unsubscribe?token=${createUnsubscribeToken(userId, "referral-updated")}`;
    const visitor = app.client();
    const page = await visitor.get(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Stop emails about referrals you gave moving along from Mutualist?");
    expect(html).toMatch(/<form method="post" action="\/unsubscribe\?token=[^"]+"/);
    expect(html).toContain('href="/account/notifications"');
    // Settings untouched by the GET.
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).notificationSettings).toBe("{}");

    const done = await visitor.post(url, {});
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("You are unsubscribed");
    expect(
      JSON.parse((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).notificationSettings),
    ).toMatchObject({ "referral-updated": "off", message: "immediately" });
  });

  it("refuses an altered, incomplete or foreign token with 400 and changes nothing", async () => {
    const { userId } = await owner();
    const good = createUnsubscribeToken(userId, "message");
    const altered = [
      `${good.slice(0, -2)}${good.endsWith("AA") ? "BB" : "AA"}`,
      good.replace(".message.", ".nudge."),
      createUnsubscribeToken(userId, "message", "another-secret-that-is-at-least-32-chars"),
      "",
      "not-a-token",
    ];
    for (const token of altered) {
      expect(readUnsubscribeToken(token)).toBeNull();
      const get = await app.client().get(`/unsubscribe?token=${encodeURIComponent(token)}`);
      expect(get.status).toBe(400);
      expect(await get.text()).toContain("This unsubscribe link does not work");
      const post = await oneClick(`${app.baseUrl}/unsubscribe?token=${encodeURIComponent(token)}`);
      expect(post.status).toBe(400);
      expect(await post.text()).toContain("The link is incomplete or was changed");
    }
    expect((await app.client().get("/unsubscribe")).status).toBe(400);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).notificationSettings).toBe("{}");
  });

  it("the CSRF exemption is exactly POST /unsubscribe: other paths without Origin are still refused", async () => {
    expect(isCsrfExempt("POST", "/unsubscribe")).toBe(true);
    expect(isCsrfExempt("post", "/unsubscribe")).toBe(true);
    for (const [method, path] of [
      ["POST", "/unsubscribe/"],
      ["POST", "/unsubscribe/x"],
      ["POST", "/unsubscribes"],
      ["PUT", "/unsubscribe"],
      ["DELETE", "/unsubscribe"],
      ["POST", "/notifications"],
      ["POST", "/account/notifications"],
    ] as const) {
      expect(isCsrfExempt(method, path), `${method} ${path}`).toBe(false);
    }
    const { client } = await owner();
    const refused = await client.post("/notifications", { intent: "read-all" }, {});
    expect(refused.status).toBe(403);
    const settings = await client.post("/account/notifications", { message: "off" }, {});
    expect(settings.status).toBe(403);
  });

  it("the digest's link turns off every kind sent as a digest", async () => {
    const { userId } = await owner();
    await setDelivery(userId, { message: "daily", nudge: "daily" });
    const response = await oneClick(`${app.baseUrl}/unsubscribe?token=${createUnsubscribeToken(userId, "digest")}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("The daily digest email from Mutualist");
    expect(
      JSON.parse((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).notificationSettings),
    ).toMatchObject({ message: "off", nudge: "off", "request-expired": "off", "request-received": "immediately" });
  });
});

describe("daily digest", () => {
  const hour = 3600_000;

  beforeEach(async () => {
    // Entries other tests left waiting are not this test's.
    await prisma.notification.updateMany({ data: { inDigest: false } });
  });

  it("is sent once per owner even when two processes run it at the same time, newest first", async () => {
    const owners = [await owner(), await owner(), await owner()];
    const now = new Date("2026-12-02T14:05:00Z");
    const cutoff = digestCutoff(now);
    expect(cutoff.toISOString()).toBe("2026-12-02T14:00:00.000Z");
    for (const [index, { userId }] of owners.entries()) {
      await setDelivery(userId, { message: "daily" });
      for (let n = 0; n < 3; n += 1) {
        await sendNotification(
          event(userId, { title: `Message ${n} for owner ${index}`, link: `/partnerships/p${n}` }),
        );
      }
    }
    // Written yesterday afternoon and this morning; one came in after today's digest hour.
    for (const { userId } of owners) {
      const rows = await prisma.notification.findMany({ where: { userId }, orderBy: { title: "asc" } });
      for (const [n, row] of rows.entries()) {
        const createdAt = new Date(cutoff.getTime() - (20 - n * 8) * hour);
        await prisma.notification.update({ where: { id: row.id }, data: { createdAt } });
      }
    }
    const late = await prisma.notification.create({
      data: { userId: owners[0]!.userId, kind: "message", title: "After the hour", link: "/x", inDigest: true },
    });
    await prisma.notification.update({
      where: { id: late.id },
      data: { createdAt: new Date(cutoff.getTime() + 60_000) },
    });
    expect(await prisma.mailOutbox.count()).toBe(0);

    // A second process and two runs here, at the same time.
    const second = await startSecondProcess("tests/helpers/digest-process.ts", { DIGEST_NOW: now.toISOString() });
    second.go();
    const here = await Promise.all([sendDueDigests(now), sendDueDigests(now)]);
    const { code, output, errors } = await second.finished();
    expect(code, errors).toBe(0);
    const there = JSON.parse(output.split("\n").find((line) => line.startsWith("{")) ?? "{}") as {
      digests: number;
      notifications: number;
    };
    const results = [...here, there];
    expect(results.reduce((sum, result) => sum + result.digests, 0)).toBe(3);
    expect(results.reduce((sum, result) => sum + result.notifications, 0)).toBe(9);

    const received = await deliver();
    expect(received).toHaveLength(3);
    for (const [index, { email, userId }] of owners.entries()) {
      const mails = sink.to(email);
      expect(mails).toHaveLength(1);
      const mail = mails[0]!;
      expect(mail.headers.get("subject")).toBe("Your daily Mutualist digest: 3 updates");
      expect(mail.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
      const unsubscribe = linkIn(mail, "/unsubscribe")!;
      expect(readUnsubscribeToken(new URL(unsubscribe).searchParams.get("token"))).toEqual({
        userId,
        scope: "digest",
      });
      const text = mail.body.split(/Content-Type: text\/html/)[0]!;
      const order = [2, 1, 0].map((n) => text.indexOf(`- Message ${n} for owner ${index}`));
      expect(order.every((position) => position > 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(linkIn(mail, "/partnerships/p2")).toMatch(/^http:\/\/localhost:\d+\/partnerships\/p2$/);
      expect(mail.body).not.toContain("After the hour");
    }
    expect(await prisma.mailOutbox.findMany({ select: { kind: true }, distinct: ["kind"] })).toEqual([
      { kind: "digest" },
    ]);
    // Only the late one still waits; it goes out with tomorrow's digest, not before.
    expect(await prisma.notification.findMany({ where: { inDigest: true }, select: { id: true } })).toEqual([
      { id: late.id },
    ]);
    expect(await sendDueDigests(new Date(now.getTime() + 12 * hour))).toEqual({ digests: 0, notifications: 0 });
    expect(await sendDueDigests(new Date(now.getTime() + 24 * hour))).toEqual({ digests: 1, notifications: 1 });
  });

  it("goes out at the hour the owner chose, on their own clock, and keeps that time through an unsubscribe", async () => {
    const { userId } = await owner();
    const settings = { ...defaultNotificationSettings(), message: "daily" as const };
    const portlandMorning = { hour: 7, timeZone: "America/Los_Angeles" };
    await prisma.user.update({
      where: { id: userId },
      data: { notificationSettings: serializeNotificationSettings(settings, portlandMorning) },
    });
    await sendNotification(event(userId, { title: "Sent overnight" }));
    await prisma.notification.updateMany({ where: { userId }, data: { createdAt: new Date("2026-12-02T10:00:00Z") } });
    // 14:05 UTC is 06:05 in Portland (UTC−8 in December): not yet.
    expect(await sendDueDigests(new Date("2026-12-02T14:05:00Z"))).toEqual({ digests: 0, notifications: 0 });
    // 07:01 in Portland.
    expect(await sendDueDigests(new Date("2026-12-02T15:01:00Z"))).toEqual({ digests: 1, notifications: 1 });
    const [mail] = await deliver();
    expect(mail!.body).toContain("Sent overnight");
    expect(mail!.body).toContain("You get one digest a day, at 07:00 (America/Los Angeles)");

    await oneClick(`${app.baseUrl}/unsubscribe?token=${createUnsubscribeToken(userId, "nudge")}`);
    const stored = (await prisma.user.findUniqueOrThrow({ where: { id: userId } })).notificationSettings;
    expect(parseNotificationSettings(stored).nudge).toBe("off");
    expect(parseDigestTime(stored)).toEqual(portlandMorning);
  });

  it("leaves out kinds turned off since, and sends nothing when nothing is left", async () => {
    const { userId } = await owner();
    await setDelivery(userId, { message: "daily", nudge: "daily" });
    await sendNotification(event(userId, { title: "A message" }));
    await sendNotification(event(userId, { kind: "nudge", title: "Quiet partnership" }));
    await oneClick(`${app.baseUrl}/unsubscribe?token=${createUnsubscribeToken(userId, "message")}`);
    const tomorrow = new Date(Date.now() + 48 * hour);
    expect(await sendDueDigests(tomorrow)).toEqual({ digests: 1, notifications: 2 });
    const [mail] = await deliver();
    expect(mail!.headers.get("subject")).toBe("Your daily Mutualist digest: 1 update");
    expect(mail!.body).toContain("Quiet partnership");
    expect(mail!.body).not.toContain("A message");

    await oneClick(`${app.baseUrl}/unsubscribe?token=${createUnsubscribeToken(userId, "nudge")}`);
    await sendNotification(event(userId, { kind: "nudge", title: "Still quiet" }));
    await prisma.notification.updateMany({ where: { userId }, data: { inDigest: true } });
    expect(await sendDueDigests(tomorrow)).toEqual({ digests: 0, notifications: 3 });
  });
});

describe("scheduler", () => {
  it("runs every job each tick; one that throws is reported and the others still run", async () => {
    const ran: string[] = [];
    const jobs = [
      { name: "first", run: async () => void ran.push("first") },
      {
        name: "broken",
        run: async () => {
          throw new Error("database is locked");
        },
      },
      { name: "last", run: async () => void ran.push("last") },
    ];
    const outcomes = await runScheduledJobsOnce(jobs, new Date());
    expect(outcomes.map((outcome) => [outcome.name, outcome.ok])).toEqual([
      ["first", true],
      ["broken", false],
      ["last", true],
    ]);
    expect(outcomes[1]!.error).toBe("database is locked");

    const log: string[] = [];
    const stop = startScheduler({ jobs, intervalMs: 20, log: (line) => log.push(line) });
    await new Promise((resolve) => setTimeout(resolve, 120));
    await stop();
    expect(ran.filter((name) => name === "last").length).toBeGreaterThan(2);
    expect(log[0]).toBe("scheduler: broken failed (database is locked); retried next tick");
  });
});

describe("the bell and /notifications", () => {
  async function notifications(userId: string, count: number) {
    for (let n = 0; n < count; n += 1) {
      await sendNotification(
        event(userId, { title: `Update ${String(n).padStart(2, "0")}`, link: `/partnerships/p${n}` }),
      );
    }
    // Distinct times, Update 00 the oldest.
    const rows = await prisma.notification.findMany({ where: { userId }, orderBy: { title: "asc" } });
    for (const [n, row] of rows.entries()) {
      await prisma.notification.update({
        where: { id: row.id },
        data: { createdAt: new Date(Date.now() - (count - n) * 60_000) },
      });
    }
    return rows;
  }

  async function bellLabel(client: TestClient) {
    const html = await (await client.get("/")).text();
    return /<a[^>]*aria-label="(Notifications[^"]*)"[^>]*href="\/notifications"|<a[^>]*href="\/notifications"[^>]*aria-label="(Notifications[^"]*)"/
      .exec(html)
      ?.slice(1)
      .find(Boolean);
  }

  it("shows the unread count in the header, signed in only, and 'mark all' clears it", async () => {
    const { userId, client } = await owner();
    expect(await bellLabel(client)).toBe("Notifications");
    await notifications(userId, 3);
    expect(await bellLabel(client)).toBe("Notifications, 3 unread");
    const visitorHtml = await (await app.client().get("/")).text();
    expect(visitorHtml).not.toContain('href="/notifications"');

    const page = await (await client.get("/notifications")).text();
    expect(page).toContain("3 unread · 3 notifications, newest first.");
    const done = await client.post("/notifications", { intent: "read-all" });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe("/notifications");
    expect(await bellLabel(client)).toBe("Notifications");
    expect(await prisma.notification.count({ where: { userId, readAt: null } })).toBe(0);
  });

  it("lists newest first, 20 a page; opening one marks it read and goes to its page; one can be marked read", async () => {
    const { userId, client } = await owner();
    const rows = await notifications(userId, 25);
    const first = await (await client.get("/notifications")).text();
    const titles = [...first.matchAll(/Update (\d\d)/g)].map((match) => match[1]);
    expect(titles[0]).toBe("24");
    expect(new Set(titles).size).toBe(20);
    expect(first).toContain("Page 1 of 2");
    const second = await (await client.get("/notifications?page=2")).text();
    expect(new Set([...second.matchAll(/Update (\d\d)/g)].map((match) => match[1]))).toEqual(
      new Set(["04", "03", "02", "01", "00"]),
    );
    expect((await client.get("/notifications?page=abc")).status).toBe(400);
    expect(await (await client.get("/notifications?page=9")).text()).toContain("No notifications on this page.");

    const opened = await client.post("/notifications", { intent: "open", id: rows[7]!.id });
    expect(opened.status).toBe(302);
    expect(opened.headers.get("location")).toBe("/partnerships/p7");
    const marked = await client.post("/notifications", { intent: "read", id: rows[3]!.id, page: "2" });
    expect(marked.status).toBe(302);
    expect(marked.headers.get("location")).toBe("/notifications?page=2");
    const read = await prisma.notification.findMany({ where: { userId, readAt: { not: null } }, select: { id: true } });
    expect(new Set(read.map((row) => row.id))).toEqual(new Set([rows[7]!.id, rows[3]!.id]));
    expect(await bellLabel(client)).toBe("Notifications, 23 unread");
    const html = await (await client.get("/notifications")).text();
    expect(html).toContain("23 unread · 25 notifications");
    expect(html).toContain('<span class="sr-only">Unread: </span>Update 24');
  });

  it("another owner's notification is a 404, for opening and for marking read", async () => {
    const alice = await owner();
    const bob = await owner();
    const [mine] = await notifications(alice.userId, 1);
    for (const intent of ["open", "read"]) {
      const response = await bob.client.post("/notifications", { intent, id: mine!.id });
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("Notification not found");
    }
    expect((await bob.client.post("/notifications", { intent: "read", id: "nope" })).status).toBe(404);
    expect((await bob.client.post("/notifications", { intent: "explode" })).status).toBe(400);
    await bob.client.post("/notifications", { intent: "read-all" });
    expect(await prisma.notification.count({ where: { userId: alice.userId, readAt: null } })).toBe(1);
    expect(await (await bob.client.get("/notifications")).text()).not.toContain("Update 00");
  });

  it("has a clear empty state, and sends a visitor to sign in", async () => {
    const { client } = await owner();
    const html = await (await client.get("/notifications")).text();
    expect(html).toContain("No notifications yet.");
    expect(html).not.toContain("Mark all as read");
    const visitor = await app.client().get("/notifications");
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("location")).toMatch(/^\/login\?redirectTo=%2Fnotifications/);
    for (const path of ["/account/notifications"]) {
      expect((await app.client().get(path)).status).toBe(302);
      const post = await app.client().post(path, { message: "off" });
      expect(post.status).toBe(302);
      expect(post.headers.get("location")).toMatch(/^\/login/);
    }
  });
});

describe("email settings form", () => {
  const all = {
    "request-received": "immediately",
    "request-accepted": "immediately",
    "request-declined": "off",
    "request-expired": "daily",
    message: "daily",
    "referral-received": "immediately",
    "referral-updated": "immediately",
    "partnership-ended": "immediately",
    nudge: "off",
  };
  const form = { ...all, digestHour: "7", timeZone: "America/Los_Angeles" };

  it("saves a choice per kind and shows it", async () => {
    const { userId, client } = await owner();
    const page = await (await client.get("/account/notifications")).text();
    expect(checked(page, "message")).toBe("immediately");
    expect(checked(page, "request-expired")).toBe("daily");
    // Until chosen, the digest goes out at 14:00 UTC.
    expect(page).toMatch(/<option value="14" selected="">14:00<\/option>/);
    expect(page).toMatch(/<option value="UTC" selected="">UTC<\/option>/);
    expect(page).toContain('<option value="America/Los_Angeles">America/Los Angeles</option>');
    const saved = await client.post("/account/notifications", form);
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe("/account?saved=notifications#notifications");
    expect(JSON.parse((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).notificationSettings)).toEqual({
      ...all,
      digest: { hour: 7, timeZone: "America/Los_Angeles" },
    });
    // The account page sums them up, saved, and links to the form.
    const account = await (await client.get("/account?saved=notifications")).text();
    expect(account).toContain('id="notifications-heading"');
    expect(account).toContain("Email settings saved.");
    expect(account).toContain(
      "Immediately: 5 kinds · Daily digest: 2 kinds · Off: 2 kinds. The digest comes at 07:00 (America/Los Angeles).",
    );
    expect(account).toMatch(/<a[^>]*href="\/account\/notifications"[^>]*>Change email settings<\/a>/);
    const again = await (await client.get("/account/notifications")).text();
    expect(checked(again, "nudge")).toBe("off");
    expect(checked(again, "message")).toBe("daily");
    expect(again).toMatch(/<option value="7" selected="">07:00<\/option>/);
    expect(again).toMatch(/<option value="America\/Los_Angeles" selected="">America\/Los Angeles<\/option>/);
  });

  it("refuses a bad choice with 400 and a message, keeping what was chosen, saving nothing", async () => {
    const { userId, client } = await owner();
    const response = await client.post("/account/notifications", { ...form, message: "weekly", nudge: "" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("2 choices need fixing");
    // The digest time chosen is kept too.
    expect(html).toMatch(/<option value="America\/Los_Angeles" selected="">/);
    expect(html.match(/class="field-error">Choose immediately, daily digest or off\./g)).toHaveLength(2);
    expect(checked(html, "request-declined")).toBe("off");
    expect(checked(html, "request-expired")).toBe("daily");
    expect(html).toMatch(/<input[^>]*name="message"[^>]*aria-invalid="true"/);
    expect(checked(html, "message")).toBeUndefined();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).notificationSettings).toBe("{}");
    const notForm = await client.postBody("/account/notifications", '{"message":"off"}', "application/json");
    expect(notForm.status).toBe(400);
  });

  it("refuses a digest time that is not on the lists, next to its field", async () => {
    const { userId, client } = await owner();
    const response = await client.post("/account/notifications", {
      ...form,
      digestHour: "24",
      timeZone: "Mars/Olympus",
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('id="digest-hour-error" class="field-error">Choose an hour from the list.');
    expect(html).toContain('id="digest-time-zone-error" class="field-error">Choose a time zone from the list.');
    expect(html).toMatch(/<select[^>]*name="timeZone"[^>]*aria-invalid="true"/);
    expect(checked(html, "message")).toBe("daily");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).notificationSettings).toBe("{}");
  });
});

describe("mail outbox through an SMTP outage", () => {
  it("keeps messages while the server is down and delivers each once when it is back (timed)", async () => {
    // A port with nothing listening: the server is down.
    const probe = await startSmtpSink();
    const port = probe.port;
    await probe.close();
    const outageTransport = smtpTransport(`smtp://127.0.0.1:${port}`, "Mutualist <no-reply@mutualist.test>");

    await prisma.$transaction(async (tx) => {
      for (let n = 0; n < 10; n += 1) {
        await enqueueMail(tx, {
          kind: "message",
          to: `outage-${n}@example.test`,
          subject: `Outage ${n}`,
          text: "Hello",
          html: "<p>Hello</p>",
          headers: {},
        });
      }
    });
    const failing = await sendDueMailOnce({ transport: outageTransport, batchSize: 20 });
    expect(failing).toMatchObject({ sent: 0, failed: 10 });
    expect(failing.lastError).toMatch(/ECONNREFUSED/);

    // Back on the same port.
    const back = await startSmtpSink({ port });
    const backAt = Date.now();
    try {
      const retriesDue = (await prisma.mailOutbox.aggregate({ _max: { nextAttemptAt: true } }))._max.nextAttemptAt!;
      // Nothing goes before the back-off ends; at its end every message goes, once.
      expect(await sendDueMailOnce({ transport: outageTransport })).toMatchObject({ sent: 0, failed: 0 });
      let passes = 0;
      while ((await sendDueMailOnce({ transport: outageTransport, now: new Date(retriesDue.getTime() + 1) })).sent > 0)
        passes += 1;
      const sendMs = Date.now() - backAt;
      const subjects = back.received.map((mail) => mail.headers.get("subject"));
      expect(subjects.sort()).toEqual(Array.from({ length: 10 }, (_, n) => `Outage ${n}`).sort());
      expect(await prisma.mailOutbox.count({ where: { sentAt: { not: null }, attempts: 2 } })).toBe(10);
      expect(
        await sendDueMailOnce({ transport: outageTransport, now: new Date(retriesDue.getTime() + 3600_000) }),
      ).toMatchObject({
        sent: 0,
      });
      const backoffS = Math.round((retriesDue.getTime() - backAt) / 1000);
      console.log(
        `[measure] SMTP outage: 10 messages delivered once each in ${passes} passes, ${sendMs} ms of sending once ` +
          `retried; the retries were due ${backoffS} s after the server came back (back-off after one failure: 30 s)`,
      );
    } finally {
      if (outageTransport.kind === "smtp") outageTransport.close();
      await back.close();
    }
  });
});
