import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject, it } from "vitest";
import { DEMO_BUSINESSES_PER_CITY, demoFirmsPerCity } from "#prisma/seed-demo";
import { launchBrowser } from "./browser";

/** The directory search page on the seeded demo directory (five cities; counts from its definition). */
const FLORISTS_PER_CITY = demoFirmsPerCity("florist");
const PER_CITY = DEMO_BUSINESSES_PER_CITY;
const plural = (n: number) => `${n} business${n === 1 ? "" : "es"}`;
let browser: Browser;
let page: Page;
const baseUrl = inject("baseUrl");
/** Errors in the browser (a failed hydration, an exception) fail the test too. */
const browserErrors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  page.on("console", (message) => {
    if (message.type() === "error") browserErrors.push(message.text());
  });
  page.on("pageerror", (error) => browserErrors.push(String(error)));
});
afterEach(() => {
  const seen = browserErrors.splice(0);
  expect(seen).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
});

const status = () => page.getByRole("status").filter({ hasText: /business|No businesses/ });
const places = () => page.getByTestId("listing-place").allTextContents();
/** All the demo's florists lead the results: any other match ranks after the last of them. */
async function expectFloristsFirst(on: Page) {
  const categories = await on.getByTestId("listing-category").allTextContents();
  const florists = 5 * FLORISTS_PER_CITY;
  expect(categories.length).toBeGreaterThanOrEqual(florists);
  expect(categories.slice(0, florists).every((name) => name.trim() === "Florists")).toBe(true);
  expect(
    Number.parseInt(
      (await on
        .getByRole("status")
        .filter({ hasText: /business/ })
        .textContent()) ?? "",
      10,
    ),
  ).toBeGreaterThanOrEqual(florists);
}
const searchParam = (name: string) => new URL(page.url()).searchParams.getAll(name);

it("searches with a typo, ticks a facet, searches near a place, pages, goes back, and explains an empty result", async () => {
  // The header box leads to the search page.
  await page.goto(`${baseUrl}/`);
  await page.getByLabel("Search the directory").fill("flourist");
  await page.getByLabel("Search the directory").press("Enter");
  await page.waitForURL(/\/search\?q=flourist/);
  // Every florist, first; a firm whose name is a near miss ("Flores & Balogun Attorneys") may follow.
  await expect.poll(() => status().textContent()).toMatch(/^\d+ businesses\b/);
  await expectFloristsFirst(page);
  expect(await page.locator("main mark").first().textContent()).toBe("Florist");
  expect(await page.getByLabel("Search for").inputValue()).toBe("flourist");

  // Ticking a facet applies it at once. A click, not check(): the search that the tick starts
  // draws the list again, and check() fails when it reads the box in between.
  const austin = page.getByRole("group", { name: "City" }).getByLabel("Austin");
  await austin.click();
  await page.waitForURL((url) => url.searchParams.get("city") === "Austin");
  await expect.poll(() => austin.isChecked()).toBe(true);
  await expect.poll(() => status().textContent()).toMatch(new RegExp(`^${plural(FLORISTS_PER_CITY)}$`));
  expect(await places()).toEqual(Array(FLORISTS_PER_CITY).fill("Austin, TX, US"));

  // Near a place: everything within 25 km of Austin is in Austin, nearest first.
  await page.getByRole("link", { name: "Clear all" }).click();
  await page.waitForURL((url) => !url.searchParams.has("city"));
  await page.getByLabel("Search for").fill("");
  await page.getByLabel("Near a place").fill("Austin, TX, US");
  await page.getByLabel("Within").selectOption("25");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get("near") === "Austin, TX, US");
  await expect
    .poll(() => status().textContent())
    .toMatch(new RegExp(`^${PER_CITY} businesses near Austin, TX, US · page 1 of ${Math.ceil(PER_CITY / 20)}`));
  expect(new Set(await places())).toEqual(new Set(["Austin, TX, US"]));
  const distances = (await page.locator("main li.card").allTextContents()).map((text) => {
    const match = /(under 1|[\d.]+) km away/.exec(text);
    return match?.[1] === "under 1" ? 0 : Number(match?.[1]);
  });
  expect(distances).toHaveLength(20);
  expect(distances).toEqual([...distances].sort((a, b) => a - b));

  // A customer problem narrows it, to more than one page.
  const milestone = page.getByRole("group", { name: "Customer problem" }).getByLabel("Celebrating a milestone");
  await milestone.click();
  await page.waitForURL((url) => url.searchParams.get("problem") === "celebrating a milestone");
  await expect.poll(() => milestone.isChecked()).toBe(true);
  // The URL changes before the results do: wait for the count to drop from the unfiltered one.
  const count = async () =>
    Number(/^(\d+) businesses near Austin, TX, US/.exec((await status().textContent()) ?? "")?.[1]);
  await expect.poll(count).toBeLessThan(PER_CITY);
  // How many depends on the generated demo data: fewer than before, more than one page of 20.
  const narrowed = await count();
  expect(narrowed).toBeGreaterThan(20);
  const pages = Math.ceil(narrowed / 20);
  expect(await status().textContent()).toMatch(new RegExp(`page 1 of ${pages}$`));
  const firstPage = await page.locator("main li.card h3").allTextContents();

  // Page 2 keeps every other parameter.
  await page.getByRole("link", { name: /Next/ }).click();
  await page.waitForURL((url) => url.searchParams.get("page") === "2");
  await expect.poll(() => status().textContent()).toMatch(new RegExp(`page 2 of ${pages}$`));
  expect(searchParam("problem")).toEqual(["celebrating a milestone"]);
  expect(searchParam("near")).toEqual(["Austin, TX, US"]);
  const secondPage = await page.locator("main li.card h3").allTextContents();
  expect(secondPage).toHaveLength(Math.min(20, narrowed - 20));
  expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
  expect(new Set(await places())).toEqual(new Set(["Austin, TX, US"]));

  // Back: page 1 as it was, the URL, the checkbox and the place input restored.
  await page.goBack();
  await page.waitForURL(
    (url) => !url.searchParams.has("page") && url.searchParams.get("problem") === "celebrating a milestone",
  );
  await expect.poll(() => status().textContent()).toMatch(new RegExp(`page 1 of ${pages}$`));
  expect(await page.locator("main li.card h3").allTextContents()).toEqual(firstPage);
  expect(await milestone.isChecked()).toBe(true);
  expect(await page.getByLabel("Near a place").inputValue()).toBe("Austin, TX, US");

  // Back once more: before the facet was ticked, the checkbox is clear again.
  await page.goBack();
  await page.waitForURL((url) => !url.searchParams.has("problem"));
  await expect.poll(() => status().textContent()).toMatch(new RegExp(`^${PER_CITY} businesses`));
  await expect.poll(() => milestone.isChecked()).toBe(false);

  // Nonsense: an empty state with things to try.
  await page.getByLabel("Search for").fill("qzxwvbnmkj");
  await page.getByLabel("Search for").press("Enter");
  await page.waitForURL((url) => url.searchParams.get("q") === "qzxwvbnmkj");
  await expect.poll(() => status().textContent()).toBe("No businesses found");
  expect(await page.getByText("No businesses match “qzxwvbnmkj”").count()).toBe(1);
  await page.getByRole("link", { name: "Widen the radius to 50 km" }).waitFor();
  await page.getByRole("link", { name: "wedding photographer" }).click();
  await page.waitForURL((url) => url.searchParams.get("q") === "wedding photographer");
  await expect.poll(() => status().textContent()).toMatch(/businesses/);
});

