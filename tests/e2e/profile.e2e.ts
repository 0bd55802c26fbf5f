import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it, onTestFinished } from "vitest";
import { DEMO_OWNER, DEMO_PARTNER } from "#prisma/seed-demo";
import { signIn, signUpHere } from "./accounts";
import { openTestPage } from "./browser";
import { wrappedTexts } from "./layout";

let browser: Browser;
let page: Page;
const baseUrl = inject("baseUrl");

beforeAll(async () => {
  ({ browser, page } = await openTestPage());
});
afterAll(async () => {
  await browser?.close();
});

it("signs up, fixes a profile's validation errors, publishes it, views it and logs out", async () => {
  await page.goto(`${baseUrl}/`);
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/Find partners/);
  // The demo directory is there.
  expect(await page.locator("main li").count()).toBeGreaterThan(10);

  await page.getByRole("link", { name: "Sign up" }).first().click();
  await signUpHere(page);

  // On a phone the signed-in header is one tidy row above the search box: the logo, the bell and a
  // Menu that holds the links. Nothing breaks over two lines ("Log / out"), and the menu closes after
  // a navigation.
  await page.setViewportSize({ width: 390, height: 844 });
  const header = page.getByRole("navigation", { name: "Main" });
  expect(await wrappedTexts(header.locator("a, button, summary"))).toEqual([]);
  const centres = await header.locator("a, button, summary").evaluateAll((elements) =>
    elements
      // A closed menu's links keep their boxes (content-visibility), but are not shown.
      .filter((element) => element.checkVisibility() && !element.closest("[role=search]"))
      .map((element) => element.getBoundingClientRect())
      .map((box) => box.top + box.height / 2),
  );
  expect(centres.length).toBeGreaterThanOrEqual(3);
  expect(Math.max(...centres) - Math.min(...centres)).toBeLessThan(8);
  const menu = header.locator("summary", { hasText: "Menu" });
  await menu.click();
  expect(await header.getByRole("link", { name: "Partnerships" }).isVisible()).toBe(true);
  expect(await header.getByRole("button", { name: "Log out" }).isVisible()).toBe(true);
  expect(await wrappedTexts(header.locator("details a, details button"))).toEqual([]);
  await menu.click();
  await expect.poll(() => header.getByRole("link", { name: "Partnerships" }).isVisible()).toBe(false);
  // From the keyboard: Enter on the Menu opens it, and a link followed closes it.
  await menu.focus();
  await page.keyboard.press("Enter");
  await header.getByRole("link", { name: "Account" }).click();
  await page.waitForURL(`${baseUrl}/account`);
  await expect.poll(() => header.getByRole("link", { name: "Partnerships" }).isVisible()).toBe(false);
  await page.goBack();
  await expect.poll(() => page.getByRole("main").getByRole("link", { name: "Import members" }).isVisible()).toBe(true);
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByRole("link", { name: "Add your first business" }).click();
  await page.waitForURL(`${baseUrl}/businesses/new`);

  // First attempt: a niche that is too short, no offerings. (A profession the
  // search test does not count: test files share one directory and may run in any order.)
  await page.getByLabel("Business name").fill("Crumb & Tier E2E");
  await page.getByLabel("Your niche in one line").fill("Cakes");
  await page.getByLabel("What you do").fill("Custom Cake Designers");
  await page.getByLabel("Town or city").fill("Portland, OR, US");
  await page.getByRole("button", { name: "Save as draft" }).click();

  const nicheError = page.locator(
    "#" + (await page.getByLabel("Your niche in one line").getAttribute("aria-describedby"))!.split(" ").pop()!,
  );
  await expect.poll(() => nicheError.textContent()).toMatch(/at least 10 characters/);
  expect(await page.getByLabel("Your niche in one line").getAttribute("aria-invalid")).toBe("true");
  expect(await page.getByText("Add at least one thing you offer").count()).toBe(1);
  // What was typed is still there.
  expect(await page.getByLabel("Business name").inputValue()).toBe("Crumb & Tier E2E");

  // Fix them: a proper niche, offerings from the suggestions plus a free one.
  await page.getByLabel("Your niche in one line").fill("Seasonal wedding cakes for small venues");
  await page.getByRole("toolbar", { name: "Suggested products and services" }).getByRole("button").first().click();
  const offerings = page.getByLabel("Your products and services");
  await offerings.fill(`${await offerings.inputValue()}, pressed flower cake toppers`);
  await page.getByRole("button", { name: "Save as draft" }).click();

  await page.waitForURL(/\/businesses\/[^/]+\/edit\?saved=created/);
  // The page has other live regions (the logo form's): the one that says what the save did.
  await page
    .getByRole("status")
    .filter({ hasText: /Draft saved/ })
    .waitFor();
  // The website is on the full form now; a bad one is refused there, next to it.
  await page.getByLabel("Website").fill("not a website");
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect.poll(() => page.getByText("Enter a web address like https://example.com").count()).toBe(1);
  await page.getByLabel("Website").fill("https://crumb-and-tier.example.com");
  await page.getByRole("button", { name: "Save and publish" }).click();
  await page.waitForURL(/saved=published/);
  await page
    .getByRole("status")
    .filter({ hasText: /Published/ })
    .waitFor();

  await page.getByRole("link", { name: "View public page" }).click();
  await page.waitForURL(/\/b\/crumb-and-tier-e2e/);
  // The URL changes a moment before the new page is drawn, and the edit page's heading is the
  // business's name too: wait for what only the public page shows.
  await expect.poll(() => page.getByText("pressed flower cake toppers").count()).toBe(1);
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Crumb & Tier E2E");
  expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBe("Crumb & Tier E2E");

  await page.getByRole("button", { name: "Log out" }).click();
  await page.waitForURL(`${baseUrl}/`);
  await page.getByRole("link", { name: "Log in" }).waitFor();
  expect(await page.getByRole("link", { name: "Your businesses" }).count()).toBe(0);
  // Still public after logging out.
  const response = await page.goto(`${baseUrl}/b/crumb-and-tier-e2e`);
  expect(response?.status()).toBe(200);
});

