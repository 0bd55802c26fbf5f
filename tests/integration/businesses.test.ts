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
    expect(html).toContain("Add at least one thing you offer");
    expect(html).toContain("Enter a web address like https://example.com");
    // The place is checked in the same answer, not only once the rest is right.
    expect(html).toContain("We don&#x27;t know that place");
    expect(html).toContain('value="Keep This Name"');
    expect(await prisma.business.count({ where: { ownerId: userId } })).toBe(0);
  });

  it("shows a problem with one entry of a list next to that list, and keeps every choice (without JavaScript)", async () => {
    const { client } = await signUpThroughForm(app.client());
    const id = await createProfile(client, { name: "Unchanged Florals" });
    const response = await client.post(
      `/businesses/${id}/edit`,
      profileForm({
        name: "Changed Florals",
        offerings: `bouquets, ${"a very long offering ".repeat(4)}`,
        targetCustomers: Array.from({ length: 21 }, (_, i) => `customer ${i}`).join(", "),
        secondaryCategories: ["Xyzzy"],
        partnershipKinds: ["co-marketing"],
      }),
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    // Each list is named in the form's words, not by its field ("offerings", "target customers").
    expect(html).toMatch(/Each thing you offer can be at most 60 characters/);
    expect(html).toContain("List at most 20 kinds of customer you serve");
    expect(html).toMatch(/Pick categories from the list \(“xyzzy”|Pick categories from the list \(“Xyzzy”/);
    // The secondary category typed and the kind ticked come back as they were sent.
    expect(html).toMatch(/value="Xyzzy"/);
    expect(html).toMatch(/value="co-marketing" checked=""|checked="" value="co-marketing"/);
    expect(html).not.toMatch(/value="referral-exchange" checked=""|checked="" value="referral-exchange"/);
    expect((await prisma.business.findUniqueOrThrow({ where: { id } })).name).toBe("Unchanged Florals");
  });

  it("gives empty list inputs back empty after a refused save (without JavaScript), so the next save goes through", async () => {
    const { client } = await signUpThroughForm(app.client());
    const id = await createProfile(client, { name: "Empty Lists Florals" });
    const form = profileForm({ name: "Empty Lists Florals", niche: "", secondaryCategories: ["", "", ""] });
    const refused = await client.post(`/businesses/${id}/edit`, form);
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toMatch(/id="[^"]*niche[^"]*"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*name="niche"/);
    expect(html).not.toContain('value="undefined"');
    // The form as the browser would send it again, with the niche now filled in: saved.
    const again = await client.post(`/businesses/${id}/edit`, { ...form, niche: "Garden-style wedding flowers" });
    expect(again.status).toBe(302);
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

  it("asks which Portland with the other fields' errors, a button per town that sends the form again with it", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const typed = { intent: "publish", place: "Portland", name: "Which Portland Co", niche: "short" };
    const response = await client.post("/businesses/new", profileForm(typed));
    expect(response.status).toBe(400);
    const html = (await response.text()).replace(/<!-- -->/g, "");
    // One answer says both: the niche is too short, and which Portland.
    expect(html).toContain("Niche needs at least 10 characters");
    expect(html).toContain("Several places are called Portland: pick one");
    expect(html).toContain('value="Which Portland Co"');
    const form = html.slice(html.indexOf('id="business"'), html.indexOf("</form>", html.indexOf('id="business"')));
    const choices = [...form.matchAll(/<button(?=[^>]*name="placeChoice")[^>]*value="(\d+)"[^>]*>([^<]+)<\/button>/g)];
    expect(choices.map((choice) => choice[2]).slice(0, 2)).toEqual(["Portland, Oregon", "Portland, Maine"]);
    // Enter in a field still presses "Publish": the form's first submit button is a hidden copy of it.
    expect(/<button[^>]*type="submit"[^>]*>/.exec(form)?.[0]).toMatch(/name="intent" value="publish"/);
    // Without JavaScript a choice sends again the button pressed (a hidden intent after the buttons).
    expect(form.lastIndexOf('name="intent"')).toBeGreaterThan(form.indexOf("Save as draft"));
    expect(form.slice(form.lastIndexOf("<input"))).toMatch(/name="intent" value="publish"/);
    expect(await prisma.business.count({ where: { ownerId: userId } })).toBe(0);

    // "Portland, Maine", pressed without JavaScript: the form again, with that place and all else kept.
    const maine = choices[1]![1]!;
    const picked = await client.post("/businesses/new", profileForm({ ...typed, placeChoice: maine }));
    expect(picked.status).toBe(400);
    const again = (await picked.text()).replace(/<!-- -->/g, "");
    expect(again).not.toContain("Several places are called");
    expect(again).toContain("Niche needs at least 10 characters");
    expect(again).toMatch(/name="place"[^>]*value="Portland, ME, US"|value="Portland, ME, US"[^>]*name="place"/);
    expect(again).toMatch(new RegExp(`name="placeId" value="${maine}"`));
    expect(again).toContain('value="Which Portland Co"');
    expect(again).toContain('value="short"');

    // With the niche fixed, the same press publishes the business in Maine.
    const published = await client.post(
      "/businesses/new",
      profileForm({ ...typed, niche: "Garden-style wedding flowers for small venues", placeChoice: maine }),
    );
    expect(published.status).toBe(302);
    expect(published.headers.get("location")).toMatch(/\/partners\?welcome=1/);
    const business = await prisma.business.findFirstOrThrow({ where: { ownerId: userId } });
    expect([business.city, business.region, business.placeId, business.status]).toEqual([
      "Portland",
      "ME",
      Number(maine),
      "published",
    ]);
  });

  it("tells apart towns that share a whole label, and keeps the one picked through later saves", async () => {
    const { client } = await signUpThroughForm(app.client());
    const response = await client.post("/businesses/new", profileForm({ place: "Midway, FL, US" }));
    expect(response.status).toBe(400);
    const html = (await response.text()).replace(/<!-- -->/g, "");
    expect(html).toContain("Several places are called Midway, FL, US: pick one");
    const choices = [...html.matchAll(/<button(?=[^>]*name="placeChoice")[^>]*value="(\d+)"[^>]*>([^<]+)<\/button>/g)];
    expect(choices.length).toBeGreaterThanOrEqual(2);
    const names = choices.map((choice) => choice[2]);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toMatch(/^Midway, Florida \(population [\d,]+\)$/);

    // The field as the picker would leave it, with the second town's id beside it.
    const second = choices[1]![1]!;
    const id = await createProfile(client, { place: "Midway, FL, US", placeId: second });
    expect((await prisma.business.findUniqueOrThrow({ where: { id } })).placeId).toBe(Number(second));
    // The edit page carries the id, so saving the label again keeps that town.
    const edit = await (await client.get(`/businesses/${id}/edit`)).text();
    expect(edit).toMatch(new RegExp(`name="placeId" value="${second}"`));
    const saved = await client.post(
      `/businesses/${id}/edit`,
      profileForm({ place: "Midway, FL, US", placeId: second }),
    );
    expect(saved.status).toBe(302);
    expect((await prisma.business.findUniqueOrThrow({ where: { id } })).placeId).toBe(Number(second));
    // An id that no longer matches the field (the owner typed another town) is not used.
    const moved = await client.post(`/businesses/${id}/edit`, profileForm({ place: "Tacoma", placeId: second }));
    expect(moved.status).toBe(302);
    expect((await prisma.business.findUniqueOrThrow({ where: { id } })).city).toBe("Tacoma");
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

/** Only what step 1 (/businesses/new) asks. */
function stepOneForm(intent: string, overrides: Record<string, string> = {}) {
  return {
    intent,
    name: "Stem & Petal",
    primaryCategory: category.name,
    niche: "Seasonal flowers for small weddings",
    place: "Portland, OR, US",
    radiusKm: "25",
    targetCustomers: "engaged couples",
    customerProblems: "",
    offerings: "bouquets, buttonholes",
    ...overrides,
  };
}

describe("the short first form", () => {
  it("asks only what matching needs, with the required fields said in the label and marked required", async () => {
    const { client } = await signUpThroughForm(app.client());
    const html = (await (await client.get("/businesses/new")).text()).replace(/<!-- -->/g, "");
    for (const name of ["name", "primaryCategory", "niche", "place", "offerings"]) {
      const input = new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0] ?? "";
      expect(input, name).toMatch(/ required=""/);
      expect(input, name).toMatch(/aria-required="true"/);
      const id = /id="([^"]+)"/.exec(input)?.[1];
      expect(html, name).toMatch(new RegExp(`<label[^>]*for="${id}"[^>]*>[^<]*<span[^>]*> \\(required\\)`));
    }
    for (const name of ["targetCustomers", "customerProblems"]) {
      const input = new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0] ?? "";
      expect(input, name).not.toMatch(/ required=""/);
    }
    expect(html).toContain("(optional)");
    // Step 2's fields are not on step 1, and no placeholder looks like an answer.
    for (const name of ["slug", "description", "capacity", "horizon", "contactEmail", "secondaryCategories"]) {
      expect(html, name).not.toContain(`name="${name}"`);
    }
    const form = /<form[^>]*id="business"[\s\S]*?<\/form>/.exec(html)?.[0] ?? "";
    expect(form).toContain('name="offerings"');
    expect(form).not.toContain("placeholder=");
    expect(html).toMatch(/<button[^>]*value="publish"[^>]*>Publish and see partners</);
    expect(html).toMatch(/<button[^>]*value="save"[^>]*>Save as draft</);
    expect(html).toMatch(/<button[^>]*value="preview"[^>]*>Preview</);
  });

  it("publishes from the form in one go: published, queued for search, and on to the first suggestions", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const response = await client.post("/businesses/new", stepOneForm("publish"));
    expect(response.status).toBe(302);
    const location = response.headers.get("location") ?? "";
    const id = /^\/businesses\/([^/]+)\/partners\?welcome=1$/.exec(location)?.[1];
    expect(id, location).toBeTruthy();
    const business = await prisma.business.findUniqueOrThrow({ where: { id } });
    expect(business).toMatchObject({ ownerId: userId, status: "published", capacity: "none", horizon: "either" });
    expect(business.publishedAt).toBeInstanceOf(Date);
    expect(business.slug).toMatch(/^stem-and-petal/);
    expect(await prisma.searchOutbox.count({ where: { businessId: id, processedAt: null } })).toBe(1);

    const welcome = await (await client.get(location)).text();
    expect(welcome).toContain("Published. Here are your first suggested partners.");
    expect(welcome).toContain("Improve your matches (optional)");
    expect(welcome).toContain(`href="/businesses/${id}/details"`);
    await drainOutbox();
    expect(await searchIds("Stem Petal")).toContain(id);
  });

  it("saves a draft from the first step, out of the directory", async () => {
    const { client } = await signUpThroughForm(app.client());
    const response = await client.post("/businesses/new", stepOneForm("save", { name: "Draft Only Blooms" }));
    expect(response.status).toBe(302);
    const id = /\/businesses\/([^/]+)\/edit\?saved=created/.exec(response.headers.get("location") ?? "")?.[1];
    const business = await prisma.business.findUniqueOrThrow({ where: { id } });
    expect(business.status).toBe("draft");
    expect(business.publishedAt).toBeNull();
    const edit = await (await client.get(`/businesses/${id}/edit`)).text();
    expect(edit).toMatch(/<button[^>]*value="save-and-publish"[^>]*>Save and publish</);
  });

  it("previews the public page from the answers without saving anything, the answers kept", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const before = await prisma.searchOutbox.count();
    const response = await client.post(
      "/businesses/new",
      stepOneForm("preview", { name: "Preview <b>Petals</b>", offerings: "bridal bouquets" }),
    );
    expect(response.status).toBe(200);
    const html = (await response.text()).replace(/<!-- -->/g, "");
    expect(html).toContain("Preview: how your public page will look");
    // The category's name comes from the server; the name is escaped; the input is still in the form.
    const preview = /<section aria-labelledby="preview-heading"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
    expect(preview).toContain(category.name.replace(/&/g, "&amp;"));
    expect(preview).toContain("Preview &lt;b&gt;Petals&lt;/b&gt;");
    expect(preview).toContain("bridal bouquets");
    expect(preview).toContain("Portland, OR, US · within 25 km");
    expect(html).toMatch(
      /name="name"[^>]*value="Preview &lt;b&gt;Petals&lt;\/b&gt;"|value="Preview &lt;b&gt;Petals&lt;\/b&gt;"[^>]*name="name"/,
    );
    expect(await prisma.business.count({ where: { ownerId: userId } })).toBe(0);
    expect(await prisma.searchOutbox.count()).toBe(before);
  });

  it("refuses a preview or a publish with errors next to the fields, focus on the first, input kept, nothing saved", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    for (const intent of ["preview", "publish"]) {
      const response = await client.post(
        "/businesses/new",
        stepOneForm(intent, { niche: "Flowers", offerings: "", name: "Kept Name Florals" }),
      );
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).not.toContain("Preview: how your public page will look");
      expect(html).toContain("Niche needs at least 10 characters");
      expect(html).toContain("Add at least one thing you offer");
      expect(html).toContain('value="Kept Name Florals"');
      // The first refused field (the niche comes before the offerings) has the focus without JavaScript.
      const autofocused = html.match(/<input[^>]*autofocus=""[^>]*>/g) ?? [];
      expect(autofocused).toHaveLength(1);
      expect(autofocused[0]).toContain('name="niche"');
    }
    expect(await prisma.business.count({ where: { ownerId: userId } })).toBe(0);
  });

  it("saves the optional second step without losing the first, and returns to the suggestions", async () => {
    const { client } = await signUpThroughForm(app.client());
    const created = await client.post("/businesses/new", stepOneForm("publish", { name: "Two Step Florals" }));
    const id = /\/businesses\/([^/]+)\/partners/.exec(created.headers.get("location") ?? "")![1]!;
    const page = await (await client.get(`/businesses/${id}/details`)).text();
    expect(page).toContain("Improve your matches (optional)");
    expect(page).toContain("How this helps:");
    expect(page).toContain("I have room for more work");
    expect(page).toContain("A lasting partnership");
    // Step 1's answers ride along, hidden.
    const hidden = Object.fromEntries(
      [...page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((match) => [match[1], match[2]]),
    );
    expect(hidden).toMatchObject({ name: "Two Step Florals", offerings: "bouquets, buttonholes" });
    // So does the place's gazetteer id, so the same town is saved again.
    expect(hidden.placeId).toMatch(/^\d+$/);
    // Team size and founding year are about the business, not ways to contact it.
    // A group of the form: from its legend to the next group's.
    const group = (legend: string) => {
      const from = page.indexOf(`>${legend}</legend>`);
      const next = page.indexOf('<legend class="px-1', from);
      return page.slice(from, next === -1 ? page.indexOf("</form>", from) : next);
    };
    expect(group("More about your business")).toMatch(/Team size[\s\S]*Year founded/);
    expect(group("Contact details")).toContain("Website");
    expect(group("Contact details")).not.toMatch(/Team size|Year founded/);

    const saved = await client.post(`/businesses/${id}/details`, {
      ...hidden,
      place: "Portland, OR, US",
      intent: "save",
      capacity: "spare-capacity",
      horizon: "long-term",
      wantsFromPartners: "wedding photographers",
      partnershipKinds: ["referral-exchange"],
      contactVisibility: "public",
      contactEmail: "hello@twostep.example.com",
    });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe(`/businesses/${id}/partners?saved=details`);
    const business = await prisma.business.findUniqueOrThrow({ where: { id } });
    expect(business).toMatchObject({
      name: "Two Step Florals",
      status: "published",
      capacity: "spare-capacity",
      horizon: "long-term",
      wantsFromPartners: "wedding photographers",
      contactEmail: "hello@twostep.example.com",
    });
    expect(JSON.parse(business.offerings)).toEqual(["bouquets", "buttonholes"]);

    const refused = await client.post(`/businesses/${id}/details`, { ...hidden, intent: "save", contactEmail: "nope" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('value="nope"');
  });

  it("refuses to write a page opened before a newer save over it, keeping the answers, until saved again", async () => {
    const { client } = await signUpThroughForm(app.client());
    const id = await createProfile(client, { name: "Two Tabs Florals" });
    const versionOn = async (path: string) =>
      /<input type="hidden" name="version" value="([^"]+)"/.exec(await (await client.get(path)).text())![1]!;
    // Two tabs open: step 2 and the edit page.
    const stepTwo = await versionOn(`/businesses/${id}/details`);
    const edit = await versionOn(`/businesses/${id}/edit`);
    expect(edit).toBe(stepTwo);
    // The edit tab renames the business first.
    const renamed = await client.post(
      `/businesses/${id}/edit`,
      profileForm({ name: "Renamed Florals", version: edit }),
    );
    expect(renamed.status).toBe(302);
    // The step-2 tab still holds the old name among its answers: refused, nothing written back.
    const stale = await client.post(
      `/businesses/${id}/edit`,
      profileForm({ name: "Two Tabs Florals", wantsFromPartners: "wedding planners", version: stepTwo }),
    );
    expect(stale.status).toBe(400);
    const page = await stale.text();
    expect(page).toContain("changed in another tab or window since you opened this page");
    expect(page).toContain("wedding planners</textarea>");
    expect(await prisma.business.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "Renamed Florals",
      wantsFromPartners: "",
    });
    // The answer carries the current version: saving again is the owner's choice, and goes through.
    const current = /<input type="hidden" name="version" value="([^"]+)"/.exec(page)![1]!;
    expect(current).not.toBe(stepTwo);
    const again = await client.post(
      `/businesses/${id}/edit`,
      profileForm({ name: "Two Tabs Florals", wantsFromPartners: "wedding planners", version: current }),
    );
    expect(again.status).toBe(302);
    expect((await prisma.business.findUniqueOrThrow({ where: { id } })).wantsFromPartners).toBe("wedding planners");
  });

  it("saves and publishes a draft from the edit form in one step", async () => {
    const { client } = await signUpThroughForm(app.client());
    const id = await createProfile(client, { name: "Edit Then Publish" });
    const before = await prisma.searchOutbox.count({ where: { businessId: id } });
    const response = await client.post(
      `/businesses/${id}/edit`,
      profileForm({ intent: "save-and-publish", name: "Edited And Published" }),
    );
    expect(response.status).toBe(302);
    expect(await prisma.business.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "Edited And Published",
      status: "published",
    });
    expect(await prisma.searchOutbox.count({ where: { businessId: id } })).toBe(before + 1);
    const preview = await client.post(`/businesses/${id}/edit`, profileForm({ intent: "preview", name: "Not Saved" }));
    expect(preview.status).toBe(200);
    expect(await preview.text()).toContain("Preview: how your public page will look");
    expect((await prisma.business.findUniqueOrThrow({ where: { id } })).name).toBe("Edited And Published");
  });
});

