import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createBusiness, publishBusiness } from "#app/models/businesses.server";
import { startSyncWorker } from "#app/models/search-sync.server";
import { prisma } from "#app/utils/db.server";
import { resetEnvCache } from "#app/utils/env.server";
import { DEMO_CITIES, makeBusinessInput, seededRandom } from "#prisma/factories";
import { ensureBusinessIndex } from "#search/index";
import { findFreePort, startEmbeddedMeilisearch, type EmbeddedMeilisearch } from "#search/meili-server";
import { startTestApp } from "#tests/helpers/app";

/**
 * The bundled Meilisearch is restarted when it dies, and the outbox brings the index up to date.
 * This file runs its own Meilisearch (not the shared one) so it can kill it.
 */
const dataDir = mkdtempSync(path.join(os.tmpdir(), "mutualist-meili-restart-"));
const random = seededRandom(11);
const logged: string[] = [];
let meili: EmbeddedMeilisearch;
let app: Awaited<ReturnType<typeof startTestApp>>;
let stopWorker = async () => {};

beforeAll(async () => {
  meili = await startEmbeddedMeilisearch({
    dataDir,
    port: await findFreePort(7950),
    log: (line) => logged.push(line),
  });
  process.env.MEILI_URL = meili.url;
  process.env.MEILI_MASTER_KEY = meili.masterKey;
  resetEnvCache();
  await ensureBusinessIndex();
  stopWorker = startSyncWorker({ intervalMs: 100 });
  app = await startTestApp();
});
afterAll(async () => {
  await stopWorker();
  await app?.stop();
  await meili?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function publish(name: string) {
  const owner = await prisma.user.create({
    data: { email: `owner-${Math.random().toString(36).slice(2)}@example.com`, passwordHash: "!no-sign-in" },
  });
  const created = await createBusiness(owner.id, makeBusinessInput(random, "florist", DEMO_CITIES[0]!, { name }));
  if (!created.ok) throw new Error(created.message);
  await publishBusiness(created.business.id);
}

/** Polls the search page until it lists `name`; returns how long that took. */
async function waitUntilFound(name: string, timeoutMs: number) {
  const started = Date.now();
  for (;;) {
    const response = await app.client().get(`/search?q=${encodeURIComponent(name)}`);
    const html = await response.text();
    if (response.status === 200 && html.includes(name)) return Date.now() - started;
    if (Date.now() - started > timeoutMs)
      throw new Error(`"${name}" not found in ${timeoutMs} ms (${response.status})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it(
  "restarts a killed Meilisearch; search works again and a change made meanwhile reaches it",
  { timeout: 45_000 },
  async () => {
    await publish("Quillfeather Florist");
    await waitUntilFound("Quillfeather Florist", 10_000);

    const killed = meili.pid!;
    process.kill(killed, "SIGKILL");
    // Written while the server is down: the write succeeds, the outbox keeps it.
    await publish("Marrowbell Florist");

    const ms = await waitUntilFound("Marrowbell Florist", 10_000);
    expect(ms).toBeLessThan(8_000);
    expect(meili.pid).toBeDefined();
    expect(meili.pid).not.toBe(killed);
    expect(logged.join("\n")).toMatch(/Meilisearch stopped \(signal SIGKILL\); restarting it in/);
    // What was indexed before the crash is still there.
    await waitUntilFound("Quillfeather Florist", 1_000);
  },
);

it("gives up, loudly, after repeated failures soon after starting", { timeout: 45_000 }, async () => {
  const alarms: string[] = [];
  const flaky = await startEmbeddedMeilisearch({
    dataDir: path.join(dataDir, "flaky"),
    port: await findFreePort(7970),
    alarm: (line) => alarms.push(line),
    restart: { firstDelayMs: 50, maxQuickFailures: 2, stableAfterMs: 60_000 },
  });
  try {
    for (let kill = 1; kill <= 3; kill++) {
      const pid = await waitForPid(flaky);
      process.kill(pid, "SIGKILL");
      await until(() => flaky.pid !== pid);
    }
    await until(() => alarms.length > 0);
    expect(alarms[0]).toMatch(/3 times in a row soon after starting: not restarting it again/);
    expect(flaky.pid).toBeUndefined();
  } finally {
    await flaky.stop();
  }
});

async function until(condition: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The pid of a server that answers /health (a restart is not over until then). */
async function waitForPid(server: EmbeddedMeilisearch) {
  await until(() => server.pid !== undefined);
  for (;;) {
    const ok = await fetch(`${server.url}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok && server.pid !== undefined) return server.pid;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
