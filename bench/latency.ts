/**
 * `npm run bench:search` / `npm run bench:suggestions` (or `tsx bench/latency.ts [ROWS] [search|suggestions|all]`).
 *
 * 1. Builds a directory of ROWS (default 100,000) generated businesses through the bulk-import
 *    path into a fresh database and Meilisearch under data/bench-ROWS (kept for the next run) and
 *    reports the wall time until every one is searchable.
 * 2. Builds the app and starts it (production mode) against that data.
 * 3. Sends requests one at a time over HTTP and prints p50/p95/p99 of the route, side by side, in
 *    the same run, with Meilisearch's own processing time for the same queries (for suggestions:
 *    as each route reports it for the queries it made, and for the same queries sent again
 *    straight from Node), the route's own loader time and the rest beyond Meilisearch's, then
 *    each route's p95 / Meilisearch p95 ratio against the goal of 1.5×.
 *
 * BENCH_CPU_PROF=DIR also writes a CPU profile of the server to DIR (bench/cpu-profile-hook.mjs).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { SingleBar } from "cli-progress";
import { toDirectorySearchParams } from "#app/domain/directory-search";
import { parseDirectorySearchRequest } from "#app/domain/directory-search-request";
import { CATEGORIES } from "#app/domain/taxonomy";
import { toProfile } from "#app/models/businesses.server";
import { findImportOwner } from "#app/models/imports/import-owner.server";
import { runImport } from "#app/models/imports/run-import.server";
import { resolvePlace } from "#app/models/places.server";
import { toMatchProfile } from "#app/models/partners.server";
import { rebuildIndex } from "#app/models/search-index.server";
import { enqueueSearchSync } from "#app/models/search-outbox.server";
import { drainOutbox, pendingOutboxCount } from "#app/models/search-sync.server";
import { prisma } from "#app/utils/db.server";
import { createSession } from "#app/utils/session.server";
import { DEMO_CITIES, pick, seededRandom } from "#prisma/factories";
import { complementaryCandidates, indexedDocumentCount, overflowCandidates, searchDirectory } from "#search/index";
import { findFreePort } from "#search/meili-server";
import { prepareCli } from "#server/boot";
import { buildProduction, startBuiltApp } from "#scripts/built-app";
import { generateMemberCsv } from "./import";

const args = process.argv.slice(2);
const rows = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 100_000);
const which = args.find((arg) => ["search", "suggestions", "all"].includes(arg)) ?? "all";
const QUERIES = 500;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function row(label: string, values: number[]) {
  const f = (v: number) => v.toFixed(1).padStart(7);
  return `${label.padEnd(52)} ${f(percentile(values, 50))} ${f(percentile(values, 95))} ${f(percentile(values, 99))}`;
}

const header = `${"".padEnd(52)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"p99 ms".padStart(7)}`;

async function ensureData() {
  const dir = path.resolve(`data/bench-${rows}`);
  const ready = path.join(dir, "ready");
  mkdirSync(dir, { recursive: true });
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  process.env.MEILI_DATA_DIR = path.join(dir, "meili");
  process.env.MEILI_INDEX_PREFIX = "bench";
  delete process.env.MEILI_URL;
  if (!existsSync(ready)) {
    rmSync(path.join(dir, "bench.db"), { force: true });
    rmSync(path.join(dir, "meili"), { recursive: true, force: true });
  }
  const services = await prepareCli(() => {});
  if (!existsSync(ready)) {
    const text = generateMemberCsv(rows);
    const owner = await findImportOwner();
    if (!owner) throw new Error("no import owner");
    console.log(`Importing ${rows} generated businesses into an empty database and index…`);
    const started = performance.now();
    const summary = await runImport({ ownerId: owner.id, fileName: "bench.csv", format: "csv", text });
    const written = (performance.now() - started) / 1000;
    const total = await pendingOutboxCount();
    const bar = new SingleBar({ format: "Indexing [{bar}] {value}/{total} | {duration_formatted}", hideCursor: true });
    bar.start(total, 0);
    while ((await pendingOutboxCount()) > 0) {
      await drainOutbox(10_000);
      bar.update(total - (await pendingOutboxCount()));
    }
    bar.stop();
    const searchable = (performance.now() - started) / 1000;
    console.log(
      `Import of ${rows} rows: written to the database in ${written.toFixed(1)} s, all ${summary.createdCount} searchable after ${searchable.toFixed(1)} s ` +
        `(${summary.failedCount} bad rows reported)`,
    );
    execFileSync("touch", [ready]);
  } else {
    console.log(`Reusing ${rows} businesses in ${dir} (delete it to re-import)`);
    // A new document version starts an empty index, and the benchmark's server runs no sync worker.
    const published = await prisma.business.count({ where: { status: "published" } });
    if ((await indexedDocumentCount()) !== published) {
      console.log(`Rebuilding the index for ${published} businesses…`);
      await rebuildIndex();
    }
  }
  return services;
}

/** The production build, started like `npm start` on the benchmark's data, without the demo seed or the worker. */
async function startServer(port: number) {
  buildProduction();
  // BENCH_CPU_PROF=DIR: the server writes a CPU profile to DIR when it stops (bench/cpu-profile-hook.mjs).
  const profileDir = process.env.BENCH_CPU_PROF ? path.resolve(process.env.BENCH_CPU_PROF) : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const hook = pathToFileURL(path.resolve("bench/cpu-profile-hook.mjs")).href;
  const app = await startBuiltApp({
    port,
    env: {
      SEED_DEMO: "false",
      SEARCH_WORKER: "false",
      ...(profileDir ? { NODE_OPTIONS: `--import=${hook}`, BENCH_CPU_PROF_DIR: profileDir } : {}),
    },
  });
  await fetch(`${app.baseUrl}/search?q=warm`);
  return { base: app.baseUrl, stop: app.stop };
}

