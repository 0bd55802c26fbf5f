import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY_MS, expiresAtFor, pairKey } from "#app/domain/partnership";
import { createBusiness, publishBusiness } from "#app/models/businesses.server";
import { runImport } from "#app/models/imports/run-import.server";
import { drainOutbox } from "#app/models/search-sync.server";
import { prisma } from "#app/utils/db.server";
import { DEMO_CITIES, makeBusinessInput, seededRandom } from "#prisma/factories";
import { businessIndexName, ensureIndex } from "#search/index";
import { signUpThroughForm } from "#tests/helpers/accounts";
import { startTestApp } from "#tests/helpers/app";

/**
 * The suggestion cards say how the owner's business stands with each one (the partnership rows
 * are read while Meilisearch works, decision 011) and which listings nobody runs yet.
 */
let app: Awaited<ReturnType<typeof startTestApp>>;
const random = seededRandom(31);
const portland = DEMO_CITIES[0]!;

async function add(ownerId: string, category: string, name: string) {
  const result = await createBusiness(ownerId, makeBusinessInput(random, category, portland, { name }));
  if (!result.ok) throw new Error("create failed");
  await publishBusiness(result.business.id);
  return result.business.id;
}

async function partnership(fromId: string, toId: string, status: string, respondedAt: Date | null = null) {
  const now = new Date();
  const open = status === "requested" || status === "accepted";
  await prisma.partnership.create({
    data: {
      fromBusinessId: fromId,
      toBusinessId: toId,
      pairKey: pairKey(fromId, toId),
      openPairKey: open ? pairKey(fromId, toId) : null,
      kind: "referrals",
      forThem: "Couples who book my flowers ask me for a planner every week.",
      horizon: "long-term",
      status,
      expiresAt: expiresAtFor(now),
      respondedAt,
    },
  });
}

beforeAll(async () => {
  await ensureIndex(businessIndexName());
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

describe("suggestion cards and how the business stands with each", () => {
  it("show a request either way and an unclaimed listing, and leave out a partner and a recent decline, on the page and the JSON route", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const mine = await add(userId, "florist", "Pair Petals");
    const other = await prisma.user.create({ data: { email: "pair-states-other@example.com", passwordHash: "!" } });
    const asked = await add(other.id, "wedding-planner", "Pair Planners");
    const asking = await add(other.id, "caterer", "Pair Catering");
    const partners = await add(other.id, "wedding-photographer", "Pair Photos");
    const declined = await add(other.id, "dj", "Pair Beats");
    const place = `Portland,OR,US,${portland.lat},${portland.lng}`;
    const organiser = await prisma.user.create({ data: { email: "pair-states-org@example.com", passwordHash: "!" } });
    const summary = await runImport({
      ownerId: organiser.id,
      fileName: "members.csv",
      format: "csv",
      text: ["ref,name,categories,city,region,country,lat,lng", `P-1,Pair Cakes,Wedding Cakes,${place}`, ""].join(
        "\r\n",
      ),
    });
    expect(summary.createdCount).toBe(1);
    await drainOutbox();
    const cakes = (await prisma.business.findFirstOrThrow({ where: { externalRef: "P-1" }, select: { id: true } })).id;
    await partnership(mine, asked, "requested");
    await partnership(asking, mine, "requested");
    await partnership(mine, partners, "accepted", new Date());
    await partnership(mine, declined, "declined", new Date(Date.now() - 10 * DAY_MS));

    const response = await client.get(`/resources/partners/${mine}?shown=30`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { partners: { id: string }[] };
    const shown = body.partners.map((partner) => partner.id);
    expect(shown).toEqual(expect.arrayContaining([asked, asking, cakes]));
    // Suggestions are for partners still to find: a partner is in the circle, and a declined pair
    // cannot ask again for 90 days.
    expect(shown).not.toContain(partners);
    expect(shown).not.toContain(declined);

    const page = await (await client.get(`/businesses/${mine}/partners?shown=30`)).text();
    const card = (id: string) => {
      const start = page.indexOf(`data-partner="${id}"`);
      expect(start).toBeGreaterThan(-1);
      // Up to the next card, or the end of the list.
      const next = page.indexOf("data-partner=", start + 1);
      return page.slice(start, next > -1 ? next : page.indexOf("</ol>", start));
    };
    expect(card(asked)).toContain('data-pair-state="request-sent"');
    expect(card(asking)).toContain('data-pair-state="request-received"');
    expect(page).not.toContain(`data-partner="${partners}"`);
    expect(page).not.toContain(`data-partner="${declined}"`);
    expect(card(cakes)).toContain("Nobody runs this listing yet");
    expect(card(asked)).not.toContain("Nobody runs this listing yet");
  });
});
