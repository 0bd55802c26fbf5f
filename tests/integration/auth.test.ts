import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "#app/utils/db.server";
import { sessionIdFromToken, SESSION_LIFETIME_MS, validateSessionToken } from "#app/utils/session.server";
import { freshEmail, latestMailToken, signUpThroughForm, TEST_PASSWORD } from "#tests/helpers/accounts";
import { startTestApp } from "#tests/helpers/app";

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const password = TEST_PASSWORD;

async function signedUpClient() {
  return signUpThroughForm(app.client());
}

describe("sign up, log in, log out", () => {
  it("signs up, and the emailed link signs this browser in with an HttpOnly SameSite=Lax cookie whose token only the hash of is stored", async () => {
    const client = app.client();
    const email = freshEmail();
    await prisma.rateLimitBucket.deleteMany({ where: { key: { startsWith: "signup:" } } });
    const response = await client.post("/signup", { email: email.toUpperCase(), password });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Check your inbox");
    // Not signed in yet: the link does that (decision 023).
    expect(client.sessionToken()).toBeUndefined();
    const token = await latestMailToken(email, "/verify-email");
    const verified = await client.post(`/verify-email?token=${token}`, { intent: "verify", token });
    expect(verified.status).toBe(302);
    expect(verified.headers.get("location")).toBe("/dashboard?verified=1");
    const cookie = verified.headers.getSetCookie().find((c) => c.startsWith("mutualist_session="));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const sessionToken = client.sessionToken()!;
    expect(await prisma.session.findUnique({ where: { id: sessionToken } })).toBeNull();
    expect(await prisma.session.findUnique({ where: { id: sessionIdFromToken(sessionToken) } })).not.toBeNull();
    const dashboard = await client.get("/dashboard");
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain("Your businesses");
    const user = await prisma.user.findUnique({ where: { email } });
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user?.emailVerifiedAt).not.toBeNull();
  });

  it("shows the password rule and keeps the email when the password is too short", async () => {
    const response = await app.client().post("/signup", { email: "keep.me@example.com", password: "short" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Use at least 10 characters");
    expect(html).toContain('value="keep.me@example.com"');
    expect(html).not.toContain('value="short"');
  });

  it("makes no second account with the same email, and says so only to the address's owner", async () => {
    const { email } = await signedUpClient();
    const response = await app.client().post("/signup", { email, password });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Check your inbox");
    expect(await prisma.user.count({ where: { email } })).toBe(1);
    const told = await prisma.mailOutbox.findFirst({ where: { recipient: email, kind: "signup-existing" } });
    expect(told?.textBody).toContain("/forgot-password");
  });

  it("gives the same message for an unknown email and a wrong password", async () => {
    const { email } = await signedUpClient();
    const wrongPassword = await app.client().post("/login", { email, password: "wrong password!" });
    const unknownEmail = await app.client().post("/login", { email: freshEmail(), password });
    expect(wrongPassword.status).toBe(400);
    expect(unknownEmail.status).toBe(400);
    const wrongHtml = await wrongPassword.text();
    expect(wrongHtml).toContain("Email or password is incorrect.");
    expect(await unknownEmail.text()).toContain("Email or password is incorrect.");
    // Both fields point at the message, for screen readers.
    expect(wrongHtml.match(/aria-invalid="true"/g)).toHaveLength(2);
    expect(wrongHtml.match(/<input[^>]*aria-describedby="login-error"/g)).toHaveLength(2);
  });

  it("logs in and out; the old cookie no longer works after logout", async () => {
    const { email } = await signedUpClient();
    const client = app.client();
    expect((await client.post("/login", { email, password })).headers.get("location")).toBe("/dashboard");
    const token = client.sessionToken()!;
    expect((await client.post("/logout", {})).status).toBe(302);
    expect(await prisma.session.count({ where: { id: sessionIdFromToken(token) } })).toBe(0);
    const replay = await fetch(`${app.baseUrl}/dashboard`, {
      headers: { Cookie: `mutualist_session=${token}` },
      redirect: "manual",
    });
    expect(replay.status).toBe(302);
    expect(replay.headers.get("location")).toMatch(/^\/login/);
  });
});

describe("sessions", () => {
  it("expire: an expired session is refused and deleted", async () => {
    const { client } = await signedUpClient();
    const id = sessionIdFromToken(client.sessionToken()!);
    await prisma.session.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const response = await client.get("/dashboard");
    expect(response.status).toBe(302);
    expect(await prisma.session.count({ where: { id } })).toBe(0);
  });

  it("slide: a session used in its second half is extended and the cookie sent again", async () => {
    const { client } = await signedUpClient();
    const token = client.sessionToken()!;
    const id = sessionIdFromToken(token);
    const soon = new Date(Date.now() + 2 * 24 * 3600 * 1000);
    await prisma.session.update({ where: { id }, data: { expiresAt: soon } });
    const response = await client.get("/dashboard");
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().some((c) => c.startsWith(`mutualist_session=${token}`))).toBe(true);
    const row = await prisma.session.findUniqueOrThrow({ where: { id } });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_LIFETIME_MS - 60_000);
    expect(await validateSessionToken(token, new Date(Date.now() + SESSION_LIFETIME_MS + 1000))).toBeNull();
  });

  it("slide: a data request that does not send the cookie does not move the expiry either", async () => {
    const { client } = await signedUpClient();
    const token = client.sessionToken()!;
    const id = sessionIdFromToken(token);
    const soon = new Date(Date.now() + 10 * 24 * 3600 * 1000);
    await prisma.session.update({ where: { id }, data: { expiresAt: soon } });
    // A client-side navigation asks only for the page's own data (the root's is not reloaded).
    const data = await client.get(`/dashboard.data?_routes=${encodeURIComponent("routes/dashboard")}`);
    expect(data.status).toBe(200);
    expect(data.headers.getSetCookie().some((c) => c.startsWith("mutualist_session="))).toBe(false);
    expect((await prisma.session.findUniqueOrThrow({ where: { id } })).expiresAt.getTime()).toBe(soon.getTime());
    // The next full page load moves it, and sends the cookie with the new expiry.
    const page = await client.get("/dashboard");
    const cookie = page.headers.getSetCookie().find((c) => c.startsWith(`mutualist_session=${token}`));
    const row = await prisma.session.findUniqueOrThrow({ where: { id } });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_LIFETIME_MS - 60_000);
    expect(cookie).toContain(`Expires=${row.expiresAt.toUTCString()}`);
  });

  it("are all revoked when the password changes, except the new one", async () => {
    const { client, email } = await signedUpClient();
    const other = app.client();
    await other.post("/login", { email, password });
    const response = await client.post("/account", {
      intent: "change-password",
      currentPassword: password,
      newPassword: "a brand new passphrase",
      confirmPassword: "a brand new passphrase",
    });
    expect(response.status).toBe(302);
    expect((await other.get("/dashboard")).status).toBe(302);
    expect((await client.get("/dashboard")).status).toBe(200);
    expect((await app.client().post("/login", { email, password: "a brand new passphrase" })).status).toBe(302);
  });

  it("refuses a password change with the wrong current password", async () => {
    const { client } = await signedUpClient();
    const response = await client.post("/account", {
      intent: "change-password",
      currentPassword: "not my password",
      newPassword: "a brand new passphrase",
      confirmPassword: "a brand new passphrase",
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Current password is incorrect");
  });
});

