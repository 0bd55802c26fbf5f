import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SingleBar } from "cli-progress";
import { DEFAULT_RADIUS_KM, tradeSimilarity } from "#app/domain/matching";
import { distanceKm } from "#app/domain/geo";
import { toProfile } from "#app/models/businesses.server";
import { runImport } from "#app/models/imports/run-import.server";
import { toMatchProfile, suggestComplementaryPartners, suggestOverflowPartners } from "#app/models/partners.server";
import { drainOutbox, pendingOutboxCount } from "#app/models/search-sync.server";
import { prisma } from "#app/utils/db.server";
import { businessIndexName, categoryWeights, geoRadiusFilter, getBusinessIndex, quoteFilterValue } from "#search/index";
import { prepareCli } from "#server/boot";
import { computeMetrics, formatReport, type EvalBusiness, type EvalLists } from "./eval-metrics";

/**
 * npm run eval:matching -- FILE.jsonl [--json PATH] [--keep]
 *
 * Loads a labelled file (see ../shared/eval/README.md) into a fresh database and index through the
 * bulk-import path — only ref, name, place and category labels reach the product — asks every
 * business for its top 10 complementary and top 5 overflow partners, and scores them against the
 * labels, side by side with a plain keyword-search baseline. The labels stay in this script.
 * The whole file is imported under one account, but each business is asked as if it were
 * separately owned: the suggestions are asked without `excludeOwnerId` (the owner's pages pass it
 * to leave out the owner's own businesses), so every other business of the file is a candidate.
 * EVAL_DEBUG=N also prints the N worst coverage and overflow cases with the categories the import
 * gave each business and, for an overflow case, the businesses of its profession in its metro that
 * were not offered, with their distance and trade similarity (to learn from; the figures do not
 * change).
 */
const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("--"));
const jsonIndex = args.indexOf("--json");
const jsonPath = jsonIndex >= 0 ? args[jsonIndex + 1] : undefined;
if (!file) {
  console.error(
    "Usage: npm run eval:matching -- FILE.jsonl [--json PATH]\n" +
      "Imports FILE under one account and scores each business's suggestions as if every business were separately owned.",
  );
  process.exit(2);
}

const PRODUCT_FIELDS = ["ref", "name", "city", "region", "country", "lat", "lng", "sourceCategories"] as const;

interface LabelledRecord {
  ref: string;
  profession: string;
  sphere: string;
  metro: string;
  sourceCategories: string[];
}

