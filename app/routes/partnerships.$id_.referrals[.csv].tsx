import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPartnershipForUser, NOT_FOUND_MESSAGE } from "#app/models/partnership-access.server";
import { ledgerCsv } from "#app/models/referral-figures.server";
import { csvDownload } from "#app/utils/export-response.server";
import { getUser } from "#app/utils/session.server";

/** The partnership's ledger as CSV, seen from the viewer's side (customer contacts of referrals they received only). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const partnership = user ? await getPartnershipForUser(params.id ?? "", user.id) : null;
  if (!partnership) throw new Response(NOT_FOUND_MESSAGE, { status: 404 });
  const partner = partnership.partner?.slug ?? "former-member";
  return csvDownload(
    await ledgerCsv(partnership.self.id, partnership.id),
    `referrals-${partnership.self.slug}-${partner}`,
  );
}
