import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireOwnedBusiness } from "#app/models/businesses.server";
import { ledgerCsv } from "#app/models/referral-figures.server";
import { csvDownload } from "#app/utils/export-response.server";
import { requireUserId } from "#app/utils/session.server";

/** Every referral the business gave or received, across its partnerships, as CSV (owner only). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const business = await requireOwnedBusiness(userId, params.id ?? "");
  return csvDownload(await ledgerCsv(business.id), `referrals-${business.slug}`);
}