function searchQueries(): string[] {
  const random = seededRandom(500);
  const places = DEMO_CITIES.map((city) => `${city.name}, ${city.region}, ${city.country}`);
  const typo = (word: string) => (word.length > 5 ? word.slice(0, 2) + word[3] + word[2] + word.slice(4) : word);
  return Array.from({ length: QUERIES }, (_, i) => {
    const category = pick(random, CATEGORIES);
    const params = new URLSearchParams();
    const kind = i % 5;
    if (kind !== 3)
      params.set(
        "q",
        random() < 0.3
          ? typo(category.name.toLowerCase())
          : pick(random, [category.name, ...category.aliases, ...category.offerings]),
      );
    if (kind === 1 || kind === 3) params.append("category", pick(random, CATEGORIES).slug);
    if (kind === 2 || kind === 3 || kind === 4) {
      params.set("near", pick(random, places));
      params.set("withinKm", String(pick(random, [10, 25, 50, 100])));
      if (random() < 0.5) params.set("sort", "distance");
    }
    if (kind === 4) params.append("capacity", pick(random, ["booked-out", "spare-capacity"]));
    if (random() < 0.15) params.set("page", "2");
    return params.toString();
  });
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
}

async function benchSearch(base: string) {
  const queries = searchQueries();
  const route: number[] = [];
  const meiliOwn: number[] = [];
  const meiliFromNode: number[] = [];
  const bar = new SingleBar({ format: "Search [{bar}] {value}/{total}", hideCursor: true });
  bar.start(queries.length, 0);
  for (const query of queries) {
    const [response, ms] = await timed(() =>
      fetch(`${base}/search?${query}`).then(async (r) => [r.status, await r.text()] as const),
    );
    if (response[0] !== 200) throw new Error(`/search?${query} answered ${response[0]}`);
    route.push(ms);
    const request = parseDirectorySearchRequest(new URLSearchParams(query));
    const place = request.near ? resolvePlace(request.near) : undefined;
    const params = toDirectorySearchParams(request, place?.id);
    const near = place ? { lat: place.lat, lng: place.lng } : undefined;
    const [result, direct] = await timed(() => searchDirectory({ ...params, near }));
    meiliOwn.push(result.processingTimeMs);
    meiliFromNode.push(direct);
    bar.increment();
  }
  bar.stop();
  console.log(`\nSearch: ${QUERIES} mixed queries (text, typos, facets, near a place, pages) at ${rows} businesses`);
  console.log(header);
  console.log(row("GET /search (route, over HTTP)", route));
  console.log(row("Meilisearch's own time, same queries", meiliOwn));
  console.log(row("same queries sent straight from Node", meiliFromNode));
  const ratio = percentile(route, 95) / percentile(meiliOwn, 95);
  console.log(`route p95 / Meilisearch p95 = ${ratio.toFixed(2)} (goal ≤ 1.5)`);
}

