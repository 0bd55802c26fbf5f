import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BusinessInput } from "#app/domain/business";
import { createBusiness, publishBusiness, unpublishBusiness } from "#app/models/businesses.server";
import { prisma } from "#app/utils/db.server";
import { DEMO_CITIES, makeBusinessInput, seededRandom, type DemoCity } from "#prisma/factories";
import { drainOutbox } from "#app/models/search-sync.server";
import { businessIndexName, ensureIndex } from "#search/index";
import { startTestApp } from "#tests/helpers/app";

/**
 * The search page and the header's suggestions, through HTTP against the real app, database and
 * Meilisearch, on a small directory built here.
 */
let app: Awaited<ReturnType<typeof startTestApp>>;
const random = seededRandom(7);
const city = (name: string): DemoCity => DEMO_CITIES.find((candidate) => candidate.name === name)!;
const at = (name: string, region: string, lat: number, lng: number) => ({
  placeId: null,
  city: name,
  region,
  country: "US",
  lat,
  lng,
});

async function publish(categorySlug: string, where: DemoCity, overrides: Partial<BusinessInput> = {}) {
  const owner = await prisma.user.create({
    data: { email: `owner-${Math.random().toString(36).slice(2)}@example.com`, passwordHash: "!no-sign-in" },
  });
  const result = await createBusiness(owner.id, makeBusinessInput(random, categorySlug, where, overrides));
  if (!result.ok) throw new Error(result.message);
  await publishBusiness(result.business.id);
  return result.business;
}

beforeAll(async () => {
  await ensureIndex(businessIndexName());
  await publish("florist", city("Portland"), {
    name: "Bloom & Vine Florist",
    niche: `Garden wedding bouquets <script>alert("pwn")</script> & more`,
  });
  await publish("caterer", city("Portland"), {
    name: "Downtown Table Caterer",
    place: at("Portland", "OR", 45.5234, -122.6762),
  });
  await publish("caterer", city("Portland"), {
    name: "Beaverton Feast Caterer",
    place: at("Beaverton", "OR", 45.4871, -122.8037),
  });
  await publish("caterer", city("Denver"), {
    name: "Mile High Caterer",
    place: at("Denver", "CO", 39.7392, -104.9847),
  });
  // Pagination and facets: 23 "Zephyr" businesses, 13 DJs in Austin and 10 bakeries (6 Austin, 4 Denver).
  for (let i = 1; i <= 13; i++)
    await publish("dj", city("Austin"), { name: `Zephyr Sound ${i}`, capacity: i <= 3 ? "booked-out" : "none" });
  for (let i = 1; i <= 10; i++)
    await publish("bakery", city(i <= 6 ? "Austin" : "Denver"), {
      name: `Zephyr Bakehouse ${i}`,
      capacity: "spare-capacity",
    });
  await drainOutbox();
  app = await startTestApp();
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

/** The page's HTML, without the empty comments React puts between adjacent text nodes. */
async function page(path: string, status = 200) {
  const response = await app.client().get(path);
  expect(response.status, path).toBe(status);
  return (await response.text()).replace(/<!-- -->/g, "");
}

/** The names of the listed businesses, in order. */
function listingNames(html: string): string[] {
  return [...html.matchAll(/<h3[^>]*><a[^>]*href="\/b\/[^"]+"[^>]*>(.*?)<\/a><\/h3>/gs)].map((match) =>
    match[1]!.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&"),
  );
}

/** Facet checkboxes: value → { count, checked } for one parameter. */
function facet(html: string, param: string): Record<string, { count: number; checked: boolean }> {
  const out: Record<string, { count: number; checked: boolean }> = {};
  const pattern = new RegExp(
    `<input type="checkbox" name="${param}"([^>]*)>.*?<span class="sr-only">\\(</span>(\\d+)<`,
    "gs",
  );
  for (const match of html.matchAll(pattern)) {
    const value = /value="([^"]*)"/.exec(match[1]!)?.[1] ?? "";
    out[value.replace(/&amp;/g, "&")] = { count: Number(match[2]), checked: /checked/.test(match[1]!) };
  }
  return out;
}

function summary(html: string): string {
  return /role="status"[^>]*>(.*?)<\/p>/s.exec(html)?.[1] ?? "";
}

