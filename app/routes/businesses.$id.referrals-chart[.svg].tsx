import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireOwnedBusiness } from "#app/models/businesses.server";
import { businessMonths } from "#app/models/referral-figures.server";
import { chartResponse, chartSizeOf, renderReferralChart } from "#app/utils/referral-chart.server";
import { getUser } from "#app/utils/session.server";

/** The business's referrals by month, across its partnerships, as an SVG image (owner only; 404 for anyone else). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (!user) throw new Response("Not found.", { status: 404 });
  const business = await requireOwnedBusiness(user.id, params.id ?? "").catch(() => {
    throw new Response("Not found.", { status: 404 });
  });
  return chartResponse(renderReferralChart(await businessMonths(business.id), chartSizeOf(request)));
}
