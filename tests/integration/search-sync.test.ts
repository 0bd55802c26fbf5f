import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBusiness, publishBusiness } from "#app/models/businesses.server";
import { prisma } from "#app/utils/db.server";
import { resetEnvCache } from "#app/utils/env.server";
import { DEMO_CITIES, makeBusinessInput, seededRandom } from "#prisma/factories";
import { compareIndexWithDatabase, differenceCount } from "#app/models/search-check.server";
import { rebuildIndex } from "#app/models/search-index.server";
import { enqueueSearchSync } from "#app/models/search-outbox.server";
import {
  claimSearchRows,
  drainOutbox,
  drainOutboxOnce,
  pendingOutboxCount,
  SEARCH_SYNC_LEASE_MS,
} from "#app/models/search-sync.server";
import {
  businessIndexName,
  businessIndexSettings,
  ensureIndex,
  getBusinessIndex,
  getSearchClient,
  quoteFilterValue,
} from "#search/index";
import { findFreePort, startEmbeddedMeilisearch, type EmbeddedMeilisearch } from "#search/meili-server";
import { signUpThroughForm } from "#tests/helpers/accounts";
import { startTestApp } from "#tests/helpers/app";

/**
 * This file runs its own Meilisearch (not the shared one) so it can stop and restart it.
 */
let meili: EmbeddedMeilisearch;
let port: number;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "mutualist-meili-fault-"));
let app: Awaited<ReturnType<typeof startTestApp>>;
const random = seededRandom(7);
const portland = DEMO_CITIES[0]!;

