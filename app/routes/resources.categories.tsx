import type { LoaderFunctionArgs } from "@remix-run/node";
import { clipText } from "#app/domain/tags";
import { cleanText } from "#app/domain/text";
import { describeCategoryLabel, searchCategories } from "#app/domain/taxonomy";

/**
 * The taxonomy for pages that do not carry it (decision 017):
 * - GET /resources/categories?q=vet: category search-as-you-type over names and aliases;
 * - GET /resources/categories?label=flower+shop: the category a typed label names, with the tags
 *   it usually has (the business form's check and suggestions), or `{ "slug": null }`.
 * The taxonomy changes only with a release: answers may be cached for an hour.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const headers = { "Cache-Control": "public, max-age=3600" };
  const label = search.get("label");
  if (label !== null) return Response.json(describeCategoryLabel(clipText(cleanText(label), 100)), { headers });
  const q = clipText(search.get("q") ?? "", 100);
  return Response.json(searchCategories(q, 12), { headers });
}
