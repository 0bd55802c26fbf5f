import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { MailMessage } from "#app/domain/mail-message";
import { enqueueMail } from "#app/models/mail-outbox.server";
import {
  claimDueMail,
  claimMail,
  findDueMailIds,
  MAIL_LEASE_MS,
  MAX_MAIL_ATTEMPTS,
  pendingMailCount,
  sendDueMailOnce,
  startMailWorker,
} from "#app/models/mail-worker.server";
import { prisma } from "#app/utils/db.server";
import { captureTransport, smtpTransport, type MailTransport } from "#app/utils/mail.server";
import { signUpThroughForm } from "#tests/helpers/accounts";
import { startTestApp } from "#tests/helpers/app";
import { startSecondProcess } from "#tests/helpers/second-process";
import { startSmtpSink } from "#tests/helpers/smtp-sink";

/**
 * The mail outbox against a real SMTP server (the `smtp-server` package, in this process, on a
 * free port) and the real /dev/mail page over HTTP.
 */
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
const from = "Mutualist <no-reply@mutualist.test>";
const transports: MailTransport[] = [];

function transport(): MailTransport {
  const made = smtpTransport(sink.url, from);
  transports.push(made);
  return made;
}

beforeAll(async () => {
  sink = await startSmtpSink();
  // Behind a trusted loopback proxy, a request can say it comes from another machine.
  process.env.TRUST_PROXY = "loopback";
  app = await startTestApp();
});

afterAll(async () => {
  for (const made of transports) if (made.kind === "smtp") made.close();
  await app?.stop();
  delete process.env.TRUST_PROXY;
  await sink?.close();
});

beforeEach(async () => {
  await prisma.mailOutbox.deleteMany();
  sink.reset();
});

