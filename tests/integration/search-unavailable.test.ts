import { afterAll, beforeAll, expect, it } from "vitest";
import { createBusiness, publishBusiness } from "#app/models/businesses.server";
import { DEMO_CITIES, makeBusinessInput, seededRandom } from "#prisma/factories";
import { findFreePort } from "#search/meili-server";
import { signUpThroughForm } from "#tests/helpers/accounts";
import { startTestApp } from "#tests/helpers/app";

/** With Meilisearch unreachable the search page explains, with a 503, instead of crashing. */
let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  // A port nothing listens on: the app's own module graph reads this on its first request.
  process.env.MEILI_URL = `http://127.0.0.1:${await findFreePort(7990)}`;
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

it("shows 'Search is temporarily unavailable' with status 503, and keeps the form", async () => {
  const response = await app.client().get("/search?q=florist&category=florist");
  expect(response.status).toBe(503);
  const html = await response.text();
  expect(html).toContain("Search is temporarily unavailable");
  expect(html).toContain('value="florist"');
  // The ticked category is kept for the next try.
  expect(html).toContain('<input type="hidden" name="category" value="florist"/>');
  expect(html).toContain('action="/search"');
});

it("answers suggestions with an empty list", async () => {
  const response = await app.client().get("/resources/search-suggest?q=florist");
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual([]);
});

it("answers partner suggestions with 'temporarily unavailable': 503 for the JSON, an alert on the page", async () => {
  const { client, userId } = await signUpThroughForm(app.client());
  const created = await createBusiness(userId, makeBusinessInput(seededRandom(7), "florist", DEMO_CITIES[0]!));
  if (!created.ok) throw new Error("create failed");
  await publishBusiness(created.business.id);
  const json = await client.get(`/resources/partners/${created.business.id}`);
  expect(json.status).toBe(503);
  expect(await json.json()).toEqual({
    error: "Suggestions are temporarily unavailable. Try again in a minute.",
    partners: [],
  });
  const page = await client.get(`/businesses/${created.business.id}/partners?tab=overflow`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("Suggestions are temporarily unavailable");
});