beforeAll(async () => {
  port = await findFreePort(7900);
  meili = await startEmbeddedMeilisearch({ dataDir, port });
  process.env.MEILI_URL = meili.url;
  process.env.MEILI_MASTER_KEY = meili.masterKey;
  resetEnvCache();
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
  await meili?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function waitUntilSynced(timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while ((await pendingOutboxCount()) > 0) {
    if (Date.now() > deadline) throw new Error(`outbox not drained: ${await pendingOutboxCount()} pending`);
    await drainOutboxOnce();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("index settings", () => {
  it("are applied to a new index, and applying them again changes nothing", async () => {
    const name = `${businessIndexName()}-settings`;
    expect(await ensureIndex(name)).toBe(true);
    expect(await ensureIndex(name)).toBe(false);
    const applied = await meiliSettings(name);
    const wanted = businessIndexSettings();
    expect(applied.searchableAttributes).toEqual(wanted.searchableAttributes);
    expect(applied.rankingRules).toEqual(wanted.rankingRules);
    expect([...(applied.filterableAttributes ?? [])].sort()).toEqual([...(wanted.filterableAttributes ?? [])].sort());
    // Synonyms come from the taxonomy's aliases.
    expect(Object.keys(applied.synonyms ?? {}).length).toBeGreaterThan(500);
  });
});

async function meiliSettings(name: string) {
  return getSearchClient().index(name).getSettings();
}

describe("the outbox and the sync worker", () => {
  it("index only public fields of published businesses", async () => {
    await ensureIndex(businessIndexName());
    const owner = await prisma.user.create({ data: { email: "doc-owner@example.com", passwordHash: "!" } });
    const created = await createBusiness(
      owner.id,
      makeBusinessInput(random, "florist", portland, { contactEmail: "secret@example.com" }),
    );
    if (!created.ok) throw new Error("create failed");
    await drainOutbox();
    expect(
      (await getBusinessIndex().search("", { filter: `id = ${quoteFilterValue(created.business.id)}` })).hits,
    ).toHaveLength(0);
    await publishBusiness(created.business.id);
    await drainOutbox();
    const document = await getBusinessIndex().getDocument(created.business.id);
    expect(document.name).toBe(created.business.name);
    expect(JSON.stringify(document)).not.toContain("secret@example.com");
    expect(JSON.stringify(document)).not.toContain(owner.id);
  });

  it("record a document Meilisearch rejects without blocking the others", async () => {
    const owner = await prisma.user.create({ data: { email: "reject-owner@example.com", passwordHash: "!" } });
    const good = await createBusiness(
      owner.id,
      makeBusinessInput(random, "caterer", portland, { name: "Good Catering Kitchen" }),
    );
    if (!good.ok) throw new Error("create failed");
    await publishBusiness(good.business.id);
    // A row whose id Meilisearch refuses (ids from an older system may contain spaces or "!").
    const row = await prisma.business.findUniqueOrThrow({ where: { id: good.business.id } });
    const badId = "legacy id!";
    await prisma.business.create({
      data: {
        ...row,
        id: badId,
        slug: "legacy-caterer",
        name: "Legacy Catering Co",
        externalRef: null,
        importId: null,
      },
    });
    await prisma.searchOutbox.create({ data: { businessId: badId } });

    const result = await drainOutbox();
    expect(result.failed).toBe(1);
    expect((await getBusinessIndex().search("Good Catering Kitchen")).hits.map((hit) => hit.id)).toContain(
      good.business.id,
    );
    const failedRow = await prisma.searchOutbox.findFirstOrThrow({ where: { businessId: badId } });
    expect(failedRow.processedAt).toBeNull();
    expect(failedRow.attempts).toBe(1);
    expect(failedRow.lastError).toMatch(/identifier/i);
    expect(failedRow.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(await prisma.searchOutbox.count({ where: { businessId: good.business.id, processedAt: null } })).toBe(0);
    await prisma.business.delete({ where: { id: badId } });
    await waitUntilSynced();
  });

  it("lose no edit while Meilisearch is down: 200 edits succeed for the user and the index catches up", async () => {
    await waitUntilSynced();
    const { client, userId } = await signUpThroughForm(app.client());
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const created = await createBusiness(
        userId,
        makeBusinessInput(random, "florist", portland, { name: `Outage Florist ${i}` }),
      );
      if (!created.ok) throw new Error("create failed");
      await publishBusiness(created.business.id);
      ids.push(created.business.id);
    }
    await waitUntilSynced();

    await meili.stop();
    const statuses: number[] = [];
    for (let edit = 0; edit < 200; edit++) {
      const id = ids[edit % ids.length]!;
      const business = await prisma.business.findUniqueOrThrow({ where: { id } });
      const response = await client.post(`/businesses/${id}/edit`, {
        intent: "save",
        name: `Outage Florist ${edit % ids.length} edit ${edit}`,
        slug: business.slug,
        niche: `Edited niche number ${edit} for engaged couples`,
        primaryCategory: "florist",
        offerings: `bridal bouquets, edit ${edit}`,
        place: "Portland, OR, US",
        radiusKm: "25",
      });
      statuses.push(response.status);
    }
    expect(statuses.filter((status) => status !== 302)).toEqual([]);
    // The worker keeps trying while the server is down; nothing is marked done.
    const attempt = await drainOutboxOnce();
    expect(attempt.processed).toBe(0);
    expect(await pendingOutboxCount()).toBeGreaterThanOrEqual(200);

    meili = await startEmbeddedMeilisearch({ dataDir, port });
    await waitUntilSynced(60_000);
    const differences = await compareIndexWithDatabase();
    expect(differenceCount(differences)).toBe(0);
    const last = await getBusinessIndex().getDocument(ids[19]!);
    expect(last.name).toBe("Outage Florist 19 edit 199");
  }, 120_000);

  it("run in two processes at once: each change is indexed once, never an older state over a newer one", async () => {
    await waitUntilSynced();
    const owner = await prisma.user.create({ data: { email: "two-workers@example.com", passwordHash: "!" } });
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const created = await createBusiness(
        owner.id,
        makeBusinessInput(random, "caterer", portland, { name: `Twin Worker Caterer ${i}` }),
      );
      if (!created.ok) throw new Error("create failed");
      await publishBusiness(created.business.id);
      ids.push(created.business.id);
    }
    const since = new Date();
    // Two workers' passes at the same moment (as two app processes would run them).
    const passes = await Promise.all([drainOutboxOnce(), drainOutboxOnce()]);
    expect(passes.map((pass) => pass.processed).sort((a, b) => a - b)).toEqual([0, 60]);
    expect(await pendingOutboxCount()).toBe(0);
    const tasks = await getSearchClient().tasks.getTasks({
      indexUids: [businessIndexName()],
      types: ["documentAdditionOrUpdate"],
      afterEnqueuedAt: since.toISOString(),
    });
    // Each of the 30 businesses was sent to Meilisearch once, not once per worker.
    expect(tasks.results.reduce((sum, task) => sum + (task.details?.receivedDocuments ?? 0), 0)).toBe(30);

    // A pass holds the first business (it has read it and is still writing): a change made
    // meanwhile waits for that pass instead of racing it, and is indexed once its lease ends.
    await prisma.$transaction(async (tx) => {
      await tx.business.update({ where: { id: ids[0] }, data: { name: "Twin Worker Caterer renamed" } });
      await enqueueSearchSync(tx, [ids[0]!]);
    });
    const held = await claimSearchRows(new Date(), 500);
    expect(held.rows.map((row) => row.businessId)).toEqual([ids[0]]);
    await prisma.$transaction(async (tx) => {
      await tx.business.update({ where: { id: ids[0] }, data: { name: "Twin Worker Caterer renamed again" } });
      await enqueueSearchSync(tx, [ids[0]!]);
    });
    expect((await drainOutboxOnce()).processed).toBe(0);
    expect((await getBusinessIndex().getDocument(ids[0]!)).name).toBe("Twin Worker Caterer 0");
    const afterLease = new Date(Date.now() + SEARCH_SYNC_LEASE_MS + 1000);
    expect((await drainOutboxOnce(500, afterLease)).processed).toBe(2);
    expect(await pendingOutboxCount()).toBe(0);
    expect((await getBusinessIndex().getDocument(ids[0]!)).name).toBe("Twin Worker Caterer renamed again");
  });

  it("rebuild the index next to the live one and swap it in; check then finds 0 differences", async () => {
    // Make the live index wrong behind the worker's back.
    const someId = (await prisma.business.findFirstOrThrow({ where: { status: "published" } })).id;
    await getBusinessIndex().deleteDocument(someId).waitTask();
    await getBusinessIndex()
      .addDocuments([{ ...(await getBusinessIndex().getDocuments({ limit: 1 })).results[0]!, id: "ghost" }])
      .waitTask();
    expect(differenceCount(await compareIndexWithDatabase())).toBe(2);

    const phases = new Set<string>();
    const result = await rebuildIndex({ batchSize: 7, onProgress: (progress) => phases.add(progress.phase) });
    expect(phases).toEqual(new Set(["reading", "indexing", "swapping"]));
    expect(result.indexed).toBe(await prisma.business.count({ where: { status: "published" } }));
    expect(differenceCount(await compareIndexWithDatabase())).toBe(0);
    const indexes = (await getSearchClient().getIndexes({ limit: 100 })).results.map((i) => i.uid);
    expect(indexes).not.toContain(`${businessIndexName()}-rebuild`);
  });
});
