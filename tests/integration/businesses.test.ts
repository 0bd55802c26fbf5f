import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATEGORIES } from "#app/domain/taxonomy";
import { prisma } from "#app/utils/db.server";
import { drainOutbox } from "#app/models/search-sync.server";
import { businessIndexName, ensureIndex, getBusinessIndex } from "#search/index";
import { signUpThroughForm, TEST_PASSWORD } from "#tests/helpers/accounts";
import { startTestApp } from "#tests/helpers/app";

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  await ensureIndex(businessIndexName());
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const category = CATEGORIES[0]!;
const secondCategory = CATEGORIES[1]!;

function profileForm(overrides: Record<string, string | string[]> = {}) {
  return {
    intent: "save",
    name: "Bloom & Vine",
    niche: "Garden-style wedding flowers for small venues",
    description: "<script>alert('x')</script> We grow our own.",
    primaryCategory: category.name,
    secondaryCategories: [secondCategory.name, "", ""],
    offerings: "Bridal Bouquets, bridal bouquets , Centrepieces",
    targetCustomers: "engaged couples",
    customerProblems: "planning a wedding",
    place: "Portland, OR, US",
    radiusKm: "30",
    partnershipKinds: ["referral-exchange", "co-marketing"],
    horizon: "long-term",
    capacity: "booked-out",
    contactVisibility: "public",
    website: "bloomvine.example.com",
    contactEmail: "hello@bloomvine.example.com",
    ...overrides,
  };
}

async function createProfile(client: ReturnType<typeof app.client>, overrides: Record<string, string | string[]> = {}) {
  const response = await client.post("/businesses/new", profileForm(overrides));
  expect(response.status).toBe(302);
  const id = /\/businesses\/([^/]+)\/edit/.exec(response.headers.get("location") ?? "")?.[1];
  expect(id).toBeTruthy();
  return id!;
}

async function searchIds(query: string) {
  return (await getBusinessIndex().search(query, { limit: 50 })).hits.map((hit) => hit.id);
}

