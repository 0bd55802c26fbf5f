import { afterAll, beforeAll, expect, it } from "vitest";
import { parseImportText } from "#app/domain/import-parse";
import { CATEGORIES } from "#app/domain/taxonomy";
import { prisma } from "#app/utils/db.server";
import { signUpThroughForm } from "#tests/helpers/accounts";
import { startTestApp } from "#tests/helpers/app";

/** Control characters in what people type (docs/decisions/020-control-characters.md), end to end. */
let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const NUL = "\u0000";
const ESC = "\u001b";
const RLO = "\u202e";
// eslint-disable-next-line no-control-regex -- what must not appear
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function profileForm(overrides: Record<string, string>) {
  return {
    intent: "save",
    name: "Blüte Café",
    niche: "Garden-style wedding flowers for small venues",
    primaryCategory: CATEGORIES[0]!.name,
    offerings: "bridal bouquets",
    place: "Portland, OR, US",
    radiusKm: "30",
    contactVisibility: "public",
    ...overrides,
  };
}

it("refuses a name with a right-to-left override, with the message next to the name, and saves nothing", async () => {
  const { client, userId } = await signUpThroughForm(app.client());
  const response = await client.post("/businesses/new", profileForm({ name: `Bloom ${RLO}gpj.exe` }));
  expect(response.status).toBe(400);
  const html = await response.text();
  expect(html).toMatch(
    /id="[^"]*name-error"[^>]*>Name contains a hidden character that changes the direction of the text \(U\+202E\)/,
  );
  expect(await prisma.business.count({ where: { ownerId: userId } })).toBe(0);
});

it("strips NUL and ESC from a business, so its page title, profile and the directory export are clean", async () => {
  const { client } = await signUpThroughForm(app.client());
  const created = await client.post(
    "/businesses/new",
    profileForm({
      name: `Blüte${NUL} Café ${ESC}[31m🌸`,
      niche: `Garden-style${ESC} wedding flowers for small venues`,
      description: `We grow our own.${NUL}\r\nSince 1999 👩\u200d👩\u200d👧`,
      offerings: `bridal${ESC} bouquets, centre${NUL}pieces`,
    }),
  );
  expect(created.status).toBe(302);
  const id = /\/businesses\/([^/]+)\/edit/.exec(created.headers.get("location") ?? "")![1]!;
  expect((await client.post(`/businesses/${id}/edit`, { intent: "publish" })).status).toBe(302);
  const stored = await prisma.business.findUniqueOrThrow({ where: { id } });
  expect(stored.name).toBe("Blüte Café [31m🌸");
  expect(stored.description).toBe("We grow our own.\nSince 1999 👩\u200d👩\u200d👧");

  const page = await app.client().get(`/b/${stored.slug}`);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain("<title>Blüte Café [31m🌸 · Mutualist</title>");
  expect(html).toContain("Since 1999 👩\u200d👩\u200d👧");
  expect(html).toContain("centrepieces");
  expect(html).not.toMatch(CONTROL);

  const exported = await app.client().get("/directory/export?format=csv");
  expect(exported.status).toBe(200);
  const csv = await exported.text();
  expect(csv.replace(/\r\n/g, "")).not.toMatch(CONTROL);
  const record = parseImportText(csv, "csv").records.find((row) => row.values.name === stored.name);
  expect(record?.values.description).toBe(stored.description);
});
