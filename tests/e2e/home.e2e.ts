import type { Locator, Page } from "playwright-core";
import { expect, inject, it } from "vitest";
import { DEMO_BUSINESSES_PER_CITY, DEMO_OWNER, DEMO_PARTNER, demoFirmsPerCity } from "#prisma/seed-demo";
import { signIn } from "./accounts";
import { browserForFile } from "./browser";

/** The home page on the seeded demo directory (five cities, Portland, Oregon among them). */
const baseUrl = inject("baseUrl");
const openPage = browserForFile();

const PHONE = { width: 390, height: 844 };
const directory = (page: Page) => page.getByRole("region", { name: /^Near |^Newest/ });
/** "Florists · Portland, OR, US" for each card. */
const cardPlaces = (page: Page) => directory(page).getByTestId("card-where").allTextContents();

/** Each card's distance in km, in order. */
async function distances(page: Page): Promise<number[]> {
  const texts = await directory(page).getByRole("listitem").allTextContents();
  return texts.map((text) => {
    const match = /(Under 1|[\d.,]+) km away/.exec(text);
    return match?.[1] === "Under 1" ? 0 : Number(match?.[1]?.replace(/,/g, ""));
  });
}

/** Whether the element is within the window as it is scrolled now. */
async function inView(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

it("on a phone: both calls to action in the first screen, nothing overflows, and 12 compact cards", async () => {
  const page = await openPage({ viewport: PHONE });
  await page.goto(`${baseUrl}/`);
  for (const name of ["Find partners for your business", "See what your group is missing"]) {
    const link = page.getByRole("link", { name, exact: true });
    const box = await link.boundingBox();
    expect(box, name).not.toBeNull();
    expect(box!.y + box!.height, name).toBeLessThanOrEqual(PHONE.height);
    expect(box!.x + box!.width, name).toBeLessThanOrEqual(PHONE.width);
  }
  expect(await page.getByRole("link", { name: "Find partners for your business" }).getAttribute("href")).toBe(
    "/signup?redirectTo=%2Fbusinesses%2Fnew",
  );
  expect(await page.getByRole("heading", { level: 2, name: "How it works" }).isVisible()).toBe(true);
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await directory(page).getByRole("listitem").count()).toBe(12);
  // The page ends in a few screens, not 4,700 px of cards.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4000);
  expect(await page.getByRole("link", { name: "Search the whole directory" }).isVisible()).toBe(true);
});

it("picks a place from the keyboard, then asks which Portland", async () => {
  const page = await openPage({ viewport: PHONE });
  await page.goto(`${baseUrl}/`);
  await page.getByLabel("Near", { exact: true }).focus();
  await page.keyboard.type("Austin, TX, US");
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("category");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.searchParams.get("near") === "Austin, TX, US");
  await page.getByRole("heading", { level: 2, name: "Near Austin, Texas" }).waitFor();
  // The count and the pages are Austin's businesses (every one of them within 50 km), not the directory's.
  await expect
    .poll(() => page.getByRole("status").textContent())
    .toBe(
      `Page 1 of ${Math.ceil(DEMO_BUSINESSES_PER_CITY / 12)} · ${DEMO_BUSINESSES_PER_CITY} businesses within 50 km of Austin, Texas, nearest first`,
    );
  expect((await cardPlaces(page)).filter((text) => !text.endsWith("Austin, TX, US"))).toEqual([]);
  const km = await distances(page);
  expect(km).toEqual([...km].sort((a, b) => a - b));
  expect(await horizontalOverflow(page)).toBe(0);

  await page.getByLabel("Near", { exact: true }).fill("Portland");
  await page.getByLabel("Near", { exact: true }).press("Enter");
  await page.getByText("Several places are called Portland: pick one").waitFor();
  expect(await inView(page.getByText("Several places are called Portland: pick one"))).toBe(true);
  const choices = page.getByRole("alert").getByRole("link");
  expect(await choices.first().textContent()).toBe("Portland, Oregon");
  await choices.first().focus();
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 2, name: "Near Portland, Oregon" }).waitFor();
  expect(await page.getByLabel("Near", { exact: true }).inputValue()).toBe("Portland, OR, US");
});