async function benchSuggestions(base: string) {
  const random = seededRandom(77);
  const ids = (await prisma.business.findMany({ where: { status: "published" }, select: { id: true } })).map(
    (row) => row.id,
  );
  const picked = Array.from({ length: QUERIES }, () => ids[Math.floor(random() * ids.length)]!);
  // Every business came in under one import account, and an owner never sees its own businesses
  // (decision 028): each sampled business gets an account of its own, signed in, so its pages show
  // what an independent business sees.
  const cookies = new Map<string, string>();
  for (const id of new Set(picked)) {
    const email = `bench-owner-${id}@example.test`;
    const user = await prisma.user.upsert({
      where: { email },
      create: { email, passwordHash: "!no-sign-in" },
      update: {},
      select: { id: true },
    });
    await prisma.$transaction(async (tx) => {
      await tx.business.update({ where: { id }, data: { ownerId: user.id } });
      await enqueueSearchSync(tx, [id]);
    });
    cookies.set(id, `mutualist_session=${(await createSession(user.id)).token}`);
  }
  while ((await pendingOutboxCount()) > 0) await drainOutbox(10_000);
  const rowsById = new Map(
    (await Promise.all(picked.map((id) => prisma.business.findUnique({ where: { id } })))).flatMap((row) =>
      row ? [[row.id, row] as const] : [],
    ),
  );
  const sample = picked.flatMap((id) => {
    const row = rowsById.get(id);
    return row ? [toProfile(row)] : [];
  });
  const results: Record<
    string,
    Record<
      "route" | "routeLoader" | "routeMeili" | "json" | "jsonLoader" | "jsonMeili" | "meiliOwn" | "meiliFromNode",
      number[]
    >
  > = {};
  // The routes report Meilisearch's own time for the queries they made (Server-Timing: meili).
  const fetchTimed = async (url: string, businessId: string) => {
    const [[status, timing], ms] = await timed(() =>
      fetch(url, { headers: { Cookie: cookies.get(businessId)! } }).then(
        async (r) => [r.status, r.headers.get("Server-Timing") ?? "", await r.text()] as const,
      ),
    );
    if (status !== 200) throw new Error(`${url} answered ${status}`);
    const meili = Number(/meili;dur=([\d.]+)/.exec(timing)?.[1]);
    if (!Number.isFinite(meili)) throw new Error(`${url} sent no Server-Timing meili figure`);
    // The route's own time from its loader's start to its data (the page: before rendering).
    const loader = Number(/(?:suggestions|total);dur=([\d.]+)/.exec(timing)?.[1]);
    return { ms, meili, loader };
  };
  // Warm-up (not counted): the first requests of a fresh process compile code paths.
  for (const business of sample.slice(0, 25)) {
    for (const tab of ["complementary", "overflow"]) {
      await fetchTimed(`${base}/businesses/${business.id}/partners?tab=${tab}`, business.id);
      await fetchTimed(`${base}/resources/partners/${business.id}?tab=${tab}`, business.id);
    }
  }
  for (const tab of ["complementary", "overflow"] as const) {
    const figures = {
      route: [] as number[],
      routeLoader: [] as number[],
      routeMeili: [] as number[],
      json: [] as number[],
      jsonLoader: [] as number[],
      jsonMeili: [] as number[],
      meiliOwn: [] as number[],
      meiliFromNode: [] as number[],
    };
    const bar = new SingleBar({ format: `${tab.padEnd(13)} [{bar}] {value}/{total}`, hideCursor: true });
    bar.start(sample.length, 0);
    for (const business of sample) {
      const page = await fetchTimed(`${base}/businesses/${business.id}/partners?tab=${tab}`, business.id);
      figures.route.push(page.ms);
      figures.routeLoader.push(page.loader);
      figures.routeMeili.push(page.meili);
      const json = await fetchTimed(`${base}/resources/partners/${business.id}?tab=${tab}`, business.id);
      figures.json.push(json.ms);
      figures.jsonLoader.push(json.loader);
      figures.jsonMeili.push(json.meili);
      const self = toMatchProfile(business);
      const [candidates, directMs] = await timed(() =>
        tab === "overflow"
          ? overflowCandidates({ self, excludeIds: [], excludeOwnerId: business.ownerId })
          : complementaryCandidates({ self, excludeIds: [], excludeOwnerId: business.ownerId }),
      );
      figures.meiliOwn.push(candidates.meiliMs);
      figures.meiliFromNode.push(directMs);
      bar.increment();
    }
    bar.stop();
    results[tab] = figures;
  }
  console.log(`\nPartner suggestions for ${sample.length} random businesses at ${rows} businesses`);
  console.log(header);
  const ratio = (route: number[], meili: number[]) => percentile(route, 95) / percentile(meili, 95);
  const times = (value: number) => `${value.toFixed(2)}×`;
  const minus = (route: number[], meili: number[]) => route.map((ms, i) => ms - meili[i]!);
  const verdicts: string[] = [];
  for (const [tab, figures] of Object.entries(results)) {
    console.log(row(`${tab}: GET /businesses/:id/partners (page)`, figures.route));
    console.log(row(`${tab}:   its loader (server's own time)`, figures.routeLoader));
    console.log(row(`${tab}:   Meilisearch's time for its queries`, figures.routeMeili));
    console.log(row(`${tab}:   the rest (route − Meilisearch, per request)`, minus(figures.route, figures.routeMeili)));
    console.log(row(`${tab}: GET /resources/partners/:id (JSON)`, figures.json));
    console.log(row(`${tab}:   its loader (server's own time)`, figures.jsonLoader));
    console.log(row(`${tab}:   Meilisearch's time for its queries`, figures.jsonMeili));
    console.log(row(`${tab}:   the rest (route − Meilisearch, per request)`, minus(figures.json, figures.jsonMeili)));
    console.log(row(`${tab}: same queries again, straight from Node`, figures.meiliFromNode));
    console.log(row(`${tab}:   Meilisearch's time for those`, figures.meiliOwn));
    for (const [name, route, meili] of [
      ["page", figures.route, figures.routeMeili],
      ["JSON", figures.json, figures.jsonMeili],
    ] as const) {
      const value = ratio(route, meili);
      verdicts.push(
        `${tab}: ${name} p95 / Meilisearch p95 = ${times(value)} (${percentile(route, 95).toFixed(1)} / ${percentile(meili, 95).toFixed(1)} ms; ` +
          `against the repeated queries ${times(ratio(route, figures.meiliOwn))}) ${value <= 1.5 ? "meets" : "MISSES"} the goal ≤ 1.5×`,
      );
    }
  }
  console.log("");
  for (const verdict of verdicts) console.log(verdict);
}

const services = await ensureData();
const server = await startServer(await findFreePort(3300));
try {
  if (which === "search" || which === "all") await benchSearch(server.base);
  if (which === "suggestions" || which === "all") await benchSuggestions(server.base);
} finally {
  await server.stop();
  await services.stop();
}
