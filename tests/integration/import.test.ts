import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCsv, type ExportRow } from "#app/domain/export-format";
import { parseImportText } from "#app/domain/import-parse";
import type { ImportSummary } from "#app/domain/import-status";
import { toFormDefaults } from "#app/models/business-form.server";
import { getBusinessById } from "#app/models/businesses.server";
import { exportBusinesses } from "#app/models/imports/export.server";
import { refreshImportStatus } from "#app/models/imports/import-reports.server";
import { runImport } from "#app/models/imports/run-import.server";
import { prisma } from "#app/utils/db.server";
import { drainOutbox } from "#app/models/search-sync.server";
import { businessIndexName, ensureIndex, getBusinessIndex } from "#search/index";
import { freshEmail, signUpThroughForm } from "#tests/helpers/accounts";
import { startTestApp } from "#tests/helpers/app";

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  await ensureIndex(businessIndexName());
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

/** A member list of nine rows on eleven lines: five good, four bad (line numbers in the comments). */
const MEMBERS_CSV = [
  "ref,name,categories,city,region,country,lat,lng,website,description,offerings,capacity", // 1
  'T-1,Petal Pushers Test,Florists,Portland,OR,US,,,petal.example.com,"Grown locally, delivered fresh",,booked-out', // 2
  'T-2,Spin Doctor Test DJs,"DJs; Home Services; Zzz Laser Ninjas",Austin,Texas,United States,,,,,,', // 3
  "T-3,X,Florists,Portland,OR,US,,,,,,", // 4: name too short
  "T-4,Nowhere Florals,Florists,Qqqxxyy,,ZZ,,,,,,", // 5: unknown place, no coordinates
  'T-5,Coordinates Catering,Caterers,Smalltown Nowhere,,,45.1,-122.1,,,"canapés; buffets",', // 6: unknown town, coordinates given
  'T-6,"Multi', // 7
  'Line Bakery",Bakeries,Denver,CO,US,,,,,,', // 8
  "T-7,Bad Lat Bakery,Bakeries,Denver,CO,US,99,1,,,,", // 9: latitude out of range
  ",No Ref Wedding Photos,Wedding Photographers,Toronto,ON,CA,,,,,,", // 10: no ref: an automatic one
  "T-9,Mystery Shop,Underwater Basket Weaving,Portland,OR,US,,,,,,", // 11: no category matched
  "",
].join("\r\n");

async function newOwner() {
  return prisma.user.create({ data: { email: freshEmail(), passwordHash: "!test" }, select: { id: true } });
}

async function importMembers(
  ownerId: string,
  text = MEMBERS_CSV,
  options: Partial<Parameters<typeof runImport>[0]> = {},
) {
  return runImport({ ownerId, fileName: "members.csv", format: "csv", text, ...options });
}

async function ownerBusinesses(ownerId: string) {
  return prisma.business.findMany({ where: { ownerId }, orderBy: { externalRef: "asc" } });
}

async function searchIds(query: string) {
  return (await getBusinessIndex().search(query, { limit: 50 })).hits.map((hit) => hit.id);
}

function counts(summary: ImportSummary) {
  const { createdCount, updatedCount, unchangedCount, failedCount, totalRows } = summary;
  return { totalRows, createdCount, updatedCount, unchangedCount, failedCount };
}

