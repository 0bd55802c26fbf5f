import type { LoaderFunctionArgs } from "@remix-run/node";
import { readLogoFile } from "#app/models/business-logo.server";

/**
 * GET /logos/<businessId>/<key>/<px>.webp: a stored logo (app/domain/business-logo.ts's logoUrl).
 * Every upload gets a new random key and its files are written once, before any page names them,
 * so the bytes at a URL never change and can be cached for a year (a removed logo's URL is in no
 * page any more). Only paths of that exact shape reach storage (`readLogoFile`), and the storage
 * reads only below UPLOADS_DIR: `..`, encoded dots or slashes and absolute paths are a 404
 * (tests/integration/business-logo.test.ts). server/app.ts adds `X-Content-Type-Options: nosniff`
 * to every response (here too: setting it again would send it twice), so a browser takes the type
 * as sent.
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
