import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { signUpHere } from "./accounts";
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

  // First attempt: a niche that is too short, no offerings, a bad website. (A profession the
  // search test does not count: test files share one directory and may run in any order.)
  await page.getByLabel("Business name").fill("Crumb & Tier E2E");
  await page.getByLabel("Niche").fill("Cakes");
  await page.getByLabel("Primary category").fill("Custom Cake Designers");
  await page.getByLabel("Town or city").fill("Portland, OR, US");
  await page.getByLabel("Website").fill("not a website");
  await page.getByRole("button", { name: "Save draft" }).click();

  const nicheError = page.locator(
    "#" + (await page.getByLabel("Niche").getAttribute("aria-describedby"))!.split(" ").pop()!,
  );
  await expect.poll(() => nicheError.textContent()).toMatch(/at least 10 characters/);
  expect(await page.getByLabel("Niche").getAttribute("aria-invalid")).toBe("true");
  expect(await page.getByText("Add at least one entry to offerings").count()).toBe(1);
  expect(await page.getByText("Enter a web address like https://example.com").count()).toBe(1);
  // What was typed is still there.
  expect(await page.getByLabel("Business name").inputValue()).toBe("Crumb & Tier E2E");

  // Fix them: a proper niche, offerings from the suggestions plus a free one, a real website.
  await page.getByLabel("Niche").fill("Seasonal wedding cakes for small venues");
  await page.getByRole("group", { name: "Suggested offerings" }).getByRole("button").first().click();
  const offerings = page.getByLabel("Offerings", { exact: true });
  await offerings.fill(`${await offerings.inputValue()}, pressed flower cake toppers`);
  await page.getByLabel("Website").fill("https://crumb-and-tier.example.com");
  await page.getByRole("button", { name: "Save draft" }).click();

  await page.waitForURL(/\/businesses\/[^/]+\/edit\?saved=created/);
  await expect.poll(() => page.getByRole("status").textContent()).toMatch(/Draft saved/);
  await page.getByRole("button", { name: "Publish" }).click();
  await page.waitForURL(/saved=published/);
  await expect.poll(() => page.getByRole("status").textContent()).toMatch(/Published/);

  await page.getByRole("link", { name: "View public page" }).click();
  await page.waitForURL(/\/b\/crumb-and-tier-e2e/);
  // The URL changes a moment before the new page is drawn.
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Crumb & Tier E2E");
  expect(await page.getByText("pressed flower cake toppers").count()).toBe(1);
  expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBe("Crumb & Tier E2E");

  await page.getByRole("button", { name: "Log out" }).click();
  await page.waitForURL(`${baseUrl}/`);
  await page.getByRole("link", { name: "Log in" }).waitFor();
  expect(await page.getByRole("link", { name: "Your businesses" }).count()).toBe(0);
  // Still public after logging out.
  const response = await page.goto(`${baseUrl}/b/crumb-and-tier-e2e`);
  expect(response?.status()).toBe(200);
});
