import { createRequire } from "node:module";
import type * as EChartsModule from "echarts";
import type { MonthPoint } from "#app/domain/referral";

/**
 * The referral chart as an SVG document, drawn on the server by Apache ECharts
 * (docs/decisions/025-chart-library.md) and served as an image: no chart code reaches the browser,
 * and an <img> runs no script. The labels are ours (months, "Sent", "Received"), never user text.
 */

type ECharts = typeof EChartsModule;
let echarts: ECharts | undefined;

// The CommonJS build is one file (~0.2 s to load); the ES build is hundreds of modules (~1 s).
// Loaded on the first chart, not at boot.
function loadECharts(): ECharts {
  echarts ??= createRequire(import.meta.url)("echarts") as ECharts;
  return echarts;
}

/** "wide" for the page; "narrow" for a phone, whose screen would shrink the wide one's labels to 6 px. */
export const CHART_SIZES = { wide: { width: 640, height: 260 }, narrow: { width: 360, height: 240 } } as const;
export type ChartSize = keyof typeof CHART_SIZES;

/** The size a chart URL asks for (`?size=narrow`); anything else is the wide one. */
export function chartSizeOf(request: Request): ChartSize {
  return new URL(request.url).searchParams.get("size") === "narrow" ? "narrow" : "wide";
}

export function renderReferralChart(points: MonthPoint[], size: ChartSize = "wide"): string {
  const narrow = size === "narrow";
  const chart = loadECharts().init(null, null, { renderer: "svg", ssr: true, ...CHART_SIZES[size] });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: "system-ui, sans-serif", color: "#44403c" },
      color: ["#1f7a5a", "#d97706"],
      legend: { top: 0, data: ["Sent", "Received"] },
      grid: narrow ? { left: 28, right: 8, top: 36, bottom: 28 } : { left: 36, right: 12, top: 36, bottom: 28 },
      xAxis: {
        type: "category",
        // On a phone every other month is labelled.
        data: points.map((point) => point.label.slice(0, 3)),
        axisTick: { alignWithLabel: true },
        axisLabel: narrow ? { interval: 1 } : {},
      },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        { name: "Sent", type: "bar", data: points.map((point) => point.given), barMaxWidth: narrow ? 8 : 14 },
        { name: "Received", type: "bar", data: points.map((point) => point.received), barMaxWidth: narrow ? 8 : 14 },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart as a response: an image, never cached publicly, with a policy that forbids scripts even when opened directly. */
export function chartResponse(svg: string): Response {
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
