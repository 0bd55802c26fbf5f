import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BusinessInput } from "#app/domain/business";
import { createBusiness, publishBusiness } from "#app/models/businesses.server";
import { drainOutbox } from "#app/models/search-sync.server";
import { prisma } from "#app/utils/db.server";
import { DEMO_CITIES, makeBusinessInput, seededRandom } from "#prisma/factories";
import { businessIndexName, ensureIndex, getSearchClient } from "#search/index";
import { signUpThroughForm } from "#tests/helpers/accounts";
import { startTestApp } from "#tests/helpers/app";

/**
 * The home page's directory through HTTP, against the real app, database and Meilisearch, on a
 * small directory around Portland, Oregon (and one business in Portland, Maine) built here.
 */
let app: Awaited<ReturnType<typeof startTestApp>>;
const random = seededRandom(12);
const at = (city: string, region: string, lat: number, lng: number) => ({
  placeId: null,
  city,
  region,
  country: "US",
  lat,
  lng,
});
const PORTLAND = at("Portland", "OR", 45.5234, -122.6762);
const SALEM = at("Salem", "OR", 44.9429, -123.0351);

async function owner() {
  return prisma.user.create({
    data: { email: `owner-${Math.random().toString(36).slice(2)}@example.com`, passwordHash: "!no-sign-in" },
  });
}

async function add(ownerId: string, categorySlug: string, name: string, place: BusinessInput["place"]) {
  const result = await createBusiness(
    ownerId,
    makeBusinessInput(random, categorySlug, DEMO_CITIES[0]!, { name, place }),
  );
  if (!result.ok) throw new Error(result.message);
  return result.business;
}

async function publish(categorySlug: string, name: string, place: BusinessInput["place"]) {
  const business = await add((await owner()).id, categorySlug, name, place);
  await publishBusiness(business.id);
  return business;
}

beforeAll(async () => {
  await ensureIndex(businessIndexName());
  // Published in this order, so newest first is the reverse, and differs from nearest first.
  await publish("caterer", "Downtown Table Caterer", PORTLAND);
  await publish("caterer", "Beaverton Feast Caterer", at("Beaverton", "OR", 45.4871, -122.8037));
  await publish("florist", "River Florist", at("Vancouver", "WA", 45.6387, -122.6615));
  await publish("caterer", "Salem Supper Caterer", SALEM);
  await publish("caterer", "Mile High Caterer", at("Denver", "CO", 39.7392, -104.9847));
  await publish("florist", "Casco Bay Florist", at("Portland", "ME", 43.6591, -70.2568));
  await drainOutbox();
  app = await startTestApp();
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

/** The page's HTML, without the empty comments React puts between adjacent text nodes. */
async function page(path: string, client = app.client()) {
  const response = await client.get(path);
  expect(response.status, path).toBe(200);
  return (await response.text()).replace(/<!-- -->/g, "");
}

/** The listed businesses, in order, with the distance each card shows. */
function cards(html: string): { name: string; distance: string | null }[] {
  return [...html.matchAll(/<li class="card[^"]*">(.*?)<\/li>/gs)].map((match) => ({
    name: /<h3[^>]*><a[^>]*>(.*?)<\/a><\/h3>/s.exec(match[1]!)?.[1] ?? "",
    distance: /([\d.,]+ km away|Under 1 km away)/.exec(match[1]!)?.[1] ?? null,
  }));
}

const names = (html: string) => cards(html).map((card) => card.name);
const status = (html: string) => /role="status"[^>]*>(.*?)<\/p>/s.exec(html)?.[1] ?? "";
const heading = (html: string) => /<h2 id="directory-title"[^>]*>(.*?)<\/h2>/s.exec(html)?.[1] ?? "";
const km = (distance: string | null) =>
  distance === "Under 1 km away" ? 0 : Number.parseFloat((distance ?? "NaN").replace(/,/g, ""));