/**
 * The buttons (and button-like links) among `locator`'s elements whose text runs over more than one
 * line: their visible text lies on more than one line box. (The box's height says nothing: a button
 * may be taller than a line to be easy to tap, and its screen-reader-only words are drawn nowhere.)
 */
async function tallButtons(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) =>
    elements
      .filter((element) => element.checkVisibility())
      .filter((element) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const tops = new Set<number>();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest(".sr-only")) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
        }
        return tops.size > 1;
      })
      .map((element) => element.textContent?.trim() ?? ""),
  );
}

// A button's name is its label and, visually hidden, the business's (read with a space between).
const SAVE = /^Save\b/;
const SAVED = /^✓ Saved\b/;
const BUTTONS = "main :is(.btn, .btn-secondary, .btn-danger, button)";

/** With E2E_SHOTS=<folder>, a full-page screenshot at 390 and 1280 px wide (for looking at, not asserted). */
async function shots(page: Page, name: string) {
  const folder = process.env.E2E_SHOTS;
  if (!folder) return;
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: `${folder}/profile-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** At 390 px wide, no button on the page breaks its label over two lines. */
async function expectNoWrappedButtons(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.locator(BUTTONS).count()).toBeGreaterThan(0);
  expect(await tallButtons(page.locator(BUTTONS))).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** A page of its own (not the first test's, which may have been left anywhere), closed after the test. */
async function freshPage(options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  onTestFinished(() => context.close());
  const fresh = await context.newPage();
  fresh.setDefaultTimeout(15_000);
  return fresh;
}

/** A demo caterer in Austin: far from the other tests' Portland pairs, so nothing stands between it and the demo florist. */
async function austinProfile(page: Page) {
  await page.goto(`${baseUrl}/search?category=caterer&city=Austin`);
  const href = await page.locator('main a[href^="/b/"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  await page.goto(`${baseUrl}${href}`);
  return { path: href!, name: (await page.getByRole("heading", { level: 1 }).textContent())!.trim() };
}

it("offers a visitor Propose through sign-up, coming back to the profile, and contact as the owner allows", async () => {
  const visitor = await freshPage();
  const { path, name } = await austinProfile(visitor);
  const actions = visitor.getByRole("group", { name: "Actions" });
  const first = actions.locator("a, button").first();
  expect(await first.textContent()).toBe(`Propose a partnership to ${name}`);
  expect(await first.getAttribute("href")).toBe(`/signup?${new URLSearchParams({ redirectTo: path })}`);
  expect(await actions.getByRole("link", { name: "Website" }).count()).toBe(1);
  expect(await actions.getByRole("button", { name: /Save/ }).count()).toBe(0);
  await expectNoWrappedButtons(visitor);
  await shots(visitor, "visitor");
  await first.click();
  await visitor.waitForURL(/\/signup\?redirectTo=/);

  // "Often partners with": each trade is a search for it near the business.
  await visitor.goBack();
  const often = visitor.getByRole("region", { name: "Often partners with" });
  await often.getByRole("link").first().click();
  await visitor.waitForURL(/\/search\?category=.+&near=Austin/);
  await visitor
    .getByText(/\d+ business(es)? near Austin/)
    .first()
    .waitFor();
  expect(await visitor.getByText(/No town or city called/).count()).toBe(0);
});

it("puts Propose first for the owner of another business, and Save toggles with and without JavaScript", async () => {
  const page = await freshPage();
  await signIn(page, DEMO_PARTNER);
  const { name } = await austinProfile(page);
  const actions = page.getByRole("group", { name: "Actions" });
  expect(await actions.locator("a, button").first().textContent()).toBe(`Propose a partnership to ${name}`);
  await expectNoWrappedButtons(page);
  await shots(page, "other-owner");

  await actions.getByRole("button", { name: SAVE }).click();
  await actions.getByRole("button", { name: SAVED }).waitFor();
  await expect
    .poll(() =>
      page
        .getByRole("status")
        .filter({ hasText: `Saved ${name} to your shortlist.` })
        .count(),
    )
    .toBe(1);
  await actions.getByRole("button", { name: SAVED }).click();
  await actions.getByRole("button", { name: SAVE }).waitFor();

  // Without JavaScript the button posts the page, which comes back saying what it did.
  const plain = await freshPage({ javaScriptEnabled: false });
  await signIn(plain, DEMO_PARTNER);
  const profile = await austinProfile(plain);
  expect(profile.name).toBe(name);
  await plain.getByRole("button", { name: SAVE }).click();
  await plain.getByText(`Saved ${name} to your shortlist.`).waitFor();
  await plain.getByRole("button", { name: SAVED }).click();
  await plain.getByText(`Removed ${name} from your shortlist.`).waitFor();
  expect(await plain.getByRole("button", { name: SAVE }).count()).toBe(1);
});

it("shows the owner their page with its tools, and the page as a visitor sees it", async () => {
  const page = await freshPage();
  await signIn(page, DEMO_OWNER);
  // The demo owner runs three businesses: on another's profile each says where it stands, with its own Save.
  await austinProfile(page);
  expect(
    await page
      .getByRole("region", { name: /^Your businesses and / })
      .getByRole("button", { name: SAVE })
      .count(),
  ).toBe(3);
  await expectNoWrappedButtons(page);
  await shots(page, "owner-of-several");

  await page.goto(`${baseUrl}/dashboard`);
  const profile = page.getByRole("link", { name: "Public page" }).first();
  const ownPath = (await profile.getAttribute("href"))!;
  await page.goto(`${baseUrl}${ownPath}`);
  const bar = page.getByRole("region", { name: "This is your page" });
  expect(await bar.getByRole("link", { name: "Edit profile" }).count()).toBe(1);
  expect(await bar.getByRole("link", { name: "Find partners" }).count()).toBe(1);
  await expectNoWrappedButtons(page);
  await shots(page, "owner");

  await bar.getByRole("link", { name: "See it as others do" }).click();
  await page.waitForURL(/\?view=visitor$/);
  await page.getByRole("heading", { name: "Your page as a visitor who is not signed in sees it" }).waitFor();
  expect(await page.getByRole("region", { name: "This is your page" }).count()).toBe(0);
  expect(await page.getByRole("main").getByRole("link", { name: "Edit profile" }).count()).toBe(0);
  expect(
    await page
      .getByRole("group", { name: "Actions" })
      .getByRole("link", { name: /^Propose a partnership/ })
      .count(),
  ).toBe(1);
  await expectNoWrappedButtons(page);
  await shots(page, "owner-as-visitor");
  await page.getByRole("link", { name: "Back to your page" }).click();
  await page.waitForURL(`${baseUrl}${ownPath}`);
  await page.getByRole("region", { name: "This is your page" }).waitFor();
});

it("keeps every suggestion card's buttons on one line at 390 px", async () => {
  const page = await freshPage();
  await signIn(page, DEMO_OWNER);
  await page.getByRole("link", { name: "Partners", exact: true }).first().click();
  await page.waitForURL(/\/businesses\/[^/]+\/partners/);
  const cards = page.getByRole("list", { name: "Suggestions" }).locator(":scope > li");
  await cards.first().waitFor();
  await page.setViewportSize({ width: 390, height: 844 });
  const buttons = cards.locator(":is(.btn, .btn-secondary, button)");
  expect(await buttons.filter({ hasText: "Not a fit" }).count()).toBeGreaterThan(0);
  expect(await tallButtons(buttons)).toEqual([]);
  if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/profile-suggestions-390.png` });
  await page.setViewportSize({ width: 1280, height: 720 });
});

