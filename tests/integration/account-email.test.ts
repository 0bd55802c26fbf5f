import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sendDueMailOnce } from "#app/models/mail-worker.server";
import { requireVerifiedUser } from "#app/models/verified.server";
import { prisma } from "#app/utils/db.server";
import { smtpTransport, type MailTransport } from "#app/utils/mail.server";
import { freshEmail, signUpThroughForm, TEST_PASSWORD } from "#tests/helpers/accounts";
import { startTestApp, type TestClient } from "#tests/helpers/app";
import { linkIn, startSmtpSink, type ReceivedMail } from "#tests/helpers/smtp-sink";

/**
 * The account's emails (decision 023) end to end: the app writes them, the mail worker sends them
 * to a real SMTP server in this process, and the test follows the links inside over real HTTP.
 */
const APP_URL = "https://mutualist.test";
let app: Awaited<ReturnType<typeof startTestApp>>;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let transport: MailTransport;

beforeAll(async () => {
  sink = await startSmtpSink();
  transport = smtpTransport(sink.url, "Mutualist <no-reply@mutualist.test>");
  process.env.APP_URL = APP_URL;
  // Behind a trusted loopback proxy a request can say which address it comes from (one per test).
  process.env.TRUST_PROXY = "loopback";
  app = await startTestApp();
});

afterAll(async () => {
  if (transport?.kind === "smtp") transport.close();
  await app?.stop();
  delete process.env.TRUST_PROXY;
  delete process.env.APP_URL;
  await sink?.close();
});

let ipCounter = 0;
/** Headers of a browser at its own address, so each test has its own per-IP limits. */
let from: Record<string, string> = {};
beforeEach(() => {
  from = { Origin: app.baseUrl, "X-Forwarded-For": `198.51.100.${++ipCounter}` };
});

/** What each address had already been handed by `deliver`. */
const seen = new Map<string, number>();

/** Runs the mail worker until the outbox is empty and returns what reached `to` since the last call for it. */
async function deliver(to: string): Promise<ReceivedMail[]> {
  for (let pass = 0; pass < 5; pass++) {
    const result = await sendDueMailOnce({ transport });
    if (result.sent === 0) break;
  }
  const all = sink.to(to);
  const fresh = all.slice(seen.get(to) ?? 0);
  seen.set(to, all.length);
  return fresh;
}

function only(mails: ReceivedMail[]): ReceivedMail {
  expect(mails).toHaveLength(1);
  return mails[0]!;
}

/** The link's path and query, to follow on the test server. */
function localPath(link: string | null): string {
  expect(link).not.toBeNull();
  const url = new URL(link!);
  expect(url.origin).toBe(APP_URL);
  return `${url.pathname}${url.search}`;
}

function tokenOf(path: string): string {
  return new URLSearchParams(path.split("?")[1]).get("token")!;
}

async function signUp(client: TestClient, email: string, extra: Record<string, string> = {}) {
  return client.post("/signup", { email, password: TEST_PASSWORD, ...extra }, from);
}

/** A response's visible parts with the cookie values blanked (what an observer can compare). */
async function observable(response: Response) {
  const body = (await response.text()).replace(/nonce="[^"]*"/g, 'nonce=""');
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.replace(/=[^;]*/, "=…"));
  return { status: response.status, cookies, body };
}