describe("home page directory", () => {
  it("says who it is for, with the two calls to action leading through sign-up", async () => {
    const html = await page("/");
    expect(html).toContain("Mutualist is for small business owners");
    expect(html).toMatch(
      /<a[^>]*href="\/signup\?redirectTo=%2Fbusinesses%2Fnew"[^>]*>Find partners for your business<\/a>/,
    );
    expect(html).toMatch(/<a[^>]*href="\/signup\?redirectTo=%2Fimports"[^>]*>See what your group is missing<\/a>/);
    expect(html).toContain("How it works");
  });

  it("without a place lists the newest first and invites choosing one", async () => {
    const html = await page("/");
    expect(names(html)).toEqual([
      "Casco Bay Florist",
      "Mile High Caterer",
      "Salem Supper Caterer",
      "River Florist",
      "Beaverton Feast Caterer",
      "Downtown Table Caterer",
    ]);
    expect(status(html)).toBe("6 published businesses, newest first");
    expect(html).toContain("Choose a town or city to see the businesses near it first.");
    expect(cards(html).every((card) => card.distance === null)).toBe(true);
  });

  it("near Portland, Oregon lists the businesses within 50 km, nearest first, with distances", async () => {
    const html = await page(`/?${new URLSearchParams({ near: "Portland, OR, US" })}`);
    expect(heading(html)).toBe("Near Portland, Oregon");
    // Salem (70 km), Denver and Maine are not near Portland: the list and its count leave them out.
    expect(names(html)).toEqual(["Downtown Table Caterer", "Beaverton Feast Caterer", "River Florist"]);
    const distances = cards(html).map((card) => km(card.distance));
    expect(distances[0]).toBe(0);
    expect(distances[1]).toBeCloseTo(10.7, 0);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances.every((distance) => distance <= 50)).toBe(true);
    expect(status(html)).toBe("3 businesses within 50 km of Portland, Oregon, nearest first");
    // The input keeps the place, for the next search.
    expect(html).toMatch(/<input[^>]*id="near"[^>]*value="Portland, OR, US"/);
  });

  it("combines the category filter with the place", async () => {
    const html = await page(`/?${new URLSearchParams({ near: "Portland, OR, US", category: "florist" })}`);
    expect(names(html)).toEqual(["River Florist"]);
    expect(status(html)).toBe("1 business in Florists within 50 km of Portland, Oregon, nearest first");
    expect(html).toMatch(/<option value="florist" selected="">Florists \(2\)<\/option>/);
  });

  it("with nobody near the place says so and shows the nearest further away", async () => {
    const html = await page(`/?${new URLSearchParams({ near: "Denver, CO, US", category: "florist" })}`);
    expect(status(html)).toBe("No Florists within 50 km of Denver, Colorado · the 2 nearest, further away");
    expect(html).toContain("No businesses within 50 km of Denver, Colorado yet. These are the nearest, further away.");
    expect(names(html)).toEqual(["River Florist", "Casco Bay Florist"]);
  });

  it("asks which Portland, biggest first, and keeps what was typed", async () => {
    const html = await page("/?near=Portland");
    expect(html).toContain("Several places are called Portland: pick one");
    const choices = [...html.matchAll(/<a[^>]*href="\/\?near=([^"&#]*)#directory"[^>]*>([^<]*)<\/a>/g)].map(
      (match) => ({
        near: decodeURIComponent(match[1]!.replace(/\+/g, " ")),
        name: match[2],
      }),
    );
    expect(choices.slice(0, 2)).toEqual([
      { near: "Portland, OR, US", name: "Portland, Oregon" },
      { near: "Portland, ME, US", name: "Portland, Maine" },
    ]);
    expect(html).toMatch(/<input[^>]*id="near"[^>]*value="Portland"/);
    // Until a place is chosen, the newest first.
    expect(status(html)).toMatch(/newest first/);

    const unknown = await page("/?near=Qwxzzyville");
    expect(unknown).toContain("We don’t know a place called “Qwxzzyville”");
  });

  it("uses the browser's location, rounded, and ignores a bad one with a message", async () => {
    const located = await page("/?lat=45.5231&lng=-122.6765");
    expect(heading(located)).toBe("Near Portland, Oregon");
    expect(names(located).slice(0, 3)).toEqual(["Downtown Table Caterer", "Beaverton Feast Caterer", "River Florist"]);

    for (const bad of ["lat=91&lng=0", "lat=45.5&lng=200", "lat=abc&lng=-122.6", "lat=45.5", "lat=1e1&lng=2"]) {
      const html = await page(`/?${bad}`);
      expect(html, bad).toContain("We could not use that location.");
      expect(status(html), bad).toMatch(/newest first/);
      expect(names(html)[0], bad).toBe("Casco Bay Florist");
    }
  });

  it("starts a signed-in owner near their own business, and lets them look everywhere", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    // A draft is enough: it says where the owner works.
    await add(userId, "florist", "Willamette Valley Blooms", SALEM);
    const html = await page("/", client);
    expect(heading(html)).toBe("Near Salem, Oregon");
    expect(html).toContain("Where your business is.");
    expect(names(html)[0]).toBe("Salem Supper Caterer");
    expect(html).toMatch(/<a[^>]*href="\/imports"[^>]*>See what your group is missing<\/a>/);

    const everywhere = await page("/?near=", client);
    expect(status(everywhere)).toMatch(/newest first/);
    const elsewhere = await page(`/?${new URLSearchParams({ near: "Portland, ME, US" })}`, client);
    expect(names(elsewhere)[0]).toBe("Casco Bay Florist");
  });
});

