import type { LoaderFunctionArgs } from "@remix-run/node";
import { suggestBusinesses, SearchUnavailableError } from "../../search/queries";

/** Header search-as-you-type: GET /resources/search-suggest?q=flor → [{ name, slug, category }] (up to 6). */
export async function loader({ request }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  try {
    const suggestions = await suggestBusinesses(q, 6);
    return Response.json(suggestions, { headers: { "Cache-Control": "public, max-age=30" } });
  } catch (error) {
    if (!(error instanceof SearchUnavailableError)) throw error;
    // Suggestions are a nicety: with search down the box still submits to /search, which explains.
    return Response.json([], { headers: { "Cache-Control": "no-store" } });
  }
}