describe("sign-up and verification", () => {
  it("emails a link that verifies the address once and signs in the browser that signed up", async () => {
    const client = app.client();
    const email = freshEmail();
    const response = await signUp(client, email, { displayName: "  Ana Ruiz  " });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`We sent a link to <strong>${email}</strong>`);
    expect(client.sessionToken()).toBeUndefined();
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.displayName).toBe("Ana Ruiz");
    expect(user.emailVerifiedAt).toBeNull();

    const mail = only(await deliver(email));
    expect(mail.envelopeTo).toEqual([email]);
    expect(mail.headers.get("subject")).toBe("Confirm your email address for Mutualist");
    expect(mail.headers.has("list-unsubscribe")).toBe(false);
    const path = localPath(linkIn(mail, "/verify-email"));
    // Only the token's hash is stored, and the delivered mail no longer holds the link.
    expect(await prisma.emailToken.count({ where: { id: tokenOf(path) } })).toBe(0);
    const kept = { contains: tokenOf(path) };
    expect(await prisma.mailOutbox.count({ where: { OR: [{ textBody: kept }, { htmlBody: kept }] } })).toBe(0);

    // A mail scanner's GET shows the button and spends nothing.
    for (let look = 0; look < 2; look++) {
      const page = await app.client().get(path);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Confirm my email");
    }
    const confirmed = await client.post(path, { intent: "verify", token: tokenOf(path) }, from);
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("location")).toBe("/dashboard?verified=1");
    const dashboard = await client.get("/dashboard?verified=1");
    expect(await dashboard.text()).toContain("Email verified.");
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).not.toBeNull();

    // Once only.
    const again = await app.client().post(path, { intent: "verify", token: tokenOf(path) }, from);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain("This link was already used");
    expect((await app.client().get(path)).status).toBe(410);
  });

  it("brings the browser back to what it signed up for, and never to another site", async () => {
    for (const [asked, landing] of [
      ["/businesses/new", "/businesses/new"],
      ["//evil.example/phish", "/dashboard?verified=1"],
      ["https://evil.example/", "/dashboard?verified=1"],
      ["/.//evil.example/phish", "/dashboard?verified=1"],
      ["/%2e//evil.example/phish", "/dashboard?verified=1"],
    ] as const) {
      const client = app.client();
      const email = freshEmail();
      await signUp(client, email, { redirectTo: asked });
      const path = localPath(linkIn(only(await deliver(email)), "/verify-email"));
      const confirmed = await client.post(path, { intent: "verify", token: tokenOf(path) }, from);
      expect(confirmed.headers.get("location")).toBe(landing);
      expect(client.sessionToken()).toBeDefined();
      // Used once: a later sign-in goes where it is told, not back here.
      expect(client.cookieHeader).not.toContain("mutualist_after_signup");
    }
  });

  it("sends a signed-in visitor of the sign-up page on only to a path of this site", async () => {
    const { client } = await signUpThroughForm(app.client());
    for (const [asked, landing] of [
      ["/businesses/new", "/businesses/new"],
      ["/.//evil.example/phish", "/dashboard"],
      ["/%2e//evil.example/phish", "/dashboard"],
      ["/a/..//evil.example", "/dashboard"],
    ] as const) {
      const response = await client.get(`/signup?${new URLSearchParams({ redirectTo: asked })}`);
      expect(response.headers.get("location")).toBe(landing);
    }
  });

  it("verifies from another browser without signing it in (that still takes the password)", async () => {
    const email = freshEmail();
    await signUp(app.client(), email);
    const path = localPath(linkIn(only(await deliver(email)), "/verify-email"));
    const phone = app.client();
    const confirmed = await phone.post(path, { intent: "verify", token: tokenOf(path) }, from);
    expect(confirmed.headers.get("location")).toBe("/login?verified=1");
    expect(phone.sessionToken()).toBeUndefined();
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).not.toBeNull();
  });

  it("refuses an expired link with a way to ask for a new one", async () => {
    const email = freshEmail();
    await signUp(app.client(), email);
    const path = localPath(linkIn(only(await deliver(email)), "/verify-email"));
    await prisma.emailToken.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const page = await app.client().get(path);
    expect(page.status).toBe(410);
    const html = await page.text();
    expect(html).toContain("This link has expired");
    expect(html).toContain('href="/verify-email"');
    const post = await app.client().post(path, { intent: "verify", token: tokenOf(path) }, from);
    expect(post.status).toBe(410);
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeNull();
  });

  it("answers a taken address exactly like a new one, and tells the owner instead", async () => {
    const { email: taken } = await signUpThroughForm(app.client());
    await deliver(taken);
    const newAddress = freshEmail();
    const timings: Record<"new" | "taken", number[]> = { new: [], taken: [] };
    let takenResponse: Awaited<ReturnType<typeof observable>> | undefined;
    let newResponse: Awaited<ReturnType<typeof observable>> | undefined;
    for (let round = 0; round < 3; round++) {
      await prisma.rateLimitBucket.deleteMany({ where: { key: { startsWith: "signup:" } } });
      const address = round === 0 ? newAddress : freshEmail();
      let started = performance.now();
      const forNew = await signUp(app.client(), address);
      timings.new.push(performance.now() - started);
      started = performance.now();
      const forTaken = await signUp(app.client(), taken);
      timings.taken.push(performance.now() - started);
      if (round === 0) {
        newResponse = await observable(forNew);
        takenResponse = await observable(forTaken);
      }
    }
    expect(takenResponse).toEqual({ ...newResponse, body: newResponse!.body.replaceAll(newAddress, taken) });
    expect(takenResponse!.cookies).toEqual([
      expect.stringMatching(/^mutualist_signup=…; Path=\/; HttpOnly; SameSite=Lax/),
    ]);
    const median = (values: number[]) => values.sort((a, b) => a - b)[1]!;
    console.log(
      `sign-up answer, median of 3: new ${median(timings.new).toFixed(0)} ms, taken ${median(timings.taken).toFixed(0)} ms`,
    );
    // Both run argon2 (about 30 ms here); neither path is a cheap shortcut.
    expect(median(timings.taken)).toBeGreaterThan(median(timings.new) * 0.5);

    expect(await prisma.user.count({ where: { email: taken } })).toBe(1);
    const told = await deliver(taken);
    expect(told).toHaveLength(3);
    const mail = told[0]!;
    expect(mail.headers.get("subject")).toBe("Someone tried to sign up to Mutualist with your address");
    expect(localPath(linkIn(mail, "/forgot-password"))).toBe("/forgot-password");
    expect(localPath(linkIn(mail, "/login"))).toBe("/login");
    // The taken address's cookie signs nobody in.
    expect(linkIn(mail, "/verify-email")).toBeNull();
  });

  it("limits sign-up emails per address (new or taken alike) and per network, with Retry-After", async () => {
    const email = freshEmail();
    for (let attempt = 0; attempt < 3; attempt++) {
      from["X-Forwarded-For"] = `203.0.113.${attempt + 1}`;
      expect((await signUp(app.client(), email)).status).toBe(200);
    }
    from["X-Forwarded-For"] = "203.0.113.50";
    const refused = await signUp(app.client(), email);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const html = await refused.text();
    expect(html).toMatch(/id="signup-email-error"[^>]*>We already sent several emails to this address/);
    expect(html).toContain(`value="${email}"`);
    // The same words for an address that was never used: nothing to learn from the refusal.
    expect(html).not.toContain("already has an account");
  });
});