/** Where "Find partners for your business" leads on the home page, for this client. */
async function findPartnersHref(client: ReturnType<typeof app.client>) {
  const html = await page("/", client);
  const link = /<a[^>]*href="([^"]*)"[^>]*>Find partners for your business<\/a>/.exec(html);
  return link?.[1]?.replace(/&amp;/g, "&") ?? null;
}

describe("the home page's 'Find partners for your business'", () => {
  it("leads a visitor through sign-up to adding a business", async () => {
    expect(await findPartnersHref(app.client())).toBe("/signup?redirectTo=%2Fbusinesses%2Fnew");
  });

  it("leads a signed-in user without a business of their own to adding one, even with imported listings", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    expect(await findPartnersHref(client)).toBe("/businesses/new");
    // Listings an organiser imported for a group are not their business.
    const listing = await add(userId, "caterer", "Imported Member Caterer", SALEM);
    await prisma.business.update({ where: { id: listing.id }, data: { claimed: false } });
    expect(await findPartnersHref(client)).toBe("/businesses/new");
  });

  it("leads the owner of one business to its partners, and the owner of several to their list", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const first = await add(userId, "florist", "Firwood Stems", PORTLAND);
    const href = await findPartnersHref(client);
    expect(href).toBe(`/businesses/${first.id}/partners`);
    const partners = await client.get(href!);
    expect(partners.status).toBe(200);
    expect(await partners.text()).toContain("Partners for Firwood Stems");
    expect(await page("/", client)).toContain("see the partners suggested for Firwood Stems");

    await add(userId, "caterer", "Firwood Kitchen", PORTLAND);
    expect(await findPartnersHref(client)).toBe("/dashboard");
  });
});

describe("the home page's pages count what the list holds", () => {
  beforeAll(async () => {
    // 14 more florists within Portland's 50 km, and 12 more far away in Denver: 28 florists in all.
    for (let i = 1; i <= 14; i++)
      await publish("florist", `Portland Petal ${i}`, at("Portland", "OR", 45.5234 + i * 0.01, -122.6762));
    for (let i = 1; i <= 12; i++)
      await publish("florist", `Denver Petal ${i}`, at("Denver", "CO", 39.7392 + i * 0.01, -104.9847));
    await drainOutbox();
  }, 120_000);

  it("near a place with a category: pages over the florists near it, not every florist", async () => {
    const near = { near: "Portland, OR, US", category: "florist" };
    const first = await page(`/?${new URLSearchParams(near)}`);
    // River Florist and the 14 Portland petals: 15, two pages of 12.
    expect(status(first)).toBe(
      "Page 1 of 2 · 15 businesses in Florists within 50 km of Portland, Oregon, nearest first",
    );
    expect(names(first)).toHaveLength(12);
    expect(first).toMatch(/<a[^>]*rel="next"[^>]*>Next →<\/a>/);
    const second = await page(`/?${new URLSearchParams({ ...near, page: "2" })}`);
    expect(status(second)).toMatch(/^Page 2 of 2 · 15 businesses/);
    expect(names(second)).toHaveLength(3);
    expect([...names(first), ...names(second)].filter((name) => /Denver|Casco/.test(name))).toEqual([]);
    expect(second).not.toMatch(/rel="next"/);
    const past = await page(`/?${new URLSearchParams({ ...near, page: "3" })}`);
    expect(status(past)).toMatch(/^Past the last page \(2\) · 15 businesses/);
    expect(past).toContain("This list ends at page 2.");
  });

  it("with a category and no place: pages over that category", async () => {
    const html = await page(`/?${new URLSearchParams({ category: "florist" })}`);
    expect(status(html)).toBe("Page 1 of 3 · 28 published businesses in Florists, newest first");
    const caterers = await page(`/?${new URLSearchParams({ category: "caterer" })}`);
    // The four published caterers (the imported listing and the owners' drafts are not).
    expect(status(caterers)).toBe("4 published businesses in Caterers, newest first");
  });
});

describe("when search is unavailable", () => {
  // Last: it removes the index.
  it("falls back to the newest, with distances, when search is unavailable", async () => {
    const newest = names(await page("/"));
    await getSearchClient().deleteIndex(businessIndexName()).waitTask();
    const html = await page(`/?${new URLSearchParams({ near: "Portland, OR, US" })}`);
    expect(html).toContain("Sorting by distance is unavailable for a moment: the newest come first.");
    expect(names(html)).toEqual(newest);
    expect(cards(html)[0]?.distance).toMatch(/km away/);
    // The count is the whole directory's then, as the list is.
    expect(status(html)).toMatch(/^Page 1 of \d+ · \d+ published businesses, newest first$/);
  });
});