it("invites a member without a business to publish one, and brings them back to the profile to propose", async () => {
  const page = await freshPage();
  await page.goto(`${baseUrl}/signup`);
  await signUpHere(page);
  const { path, name } = await austinProfile(page);
  const actions = page.getByRole("group", { name: "Actions" });
  const invitation = actions.locator("a, button").first();
  expect(await invitation.textContent()).toBe(`Publish your business to propose a partnership to ${name}`);
  expect(await actions.getByRole("link", { name: /^Propose a partnership/ }).count()).toBe(0);
  await expectNoWrappedButtons(page);
  await shots(page, "member-without-business");

  await invitation.click();
  await page.waitForURL((url) => url.pathname === "/businesses/new" && url.searchParams.get("returnTo") === path);
  await page.getByText("Once it is published, a link takes you back to the profile you were looking at.").waitFor();
  // Far from the other tests' Portland and Austin pairs, in a trade none of them counts.
  await page.getByLabel("Business name").fill("Quill & Ink Toronto E2E");
  await page.getByLabel("What you do").fill("Calligraphers");
  await page.getByLabel("Your niche in one line").fill("Hand-lettered wedding invitations and place cards");
  await page.getByLabel("Town or city").fill("Toronto, ON, CA");
  await page.getByLabel("Your products and services").fill("invitations, place cards, envelope addressing");
  await page.getByRole("button", { name: "Publish and see partners" }).click();

  // The welcome page offers the way back; the optional step 2 keeps it.
  await page.waitForURL((url) => url.searchParams.get("welcome") === "1" && url.searchParams.get("returnTo") === path);
  await page.getByText("Published. Here are your first suggested partners.").waitFor();
  expect(await page.getByRole("link", { name: "Back to the profile you were looking at" }).count()).toBe(1);
  await shots(page, "welcome-with-way-back");
  await page.getByRole("link", { name: "Improve your matches" }).click();
  await page.waitForURL((url) => url.pathname.endsWith("/details") && url.searchParams.get("returnTo") === path);
  await page.getByRole("button", { name: "Save and see partners" }).click();
  await page.waitForURL(
    (url) => url.searchParams.get("saved") === "details" && url.searchParams.get("returnTo") === path,
  );
  await page.getByRole("link", { name: "Back to the profile you were looking at" }).click();

  // Back on the profile, the new business can propose: the form is there, not a refusal.
  await page.waitForURL(`${baseUrl}${path}`);
  const propose = actions.getByRole("link", { name: `Propose a partnership to ${name}` });
  await propose.click();
  await page.waitForURL((url) => url.pathname === "/partnerships/new");
  await page.getByRole("button", { name: "Send request" }).waitFor();
  expect(await page.getByText("From Quill & Ink Toronto E2E").count()).toBe(1);
});