it("'Use my location' asks only when pressed, then lists the businesses nearby", async () => {
  const page = await openPage({
    viewport: { width: 1280, height: 800 },
    geolocation: { latitude: 45.5234, longitude: -122.6762 },
    permissions: ["geolocation"],
  });
  await page.addInitScript(() => {
    const geolocation = navigator.geolocation;
    const original = geolocation.getCurrentPosition.bind(geolocation);
    (window as unknown as { locationAsks: number }).locationAsks = 0;
    geolocation.getCurrentPosition = (...args: Parameters<Geolocation["getCurrentPosition"]>) => {
      (window as unknown as { locationAsks: number }).locationAsks++;
      original(...args);
    };
  });
  await page.goto(`${baseUrl}/`);
  const button = page.getByRole("button", { name: "Use my location" });
  await button.waitFor();
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => (window as unknown as { locationAsks: number }).locationAsks)).toBe(0);
  await button.click();
  await page.waitForURL((url) => url.searchParams.get("lat") === "45.52" && url.searchParams.get("lng") === "-122.68");
  await page.getByRole("heading", { level: 2, name: "Near Portland, Oregon" }).waitFor();
  const places = await cardPlaces(page);
  expect(places).toHaveLength(12);
  expect(places.filter((text) => !text.endsWith("Portland, OR, US"))).toEqual([]);
  const km = await distances(page);
  expect(km).toHaveLength(12);
  expect(km.every((value) => value < 15)).toBe(true);
  expect(km).toEqual([...km].sort((a, b) => a - b));
});

it("works without JavaScript: the place form submits, and there is no location button", async () => {
  const page = await openPage({ javaScriptEnabled: false, viewport: PHONE });
  await page.goto(`${baseUrl}/`);
  expect(await page.getByRole("button", { name: "Use my location" }).count()).toBe(0);
  await page.getByLabel("Near", { exact: true }).fill("Denver, CO, US");
  await page.getByLabel("Category").selectOption("florist");
  await page.getByRole("button", { name: "Show" }).click();
  await page.waitForURL((url) => url.searchParams.get("near") === "Denver, CO, US");
  expect(await page.getByRole("heading", { level: 2 }).allTextContents()).toContain("Near Denver, Colorado");
  // Denver's florists first, then the nearest ones elsewhere: florists only.
  const places = await cardPlaces(page);
  const inDenver = demoFirmsPerCity("florist");
  expect(places.slice(0, inDenver)).toEqual(Array(inDenver).fill("Florists · Denver, CO, US"));
  expect(places.filter((text) => !text.startsWith("Florists · "))).toEqual([]);

  // The question lands in view, not at the top of the page under the introduction.
  await page.getByLabel("Near", { exact: true }).fill("Portland");
  await page.getByRole("button", { name: "Show" }).click();
  await page.waitForURL((url) => url.searchParams.get("near") === "Portland");
  await expect.poll(() => inView(page.getByText("Several places are called Portland: pick one"))).toBe(true);
});

it("'Find partners for your business' takes an owner to their partners, and one with several to their list", async () => {
  const partner = await openPage({ viewport: PHONE });
  await signIn(partner, DEMO_PARTNER);
  await partner.goto(`${baseUrl}/`);
  await partner.getByRole("link", { name: "Find partners for your business" }).click();
  await partner.waitForURL((url) => /^\/businesses\/[^/]+\/partners$/.test(url.pathname));
  await partner.getByRole("heading", { level: 1, name: /^Partners for / }).waitFor();

  // The demo owner runs three businesses.
  const owner = await openPage({ viewport: PHONE });
  await signIn(owner, DEMO_OWNER);
  await owner.goto(`${baseUrl}/`);
  await owner.getByRole("link", { name: "Find partners for your business" }).click();
  await owner.waitForURL((url) => url.pathname === "/dashboard");
  await owner.getByRole("heading", { level: 1, name: "Your businesses" }).waitFor();
});
