import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RATE_LIMITS } from "#app/utils/rate-limit.server";
import { freshEmail, signUpThroughForm, TEST_PASSWORD } from "#tests/helpers/accounts";
import { startTestApp, type TestClient } from "#tests/helpers/app";

/**
 * Sign-in limits (docs/decisions/015-sign-in-limits.md). The app trusts the loopback proxy here,
 * so each request says which address it comes from with X-Forwarded-For.
 */
let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  process.env.TRUST_PROXY = "loopback";
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
  delete process.env.TRUST_PROXY;
});

const password = TEST_PASSWORD;
let addressCounter = 0;
/** A new address for every call (TEST-NET-3, 203.0.113.0/24, then 198.51.100.0/24). */
function freshAddress() {
  const n = ++addressCounter;
  return n < 250 ? `203.0.113.${n}` : `198.51.100.${n - 249}`;
}

function signIn(client: TestClient, address: string, form: { email: string; password: string }) {
  return client.post("/login", form, { Origin: app.baseUrl, "X-Forwarded-For": address });
}

describe("one address guessing", () => {
  it("is refused after 5 wrong passwords with a 429 and Retry-After, while the owner still signs in from another address", async () => {
    const { email } = await signUpThroughForm(app.client());
    const attacker = freshAddress();
    const statuses: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 30; i++) {
      const response = await signIn(app.client(), attacker, { email, password: `wrong guess ${i}` });
      statuses.push(response.status);
      if (response.status === 429) refused = response;
    }
    expect(statuses.slice(0, RATE_LIMITS.signInPerAccountAndIp.limit).every((status) => status === 400)).toBe(true);
    expect(statuses.slice(RATE_LIMITS.signInPerAccountAndIp.limit).every((status) => status === 429)).toBe(true);
    expect(Number(refused!.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    expect(await refused!.text()).toMatch(/Too many sign-in attempts\. Wait 15 minutes and try again\./);
    // The right password from the guessing address waits too: that client is the one hammering.
    expect((await signIn(app.client(), attacker, { email, password })).status).toBe(429);

    // The owner, from home, in a browser that never signed in before: straight in.
    const owner = app.client();
    const response = await signIn(owner, freshAddress(), { email, password });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/dashboard");
    expect((await owner.get("/dashboard")).status).toBe(200);
  });

  it("is also held across accounts: 20 password checks per address per 15 minutes", async () => {
    const address = freshAddress();
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMITS.signInPerIp.limit + 1; i++) {
      statuses.push((await signIn(app.client(), address, { email: freshEmail(), password: "whatever it is" })).status);
    }
    expect(statuses.slice(0, RATE_LIMITS.signInPerIp.limit).every((status) => status === 400)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it("counts an IPv6 client by its /64: a fresh address from the same network for every guess is still one address", async () => {
    const { email } = await signUpThroughForm(app.client());
    const statuses: number[] = [];
    for (let i = 1; i <= RATE_LIMITS.signInPerAccountAndIp.limit + 1; i++) {
      const rotated = `2001:db8:42:7::${i.toString(16)}`;
      statuses.push((await signIn(app.client(), rotated, { email, password: `wrong guess ${i}` })).status);
    }
    expect(statuses.slice(0, -1).every((status) => status === 400)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another network is another client: the owner signs in.
    expect((await signIn(app.client(), "2001:db8:99:1::5", { email, password })).status).toBe(302);
  });

  it("does not count the right passwords: a shared office address signs many people in", async () => {
    const office = freshAddress();
    const people = await Promise.all([1, 2, 3].map(() => signUpThroughForm(app.client())));
    for (let round = 0; round < 8; round++) {
      for (const { email } of people) {
        expect((await signIn(app.client(), office, { email, password })).status).toBe(302);
      }
    }
  });
});

describe("a shared office address", () => {
  it("warns before the wait: the last two wrong passwords say how many tries are left", async () => {
    const { email } = await signUpThroughForm(app.client());
    const address = freshAddress();
    const pages: string[] = [];
    for (let i = 0; i < RATE_LIMITS.signInPerAccountAndIp.limit; i++) {
      pages.push(await (await signIn(app.client(), address, { email, password: `typo ${i}` })).text());
    }
    expect(pages[0]).toContain("Email or password is incorrect.");
    expect(pages[0]).not.toMatch(/more tr(y|ies)/);
    expect(pages[2]).toContain("Email or password is incorrect. 2 more tries before a 15-minute wait.");
    expect(pages[3]).toContain("Email or password is incorrect. 1 more try before a 15-minute wait.");
    expect(pages[4]).toContain("Your next try will have to wait 15 minutes.");
  });

  it("one colleague's guessing does not lock out an owner in a browser they signed in with before", async () => {
    const office = freshAddress();
    const owner = await signUpThroughForm(app.client());
    const ownersLaptop = owner.client;
    expect((await signIn(ownersLaptop, office, { email: owner.email, password })).status).toBe(302);
    await ownersLaptop.post("/logout", {});
    // Someone at the same address spends the address's checks on other accounts.
    for (let i = 0; i < RATE_LIMITS.signInPerIp.limit; i++) {
      await signIn(app.client(), office, { email: freshEmail(), password: "not the password" });
    }
    expect((await signIn(app.client(), office, { email: owner.email, password })).status).toBe(429);
    expect((await signIn(ownersLaptop, office, { email: owner.email, password })).status).toBe(302);
  });
});

describe("many addresses guessing one account", () => {
  it("are held to 12 guesses per 15 minutes from new browsers; a browser the owner signed in with before still works", async () => {
    const { client: ownersLaptop, email } = await signUpThroughForm(app.client());
    // One wrong guess each from 12 addresses: each is checked.
    for (let i = 0; i < RATE_LIMITS.signInPerAccountFromNewBrowsers.limit; i++) {
      expect((await signIn(app.client(), freshAddress(), { email, password: `guess ${i}` })).status).toBe(400);
    }
    // The 13th, from yet another address, is refused before its password is checked.
    const refused = await signIn(app.client(), freshAddress(), { email, password: "guess 13" });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await refused.text()).toContain(
      "Too many sign-in attempts for this account from new browsers. Sign in from a browser you have signed in with before",
    );
    // The owner on a borrowed computer waits with them (the price of the bound)…
    expect((await signIn(app.client(), freshAddress(), { email, password })).status).toBe(429);
    // …but the laptop that created the account signs in, from any address, and the guessing stays held.
    await ownersLaptop.post("/logout", {});
    const laptop = await signIn(ownersLaptop, freshAddress(), { email, password });
    expect(laptop.status).toBe(302);
    expect((await ownersLaptop.get("/dashboard")).status).toBe(200);
    expect((await signIn(app.client(), freshAddress(), { email, password: "guess 14" })).status).toBe(429);
  });

  it("forget the browsers an account knew once its password changes", async () => {
    const { client: oldLaptop, email } = await signUpThroughForm(app.client());
    const phone = app.client();
    expect((await signIn(phone, freshAddress(), { email, password })).status).toBe(302);
    const newPassword = "a brand new passphrase";
    const changed = await phone.post("/account", {
      intent: "change-password",
      currentPassword: password,
      newPassword,
      confirmPassword: newPassword,
    });
    expect(changed.status).toBe(302);
    for (let i = 0; i < RATE_LIMITS.signInPerAccountFromNewBrowsers.limit; i++) {
      await signIn(app.client(), freshAddress(), { email, password: `guess ${i}` });
    }
    // The phone changed the password and got a fresh proof; the old laptop's proof no longer counts.
    await phone.post("/logout", {});
    expect((await signIn(phone, freshAddress(), { email, password: newPassword })).status).toBe(302);
    expect((await signIn(oldLaptop, freshAddress(), { email, password: newPassword })).status).toBe(429);
  });
});

describe("the account page", () => {
  it("counts its password checks too: a stolen session cannot guess without limit", async () => {
    const { client } = await signUpThroughForm(app.client());
    for (let i = 0; i < RATE_LIMITS.signInPerAccountAndIp.limit; i++) {
      expect(
        (await client.post("/account", { intent: "delete-account", password: `wrong ${i} guess`, confirm: "DELETE" }))
          .status,
      ).toBe(400);
    }
    const blocked = await client.post("/account", { intent: "delete-account", password, confirm: "DELETE" });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await blocked.text()).toMatch(/Too many password attempts\. Wait \d+ minutes and try again\./);
    expect((await client.get("/account")).status).toBe(200);
  });
});
