/**
 * The matching evaluation's metrics, exactly as ../shared/eval/README.md defines them. Pure: the
 * labels come in from the eval script and never reach the product.
 */
export interface EvalBusiness {
  id: string;
  name: string;
  profession: string;
  sphere: string;
  metro: string;
}

/** For each business id: its complementary (top 10) and overflow (top 5) suggestion ids, in order. */
export type EvalLists = Map<string, { complementary: string[]; overflow: string[] }>;

export interface MetricSet {
  precisionAt5: number;
  competitorAt10: number;
  coverageAt10: number;
  overflowPrecisionAt5: number;
}

export interface Figures {
  macro: MetricSet;
  micro: MetricSet;
}

const METRICS: (keyof MetricSet)[] = ["precisionAt5", "competitorAt10", "coverageAt10", "overflowPrecisionAt5"];

interface PerBusiness {
  business: EvalBusiness;
  values: Partial<MetricSet>;
}

/** Each business's metrics; a metric is absent where the README says it is not counted. */
export function scoreBusinesses(businesses: EvalBusiness[], lists: EvalLists): PerBusiness[] {
  const byId = new Map(businesses.map((business) => [business.id, business]));
  const byMetro = new Map<string, EvalBusiness[]>();
  for (const business of businesses) byMetro.set(business.metro, [...(byMetro.get(business.metro) ?? []), business]);

  return businesses.map((business) => {
    const metro = (byMetro.get(business.metro) ?? []).filter((other) => other.id !== business.id);
    const sphereOthers = metro.filter(
      (other) => other.sphere === business.sphere && other.profession !== business.profession,
    );
    const sameProfession = metro.filter((other) => other.profession === business.profession);
    const otherProfessions = new Set(sphereOthers.map((other) => other.profession));
    const list = lists.get(business.id) ?? { complementary: [], overflow: [] };
    const top10 = list.complementary
      .slice(0, 10)
      .map((id) => byId.get(id))
      .filter((b): b is EvalBusiness => !!b);
    const top5 = top10.slice(0, 5);
    const overflow5 = list.overflow
      .slice(0, 5)
      .map((id) => byId.get(id))
      .filter((b): b is EvalBusiness => !!b);
    const inSphereOther = (other: EvalBusiness) =>
      other.sphere === business.sphere && other.profession !== business.profession;

    const values: Partial<MetricSet> = {
      competitorAt10:
        top10.filter((other) => other.profession === business.profession).length / Math.max(1, top10.length),
    };
    if (sphereOthers.length >= 5) values.precisionAt5 = top5.filter(inSphereOther).length / 5;
    const coverageDenominator = Math.min(10, otherProfessions.size);
    if (coverageDenominator >= 1) {
      values.coverageAt10 =
        new Set(top10.filter(inSphereOther).map((other) => other.profession)).size / coverageDenominator;
    }
    const overflowDenominator = Math.min(5, sameProfession.length);
    if (overflowDenominator >= 1) {
      values.overflowPrecisionAt5 =
        overflow5.filter((other) => other.profession === business.profession).length / overflowDenominator;
    }
    return { business, values };
  });
}

function mean(values: number[]): number {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : Number.NaN;
}

/** Macro: mean over professions of the per-profession mean. Micro: mean over businesses. */
export function aggregate(rows: PerBusiness[]): Figures {
  const macro = {} as MetricSet;
  const micro = {} as MetricSet;
  for (const metric of METRICS) {
    const counted = rows.filter((row) => row.values[metric] !== undefined);
    micro[metric] = round(mean(counted.map((row) => row.values[metric]!)));
    const byProfession = new Map<string, number[]>();
    for (const row of counted)
      byProfession.set(row.business.profession, [
        ...(byProfession.get(row.business.profession) ?? []),
        row.values[metric]!,
      ]);
    macro[metric] = round(mean([...byProfession.values()].map(mean)));
  }
  return { macro, micro };
}

function round(value: number): number {
  return Number.isNaN(value) ? value : Math.round(value * 10_000) / 10_000;
}

export interface EvalMetrics {
  product: Figures;
  baseline: Figures;
  spheres: Record<string, Figures>;
  baselineSpheres: Record<string, Figures>;
  productRows: PerBusiness[];
}