describe("business profiles", () => {
  it("rejects bad input with messages next to the fields, keeps the input and saves nothing", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const response = await client.post(
      "/businesses/new",
      profileForm({
        niche: "short",
        offerings: "",
        website: "not a url",
        place: "Nowhereville Zzz",
        name: "Keep This Name",
      }),
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Niche needs at least 10 characters");
    expect(html).toContain("Add at least one entry to offerings");
    expect(html).toContain("Enter a web address like https://example.com");
    expect(html).toContain('value="Keep This Name"');
    expect(await prisma.business.count({ where: { ownerId: userId } })).toBe(0);
  });

  it("shows a problem with one entry of a list next to that list, and keeps every choice (without JavaScript)", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const response = await client.post(
      "/businesses/new",
      profileForm({
        offerings: `bouquets, ${"a very long offering ".repeat(4)}`,
        secondaryCategories: ["Xyzzy"],
        partnershipKinds: ["co-marketing"],
      }),
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toMatch(/Each entry in offerings can be at most 60 characters/);
    expect(html).toMatch(/Pick categories from the list \(“xyzzy”|Pick categories from the list \(“Xyzzy”/);
    // The secondary category typed and the kind ticked come back as they were sent.
    expect(html).toMatch(/value="Xyzzy"/);
    expect(html).toMatch(/value="co-marketing" checked=""|checked="" value="co-marketing"/);
    expect(html).not.toMatch(/value="referral-exchange" checked=""|checked="" value="referral-exchange"/);
    expect(await prisma.business.count({ where: { ownerId: userId } })).toBe(0);
  });

  it("answers a hand-made request (a field twice, a value off the list) in plain words", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const response = await client.post(
      "/businesses/new",
      profileForm({ name: ["Twice Named", "Named Twice"], capacity: "overbooked" }),
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Send this field once, as text");
    expect(html).toContain("Pick one of the options");
    expect(html).not.toContain("Expected string");
    expect(html).not.toContain("Invalid enum value");
    expect(await prisma.business.count({ where: { ownerId: userId } })).toBe(0);
  });

  it("reports an unknown place next to the place field", async () => {
    const { client } = await signUpThroughForm(app.client());
    const response = await client.post("/businesses/new", profileForm({ place: "Qqqxxyy, ZZ" }));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("pick a town or city from the list");
  });

  it("asks which Portland rather than picking one, keeping what was typed and saving nothing", async () => {
    const { client } = await signUpThroughForm(app.client());
    const before = await prisma.business.count();
    const response = await client.post(
      "/businesses/new",
      profileForm({ place: "Portland", name: "Which Portland Co" }),
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Several places are called Portland: pick one (Portland, OR, US · Portland, ME, US");
    expect(html).toContain('value="Which Portland Co"');
    expect(await prisma.business.count()).toBe(before);
  });

  it("creates a draft with normalised tags and a derived slug, resolved place, hidden from the public", async () => {
    const { client } = await signUpThroughForm(app.client());
    const id = await createProfile(client);
    const business = await prisma.business.findUniqueOrThrow({ where: { id } });
    expect(business.slug).toMatch(/^bloom-and-vine/);
    expect(JSON.parse(business.offerings)).toEqual(["bridal bouquets", "centrepieces"]);
    expect(business.city).toBe("Portland");
    expect(business.region).toBe("OR");
    expect(business.lat).toBeCloseTo(45.52, 1);
    expect(business.status).toBe("draft");
    expect((await app.client().get(`/b/${business.slug}`)).status).toBe(404);
    expect((await client.get(`/b/${business.slug}`)).status).toBe(200);
  });

  it("publishes: the profile appears in the directory, on its page (escaped, with OpenGraph) and in search", async () => {
    const { client } = await signUpThroughForm(app.client());
    const id = await createProfile(client, { name: "Published Petals Studio" });
    expect((await client.post(`/businesses/${id}/edit`, { intent: "publish" })).status).toBe(302);
    const { slug } = await prisma.business.findUniqueOrThrow({ where: { id } });
    const home = await (await app.client().get("/")).text();
    expect(home).toContain("Published Petals Studio");
    const page = await app.client().get(`/b/${slug}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('property="og:title" content="Published Petals Studio"');
    expect(html).not.toContain("<script>alert('x')</script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("hello@bloomvine.example.com");
    await drainOutbox();
    expect(await searchIds("Published Petals")).toContain(id);
  });

  it("hides members-only contact details from visitors, with a log-in link that comes back to the profile", async () => {
    const { client } = await signUpThroughForm(app.client());
    const id = await createProfile(client, { name: "Members Only Blooms", contactVisibility: "members" });
    expect((await client.post(`/businesses/${id}/edit`, { intent: "publish" })).status).toBe(302);
    const { slug } = await prisma.business.findUniqueOrThrow({ where: { id } });
    const visitor = await (await app.client().get(`/b/${slug}`)).text();
    expect(visitor).not.toContain("hello@bloomvine.example.com");
    expect(visitor).toContain(`href="/login?redirectTo=%2Fb%2F${slug}"`);
    expect(visitor).not.toContain("No contact details published.");
    expect(await (await client.get(`/b/${slug}`)).text()).toContain("hello@bloomvine.example.com");
  });

  it("says plainly when there are no contact details, and asks nobody to log in for nothing", async () => {
    const { client } = await signUpThroughForm(app.client());
    const id = await createProfile(client, {
      name: "Quiet Blooms",
      contactVisibility: "members",
      website: "",
      contactEmail: "",
    });
    expect((await client.post(`/businesses/${id}/edit`, { intent: "publish" })).status).toBe(302);
    const { slug } = await prisma.business.findUniqueOrThrow({ where: { id } });
    for (const [who, viewer] of [
      ["visitor", app.client()],
      ["owner", client],
    ] as const) {
      const html = (await (await viewer.get(`/b/${slug}`)).text()).replace(/<!-- -->/g, "");
      expect(html, who).toMatch(/<h2[^>]*>Contact<\/h2><p[^>]*>No contact details published\.<\/p>/);
      expect(html, who).not.toContain("to see contact details");
    }
  });

  it("edits: a changed name shows on the page and in search; a taken slug is refused", async () => {
    const { client } = await signUpThroughForm(app.client());
    const id = await createProfile(client, { name: "Original Name Florals" });
    await client.post(`/businesses/${id}/edit`, { intent: "publish" });
    const otherId = await createProfile(client, { name: "Other Shop Florals" });
    const { slug: otherSlug } = await prisma.business.findUniqueOrThrow({ where: { id: otherId } });

    const taken = await client.post(
      `/businesses/${id}/edit`,
      profileForm({ name: "Renamed Florals", slug: otherSlug }),
    );
    expect(taken.status).toBe(400);
    expect(await taken.text()).toContain("That address is taken");

    const saved = await client.post(
      `/businesses/${id}/edit`,
      profileForm({ name: "Renamed Florals", slug: "renamed-florals" }),
    );
    expect(saved.status).toBe(302);
    expect(await (await app.client().get("/b/renamed-florals")).text()).toContain("Renamed Florals");
    await drainOutbox();
    expect(await searchIds("Renamed Florals")).toContain(id);
    expect(await searchIds("Original Name Florals")).not.toContain(id);
  });

  it("unpublishes and deletes: gone from the page and the index", async () => {
    const { client } = await signUpThroughForm(app.client());
    const id = await createProfile(client, { name: "Short Lived Blooms" });
    await client.post(`/businesses/${id}/edit`, { intent: "publish" });
    await drainOutbox();
    expect(await searchIds("Short Lived Blooms")).toContain(id);
    const { slug } = await prisma.business.findUniqueOrThrow({ where: { id } });

    await client.post(`/businesses/${id}/edit`, { intent: "unpublish" });
    expect((await app.client().get(`/b/${slug}`)).status).toBe(404);
    await drainOutbox();
    expect(await searchIds("Short Lived Blooms")).not.toContain(id);

    const unconfirmed = await client.post(`/businesses/${id}/edit`, { intent: "delete", confirm: "nope" });
    expect(unconfirmed.status).toBe(400);
    // The delete section comes back open, so the refusal is seen without JavaScript too.
    expect(await unconfirmed.text()).toMatch(/<details class="card border-red-200" open="">/);
    expect(await prisma.business.count({ where: { id } })).toBe(1);
    expect((await client.post(`/businesses/${id}/edit`, { intent: "delete", confirm: slug })).status).toBe(302);
    expect(await prisma.business.count({ where: { id } })).toBe(0);
  });

  it("never sends the Meilisearch master key to the browser", async () => {
    const key = process.env.MEILI_MASTER_KEY!;
    expect(key.length).toBeGreaterThan(10);
    for (const path of ["/", "/search?q=flowers", "/resources/search-suggest?q=flo", "/login"]) {
      const body = await (await app.client().get(path)).text();
      expect(body, path).not.toContain(key);
    }
    // Nor on a command line, which any local user can list: the key goes to Meilisearch in its environment.
    const commandLines = readdirSync("/proc")
      .filter((entry) => /^\d+$/.test(entry))
      .map((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, "utf8");
        } catch {
          return "";
        }
      });
    expect(commandLines.some((line) => line.includes("meilisearch"))).toBe(true);
    expect(commandLines.filter((line) => line.includes(key))).toEqual([]);
  });

  it("gives a 404 page for an unknown slug", async () => {
    const response = await app.client().get("/b/no-such-business-here");
    expect(response.status).toBe(404);
    // The browser tab says so too.
    expect(await response.text()).toContain("<title>Page not found · Mutualist</title>");
  });
});

describe("the business form, whose page does not carry the taxonomy", () => {
  it("lists every category name and shows the saved category's suggestions, from the server", async () => {
    const { client } = await signUpThroughForm(app.client());
    const blank = await (await client.get("/businesses/new")).text();
    const list = /<datalist id="category-names">([\s\S]*?)<\/datalist>/.exec(blank)?.[1] ?? "";
    expect(list.match(/<option /g)?.length).toBe(CATEGORIES.length);
    expect(blank).not.toContain('aria-label="Suggested offerings"');

    const id = await createProfile(client, { offerings: "something else entirely" });
    const edit = await (await client.get(`/businesses/${id}/edit`)).text();
    const suggested = /aria-label="Suggested offerings"[\s\S]*?<\/div>/.exec(edit)?.[0] ?? "";
    expect(suggested).toContain(category.offerings[0]!.toLowerCase());
  });

  it("answers what a typed label names, with the category's usual tags", async () => {
    const alias = category.aliases[0]!;
    const answer = await app.client().get(`/resources/categories?label=${encodeURIComponent(alias.toUpperCase())}`);
    expect(answer.headers.get("cache-control")).toMatch(/max-age/);
    const body = await answer.json();
    expect(body).toMatchObject({ slug: category.slug, name: category.name });
    expect(body.suggestions.offerings).toContain(category.offerings[0]!.toLowerCase());
    expect(await (await app.client().get("/resources/categories?label=no+such+trade")).json()).toEqual({ slug: null });
    // The search-as-you-type answer is unchanged.
    const search = await (
      await app.client().get(`/resources/categories?q=${encodeURIComponent(category.name)}`)
    ).json();
    expect(search[0]).toMatchObject({ slug: category.slug, name: category.name });
  });

  it("still refuses an unknown category on the server, whatever the browser let through", async () => {
    const { client } = await signUpThroughForm(app.client());
    const response = await client.post("/businesses/new", profileForm({ primaryCategory: "Flowr Shopp" }));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Pick a category from the list");
  });
});

describe("authorisation", () => {
  it("lets only the owner edit, publish, unpublish or delete", async () => {
    const { client: owner } = await signUpThroughForm(app.client());
    const id = await createProfile(owner, { name: "Owner Only Florals" });
    const { client: intruder } = await signUpThroughForm(app.client());

    expect((await intruder.get(`/businesses/${id}/edit`)).status).toBe(403);
    const attempts: Record<string, string | string[]>[] = [
      profileForm({ name: "Hijacked" }),
      { intent: "publish" },
      { intent: "unpublish" },
      { intent: "delete", confirm: "x" },
    ];
    for (const form of attempts) {
      const response = await intruder.post(`/businesses/${id}/edit`, form);
      expect(response.status).toBe(403);
    }
    const anonymous = await app.client().post(`/businesses/${id}/edit`, { intent: "publish" });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toMatch(/^\/login/);

    const row = await prisma.business.findUniqueOrThrow({ where: { id } });
    expect(row.name).toBe("Owner Only Florals");
    expect(row.status).toBe("draft");
  });
});

describe("account deletion", () => {
  it("needs confirmation, then removes the account, its sessions, its businesses and their index entries", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    // With no business yet, the warning says only what will go.
    const empty = await (await client.get("/account")).text();
    expect(empty).toContain("This permanently deletes your account. It cannot be undone.");
    expect(empty).not.toContain("your 0 businesses");
    const id = await createProfile(client, { name: "Farewell Florals" });
    await client.post(`/businesses/${id}/edit`, { intent: "publish" });
    await drainOutbox();
    expect(await searchIds("Farewell Florals")).toContain(id);
    expect(await (await client.get("/account")).text()).toContain(
      "This permanently deletes your account and your business, and removes it from the directory and search.",
    );

    const unconfirmed = await client.post("/account", {
      intent: "delete-account",
      password: TEST_PASSWORD,
      confirm: "",
    });
    expect(unconfirmed.status).toBe(400);
    expect(await prisma.user.count({ where: { id: userId } })).toBe(1);

    const deleted = await client.post("/account", {
      intent: "delete-account",
      password: TEST_PASSWORD,
      confirm: "DELETE",
    });
    expect(deleted.status).toBe(302);
    expect(await prisma.user.count({ where: { id: userId } })).toBe(0);
    expect(await prisma.session.count({ where: { userId } })).toBe(0);
    expect(await prisma.business.count({ where: { ownerId: userId } })).toBe(0);
    await drainOutbox();
    expect(await searchIds("Farewell Florals")).not.toContain(id);
  });
});