it("suggests businesses under the header box and opens one with the keyboard", async () => {
  // The page runs under a Content-Security-Policy that allows only scripts with this response's
  // nonce (a violation would be a console error, which fails the test).
  const response = await page.goto(`${baseUrl}/`);
  expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  const box = page.getByRole("combobox", { name: "Search the directory" });
  await box.pressSequentially("wedding photog", { delay: 20 });
  const listbox = page.getByRole("listbox", { name: "Suggested businesses" });
  await listbox.getByRole("option").first().waitFor();
  expect(await listbox.getByRole("option").count()).toBeLessThanOrEqual(6);
  // A different query hides the old suggestions at once, before its own answer arrives.
  await box.fill("");
  await box.pressSequentially("zzq", { delay: 0 });
  expect(await listbox.getByRole("option").count()).toBe(0);
  await box.fill("");
  await box.pressSequentially("wedding photog", { delay: 20 });
  await listbox.getByRole("option").first().waitFor();
  await box.press("ArrowDown");
  const selected = listbox.getByRole("option", { selected: true });
  const chosen = (await selected.locator("span").first().textContent()) ?? "";
  // Its name need not say the trade ("Ivy & Rose"); the line under it does.
  expect(await selected.locator("span").nth(1).textContent()).toMatch(/Wedding Photographer/);
  await box.press("Enter");
  await page.waitForURL(/\/b\//);
  // The URL changes a moment before the new page is drawn.
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(chosen);
});

it("skips the filters with the keyboard: from the search button to the first result in three keys", async () => {
  await page.goto(`${baseUrl}/search?q=florist`);
  await page.getByRole("button", { name: "Search", exact: true }).focus();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to results" });
  expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
  // Visible while focused (it is for sighted keyboard users too).
  expect((await skip.boundingBox())?.width).toBeGreaterThan(40);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const firstResult = page.getByRole("region", { name: "Results" }).getByRole("listitem").first().getByRole("link");
  expect(await firstResult.evaluate((element) => element === document.activeElement)).toBe(true);
});

it("works without JavaScript: plain GET forms in the header and on the page", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const noJs = await context.newPage();
    await noJs.goto(`${baseUrl}/`);
    await noJs.getByLabel("Search the directory").fill("florist");
    await noJs.getByLabel("Search the directory").press("Enter");
    await noJs.waitForURL(/\/search\?q=florist/);
    await expectFloristsFirst(noJs);
    await noJs.getByRole("group", { name: "City" }).getByLabel("Denver").check();
    await noJs.getByRole("button", { name: "Apply filters" }).click();
    await noJs.waitForURL((url) => url.searchParams.get("city") === "Denver");
    expect(await noJs.getByTestId("listing-place").allTextContents()).toEqual(
      Array(FLORISTS_PER_CITY).fill("Denver, CO, US"),
    );
    expect(await noJs.getByRole("group", { name: "City" }).getByLabel("Denver").isChecked()).toBe(true);
  } finally {
    await context.close();
  }
});
