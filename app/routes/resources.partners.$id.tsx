import type { LoaderFunctionArgs } from "@remix-run/node";
import { parseSuggestionQuery } from "#app/domain/suggestion-filters";
import { ownerSuggestions } from "#app/models/partners.server";

/**
 * Partner suggestions as JSON for the owner of a business, with the partners page's parameters
 * and rules (app/domain/suggestion-filters.ts):
 * GET /resources/partners/:id?tab=complementary|overflow&kind=&within=1–500&profession=&shown=1–30 (default 10).
 * A bad value is refused with 400 and `{ error }` saying which and why. `yours` lists the owner's
 * other businesses that would fit (never among `partners`; docs/decisions/028).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const started = performance.now();
  const parsed = parseSuggestionQuery(new URL(request.url).searchParams);
  if (!parsed.ok) {
    return Response.json(
      { error: parsed.message, partners: [] },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  const result = await ownerSuggestions(request, params.id ?? "", parsed.query);
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
      yours: result.yours,
    },
    {
      headers: {
        "Cache-Control": "private, no-store",
        "Server-Timing": `meili;dur=${result.meiliMs.toFixed(1)}, total;dur=${totalMs.toFixed(1)}`,
      },
    },
  );
}