describe("bulk import", () => {
  it("creates the good rows as published, searchable businesses and reports the bad ones by line and field", async () => {
    const owner = await newOwner();
    const summary = await importMembers(owner.id);
    expect(counts(summary)).toEqual({
      totalRows: 9,
      createdCount: 5,
      updatedCount: 0,
      unchangedCount: 0,
      failedCount: 4,
    });
    expect(summary.status).toBe("indexing");
    expect(summary.problems).toEqual([
      { line: 4, field: "name", message: "Name needs at least 2 characters" },
      { line: 5, field: "city", message: "Unknown place: give lat and lng (Qqqxxyy, ZZ)" },
      { line: 9, field: "lat", message: "Latitude must be a number between -90 and 90" },
      { line: 11, field: "categories", message: "No category matched: Underwater Basket Weaving" },
    ]);
    expect(summary.unmappedLabels).toEqual([
      { label: "Underwater Basket Weaving", count: 1 },
      { label: "Zzz Laser Ninjas", count: 1 },
    ]);
    expect(summary.tooGeneralLabels).toEqual([{ label: "Home Services", count: 1 }]);
    expect(summary.notPartnerTradeLabels).toEqual([]);

    const businesses = await ownerBusinesses(owner.id);
    expect(businesses.map((b) => b.name)).toEqual(
      expect.arrayContaining([
        "Petal Pushers Test",
        "Spin Doctor Test DJs",
        "Coordinates Catering",
        "Multi Line Bakery",
        "No Ref Wedding Photos",
      ]),
    );
    expect(businesses).toHaveLength(5);
    for (const business of businesses) {
      expect(business.status).toBe("published");
      expect(business.publishedAt).not.toBeNull();
      expect(business.importId).toBe(summary.importId);
    }
    const petal = businesses.find((b) => b.externalRef === "T-1")!;
    expect(petal.slug).toMatch(/^petal-pushers-test-[0-9a-f]{6}$/);
    expect(petal.website).toBe("https://petal.example.com");
    expect([petal.city, petal.region, petal.country, petal.placeId !== null]).toEqual(["Portland", "OR", "US", true]);
    expect(petal.capacity).toBe("booked-out");
    expect(JSON.parse(petal.inferredFields)).toEqual(["niche", "offerings", "targetCustomers", "customerProblems"]);
    const dj = businesses.find((b) => b.externalRef === "T-2")!;
    expect([dj.city, dj.region, dj.country]).toEqual(["Austin", "TX", "US"]);
    const catering = businesses.find((b) => b.externalRef === "T-5")!;
    expect([catering.city, catering.lat, catering.lng, catering.placeId]).toEqual([
      "Smalltown Nowhere",
      45.1,
      -122.1,
      null,
    ]);
    expect(JSON.parse(catering.offerings)).toEqual(["canapés", "buffets"]);
    expect(JSON.parse(catering.inferredFields)).toEqual(["niche", "targetCustomers", "customerProblems"]);
    expect(businesses.find((b) => b.name === "No Ref Wedding Photos")?.externalRef).toMatch(/^auto:[0-9a-f]{32}$/);

    const stored = await prisma.import.findUniqueOrThrow({ where: { id: summary.importId } });
    expect(JSON.parse(stored.problems)).toEqual(summary.problems);
    expect(JSON.parse(stored.unmappedLabels)).toEqual({
      unmapped: { "Underwater Basket Weaving": 1, "Zzz Laser Ninjas": 1 },
      tooGeneral: { "Home Services": 1 },
      notPartnerTrade: {},
    });

    await drainOutbox();
    expect(await refreshImportStatus(summary.importId)).toEqual({ status: "done", pendingIndex: 0 });
    expect(await searchIds("Petal Pushers Test")).toContain(petal.id);
    expect(await searchIds("Coordinates Catering")).toContain(catering.id);
  });

  it("changes nothing when the same file is imported again: all unchanged, same rows, same updatedAt, no outbox rows", async () => {
    const owner = await newOwner();
    await importMembers(owner.id);
    const before = await ownerBusinesses(owner.id);
    const outboxBefore = await prisma.searchOutbox.count();

    const again = await importMembers(owner.id);
    expect(counts(again)).toEqual({
      totalRows: 9,
      createdCount: 0,
      updatedCount: 0,
      unchangedCount: 5,
      failedCount: 4,
    });
    expect(again.status).toBe("done");
    const after = await ownerBusinesses(owner.id);
    expect(after.map((b) => [b.id, b.updatedAt.getTime(), b.importId])).toEqual(
      before.map((b) => [b.id, b.updatedAt.getTime(), b.importId]),
    );
    expect(await prisma.searchOutbox.count()).toBe(outboxBefore);
  });

  it("after a crash mid-file, a re-run ends with each business exactly once", async () => {
    const owner = await newOwner();
    let batches = 0;
    await expect(
      importMembers(owner.id, MEMBERS_CSV, {
        batchSize: 3,
        onProgress: () => {
          if (++batches === 1) throw new Error("simulated crash after batch 1");
        },
      }),
    ).rejects.toThrow("simulated crash");
    const crashed = await prisma.import.findFirstOrThrow({ where: { ownerId: owner.id } });
    expect(crashed.status).toBe("failed");
    expect(crashed.error).toContain("simulated crash");
    expect(crashed.processedRows).toBe(3);
    expect(await prisma.business.count({ where: { ownerId: owner.id } })).toBe(2);

    const rerun = await importMembers(owner.id, MEMBERS_CSV, { batchSize: 3 });
    expect(counts(rerun)).toEqual({
      totalRows: 9,
      createdCount: 3,
      updatedCount: 0,
      unchangedCount: 2,
      failedCount: 4,
    });
    const businesses = await ownerBusinesses(owner.id);
    expect(businesses).toHaveLength(5);
    expect(new Set(businesses.map((b) => b.externalRef)).size).toBe(5);
    expect(new Set(businesses.map((b) => b.slug)).size).toBe(5);
  });

  it("updates a changed row on re-import, and only that one", async () => {
    const owner = await newOwner();
    await importMembers(owner.id);
    const before = await prisma.business.findFirstOrThrow({ where: { ownerId: owner.id, externalRef: "T-1" } });
    const outboxBefore = await prisma.searchOutbox.count();

    const changed = MEMBERS_CSV.replace("Grown locally, delivered fresh", "Now with dried-flower workshops");
    const summary = await importMembers(owner.id, changed);
    expect(counts(summary)).toMatchObject({ createdCount: 0, updatedCount: 1, unchangedCount: 4 });
    const after = await prisma.business.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.description).toBe("Now with dried-flower workshops");
    expect(after.slug).toBe(before.slug);
    expect(after.importId).toBe(summary.importId);
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    const newOutbox = await prisma.searchOutbox.findMany({
      where: { id: { gt: 0 } },
      orderBy: { id: "desc" },
      take: (await prisma.searchOutbox.count()) - outboxBefore,
    });
    expect(newOutbox.map((row) => row.businessId)).toEqual([before.id]);

    await drainOutbox();
    expect(await searchIds("dried-flower workshops")).toContain(before.id);
  });

  it("never overwrites fields the owner confirmed with inferred ones", async () => {
    const owner = await newOwner();
    await importMembers(owner.id);
    const petal = await prisma.business.findFirstOrThrow({ where: { ownerId: owner.id, externalRef: "T-1" } });
    await prisma.business.update({
      where: { id: petal.id },
      data: {
        offerings: JSON.stringify(["dried flowers"]),
        inferredFields: JSON.stringify(["niche", "targetCustomers", "customerProblems"]),
      },
    });
    const summary = await importMembers(owner.id);
    expect(counts(summary)).toMatchObject({ updatedCount: 0, unchangedCount: 5 });
    const after = await prisma.business.findUniqueOrThrow({ where: { id: petal.id } });
    expect(JSON.parse(after.offerings)).toEqual(["dried flowers"]);
  });

  it("exports an import in the same format: re-importing the export changes nothing", async () => {
    const owner = await newOwner();
    const first = await importMembers(owner.id);
    const rows: ExportRow[] = [];
    for await (const row of exportBusinesses({ ownerId: owner.id, importId: first.importId })) rows.push(row);
    expect(rows).toHaveLength(5);
    const csv = toCsv(rows);
    expect(parseImportText(csv, "csv").records).toHaveLength(5);

    const reimport = await runImport({ ownerId: owner.id, fileName: "export.csv", format: "csv", text: csv });
    expect(counts(reimport)).toEqual({
      totalRows: 5,
      createdCount: 0,
      updatedCount: 0,
      unchangedCount: 5,
      failedCount: 0,
    });
    expect(reimport.problems).toEqual([]);
  });

  it("keeps the same refs apart between owners", async () => {
    const [a, b] = [await newOwner(), await newOwner()];
    await importMembers(a.id);
    await importMembers(b.id);
    expect(await prisma.business.count({ where: { ownerId: a.id } })).toBe(5);
    expect(await prisma.business.count({ where: { ownerId: b.id } })).toBe(5);
  });
});