describe("redirects after sign-in", () => {
  it("go only to a path of this site, however the address is disguised", async () => {
    const { email } = await signedUpClient();
    const attempts = [
      "/\t/evil.example",
      "/\n/evil.example",
      "//evil.example",
      "/\\evil.example",
      "/\t\\evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
    ];
    for (const redirectTo of attempts) {
      const response = await app.client().post("/login", { email, password, redirectTo });
      expect(response.status, redirectTo).toBe(302);
      expect(response.headers.get("location"), redirectTo).toBe("/dashboard");
    }
    const fine = await app.client().post("/login", { email, password, redirectTo: "/b/some-florist?tab=x#contact" });
    expect(fine.headers.get("location")).toBe("/b/some-florist?tab=x#contact");
  });
});

describe("CSRF protection", () => {
  it("refuses a post from another origin or without an Origin header", async () => {
    const { client } = await signedUpClient();
    const crossSite = await client.post("/logout", {}, { Origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    const fetchSite = await client.post("/logout", {}, { "Sec-Fetch-Site": "cross-site", Origin: app.baseUrl });
    expect(fetchSite.status).toBe(403);
    const noOrigin = await client.post("/logout", {}, {});
    expect(noOrigin.status).toBe(403);
    expect(await noOrigin.text()).toMatch(/refused/);
    expect((await client.get("/dashboard")).status).toBe(200);
  });
});

// Sign-in rate limits: tests/integration/sign-in-limits.test.ts
