import type { LoaderFunctionArgs } from "@remix-run/node";
import { suggestBusinesses, SearchUnavailableError } from "#search/queries";

/** Header search-as-you-type: GET /resources/search-suggest?q=flor → [{ name, slug, category }] (up to 6). */
export async function loader({ request }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  try {
    const suggestions = await suggestBusinesses(q, 6);
    return Response.json(suggestions, { headers: { "Cache-Control": "public, max-age=30" } });
  } catch (error) {
    // Suggestions are a nicety: with search down (or a query it refuses) the box still submits to
    // /search, which explains. An unexpected failure is logged, never shown as an error page.
    if (!(error instanceof SearchUnavailableError)) console.error("search suggestions failed:", error);
    return Response.json([], { headers: { "Cache-Control": "no-store" } });
  }
}