describe("organiser pages", () => {
  async function upload(client: ReturnType<typeof app.client>, name: string, text: string | Uint8Array<ArrayBuffer>) {
    const form = new FormData();
    form.append("file", new File([text], name, { type: "text/csv" }));
    return client.postMultipart("/imports", form);
  }

  async function waitForStatus(importId: string, wanted: string[]) {
    for (let i = 0; i < 200; i++) {
      const { status } = await prisma.import.findUniqueOrThrow({ where: { id: importId }, select: { status: true } });
      if (wanted.includes(status)) return status;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`import ${importId} never reached ${wanted.join("/")}`);
  }

  it("uploads a file, shows progress while indexing, then the report; another user gets 403", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const index = await client.get("/imports");
    expect(index.status).toBe(200);
    const indexHtml = await index.text();
    expect(indexHtml).toContain('type="file"');
    expect(indexHtml).toContain('accept=".csv,.jsonl,.ndjson,.json"');
    expect(indexHtml).toContain('href="/imports/example.csv"');

    const withScript = `${MEMBERS_CSV}T-10,Evil Shop,<script>alert(1)</script>,Portland,OR,US,,,,,,\r\n`;
    const response = await upload(client, "members.csv", withScript);
    expect(response.status).toBe(302);
    const importId = /^\/imports\/([^/?]+)$/.exec(response.headers.get("location") ?? "")?.[1];
    expect(importId).toBeTruthy();

    await waitForStatus(importId!, ["indexing", "done"]);
    const indexing = await (await client.get(`/imports/${importId}`)).text();
    expect(indexing).toContain("<progress");
    expect(indexing).toMatch(/<label[^>]*for="import-progress"/);
    expect(indexing).toContain("Indexing for search");

    await drainOutbox();
    const page = await client.get(`/imports/${importId}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Done");
    expect(html).not.toContain("<progress");
    expect(html).toContain("Name needs at least 2 characters");
    expect(html).toContain("Zzz Laser Ninjas");
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain(`/imports/${importId}/export?format=csv`);
    expect(await prisma.business.count({ where: { ownerId: userId } })).toBe(5);

    const exported = await client.get(`/imports/${importId}/export?format=csv`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.csv"$/);
    const exportedRows = parseImportText(await exported.text(), "csv");
    const refs = exportedRows.records.map((r) => String(r.values.ref));
    expect(refs).toHaveLength(5);
    expect(refs).toEqual(expect.arrayContaining(["T-1", "T-2", "T-5", "T-6"]));
    expect(refs.filter((ref) => ref.startsWith("auto:"))).toHaveLength(1);
    const jsonl = await client.get(`/imports/${importId}/export?format=jsonl`);
    expect(parseImportText(await jsonl.text(), "jsonl").records).toHaveLength(5);

    const other = (await signUpThroughForm(app.client())).client;
    expect((await other.get(`/imports/${importId}`)).status).toBe(403);
    expect((await other.get(`/imports/${importId}/export?format=csv`)).status).toBe(403);
    expect((await other.get("/imports/no-such-import")).status).toBe(404);
    expect(await (await other.get("/imports")).text()).not.toContain("members.csv");
    const anonymous = await app.client().get(`/imports/${importId}`);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toMatch(/^\/login/);
  });

  it("lists every label it could not use: unmapped, too general (umbrella labels) and not a partner trade", async () => {
    const { client } = await signUpThroughForm(app.client());
    const csv = [
      "ref,name,categories,city,region,country",
      "L-1,Harbour View Stay,Hotels,Portland,OR,US", // too general alone: skipped
      'L-2,Rose Hotel Events,"Hotels; Venues & Event Spaces",Portland,OR,US',
      'L-3,Grand Lodge Hotel,"Hotels; Zzz Moonlight Tours",Portland,OR,US',
      'L-4,Corner Kitchen,"Restaurants; Italian",Portland,OR,US',
      "L-5,Downtown Eats,Restaurants,Portland,OR,US",
      'L-6,Airport Flowers,"Florists; Airports",Portland,OR,US',
      'L-7,Lens & Veil Wedding Photography,"Photographers",Portland,OR,US',
      "",
    ].join("\r\n");
    const response = await upload(client, "labels.csv", csv);
    expect(response.status).toBe(302);
    const importId = response.headers.get("location")!.split("/").pop()!;
    await waitForStatus(importId, ["indexing", "done"]);
    await drainOutbox();
    const html = await (await client.get(`/imports/${importId}`)).text();
    const text = html.replace(/<[^>]+>/g, "");
    expect(text).toContain("Labels it could not use");
    expect(text).toContain("Too general to use: Hotels (3), Restaurants (2)");
    expect(text).toContain("Not a partner trade: Airports (1)");
    expect(text).toContain("Matched no category: Zzz Moonlight Tours (1)");
    expect(text).toContain("No category matched: Hotels (too general)");

    const businesses = await prisma.business.findMany({ where: { importId }, orderBy: { externalRef: "asc" } });
    expect(businesses.map((b) => [b.externalRef, b.primaryCategory])).toEqual([
      ["L-2", "event-venue"],
      ["L-4", "full-service-restaurant"],
      ["L-6", "florist"],
      ["L-7", "wedding-photographer"],
    ]);

    // A report written before labels were sorted by why (a flat { label: count }) still lists them.
    await prisma.import.update({ where: { id: importId }, data: { unmappedLabels: '{"Zzz Old Label":4}' } });
    const older = (await (await client.get(`/imports/${importId}`)).text()).replace(/<[^>]+>/g, "");
    expect(older).toContain("Matched no category: Zzz Old Label (4)");
    expect(older).not.toContain("Too general to use");
  });

  it("shows an import cut off by a restart as interrupted, with how to finish it, and a moving one as running", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const moving = await prisma.import.create({
      data: { ownerId: userId, fileName: "moving.csv", format: "csv", status: "running", totalRows: 9 },
    });
    const stalled = await prisma.import.create({
      data: {
        ownerId: userId,
        fileName: "stalled.csv",
        format: "csv",
        status: "running",
        totalRows: 9,
        processedRows: 3,
      },
    });
    // Its last batch was written ten minutes ago (a server restart cut it off).
    await prisma.import.update({ where: { id: stalled.id }, data: { updatedAt: new Date(Date.now() - 10 * 60_000) } });

    const stalledPage = await (await client.get(`/imports/${stalled.id}`)).text();
    expect(stalledPage).toContain("Interrupted");
    expect(stalledPage).toContain("after 3 of 9 rows");
    expect(stalledPage).toContain("upload the same file again to finish");
    expect(stalledPage).not.toContain("<progress");
    const movingPage = await (await client.get(`/imports/${moving.id}`)).text();
    expect(movingPage).toContain("<progress");
    expect(movingPage).not.toContain("Interrupted");
    const list = await (await client.get("/imports")).text();
    expect(list.match(/Interrupted/g)).toHaveLength(1);
  });

  it("refuses a wrong file type, an empty file and a file over 20 MB with a clear 400", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const wrong = await upload(client, "members.xlsx", "PK\u0003\u0004");
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("Upload a .csv, .jsonl, .ndjson or .json file");

    const empty = await upload(client, "members.csv", "  \r\n");
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("The file is empty");

    const large = await upload(client, "members.csv", new Uint8Array(21 * 1024 * 1024).fill(65));
    expect(large.status).toBe(400);
    expect(await large.text()).toContain("The file is larger than 20 MB");

    // Not UTF-8 (a Windows-1252 CSV): refused with how to save it, rather than published as "Caf� Bl�te".
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode("name,categories,city\r\nCaf"),
      0xe9,
      ...new TextEncoder().encode(" Bl"),
      0xfc,
      ...new TextEncoder().encode("te,Florists,Portland\r\n"),
    ]);
    const legacy = await upload(client, "members.csv", latin1);
    expect(legacy.status).toBe(400);
    expect(await legacy.text()).toContain("CSV UTF-8");

    expect(await prisma.import.count({ where: { ownerId: userId } })).toBe(0);
  });

  it("limits uploads: lines per file, bytes across all parts even without a Content-Length, and uploads per hour", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const tooLong = `name,categories,city\r\n${"Some Florist,Florists,Portland\r\n".repeat(25_001)}`;
    const lines = await upload(client, "long.csv", tooLong);
    expect(lines.status).toBe(400);
    expect(await lines.text()).toContain("upload at most 25,000 rows at a time");

    // A chunked body: a small file, then a second part of 21 MB. Nothing says how long it is.
    // (On its own connection: the server answers before reading it all, then drops the rest.)
    const boundary = "----mutualist-test";
    const chunked = await new Promise<{ status: number; text: () => Promise<string> }>((resolve, reject) => {
      const request = httpRequest(`${app.baseUrl}/imports`, {
        method: "POST",
        agent: false,
        headers: {
          "Content-Type": `multipart/form-data; boundary=${boundary}`,
          Origin: app.baseUrl,
          Cookie: client.cookieHeader,
        },
      });
      request.on("response", (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text: async () => text }));
      });
      request.on("error", reject);
      request.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nname,categories,city\r\nA Florist,Florists,Portland\r\n`,
      );
      request.write(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="junk"\r\n\r\n`);
      const megabyte = Buffer.alloc(1024 * 1024, 65);
      let sent = 0;
      const more = () => {
        while (sent < 21) {
          sent++;
          if (!request.write(megabyte)) return void request.once("drain", more);
        }
        request.end(`\r\n--${boundary}--\r\n`);
      };
      more();
    });
    expect(chunked.status).toBe(400);
    expect(await chunked.text()).toContain("The file is larger than 20 MB");
    expect(await prisma.import.count({ where: { ownerId: userId } })).toBe(0);

    await prisma.rateLimitBucket.update({ where: { key: `imports:account:${userId}` }, data: { count: 30 } });
    const tooMany = await upload(client, "members.csv", "name,categories,city\r\nA Florist,Florists,Portland\r\n");
    expect(tooMany.status).toBe(429);
    expect(await tooMany.text()).toContain("You have uploaded 30 files in the last hour");
  });

  it("removes a finished import's report on request, keeping its businesses; only for its organiser", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const response = await upload(
      client,
      "members.csv",
      "name,categories,city,region,country\r\nStaying Florist,Florists,Portland,OR,US\r\n",
    );
    const importId = response.headers.get("location")!.split("/").pop()!;
    await waitForStatus(importId, ["indexing", "done"]);
    await drainOutbox();
    expect(await (await client.get(`/imports/${importId}`)).text()).toContain("Remove this report");

    const stranger = await signUpThroughForm(app.client());
    expect((await stranger.client.post(`/imports/${importId}`, { intent: "remove" })).status).toBe(403);

    const removed = await client.post(`/imports/${importId}`, { intent: "remove" });
    expect(removed.status).toBe(302);
    expect(removed.headers.get("location")).toBe("/imports?removed=1");
    expect(await (await client.get("/imports?removed=1")).text()).toContain(
      "Report removed. Its businesses are still in the directory.",
    );
    expect(await prisma.import.count({ where: { id: importId } })).toBe(0);
    expect((await prisma.business.findFirstOrThrow({ where: { ownerId: userId } })).name).toBe("Staying Florist");
  });

  it("reads a UTF-16 file (Excel's Unicode text), and says plainly when a file imported nothing", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    const text = "name,categories,city,region,country\r\nCafé Blüte Flowers,Florists,Portland,OR,US\r\n";
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    const response = await upload(client, "members.csv", utf16);
    expect(response.status).toBe(302);
    const importId = response.headers.get("location")!.split("/").pop()!;
    await waitForStatus(importId, ["indexing", "done"]);
    expect((await prisma.business.findFirstOrThrow({ where: { ownerId: userId } })).name).toBe("Café Blüte Flowers");

    const headerOnly = await upload(client, "header.csv", "name,categories,city\r\n");
    const headerOnlyId = headerOnly.headers.get("location")!.split("/").pop()!;
    await waitForStatus(headerOnlyId, ["done", "failed"]);
    expect(await (await client.get(`/imports/${headerOnlyId}`)).text()).toContain(
      "Nothing was imported: the file has no rows of businesses",
    );

    const allBad = await upload(
      client,
      "bad.csv",
      "name,categories,city\r\nX,Florists,Portland\r\nY,Zzz Nothing,Austin\r\n",
    );
    const allBadId = allBad.headers.get("location")!.split("/").pop()!;
    await waitForStatus(allBadId, ["done", "failed"]);
    expect(await (await client.get(`/imports/${allBadId}`)).text()).toContain(
      "Nothing was imported: every row has a problem",
    );
  });

  it("exports the public directory without contact details or owner ids", async () => {
    const owner = await newOwner();
    await importMembers(owner.id);
    const hidden = await prisma.business.findFirstOrThrow({ where: { ownerId: owner.id, externalRef: "T-1" } });
    await prisma.business.update({
      where: { id: hidden.id },
      data: { contactEmail: "secret@petal.example.com", contactPhone: "+1 555 0100", contactVisibility: "hidden" },
    });

    const response = await app.client().get("/directory/export?format=csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="mutualist-directory.csv"');
    const text = await response.text();
    expect(text).toContain("Petal Pushers Test");
    expect(text).not.toContain("secret@petal.example.com");
    expect(text).not.toContain("555 0100");
    expect(text).not.toContain(owner.id);
    const parsed = parseImportText(text, "csv");
    expect(parsed.records.length).toBe(await prisma.business.count({ where: { status: "published" } }));

    expect((await app.client().get("/directory/export?format=xml")).status).toBe(400);
    const example = await app.client().get("/imports/example.csv");
    expect(example.status).toBe(200);
    expect(example.headers.get("content-disposition")).toContain("attachment");
  });
});

describe("content filled in from the category", () => {
  const NOTE = "From its category; not confirmed by the business.";
  const FORM_NOTE = "Saving this form confirms it.";
  /** A florist with no details, and a caterer that lists its offerings but not whom it serves. */
  const THIN_CSV = [
    "ref,name,categories,city,region,country,offerings",
    "F-1,Quiet Florist Test,Florists,Portland,OR,US,",
    'F-2,Canape Caterer Test,Caterers,Portland,OR,US,"canapés; buffets"',
    "",
  ].join("\r\n");

  async function importThin(ownerId: string) {
    return runImport({ ownerId, fileName: "thin.csv", format: "csv", text: THIN_CSV });
  }

  async function imported(ownerId: string, ref: string) {
    return prisma.business.findFirstOrThrow({ where: { ownerId, externalRef: ref } });
  }

  /** What a browser posts when the owner saves the edit form without changing anything. */
  async function unchangedForm(businessId: string) {
    const business = await getBusinessById(businessId);
    const form: Record<string, string | string[]> = { intent: "save" };
    for (const [key, value] of Object.entries(toFormDefaults(business!))) {
      if (value !== undefined) form[key] = value;
    }
    return form;
  }

  async function exportedInferred(ownerId: string, ref: string) {
    for await (const row of exportBusinesses({ ownerId })) if (row.ref === ref) return row.inferredFields;
    throw new Error(`no exported row ${ref}`);
  }

  it("marks the lists and niche an imported florist did not give, on its public page and in its edit form", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    await importThin(userId);
    const florist = await imported(userId, "F-1");
    const floristOfferings = JSON.parse(florist.offerings) as string[];
    expect(floristOfferings.length).toBeGreaterThan(0);

    const page = await (await app.client().get(`/b/${florist.slug}`)).text();
    expect(page).toContain(floristOfferings[0]);
    for (const heading of ["Products and services", "Serves", "Customer problems solved"]) {
      expect(page).toMatch(new RegExp(`>${heading}</h2><p[^>]*>${NOTE.replace(".", "\\.")}</p>`));
    }
    // The niche under the name was generated too.
    expect(page).toMatch(new RegExp(`>${escapeHtml(florist.niche)}</p><p[^>]*>${NOTE.replace(".", "\\.")}</p>`));

    // The caterer wrote its offerings: only the lists it left out are marked.
    const caterer = await imported(userId, "F-2");
    const catererPage = await (await app.client().get(`/b/${caterer.slug}`)).text();
    expect(catererPage).toMatch(/>Products and services<\/h2><ul/);
    expect(catererPage).toContain("canapés");
    expect(catererPage).toMatch(/>Serves<\/h2><p[^>]*>From its category/);

    const edit = await (await client.get(`/businesses/${florist.id}/edit`)).text();
    expect(edit).toContain("Filled in from your category");
    expect(edit).toContain("These are right");
    expect(edit.split(FORM_NOTE)).toHaveLength(5); // niche, offerings, target customers, customer problems
    expect(edit.replace(/<!-- -->/g, "")).toContain(
      "its niche, products and services, kinds of customer it serves, and customer problems were filled in from its category",
    );
    const catererEdit = await (await client.get(`/businesses/${caterer.id}/edit`)).text();
    expect(catererEdit.split(FORM_NOTE)).toHaveLength(4);

    // Exports carry the mark, so a re-import of the export keeps it.
    expect(await exportedInferred(userId, "F-1")).toEqual([
      "niche",
      "offerings",
      "targetCustomers",
      "customerProblems",
    ]);
  });

  it("drops the mark once the owner confirms, and a re-import of the unchanged file does not bring it back", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    await importThin(userId);
    const florist = await imported(userId, "F-1");

    const confirmed = await client.post(`/businesses/${florist.id}/edit`, { intent: "confirm-inferred" });
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("location")).toBe(`/businesses/${florist.id}/edit?saved=confirmed`);
    const edit = await (await client.get(`/businesses/${florist.id}/edit?saved=confirmed`)).text();
    expect(edit).toContain("Confirmed: your public page no longer says these came from your category.");
    expect(edit).not.toContain(FORM_NOTE);
    expect(edit).not.toContain("These are right");
    expect(await (await app.client().get(`/b/${florist.slug}`)).text()).not.toContain(NOTE);

    const again = await importThin(userId);
    expect(counts(again)).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 2 });
    const after = await imported(userId, "F-1");
    expect(after.inferredFields).toBe("[]");
    expect(after.offerings).toBe(florist.offerings);
    expect(await (await app.client().get(`/b/${florist.slug}`)).text()).not.toContain(NOTE);
    expect(await exportedInferred(userId, "F-1")).toEqual([]);

    // Someone else cannot confirm it for the owner.
    const caterer = await imported(userId, "F-2");
    const stranger = (await signUpThroughForm(app.client())).client;
    expect((await stranger.post(`/businesses/${caterer.id}/edit`, { intent: "confirm-inferred" })).status).toBe(403);
    expect((await imported(userId, "F-2")).inferredFields).not.toBe("[]");
  });

  it("drops the mark when the owner saves the edit form, and a re-import keeps what they saved", async () => {
    const { client, userId } = await signUpThroughForm(app.client());
    await importThin(userId);
    const caterer = await imported(userId, "F-2");
    expect(JSON.parse(caterer.inferredFields)).toEqual(["niche", "targetCustomers", "customerProblems"]);

    const form = await unchangedForm(caterer.id);
    // An import sets no service radius, which the form asks for: the owner gives one as they save.
    const saved = await client.post(`/businesses/${caterer.id}/edit`, {
      ...form,
      radiusKm: "25",
      targetCustomers: "office managers",
    });
    expect(saved.status).toBe(302);
    const page = await (await app.client().get(`/b/${caterer.slug}`)).text();
    expect(page).not.toContain(NOTE);
    expect(page).toContain("office managers");

    await importThin(userId);
    const after = await imported(userId, "F-2");
    expect(JSON.parse(after.targetCustomers)).toEqual(["office managers"]);
    expect(after.customerProblems).toBe(caterer.customerProblems);
    expect(after.inferredFields).toBe("[]");
    expect(await (await app.client().get(`/b/${caterer.slug}`)).text()).not.toContain(NOTE);
  });
});

function escapeHtml(text: string) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