describe("resending the verification link", () => {
  it("shows the notice to an unverified owner, sends a new link, and stops after three", async () => {
    const { client, email } = await signUpThroughForm(app.client(), freshEmail(), { verified: false });
    await deliver(email);
    const dashboard = await (await client.get("/dashboard")).text();
    expect(dashboard).toContain("Verify your email");
    expect(dashboard).toContain("Send the link again");
    for (let attempt = 0; attempt < 3; attempt++) {
      const sent = await client.post("/verify-email", { intent: "resend" }, from);
      expect(sent.status).toBe(200);
      expect(await sent.text()).toContain(`Check ${email}`);
    }
    const refused = await client.post("/verify-email", { intent: "resend" }, from);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await refused.text()).toContain("We already sent several links");
    const mails = await deliver(email);
    expect(mails).toHaveLength(3);
    // Any of them works (each once), and then the notice is gone.
    const path = localPath(linkIn(mails[1]!, "/verify-email"));
    expect((await client.post(path, { intent: "verify", token: tokenOf(path) }, from)).status).toBe(302);
    expect(await (await client.get("/dashboard")).text()).not.toContain("Send the link again");
  });

  it("requireVerifiedUser refuses an unverified owner with a 403 that says what to do", async () => {
    const { client, email } = await signUpThroughForm(app.client(), freshEmail(), { verified: false });
    const request = new Request(`${app.baseUrl}/partnerships/new`, { headers: { Cookie: client.cookieHeader } });
    const thrown = await requireVerifiedUser(request).then(
      () => null,
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(403);
    expect(await (thrown as Response).text()).toContain(`Verify your email first: open the link we sent to ${email}`);
    const verified = await signUpThroughForm(app.client());
    const ok = new Request(`${app.baseUrl}/partnerships/new`, { headers: { Cookie: verified.client.cookieHeader } });
    expect((await requireVerifiedUser(ok)).email).toBe(verified.email);
  });
});