function message(overrides: Partial<MailMessage> = {}): MailMessage {
  return {
    kind: "test",
    to: "owner@example.test",
    subject: "A partnership request from Rose and Thorn",
    text: "Rose and Thorn would like to partner with you.\nOpen http://localhost:3000/requests/1",
    html: '<p>Rose and Thorn would like to partner with you.</p><p><a href="http://localhost:3000/requests/1">Open</a></p>',
    headers: {
      "List-Unsubscribe": "<http://localhost:3000/unsubscribe/abc123>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
    ...overrides,
  };
}

async function enqueue(overrides: Partial<MailMessage> = {}) {
  return prisma.$transaction((tx) => enqueueMail(tx, message(overrides)));
}

async function row(id: number) {
  return prisma.mailOutbox.findUniqueOrThrow({ where: { id } });
}

describe("mail outbox and worker", () => {
  it("sends a message written in a transaction once, with recipient, subject, both parts and unsubscribe headers", async () => {
    const { id } = await enqueue();
    const worker = transport();
    expect(await sendDueMailOnce({ transport: worker })).toMatchObject({ sent: 1, failed: 0 });
    expect(await sendDueMailOnce({ transport: worker })).toMatchObject({ sent: 0, failed: 0 });

    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail!.envelopeTo).toEqual(["owner@example.test"]);
    const { headers, body } = mail!;
    expect(headers.get("to")).toBe("owner@example.test");
    expect(headers.get("from")).toBe(from);
    expect(headers.get("subject")).toBe("A partnership request from Rose and Thorn");
    expect(headers.get("list-unsubscribe")).toBe("<http://localhost:3000/unsubscribe/abc123>");
    expect(headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(headers.get("content-type")).toMatch(/^multipart\/alternative/);
    expect(body).toMatch(/Content-Type: text\/plain/);
    expect(body).toContain("Open http://localhost:3000/requests/1");
    expect(body).toMatch(/Content-Type: text\/html/);
    expect(body).toContain('<a href="http://localhost:3000/requests/1">Open</a>');

    const stored = await row(id);
    expect(stored.sentAt).not.toBeNull();
    expect(stored.attempts).toBe(1);
    expect(stored.captured).toBe(false);
    expect(stored.claimedBy).toBeNull();
    expect(stored.providerMessageId).toBe(headers.get("message-id"));
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueMail(tx, message());
        throw new Error("the event failed");
      }),
    ).rejects.toThrow("the event failed");
    expect(await prisma.mailOutbox.count()).toBe(0);
  });

  it("refuses a message that could inject headers", async () => {
    await expect(enqueue({ subject: "Hello\r\nBcc: everyone@example.test" })).rejects.toThrow(/one line/);
    await expect(enqueue({ headers: { "X-Note": "a\nBcc: x@example.test" } })).rejects.toThrow(/one line/);
    await expect(enqueue({ headers: { Bcc: "x@example.test" } })).rejects.toThrow(/own fields/);
    expect(await prisma.mailOutbox.count()).toBe(0);
  });

  it("two workers running at the same time send each of 20 messages exactly once", async () => {
    for (let index = 0; index < 20; index += 1) await enqueue({ subject: `Message ${index}` });
    const stops = [
      startMailWorker({ transport: transport(), intervalMs: 10 }),
      startMailWorker({ transport: transport(), intervalMs: 10 }),
    ];
    const deadline = Date.now() + 15_000;
    while ((await pendingMailCount()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await Promise.all(stops.map((stop) => stop()));

    const subjects = sink.received.map((mail) => mail.headers.get("subject"));
    expect(subjects).toHaveLength(20);
    expect(new Set(subjects).size).toBe(20);
    expect(await prisma.mailOutbox.count({ where: { sentAt: { not: null }, attempts: 1 } })).toBe(20);
  });

  it("two worker processes send each of 20 messages exactly once, and both take part", async () => {
    sink.delayAccepts(30);
    const second = await startSecondProcess("tests/helpers/mail-worker-process.ts", { SMTP_URL: sink.url });

    await prisma.$transaction(async (tx) => {
      for (let index = 0; index < 20; index += 1) await enqueueMail(tx, message({ subject: `Message ${index}` }));
    });
    const worker = transport();
    let sentHere = 0;
    const deadline = Date.now() + 15_000;
    while ((await pendingMailCount()) > 0 && Date.now() < deadline) {
      sentHere += (await sendDueMailOnce({ transport: worker })).sent;
      await new Promise((r) => setTimeout(r, 10));
    }
    const { code, output, errors } = await second.finished();
    expect(code, errors).toBe(0);
    const sentThere = Number(/sent (\d+)/.exec(output)?.[1]);

    const subjects = sink.received.map((mail) => mail.headers.get("subject"));
    expect(subjects).toHaveLength(20);
    expect(new Set(subjects).size).toBe(20);
    expect(sentHere + sentThere).toBe(20);
    expect(sentHere).toBeGreaterThan(0);
    expect(sentThere).toBeGreaterThan(0);
  });

  it("a worker whose read of due rows is stale does not get the rows another claimed since", async () => {
    for (let index = 0; index < 5; index += 1) await enqueue({ subject: `Message ${index}` });
    const now = new Date();
    // Both read the same due ids; the first claims them, then the second tries.
    const [seenByFirst, seenBySecond] = await Promise.all([findDueMailIds(now, 10), findDueMailIds(now, 10)]);
    expect(seenBySecond).toEqual(seenByFirst);
    const first = await claimMail(seenByFirst, now, MAIL_LEASE_MS);
    const second = await claimMail(seenBySecond, now, MAIL_LEASE_MS);
    expect(first.rows).toHaveLength(5);
    expect(second.rows).toEqual([]);
    // Nor does a racing claim of the whole batch.
    await prisma.mailOutbox.updateMany({ data: { claimedBy: null, claimedUntil: null } });
    const racing = await Promise.all([claimDueMail(now, 10, MAIL_LEASE_MS), claimDueMail(now, 10, MAIL_LEASE_MS)]);
    const [a, b] = racing.map((claim) => claim.rows.map((claimed) => claimed.id));
    expect(a!.length + b!.length).toBe(5);
    expect(a!.filter((id) => b!.includes(id))).toEqual([]);
  });

  it("retries later when the SMTP server answers 451, and succeeds once it recovers", async () => {
    const { id } = await enqueue();
    const worker = transport();
    sink.refuseWith(451);
    expect(await sendDueMailOnce({ transport: worker })).toMatchObject({ sent: 0, failed: 1 });
    const failed = await row(id);
    expect(failed.attempts).toBe(1);
    expect(failed.sentAt).toBeNull();
    expect(failed.lastError).toMatch(/451/);
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(failed.claimedBy).toBeNull();

    sink.refuseWith(null);
    // Not due yet: nothing is sent before the back-off ends.
    expect(await sendDueMailOnce({ transport: worker })).toMatchObject({ sent: 0, failed: 0 });
    const later = new Date(failed.nextAttemptAt.getTime() + 1);
    expect(await sendDueMailOnce({ transport: worker, now: later })).toMatchObject({ sent: 1, failed: 0 });
    expect(sink.received).toHaveLength(1);
    const sent = await row(id);
    expect(sent.attempts).toBe(2);
    expect(sent.sentAt).not.toBeNull();
    expect(sent.lastError).toBeNull();
  });

  it("gives up after the last attempt and keeps the error", async () => {
    const { id } = await enqueue();
    await prisma.mailOutbox.update({ where: { id }, data: { attempts: MAX_MAIL_ATTEMPTS - 1 } });
    sink.refuseWith(451);
    expect(await sendDueMailOnce({ transport: transport() })).toMatchObject({ failed: 1 });
    const closed = await row(id);
    expect(closed.attempts).toBe(MAX_MAIL_ATTEMPTS);
    expect(closed.failedAt).not.toBeNull();
    expect(closed.lastError).toMatch(/451/);
    expect(await pendingMailCount()).toBe(0);
    sink.refuseWith(null);
    const muchLater = new Date(Date.now() + 365 * 24 * 3600_000);
    expect(await sendDueMailOnce({ transport: transport(), now: muchLater })).toMatchObject({ sent: 0 });
    expect(sink.received).toHaveLength(0);
  });

  it("picks up a crashed worker's row once its lease has ended, and leaves a live lease alone", async () => {
    const crashed = await enqueue({ subject: "Left by a crashed worker" });
    const held = await enqueue({ subject: "Held by a live worker" });
    await prisma.mailOutbox.update({
      where: { id: crashed.id },
      data: { claimedBy: "crashed-worker", claimedUntil: new Date(Date.now() - 1_000) },
    });
    await prisma.mailOutbox.update({
      where: { id: held.id },
      data: { claimedBy: "live-worker", claimedUntil: new Date(Date.now() + 60_000) },
    });
    expect(await sendDueMailOnce({ transport: transport() })).toMatchObject({ sent: 1 });
    expect(sink.received.map((mail) => mail.headers.get("subject"))).toEqual(["Left by a crashed worker"]);
    expect((await row(crashed.id)).sentAt).not.toBeNull();
    expect(await row(held.id)).toMatchObject({ sentAt: null, claimedBy: "live-worker" });
  });
});

