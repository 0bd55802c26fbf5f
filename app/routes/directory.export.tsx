import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportBusinesses } from "#app/models/imports/export.server";
import { exportFormatParam, exportResponse } from "#app/utils/export-response.server";

/**
 * GET /directory/export?format=csv|jsonl: every published business, public fields only (no contact
 * details, no owner ids), in the import format.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const format = exportFormatParam(request);
  return exportResponse(exportBusinesses(), format, "mutualist-directory", "public, max-age=300");
}