describe("forgot password", () => {
  it("answers the same for any address; the link sets a new password once, ends other sessions and signs in here", async () => {
    const { client: laptop, email } = await signUpThroughForm(app.client(), freshEmail(), { verified: false });
    await deliver(email);
    const stranger = freshEmail();
    const known = await observable(await app.client().post("/forgot-password", { email }, from));
    const unknown = await observable(await app.client().post("/forgot-password", { email: stranger }, from));
    expect(unknown).toEqual({ ...known, body: known.body.replaceAll(email, stranger) });
    expect(known.body).toContain(`If <strong>${email}</strong> has a Mutualist account, we sent it a link`);
    expect(await deliver(stranger)).toHaveLength(0);
    const mail = only(await deliver(email));
    expect(mail.headers.get("subject")).toBe("Reset your Mutualist password");
    const path = localPath(linkIn(mail, "/reset-password"));
    expect(await prisma.emailToken.count({ where: { id: tokenOf(path) } })).toBe(0);

    const phone = app.client();
    const form = await phone.get(path);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain("Choose a new password");
    const mismatch = await phone.post(
      path,
      { token: tokenOf(path), newPassword: "a fresh passphrase", confirmPassword: "something else" },
      from,
    );
    expect(mismatch.status).toBe(400);
    expect(await mismatch.text()).toContain("The two new passwords differ");
    const reset = await phone.post(
      path,
      { token: tokenOf(path), newPassword: "a fresh passphrase", confirmPassword: "a fresh passphrase" },
      from,
    );
    expect(reset.status).toBe(302);
    expect(reset.headers.get("location")).toBe("/account?changed=1");
    expect((await phone.get("/account")).status).toBe(200);
    // The laptop's session ended; the old password no longer works, the new one does.
    expect((await laptop.get("/dashboard")).status).toBe(302);
    expect((await app.client().post("/login", { email, password: TEST_PASSWORD }, from)).status).toBe(400);
    expect((await app.client().post("/login", { email, password: "a fresh passphrase" }, from)).status).toBe(302);
    // Opening the link proved the inbox: the address is verified.
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).not.toBeNull();

    const again = await app
      .client()
      .post(
        path,
        { token: tokenOf(path), newPassword: "yet another passphrase", confirmPassword: "yet another passphrase" },
        from,
      );
    expect(again.status).toBe(410);
    const html = await again.text();
    expect(html).toContain("This link was already used");
    expect(html).toContain('href="/forgot-password"');
  });

  it("refuses an expired reset link (1 hour) with a way to ask again", async () => {
    const { email } = await signUpThroughForm(app.client());
    await app.client().post("/forgot-password", { email }, from);
    const path = localPath(
      linkIn(only((await deliver(email)).filter((m) => m.body.includes("/reset-password"))), "/reset-password"),
    );
    const row = await prisma.emailToken.findFirstOrThrow({ where: { email, purpose: "reset-password" } });
    expect(Math.abs(row.expiresAt.getTime() - row.createdAt.getTime() - 60 * 60 * 1000)).toBeLessThan(5_000);
    await prisma.emailToken.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    const page = await app.client().get(path);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain("Ask for a new link");
  });

  it("limits reset emails per address, with or without an account, and per network", async () => {
    for (const email of [(await signUpThroughForm(app.client())).email, freshEmail()]) {
      for (let attempt = 0; attempt < 3; attempt++) {
        from["X-Forwarded-For"] = `192.0.2.${attempt + 1}`;
        expect((await app.client().post("/forgot-password", { email }, from)).status).toBe(200);
      }
      const refused = await app.client().post("/forgot-password", { email }, from);
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(await refused.text()).toMatch(/id="forgot-password-email-error"[^>]*>We already sent several reset links/);
    }
    from["X-Forwarded-For"] = "192.0.2.200";
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await app.client().post("/forgot-password", { email: freshEmail() }, from)).status).toBe(200);
    }
    const refused = await app.client().post("/forgot-password", { email: freshEmail() }, from);
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain("Too many reset links asked from this network");
  });
});

