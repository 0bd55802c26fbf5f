/**
 * Bulk import benchmark: `npm run bench:import -- [ROWS] [--write FILE.csv]`.
 *
 * Generates a member list (realistic mix: refs on most rows, some without, place names or
 * coordinates, 1% bad rows), imports it into a fresh, migrated SQLite file and reports the time.
 * With --write it only writes the CSV (for trying `npm run import`).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEMO_CITIES, pick, seededRandom } from "#prisma/factories";
import { CATEGORIES } from "#app/domain/taxonomy";

const EXTRA_CITIES = [
  ["Seattle", "WA", "US"],
  ["Boise", "ID", "US"],
  ["Sacramento", "CA", "US"],
  ["Phoenix", "AZ", "US"],
  ["Chicago", "IL", "US"],
  ["Boston", "MA", "US"],
  ["Atlanta", "GA", "US"],
  ["Nashville", "TN", "US"],
  ["Vancouver", "BC", "CA"],
  ["Montreal", "QC", "CA"],
  ["Leeds", "England", "GB"],
  ["Glasgow", "Scotland", "GB"],
  ["Cardiff", "Wales", "GB"],
  ["Oregon City", "Oregon", "United States"],
] as const;

export function generateMemberCsv(rows: number, seed = 42): string {
  const random = seededRandom(seed);
  const lines = ["ref,name,categories,city,region,country,lat,lng,website,description,offerings,capacity"];
  for (let i = 1; i <= rows; i++) {
    const category = pick(random, CATEGORIES);
    const second = random() < 0.3 ? `; ${pick(random, CATEGORIES).name}` : "";
    const umbrella = random() < 0.1 ? "; Home Services" : "";
    const unknown = random() < 0.02 ? "; Underwater Basket Weaving" : "";
    const name = `${pick(random, ["Alder", "Bluebird", "Cedar", "Copper", "Fern", "Harbor", "Juniper", "Maple", "Wren"])} ${category.name.replace(/s$/, "")} ${i}`;
    const useCoordinates = random() < 0.2;
    const demo = pick(random, DEMO_CITIES);
    const [city, region, country] =
      random() < 0.5 ? [demo.name, demo.region, demo.country] : pick(random, EXTRA_CITIES);
    const lat = useCoordinates ? (demo.lat + (random() - 0.5) * 0.1).toFixed(5) : "";
    const lng = useCoordinates ? (demo.lng + (random() - 0.5) * 0.1).toFixed(5) : "";
    const placeCity = useCoordinates ? demo.name : city;
    const placeRegion = useCoordinates ? demo.region : region;
    const placeCountry = useCoordinates ? demo.country : country;
    const bad = random() < 0.01;
    const ref = random() < 0.9 ? `M-${i}` : "";
    const description = random() < 0.5 ? `"Family-run since ${1980 + (i % 40)}, ""friendly"", local."` : "";
    const offerings = random() < 0.5 ? `"${category.offerings.slice(0, 3).join("; ")}"` : "";
    const capacity = pick(random, ["", "", "none", "booked-out", "spare-capacity"]);
    lines.push(
      [
        ref,
        bad ? "X" : name,
        `"${category.name}${second}${umbrella}${unknown}"`,
        placeCity,
        placeRegion,
        placeCountry,
        lat,
        lng,
        random() < 0.5 ? `www.example-${i}.com` : "",
        description,
        offerings,
        capacity,
      ].join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

async function main() {
  const args = process.argv.slice(2);
  const rows = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 100_000);
  const writeAt = args.indexOf("--write");
  const text = generateMemberCsv(rows);
  if (writeAt >= 0) {
    const file = args[writeAt + 1] ?? "/tmp/members.csv";
    writeFileSync(file, text);
    console.log(`Wrote ${rows} rows to ${file} (${(text.length / 1e6).toFixed(1)} MB)`);
    return;
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), "mutualist-bench-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  const { applyMigrations } = await import("#server/boot");
  const { configureDatabase, prisma } = await import("#app/utils/db.server");
  const { findImportOwner } = await import("#app/models/imports/import-owner.server");
  const { runImport } = await import("#app/models/imports/run-import.server");
  applyMigrations();
  await configureDatabase();
  const owner = await findImportOwner();
  if (!owner) throw new Error("no owner");

  const started = performance.now();
  const summary = await runImport({ ownerId: owner.id, fileName: "bench.csv", format: "csv", text });
  const firstRun = (performance.now() - started) / 1000;
  const again = performance.now();
  const second = await runImport({ ownerId: owner.id, fileName: "bench.csv", format: "csv", text });
  const secondRun = (performance.now() - again) / 1000;
  const count = await prisma.business.count();
  console.log(
    `${rows} rows (${(text.length / 1e6).toFixed(1)} MB) into an empty database: ${firstRun.toFixed(1)} s ` +
      `(${summary.createdCount} created, ${summary.failedCount} failed, ${summary.unmappedLabels.length} unmapped labels)`,
  );
  console.log(
    `Same file again: ${secondRun.toFixed(1)} s (${second.unchangedCount} unchanged, ${second.createdCount} created, ${second.updatedCount} updated); ${count} businesses`,
  );
  await prisma.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
