import type { LoaderFunctionArgs } from "@remix-run/node";
import { searchPlaces } from "#app/models/places.server";

/** Place picker search-as-you-type: GET /resources/places?q=port → [{ id, label, lat, lng }]. */
export async function loader({ request }: LoaderFunctionArgs) {
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  const places = searchPlaces(q, 8).map(({ id, label, lat, lng }) => ({ id, label, lat, lng }));
  return Response.json(places, { headers: { "Cache-Control": "public, max-age=3600" } });
}
