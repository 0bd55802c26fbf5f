import type { LoaderFunctionArgs } from "@remix-run/node";
import { readLogoFile } from "#app/models/business-logo.server";

/**
 * GET /logos/<businessId>/<key>/<px>.webp: a stored logo (app/domain/business-logo.ts's logoUrl).
 * Every upload has a new key, so a file never changes and can be cached for a year. Only paths of
 * that exact shape reach storage; anything else is a 404. (server/app.ts adds
 * `X-Content-Type-Options: nosniff` to every response, so a browser never second-guesses the type.)
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const bytes = await readLogoFile(params["*"] ?? "");
  if (!bytes) {
    return new Response("There is no picture at this address.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "image/webp",
      "Content-Length": String(bytes.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