describe("directory search page", () => {
  it("finds a florist despite a typo, with the match highlighted and user text escaped", async () => {
    const html = await page("/search?q=flourist");
    expect(listingNames(html)).toContain("Bloom & Vine Florist");
    expect(html).toMatch(/<mark[^>]*>Florist<\/mark>/);
    expect(html).toContain("Florists"); // the category's name, not its slug
    expect(html).toContain("&lt;script&gt;alert(");
    expect(html).not.toContain('<script>alert("pwn")</script>');
    expect(html).toContain("<title>“flourist” · Search · Mutualist</title>");
  });

  it("highlights inside escaped text without letting it become markup", async () => {
    const html = await page("/search?q=bouquets");
    expect(html).toMatch(/<mark[^>]*>bouquets<\/mark>/);
    expect(html).toContain("&lt;script&gt;alert(&quot;pwn&quot;)&lt;/script&gt;");
  });

  it("counts facet values, and a ticked facet narrows the results (OR within, AND across)", async () => {
    const all = await page("/search?q=zephyr");
    expect(summary(all)).toContain("23 businesses");
    expect(facet(all, "category")).toEqual({
      dj: { count: 13, checked: false },
      bakery: { count: 10, checked: false },
    });
    expect(all).toContain("DJs");
    expect(all).toContain("Bakeries");
    expect(facet(all, "city")).toEqual({ Austin: { count: 19, checked: false }, Denver: { count: 4, checked: false } });
    // Capacity "none" is not offered as a filter.
    expect(facet(all, "capacity")).toEqual({
      "spare-capacity": { count: 10, checked: false },
      "booked-out": { count: 3, checked: false },
    });
    expect(all).toContain("Booked out: can hand off work");

    const djs = await page("/search?q=zephyr&category=dj");
    expect(summary(djs)).toContain("13 businesses");
    expect(listingNames(djs).every((name) => name.startsWith("Zephyr Sound"))).toBe(true);
    // The ticked facet keeps its other values to add; the other facets count within the filter.
    expect(facet(djs, "category")).toEqual({ dj: { count: 13, checked: true }, bakery: { count: 10, checked: false } });
    expect(facet(djs, "city")).toEqual({ Austin: { count: 13, checked: false } });

    expect(summary(await page("/search?q=zephyr&category=dj&category=bakery"))).toContain("23 businesses");
    const denverBakeries = await page("/search?q=zephyr&category=bakery&city=Denver");
    expect(summary(denverBakeries)).toContain("4 businesses");
    expect(facet(denverBakeries, "city")).toEqual({
      Austin: { count: 6, checked: false },
      Denver: { count: 4, checked: true },
    });
  });

  it("searches near a place within a radius, nearest first, with distances", async () => {
    const near = "/search?q=caterer&near=" + encodeURIComponent("Portland, OR, US");
    const within25 = await page(`${near}&withinKm=25&sort=distance`);
    expect(listingNames(within25)).toEqual(["Downtown Table Caterer", "Beaverton Feast Caterer"]);
    expect(within25).toMatch(/under 1 km away/);
    expect(within25).toMatch(/1\d\.\d km away|\d+ km away/);
    expect(within25).toContain('value="Portland, OR, US"');

    expect(listingNames(await page(`${near}&withinKm=5`))).toEqual(["Downtown Table Caterer"]);
    expect(listingNames(await page(`${near}&withinKm=500`))).not.toContain("Mile High Caterer");
    expect(listingNames(await page("/search?q=caterer"))).toContain("Mile High Caterer");
  });

  it("resolves a loosely typed place and puts its label back in the input", async () => {
    const html = await page("/search?q=caterer&near=portland%2C+or");
    expect(html).toContain('value="Portland, OR, US"');
    expect(summary(html)).toContain("near Portland, OR, US");
    const unknown = await page("/search?q=caterer&near=Qqqxxyy");
    expect(unknown).toContain("No town or city called “Qqqxxyy” was found");
    expect(listingNames(unknown)).toContain("Mile High Caterer");
  });

  it("pages through results 20 at a time; past the end is an empty state, not an error", async () => {
    const first = listingNames(await page("/search?q=zephyr&sort=newest"));
    const secondHtml = await page("/search?q=zephyr&sort=newest&page=2");
    const second = listingNames(secondHtml);
    expect(first).toHaveLength(20);
    expect(second).toHaveLength(3);
    expect(new Set([...first, ...second]).size).toBe(23);
    expect(summary(secondHtml)).toContain("page 2 of 2");
    expect(secondHtml).toMatch(
      /href="\/search\?q=zephyr&amp;sort=newest"[^>]*rel="prev"|rel="prev"[^>]*href="\/search\?q=zephyr&amp;sort=newest"/,
    );

    const past = await page("/search?q=zephyr&page=3");
    expect(listingNames(past)).toEqual([]);
    expect(past).toContain("There is nothing on page 3");
    expect(summary(past)).toContain("past the last page (2)");
    // The home page's list, past its end, says where it ends instead of "nothing here yet".
    const home = await page("/?page=99999");
    expect(home).toContain("This list ends at page");
    expect(home).not.toContain("Nothing here yet");
  });

  it("lets keyboard users skip the filters: a link before them to the focusable results heading", async () => {
    const html = await page("/search?q=zephyr");
    const skip = html.indexOf('<a href="#results"');
    expect(skip).toBeGreaterThan(-1);
    expect(html.slice(skip, html.indexOf("</a>", skip))).toContain("Skip to results");
    expect(skip).toBeLessThan(html.indexOf('id="filters-heading"'));
    const target = /<h2 id="results" tabindex="-1"[^>]*>Results<\/h2>/.exec(html);
    expect(target).not.toBeNull();
    // Past the filters, straight to the results.
    expect(html.indexOf('id="filters-heading"')).toBeLessThan(target!.index);
    expect(html.indexOf("Zephyr", target!.index)).toBeGreaterThan(target!.index);
  });

  it("shows an empty state with things to try", async () => {
    const html = await page("/search?q=qwxzvbnm&city=Austin");
    expect(summary(html)).toContain("No businesses found");
    expect(html).toContain("No businesses match “qwxzvbnm”");
    expect(html).toContain('href="/search?q=qwxzvbnm"'); // clear the filters, keep the words
    expect(html).toContain("wedding photographer");
  });

  it("shows only businesses the database still has published, even before the index catches up", async () => {
    const business = await publish("florist", city("Toronto"), { name: "Fleeting Quokka Florals" });
    await drainOutbox();
    expect(listingNames(await page("/search?q=quokka"))).toEqual(["Fleeting Quokka Florals"]);
    await unpublishBusiness(business.id); // the outbox row is not drained: the index still has it
    expect(listingNames(await page("/search?q=quokka"))).toEqual([]);
    await drainOutbox();
  });

  it("never answers a bad parameter with a 500", async () => {
    const bad = [
      "/search?page=abc&withinKm=-5&sort=%00&category=zzz&kind=x",
      `/search?q=${"x".repeat(1000)}`,
      "/search?city=%22%20OR%20city%20%3D%20%22x&region=%5C&problem=%22%5C%22",
      "/search?near=%22%5C&withinKm=1e9&page=99999999999999999999",
      "/search?near=99999999999&sort=distance",
      "/search?category=florist&category=florist&q=%3Cscript%3E",
      // The length limit falls in the middle of an emoji.
      `/search?q=${"a".repeat(199)}${encodeURIComponent("😀")}`,
      `/search?near=${"a".repeat(119)}${encodeURIComponent("😀")}`,
    ];
    for (const path of bad) await page(path);
  });
});

