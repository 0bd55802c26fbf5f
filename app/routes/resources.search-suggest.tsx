import type { LoaderFunctionArgs } from "@remix-run/node";
import { suggestForHeader } from "#app/models/directory-search.server";

/** Header search-as-you-type: GET /resources/search-suggest?q=flor → [{ name, slug, category }] (up to 6). */
export async function loader({ request }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  try {
    const { suggestions, unavailable } = await suggestForHeader(q, 6);
    return Response.json(suggestions, {
      headers: { "Cache-Control": unavailable ? "no-store" : "public, max-age=30" },
    });
  } catch (error) {
    // Suggestions are a nicety: no list is the answer. A bug is logged loudly; the box still
    // submits to /search.
    console.error("search suggestions failed:", error);
    return Response.json([], { headers: { "Cache-Control": "no-store" } });
  }
}