describe("account page", () => {
  it("sets the display name, trimmed, and refuses one too long or with a hidden direction character", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    expect((await client.post("/account", { intent: "display-name", displayName: "  Bea Lind " }, from)).status).toBe(
      302,
    );
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).displayName).toBe("Bea Lind");
    expect(await (await client.get("/account?name-saved=1")).text()).toContain("Name saved.");
    const long = await client.post("/account", { intent: "display-name", displayName: "x".repeat(81) }, from);
    expect(long.status).toBe(400);
    expect(await long.text()).toContain("Your name can be at most 80 characters");
    const hidden = await client.post("/account", { intent: "display-name", displayName: "Bea\u202Eevil" }, from);
    expect(hidden.status).toBe(400);
    expect(await hidden.text()).toContain("hidden character that changes the direction of the text (U+202E)");
    const blank = await client.post("/account", { intent: "display-name", displayName: "   " }, from);
    expect(blank.status).toBe(400);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).displayName).toBe("Bea Lind");
  });

  it("changes the email through a link to the new address, telling the old one twice", async () => {
    const { client, email: oldEmail, userId } = await signUpThroughForm(app.client());
    await deliver(oldEmail);
    const newEmail = freshEmail();
    const wrong = await client.post(
      "/account",
      { intent: "change-email", newEmail, password: "not my password" },
      from,
    );
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("Password is incorrect");

    const asked = await client.post("/account", { intent: "change-email", newEmail, password: TEST_PASSWORD }, from);
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain(`Check ${newEmail}: open the link we sent there to finish.`);
    // The account keeps its address until the link is opened.
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(oldEmail);
    const warning = only(await deliver(oldEmail));
    expect(warning.headers.get("subject")).toBe("A change of your Mutualist email address was asked");
    expect(warning.body).toContain(newEmail);
    const link = only(await deliver(newEmail));
    expect(link.headers.get("subject")).toBe("Confirm your new email address for Mutualist");
    const path = localPath(linkIn(link, "/change-email"));

    // Opened on a phone that is not signed in: the GET only asks.
    const phone = app.client();
    expect(await (await phone.get(path)).text()).toContain(`Use ${newEmail}`);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(oldEmail);
    const done = await phone.post(path, { token: tokenOf(path) }, from);
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe("/login?email-changed=1");
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.email).toBe(newEmail);
    expect(user.emailVerifiedAt).not.toBeNull();
    const changed = only(await deliver(oldEmail));
    expect(changed.headers.get("subject")).toBe("Your Mutualist email address was changed");
    // Still signed in on the laptop, now as the new address; the new address signs in.
    expect(await (await client.get("/account")).text()).toContain(newEmail);
    expect((await app.client().post("/login", { email: newEmail, password: TEST_PASSWORD }, from)).status).toBe(302);
    expect((await phone.post(path, { token: tokenOf(path) }, from)).status).toBe(410);
  });

  it("gives the same answer for an address another account has, and sends it nothing", async () => {
    const { email: taken } = await signUpThroughForm(app.client());
    const { client, email: oldEmail, userId } = await signUpThroughForm(app.client());
    await deliver(taken);
    await deliver(oldEmail);
    const free = freshEmail();
    const forFree = await client.post(
      "/account",
      { intent: "change-email", newEmail: free, password: TEST_PASSWORD },
      from,
    );
    const forTaken = await client.post(
      "/account",
      { intent: "change-email", newEmail: taken, password: TEST_PASSWORD },
      from,
    );
    expect(forTaken.status).toBe(forFree.status);
    const freeHtml = (await forFree.text()).replace(/nonce="[^"]*"/g, "");
    const takenHtml = (await forTaken.text()).replace(/nonce="[^"]*"/g, "");
    expect(takenHtml.replaceAll(taken, "NEW")).toBe(freeHtml.replaceAll(free, "NEW"));
    expect(await deliver(taken)).toHaveLength(0);
    expect(await deliver(oldEmail)).toHaveLength(2);

    // The free address is taken by someone else before the link is opened: the account keeps its address.
    const path = localPath(linkIn(only(await deliver(free)), "/change-email"));
    await signUpThroughForm(app.client(), free);
    const late = await client.post(path, { token: tokenOf(path) }, from);
    expect(late.status).toBe(409);
    expect(await late.text()).toContain("This address is no longer free");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(oldEmail);
  });

  it("limits change-email links per new address", async () => {
    const { client } = await signUpThroughForm(app.client());
    const newEmail = freshEmail();
    for (let attempt = 0; attempt < 3; attempt++) {
      const asked = await client.post("/account", { intent: "change-email", newEmail, password: TEST_PASSWORD }, from);
      expect(asked.status).toBe(200);
    }
    const refused = await client.post("/account", { intent: "change-email", newEmail, password: TEST_PASSWORD }, from);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await refused.text()).toMatch(/id="change-email-newEmail-error"[^>]*>We already sent several links/);
  });

  it("a change asked by someone with the password dies when the owner resets or changes the password", async () => {
    // Someone who has the password (and so a session) moves the account to their own address; the
    // owner, warned at the old address, does what the warning says: resets the password.
    const { email: ownerEmail, userId } = await signUpThroughForm(app.client());
    await deliver(ownerEmail);
    const intruder = app.client();
    expect((await intruder.post("/login", { email: ownerEmail, password: TEST_PASSWORD }, from)).status).toBe(302);
    const intruderEmail = freshEmail();
    const asked = await intruder.post(
      "/account",
      { intent: "change-email", newEmail: intruderEmail, password: TEST_PASSWORD },
      from,
    );
    expect(asked.status).toBe(200);
    expect(only(await deliver(ownerEmail)).body).toContain(intruderEmail);
    const changePath = localPath(linkIn(only(await deliver(intruderEmail)), "/change-email"));

    expect((await app.client().post("/forgot-password", { email: ownerEmail }, from)).status).toBe(200);
    const resetPath = localPath(linkIn(only(await deliver(ownerEmail)), "/reset-password"));
    const reset = await app
      .client()
      .post(
        resetPath,
        { token: tokenOf(resetPath), newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" },
        from,
      );
    expect(reset.status).toBe(302);

    const late = await app.client().post(changePath, { token: tokenOf(changePath) }, from);
    expect(late.status).toBe(410);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(ownerEmail);

    // The same after a change of password on the account page.
    const { client, email: secondEmail, userId: secondId } = await signUpThroughForm(app.client());
    const otherAddress = freshEmail();
    await client.post("/account", { intent: "change-email", newEmail: otherAddress, password: TEST_PASSWORD }, from);
    const secondPath = localPath(linkIn(only(await deliver(otherAddress)), "/change-email"));
    const changed = await client.post(
      "/account",
      {
        intent: "change-password",
        currentPassword: TEST_PASSWORD,
        newPassword: "a brand new passphrase",
        confirmPassword: "a brand new passphrase",
      },
      from,
    );
    expect(changed.status).toBe(302);
    expect((await app.client().post(secondPath, { token: tokenOf(secondPath) }, from)).status).toBe(410);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: secondId } })).email).toBe(secondEmail);
  });
});