describe("search suggestions", () => {
  it("returns up to six JSON suggestions with category names, cacheable briefly", async () => {
    const response = await app.client().get("/resources/search-suggest?q=zephyr");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=30");
    const suggestions = (await response.json()) as { name: string; slug: string; category: string }[];
    expect(suggestions).toHaveLength(6);
    for (const suggestion of suggestions) {
      expect(suggestion.name).toMatch(/^Zephyr/);
      expect(suggestion.slug).toMatch(/^zephyr-/);
      expect(["DJs", "Bakeries"]).toContain(suggestion.category);
    }
    const typo = (await (await app.client().get("/resources/search-suggest?q=flouris")).json()) as { name: string }[];
    expect(typo.map((s) => s.name)).toContain("Bloom & Vine Florist");
    expect(await (await app.client().get("/resources/search-suggest?q=")).json()).toEqual([]);
    const halfEmoji = await app
      .client()
      .get(`/resources/search-suggest?q=${"a".repeat(99)}${encodeURIComponent("😀")}`);
    expect(halfEmoji.status).toBe(200);
  });

  it("puts the header search box, a GET form to /search, on other pages", async () => {
    const html = await page("/");
    expect(html).toMatch(/<form[^>]*method="get"[^>]*action="\/search"[^>]*role="search"/);
    expect(html).toContain(">Search the directory</label>");
  });
});
