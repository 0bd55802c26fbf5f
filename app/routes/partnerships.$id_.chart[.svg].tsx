import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPartnershipForUser, NOT_FOUND_MESSAGE } from "#app/models/partnership-access.server";
import { partnershipMonths } from "#app/models/referral-figures.server";
import { chartResponse, chartSizeOf, renderReferralChart } from "#app/utils/referral-chart.server";
import { getUser } from "#app/utils/session.server";

/** The partnership's referrals by month as an SVG image, for its two owners only (404 to anyone else). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const partnership = user ? await getPartnershipForUser(params.id ?? "", user.id) : null;
  if (!partnership) throw new Response(NOT_FOUND_MESSAGE, { status: 404 });
  return chartResponse(
    renderReferralChart(await partnershipMonths(partnership.id, partnership.self.id), chartSizeOf(request)),
  );
}
