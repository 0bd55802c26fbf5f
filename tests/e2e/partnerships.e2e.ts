import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { DEMO_OWNER, DEMO_PARTNER } from "#prisma/seed-demo";
import { signIn } from "./accounts";
import { launchBrowser } from "./browser";
import { waitForMail } from "./mail";

/**
 * Both sides of a partnership, each owner in their own browser context (their own cookies): the demo
 * owner proposes from their event planner to the demo partner's florist, the florist accepts, they
 * exchange a message, the owner records a referral and the florist moves it to won; both ledgers
 * show it and the owner got the email. Then a decline and a block.
 */
let browser: Browser;
let owner: Page;
let partner: Page;
/** The demo partner's florist, read from its profile in the first test. */
let florist = "";
const baseUrl = inject("baseUrl");

async function openContext() {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

async function unreadCount(page: Page): Promise<number> {
  const label = (await page.getByRole("link", { name: /^Notifications/ }).getAttribute("aria-label")) ?? "";
  return Number(/(\d+) unread/.exec(label)?.[1] ?? 0);
}

beforeAll(async () => {
  browser = await launchBrowser();
  owner = await openContext();
  partner = await openContext();
});
afterAll(async () => {
  await browser?.close();
});

it("proposes, accepts, messages, records a referral to won, and both sides see the ledger", async () => {
  await signIn(partner, DEMO_PARTNER);
  const profilePath = (await partner.locator('main a[href^="/b/"]').first().getAttribute("href"))!;
  await partner.goto(`${baseUrl}${profilePath}`);
  florist = (await partner.getByRole("heading", { level: 1 }).textContent())!.trim();
  const unreadBefore = await unreadCount(partner);

  // The owner, on the florist's profile: one of their businesses can propose (the others already
  // partner with it or have a request from it).
  await signIn(owner, DEMO_OWNER);
  await owner.goto(`${baseUrl}${profilePath}`);
  await owner.getByRole("link", { name: /Propose a partnership/ }).click();
  await owner.waitForURL(/\/partnerships\/new\?/);
  // The form shows what the florist says it wants from partners and what it offers.
  const theySay = owner.getByRole("region", { name: `What ${florist} says` });
  expect(await theySay.textContent()).toMatch(/Wants from partners:.*Offers partners:/s);

  // Too short a pitch is refused next to the field, and what was typed stays.
  await owner.getByLabel("Kind of partnership").selectOption({ index: 1 });
  const pitch = owner.getByLabel(`What's in it for ${florist}`);
  await pitch.fill("Good for you");
  await owner.getByLabel("Long-term").check();
  await owner.getByRole("button", { name: "Send request" }).click();
  await expect.poll(() => owner.getByText(/at least 20 characters|real sentence/).count()).toBeGreaterThan(0);
  expect(await pitch.inputValue()).toBe("Good for you");

  await pitch.fill(
    "Our corporate clients ask us for centrepieces every month; we would send those orders straight to you.",
  );
  await owner.getByRole("button", { name: "Send request" }).click();
  await owner.waitForURL(/\/partnerships\/[^/?]+\?done=/);
  const partnershipPath = new URL(owner.url()).pathname;
  await expect.poll(() => owner.getByText("Request sent. You will be told when they answer.").count()).toBe(1);

  // The florist's bell counts it; the notification opens the request, which they accept.
  await partner.reload();
  expect(await unreadCount(partner)).toBe(unreadBefore + 1);
  await partner.getByRole("link", { name: /^Notifications/ }).click();
  await partner.waitForURL(`${baseUrl}/notifications`);
  await partner
    .getByRole("button", { name: new RegExp(`asked ${escapeRegExp(florist)} to partner`) })
    .first()
    .click();
  await partner.waitForURL((url) => url.pathname === partnershipPath);
  expect(await partner.getByText(/centrepieces every month/).count()).toBe(1);
  await partner.getByRole("button", { name: "Accept" }).click();
  await partner.waitForURL(/done=accept/);

  // A message with a line break and a link; the owner sees it, the link clickable.
  await partner.getByLabel("Your message").fill("Welcome aboard!\nOur price list: https://example.com/prices");
  await partner.getByRole("button", { name: "Send", exact: true }).click();
  await expect
    .poll(() =>
      partner
        .locator("#messages")
        .getByText(/Welcome aboard!/)
        .count(),
    )
    .toBe(1);
  await owner.goto(`${baseUrl}${partnershipPath}`);
  const thread = owner.locator("#messages");
  await expect.poll(() => thread.getByText(/Welcome aboard!/).count()).toBe(1);
  expect(await thread.getByRole("link", { name: "https://example.com/prices" }).getAttribute("href")).toBe(
    "https://example.com/prices",
  );

  // The owner records a referral to the florist.
  await owner.getByText(`Record a referral you gave ${florist}`).click();
  await owner.getByLabel("What the customer needs").fill("Law firm gala in March, 30 tables, needs centrepieces");
  await owner.getByLabel("Customer contact (optional)").fill("Dana Lee, 503-555-0101");
  await owner.getByRole("button", { name: "Record the referral" }).click();
  await expect.poll(() => owner.getByTestId("referral").filter({ hasText: "Law firm gala" }).count()).toBe(1);
  // The giver does not see the customer's contact once it is saved.
  expect(await owner.getByText("Dana Lee, 503-555-0101").count()).toBe(0);

  // The florist sees the contact, marks it contacted, then won with a value.
  await partner.goto(`${baseUrl}${partnershipPath}`);
  const referral = partner.getByTestId("referral").filter({ hasText: "Law firm gala" });
  expect(await referral.getByTestId("customer-contact").textContent()).toBe("Dana Lee, 503-555-0101");
  await referral.getByRole("button", { name: "Mark contacted" }).click();
  await expect.poll(() => referral.locator(".chip").textContent()).toMatch(/Contacted/i);
  // The closing moves fold behind "Won…" and "Lost…".
  await referral.getByText("Won…").click();
  await referral.getByLabel(/Value of the closed business/).fill("2400");
  await referral.getByRole("button", { name: "Mark won" }).click();
  await expect.poll(() => referral.locator(".chip").textContent()).toMatch(/Won/i);

  // Both ledgers: the figures and the chart with its table.
  await expect.poll(() => partner.getByTestId("balance").textContent()).toMatch(/You sent 0, received 1/);
  await owner.reload();
  expect(await owner.getByTestId("balance").textContent()).toMatch(/You sent 1, received 0/);
  const ownerTable = owner.getByRole("table", { name: "Referrals each way" });
  expect(await ownerTable.getByRole("row", { name: /Value of closed business/ }).textContent()).toMatch(/2,400/);
  const chart = owner.locator("#referrals img");
  await chart.scrollIntoViewIfNeeded();
  await expect.poll(() => chart.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(640);

  // The giver was told by email, with a link back to the partnership.
  const mail = await waitForMail(DEMO_OWNER.email, (message) => /won the referral you gave/.test(message.body));
  expect(mail.body).toContain(partnershipPath);
  expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
});

it("declines a request with a reason, and a block stops requests both ways", async () => {
  // The florist's waiting request to the owner's photographer: the owner declines it with a reason.
  await owner.goto(`${baseUrl}/partnerships`);
  const received = owner.getByRole("region", { name: /^Requests received/ });
  await received.getByRole("link", { name: florist, exact: true }).click();
  await owner.waitForURL(/\/partnerships\/[^/?]+$/);
  const declinedPath = new URL(owner.url()).pathname;
  await owner.getByText("Decline…").click();
  await owner.getByLabel(/Reason \(optional/).fill("We already work with a florist for photo shoots.");
  await owner.getByRole("button", { name: "Decline the request" }).click();
  await owner.waitForURL(/done=decline/);

  // The florist is told, with the reason.
  await partner.goto(`${baseUrl}${declinedPath}`);
  await expect.poll(() => partner.getByText("We already work with a florist for photo shoots.").count()).toBe(1);

  // The florist blocks the owner's photographer: the profile no longer offers a request from it.
  await partner.getByText(/^Block .+…$/).click();
  await partner.getByRole("button", { name: /^Block / }).click();
  await partner.waitForURL(/done=block/);
  await expect.poll(() => partner.getByRole("button", { name: /^Unblock / }).count()).toBe(1);
});

it("works without JavaScript: a refused request keeps what was typed, then it is sent and withdrawn", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await signIn(page, DEMO_OWNER);
  await page.getByRole("link", { name: "Partners", exact: true }).last().click();
  await page.waitForURL(/\/businesses\/[^/]+\/partners/);
  const card = page
    .getByRole("list", { name: "Suggestions" })
    .locator(":scope > li")
    .filter({ has: page.getByRole("link", { name: /Propose a partnership/ }) })
    .first();
  const target = (await card.getByRole("heading").textContent())!.trim();
  await card.getByRole("link", { name: /Propose a partnership/ }).click();
  await page.waitForURL(/\/partnerships\/new\?/);

  await page.getByLabel("Kind of partnership").selectOption({ index: 1 });
  await page.getByLabel(`What's in it for ${target}`).fill("aaaaaaaaaaaaaaaaaaaaaaaa");
  await page.getByLabel("One-off project").check();
  await page.getByRole("button", { name: "Send request" }).click();
  await expect.poll(() => page.getByText(/Write it as a sentence/).count()).toBe(1);
  expect(await page.getByLabel(`What's in it for ${target}`).inputValue()).toBe("aaaaaaaaaaaaaaaaaaaaaaaa");
  expect(await page.getByLabel("One-off project").isChecked()).toBe(true);

  await page
    .getByLabel(`What's in it for ${target}`)
    .fill("We plan twenty weddings a year and would put you on every couple's shortlist.");
  await page.getByRole("button", { name: "Send request" }).click();
  await page.waitForURL(/done=sent/);
  // <details> opens without script; the withdrawal is a plain form too.
  await page.getByText("Withdraw…").click();
  await page.getByRole("button", { name: "Withdraw the request" }).click();
  await page.waitForURL(/done=withdraw/);
  expect(await page.getByText("Request withdrawn.").count()).toBe(1);
  await context.close();
});

function escapeRegExp(value: string) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