export function computeMetrics(businesses: EvalBusiness[], product: EvalLists, baseline: EvalLists): EvalMetrics {
  const productRows = scoreBusinesses(businesses, product);
  const baselineRows = scoreBusinesses(businesses, baseline);
  const spheres: Record<string, Figures> = {};
  const baselineSpheres: Record<string, Figures> = {};
  for (const sphere of [...new Set(businesses.map((business) => business.sphere))].sort()) {
    spheres[sphere] = aggregate(productRows.filter((row) => row.business.sphere === sphere));
    baselineSpheres[sphere] = aggregate(baselineRows.filter((row) => row.business.sphere === sphere));
  }
  return { product: aggregate(productRows), baseline: aggregate(baselineRows), spheres, baselineSpheres, productRows };
}

const LABELS: Record<keyof MetricSet, string> = {
  precisionAt5: "precision@5",
  competitorAt10: "competitor rate@10",
  coverageAt10: "coverage@10",
  overflowPrecisionAt5: "overflow precision@5",
};

const fmt = (value: number) => (Number.isNaN(value) ? "  n/a" : value.toFixed(3));

export function formatReport(
  metrics: EvalMetrics,
  counts: { businesses: number; imported: number; unmappedLabels: number },
  lookup: (id: string) => EvalBusiness | undefined,
  _idToRef?: Map<string, string>,
  lists?: EvalLists,
): string {
  const lines: string[] = [];
  lines.push(
    `\nBusinesses: ${counts.businesses} · imported: ${counts.imported} · unmapped category labels: ${counts.unmappedLabels}\n`,
  );
  lines.push(
    `${"metric".padEnd(24)} ${"product macro".padStart(14)} ${"baseline macro".padStart(15)} ${"product micro".padStart(14)} ${"baseline micro".padStart(15)}`,
  );
  for (const metric of METRICS) {
    lines.push(
      `${LABELS[metric].padEnd(24)} ${fmt(metrics.product.macro[metric]).padStart(14)} ${fmt(metrics.baseline.macro[metric]).padStart(15)} ${fmt(metrics.product.micro[metric]).padStart(14)} ${fmt(metrics.baseline.micro[metric]).padStart(15)}`,
    );
  }
  lines.push("\nPer sphere (macro; product / baseline):");
  for (const [sphere, figures] of Object.entries(metrics.spheres)) {
    const base = metrics.baselineSpheres[sphere]!;
    lines.push(
      `  ${sphere.padEnd(20)} ${METRICS.map((metric) => `${LABELS[metric]} ${fmt(figures.macro[metric])} / ${fmt(base.macro[metric])}`).join(" · ")}`,
    );
  }
  for (const metric of METRICS) {
    const perProfession = new Map<string, number[]>();
    for (const row of metrics.productRows) {
      const value = row.values[metric];
      if (value !== undefined)
        perProfession.set(row.business.profession, [...(perProfession.get(row.business.profession) ?? []), value]);
    }
    const ordered = [...perProfession]
      .map(([profession, values]) => [profession, mean(values)] as const)
      .sort((a, b) => a[1] - b[1]);
    if (metric === "competitorAt10") ordered.reverse();
    lines.push(`\n${LABELS[metric]} by profession, worst first (product):`);
    lines.push(
      `  ${ordered
        .slice(0, 12)
        .map(([profession, value]) => `${profession} ${value.toFixed(2)}`)
        .join(" · ")}`,
    );
  }
  const worst = metrics.productRows
    .filter((row) => row.values.precisionAt5 !== undefined)
    .sort(
      (a, b) =>
        a.values.precisionAt5! - b.values.precisionAt5! ||
        (b.values.competitorAt10 ?? 0) - (a.values.competitorAt10 ?? 0),
    )
    .slice(0, 8);
  lines.push("\nWorst cases (precision@5):");
  for (const row of worst) {
    lines.push(
      `  ${row.business.name} (${row.business.profession}, ${row.business.metro}): precision@5 ${fmt(row.values.precisionAt5!)}`,
    );
    const top = lists?.get(row.business.id)?.complementary.slice(0, 5) ?? [];
    for (const id of top) {
      const other = lookup(id);
      const verdict = !other
        ? "?"
        : other.profession === row.business.profession
          ? "WRONG: same profession"
          : other.sphere !== row.business.sphere
            ? `WRONG: other sphere (${other.sphere})`
            : "ok";
      lines.push(`      - ${other?.name ?? id} (${other?.profession ?? "?"}) ${verdict}`);
    }
    if (top.length < 5) lines.push(`      - ${5 - top.length} empty slot(s): missing suggestions count as misses`);
  }
  return lines.join("\n");
}