function readFile(filePath: string) {
  const labelled: LabelledRecord[] = [];
  const productLines: string[] = [];
  for (const line of readFileSync(filePath, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as Record<string, unknown>;
    labelled.push({
      ref: String(record.ref),
      profession: String(record.profession),
      sphere: String(record.sphere),
      metro: String(record.metro),
      sourceCategories: (record.sourceCategories as string[] | undefined) ?? [],
    });
    // Only these fields go to the product.
    productLines.push(JSON.stringify(Object.fromEntries(PRODUCT_FIELDS.map((field) => [field, record[field]]))));
  }
  return { labelled, productText: productLines.join("\n") };
}

async function main() {
  const started = Date.now();
  const scratch = mkdtempSync(path.join(os.tmpdir(), "mutualist-eval-"));
  process.env.DATABASE_URL = `file:${path.join(scratch, "eval.db")}`;
  process.env.MEILI_DATA_DIR = path.join(scratch, "meili");
  process.env.MEILI_INDEX_PREFIX = `eval-${Date.now()}`;
  const services = await prepareCli((line) => console.log(line));
  try {
    const { labelled, productText } = readFile(path.resolve(file!));
    console.log(`Importing ${labelled.length} businesses (names, places, category labels only)…`);
    const owner = await prisma.user.create({ data: { email: "eval@mutualist.local", passwordHash: "!no-sign-in" } });
    const summary = await runImport({
      ownerId: owner.id,
      fileName: path.basename(file!),
      format: "jsonl",
      text: productText,
    });
    while ((await pendingOutboxCount()) > 0) await drainOutbox(5000);

    const rows = await prisma.business.findMany({ where: { ownerId: owner.id, status: "published" } });
    const byRef = new Map(labelled.map((record) => [record.ref, record]));
    const idToRef = new Map(rows.map((row) => [row.id, row.externalRef ?? ""]));
    const businesses: EvalBusiness[] = rows.flatMap((row) => {
      const label = byRef.get(row.externalRef ?? "");
      return label ? [{ id: row.id, name: row.name, ...label }] : [];
    });

    const bar = new SingleBar({
      format: "Suggesting [{bar}] {value}/{total} | {duration_formatted}",
      hideCursor: true,
    });
    bar.start(rows.length, 0);
    const product: EvalLists = new Map();
    const baseline: EvalLists = new Map();
    let meiliMs = 0;
    const index = getBusinessIndex();
    const queue = [...rows];
    const worker = async () => {
      for (let row = queue.shift(); row; row = queue.shift()) {
        const business = toProfile(row);
        // No `excludeOwnerId`: each business as if separately owned (the file shares one importer).
        const [complementary, overflow] = await Promise.all([
          suggestComplementaryPartners(business, {}, 10),
          suggestOverflowPartners(business, {}, 5),
        ]);
        meiliMs += complementary.meiliMs + overflow.meiliMs;
        product.set(row.id, {
          complementary: complementary.partners.map((p) => p.id),
          overflow: overflow.partners.map((p) => p.id),
        });
        const labels = byRef.get(row.externalRef ?? "")?.sourceCategories ?? [];
        const keyword = await index.search(labels.join(" "), {
          filter: [
            geoRadiusFilter(business, business.radiusKm ?? DEFAULT_RADIUS_KM),
            `NOT id = ${quoteFilterValue(row.id)}`,
          ],
          limit: 10,
          attributesToRetrieve: ["id"],
        });
        const ids = keyword.hits.map((hit) => hit.id);
        baseline.set(row.id, { complementary: ids, overflow: ids.slice(0, 5) });
        bar.increment();
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    bar.stop();

    const metrics = computeMetrics(businesses, product, baseline);
    const counts = {
      businesses: labelled.length,
      imported: rows.length,
      unmappedLabels: summary.unmappedLabels.reduce((sum, entry) => sum + entry.count, 0),
    };
    const byId = new Map(businesses.map((b) => [b.id, b]));
    console.log(formatReport(metrics, counts, (id) => byId.get(id), idToRef, product));
    console.log(
      `Unmapped labels: ${
        summary.unmappedLabels
          .slice(0, 15)
          .map((entry) => `${entry.label} (${entry.count})`)
          .join(", ") || "none"
      }`,
    );
    console.log(
      `Index ${businessIndexName()} · Meilisearch time for candidate queries: ${Math.round(meiliMs)} ms in all · run ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    if (process.env.EVAL_DEBUG) {
      const rowById = new Map(rows.map((row) => [row.id, row]));
      const describe = (id: string) => {
        const row = rowById.get(id);
        const label = byRef.get(row?.externalRef ?? "");
        return `${row?.name} [${label?.profession}] {${row?.primaryCategory}${row ? ` ${row.secondaryCategories}` : ""}}`;
      };
      const weights = [...(await categoryWeights())].sort((a, b) => a[1] - b[1]);
      console.log(`CATEGORY WEIGHTS ${weights.map(([slug, weight]) => `${slug} ${weight.toFixed(2)}`).join(" · ")}`);
      const worstOverflow = metrics.productRows
        .filter((r) => r.values.overflowPrecisionAt5 !== undefined && r.values.overflowPrecisionAt5 < 1)
        .slice(0, Number(process.env.EVAL_DEBUG));
      const worstCoverage = metrics.productRows
        .filter((r) => r.values.coverageAt10 !== undefined && r.values.coverageAt10 < 0.7)
        .slice(0, Number(process.env.EVAL_DEBUG));
      const worstPrecision = metrics.productRows
        .filter((r) => r.values.precisionAt5 !== undefined && r.values.precisionAt5 < 1)
        .slice(0, Number(process.env.EVAL_DEBUG));
      for (const r of worstPrecision) {
        console.log(`PRECISION ${describe(r.business.id)} = ${r.values.precisionAt5}`);
        for (const id of product.get(r.business.id)?.complementary.slice(0, 5) ?? [])
          console.log(`    ${describe(id)}`);
      }
      for (const r of worstCoverage) {
        console.log(`COVERAGE ${describe(r.business.id)} = ${r.values.coverageAt10}`);
        for (const id of product.get(r.business.id)?.complementary ?? []) console.log(`    ${describe(id)}`);
      }
      for (const r of worstOverflow) {
        console.log(`OVERFLOW ${describe(r.business.id)} = ${r.values.overflowPrecisionAt5}`);
        for (const id of product.get(r.business.id)?.overflow ?? []) console.log(`    ${describe(id)}`);
        const self = toMatchProfile(toProfile(rowById.get(r.business.id)!));
        const shown = new Set(product.get(r.business.id)?.overflow ?? []);
        for (const other of businesses) {
          if (other.id === r.business.id || shown.has(other.id)) continue;
          if (other.profession !== r.business.profession || other.metro !== r.business.metro) continue;
          const profile = toMatchProfile(toProfile(rowById.get(other.id)!));
          const similarity = tradeSimilarity(self, profile, new Map(weights)).score;
          console.log(
            `    MISSED ${describe(other.id)} ${distanceKm(self, profile).toFixed(1)} km, similarity ${similarity}`,
          );
        }
      }
    }
    if (jsonPath) {
      writeFileSync(
        jsonPath,
        `${JSON.stringify({ product: metrics.product, baseline: metrics.baseline, spheres: metrics.spheres, counts }, null, 2)}\n`,
      );
      console.log(`Wrote ${jsonPath}`);
    }
  } finally {
    await services.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