describe("the business form, whose page does not carry the taxonomy", () => {
  it("lists every category name and shows the saved category's suggestions, from the server", async () => {
    const { client } = await signUpThroughForm(app.client());
    const blank = await (await client.get("/businesses/new")).text();
    const list = /<datalist id="category-names">([\s\S]*?)<\/datalist>/.exec(blank)?.[1] ?? "";
    expect(list.match(/<option /g)?.length).toBe(CATEGORIES.length);
    expect(blank).not.toContain('aria-label="Suggested products and services"');

    const id = await createProfile(client, { offerings: "something else entirely" });
    const edit = await (await client.get(`/businesses/${id}/edit`)).text();
    const suggested = /aria-label="Suggested products and services"[\s\S]*?<\/div>/.exec(edit)?.[0] ?? "";
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
  it("lets only the owner edit, fill in step 2, publish, unpublish or delete", async () => {
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
    // Step 2 the same: another owner is refused, a visitor is sent to log in, nothing is written.
    expect((await intruder.get(`/businesses/${id}/details`)).status).toBe(403);
    expect((await intruder.post(`/businesses/${id}/details`, profileForm({ name: "Hijacked" }))).status).toBe(403);
    for (const response of [
      await app.client().get(`/businesses/${id}/details`),
      await app.client().post(`/businesses/${id}/details`, profileForm({ name: "Hijacked" })),
    ]) {
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toMatch(/^\/login/);
    }

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

describe("the business as the suggestion routes read it (raw SQL, decision 011)", () => {
  it("is the same profile as Prisma's model query, every column filled", async () => {
    const { createBusiness, getBusinessById, toProfile } = await import("#app/models/businesses.server");
    const { DEMO_CITIES, makeBusinessInput, seededRandom } = await import("#prisma/factories");
    const owner = await prisma.user.create({ data: { email: "raw-row@example.com", passwordHash: "!" } });
    const saved = await createBusiness(
      owner.id,
      makeBusinessInput(seededRandom(5), "florist", DEMO_CITIES[0]!, {
        description: "Seasonal flowers.",
        contactEmail: "raw@example.com",
        contactPhone: "+1 555 0100",
        radiusKm: 40,
        servesRemotely: true,
        teamSize: "2-9",
        yearFounded: 2011,
        secondaryCategories: ["event-decorator"],
        partnershipKinds: ["referral-exchange"],
        capacity: "booked-out",
      }),
      { publish: true },
    );
    if (!saved.ok) throw new Error("not saved");
    const id = saved.business.id;
    await prisma.business.update({ where: { id }, data: { logoKey: "abc123", claimed: false } });
    const model = toProfile(await prisma.business.findUniqueOrThrow({ where: { id } }));
    const raw = await getBusinessById(id);
    expect(raw).toEqual(model);
    // Dates and booleans keep their types (toEqual would not tell a string from a Date otherwise).
    expect(raw!.updatedAt).toBeInstanceOf(Date);
    expect(raw!.servesRemotely).toBe(true);
    expect(raw!.claimed).toBe(false);
    expect(await getBusinessById("no-such-id")).toBeNull();
  });
});
