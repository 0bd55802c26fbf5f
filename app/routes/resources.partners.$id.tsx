import type { LoaderFunctionArgs } from "@remix-run/node";
import { PARTNERSHIP_KINDS } from "#app/domain/business-schema";
import { isCategorySlug } from "#app/domain/taxonomy";
import { ownerSuggestions } from "#app/models/partners.server";

/**
 * Partner suggestions as JSON for the owner of a business:
 * GET /resources/partners/:id?tab=complementary|overflow&kind=&within=&profession=&limit= (1–30, default 10)
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const started = performance.now();
  const search = new URL(request.url).searchParams;
  const kind = search.get("kind") ?? "";
  const within = Number(search.get("within"));
  const profession = search.get("profession") ?? "";
  const tab = search.get("tab") === "overflow" ? "overflow" : "complementary";
  const filters = {
    kind: PARTNERSHIP_KINDS.some((k) => k.value === kind) ? kind : undefined,
    within: Number.isInteger(within) && within >= 1 && within <= 1000 ? within : undefined,
    profession: isCategorySlug(profession) ? profession : undefined,
  };
  const limitParam = Number(search.get("limit") ?? 10);
  const limit = Number.isInteger(limitParam) && limitParam >= 1 ? Math.min(30, limitParam) : 10;
  const { suggestions } = await ownerSuggestions(request, params.id ?? "", tab, filters, limit);
  const result = await suggestions;
  if (result.unavailable) {
    return Response.json(
      { error: "Suggestions are temporarily unavailable. Try again in a minute.", partners: [] },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "60" } },
    );
  }
  const totalMs = performance.now() - started;
  return Response.json(
    {
      partners: result.partners.map(
        ({ id, slug, name, category, place, score, reasons, breakdown, distanceKm, saved }) => ({
          id,
          slug,
          name,
          category,
          place,
          score,
          reasons,
          breakdown,
          distanceKm,
          saved,
        }),
      ),
    },
    {
      headers: {
        "Cache-Control": "private, no-store",
        "Server-Timing": `meili;dur=${result.meiliMs.toFixed(1)}, total;dur=${totalMs.toFixed(1)}`,
      },
    },
  );
}
