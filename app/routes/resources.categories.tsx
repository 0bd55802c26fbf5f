import type { LoaderFunctionArgs } from "@remix-run/node";
import { searchCategories } from "#app/domain/taxonomy";
import { clipText } from "#app/domain/tags";

/** Category search-as-you-type over names and aliases: GET /resources/categories?q=vet. */
export async function loader({ request }: LoaderFunctionArgs) {
  const q = clipText(new URL(request.url).searchParams.get("q") ?? "", 100);
  return Response.json(searchCategories(q, 12), { headers: { "Cache-Control": "public, max-age=3600" } });
}