describe("/dev/mail", () => {
  it("shows a captured message with its subject and parts escaped, newest first", async () => {
    await enqueue({ subject: "An older message" });
    const { id } = await enqueue({
      subject: '<script>alert("subject")</script> Welcome',
      html: '<p>Hello</p><script>alert("html")</script>',
      text: 'Hello <script>alert("text")</script>',
    });
    expect(await sendDueMailOnce({ transport: captureTransport })).toMatchObject({ sent: 2 });
    expect(sink.received).toHaveLength(0);
    expect(await row(id)).toMatchObject({ captured: true, attempts: 1 });

    const response = await app.client().get("/dev/mail");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toMatch(/<script>alert/);
    expect(html).toContain("&lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt; Welcome");
    expect(html).toContain("owner@example.test");
    expect(html).toMatch(/<iframe[^>]*sandbox=""[^>]*srcDoc="&lt;p&gt;Hello&lt;\/p&gt;&lt;script&gt;/i);
    expect(html.indexOf("Welcome")).toBeLessThan(html.indexOf("An older message"));
  });

  it("makes the text part's links clickable, so a newcomer can follow a link without SMTP", async () => {
    await enqueue({
      subject: "Confirm your email",
      text: "Confirm: http://localhost:3000/verify?token=abc123 (1 hour)",
    });
    await sendDueMailOnce({ transport: captureTransport });
    const html = await (await app.client().get("/dev/mail")).text();
    expect(html).toContain('<a href="http://localhost:3000/verify?token=abc123" rel="noreferrer">');
  });

  it("answers 400 for a page number that is not one", async () => {
    const response = await app.client().get("/dev/mail?page=abc");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("The page number must be a whole number");
  });

  it("is not shown to another machine, signed in or not", async () => {
    const remote = { "X-Forwarded-For": "203.0.113.7" };
    const visitor = await app.client().get("/dev/mail", remote);
    expect(visitor.status).toBe(404);
    expect(await visitor.text()).not.toContain("Mail (development)");
    const { client: owner } = await signUpThroughForm(app.client());
    const signedIn = await owner.get("/dev/mail", remote);
    expect(signedIn.status).toBe(404);
    expect((await app.client().get("/dev/mail")).status).toBe(200);
  });

  it("does not exist in production", async () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      const response = await app.client().get("/dev/mail");
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("Page not found");
    } finally {
      process.env.NODE_ENV = before;
    }
  });
});
