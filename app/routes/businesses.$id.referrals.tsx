import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { errorMeta } from "#app/components/general-error-boundary";
import { ReferralFigures } from "#app/components/referral-ledger";
import { balanceSentence, seriesSummary } from "#app/domain/referral";
import { requireOwnedBusiness } from "#app/models/businesses.server";
import { businessReferralOverview } from "#app/models/referral-figures.server";
import { requireUserId } from "#app/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data, error }) =>
  error ? errorMeta(error) : [{ title: `Referrals of ${data?.business.name ?? "your business"} · Mutualist` }];

/** A business's referral ledger across its partnerships: totals, the chart, and each partnership (owner only). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const business = await requireOwnedBusiness(userId, params.id ?? "");
  const overview = await businessReferralOverview(business.id);
  return {
    business: { id: business.id, name: business.name },
    totals: overview.totals,
    months: overview.months,
    lines: overview.lines,
    balance: balanceSentence(overview.totals),
    chartAlt: seriesSummary(overview.months),
  };
}

export default function BusinessReferrals() {
  const { business, totals, months, lines, balance, chartAlt } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link to="/dashboard">Your businesses</Link>
        <Link to={`/businesses/${business.id}/partners`}>Suggested partners</Link>
        <Link to={`/businesses/${business.id}/circle`}>Your circle</Link>
        <Link to="/partnerships">Partnerships</Link>
      </p>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Referrals of {business.name}</h1>
        {totals.given.count + totals.received.count ? (
          <a href={`/businesses/${business.id}/referrals.csv`} download>
            Download the ledger (CSV)
          </a>
        ) : null}
      </div>
      <section className="card">
        <ReferralFigures
          totals={totals}
          balance={balance}
          months={months}
          chartUrl={`/businesses/${business.id}/referrals-chart.svg`}
          chartAlt={chartAlt}
        />
      </section>
      <section aria-labelledby="partnerships-heading">
        <h2 id="partnerships-heading" className="text-lg font-semibold">
          By partnership
        </h2>
        {lines.length === 0 ? (
          <p className="mt-2 text-sm text-stone-700">
            No partnerships yet. <Link to={`/businesses/${business.id}/partners`}>Find partners</Link> and propose one.
          </p>
        ) : (
          <ul className="mt-3 space-y-2">
            {lines.map((line) => (
              <li key={line.id} className="card flex flex-wrap items-center justify-between gap-3 py-3">
                <Link to={`/partnerships/${line.id}`} className="font-medium">
                  {line.partnerName}
                </Link>
                <span className="text-sm text-stone-700">
                  {`You sent ${line.given}, received ${line.received}`}
                  {line.status === "ended" ? " · ended" : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
