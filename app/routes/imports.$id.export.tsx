import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportBusinesses } from "#app/models/imports/export.server";
import { requireImportOwner } from "#app/models/imports/import-reports.server";
import { exportFormatParam, exportResponse } from "#app/utils/export-response.server";
import { requireUserId } from "#app/utils/session.server";

/** GET /imports/:id/export?format=csv|jsonl: the businesses this import created or last changed, as a download. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const importId = params.id ?? "";
  await requireImportOwner(userId, importId);
  const format = exportFormatParam(request);
  return exportResponse(exportBusinesses({ ownerId: userId, importId }), format, `mutualist-import-${importId}`);
}
