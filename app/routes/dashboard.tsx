import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { errorMeta } from "#app/components/general-error-boundary";
import { VerifyEmailNotice } from "#app/components/verify-email-notice";
import { categoryName } from "#app/domain/taxonomy";
import { listOwnerBusinesses } from "#app/models/businesses.server";
import { requireUser } from "#app/utils/session.server";

export const meta: MetaFunction = ({ error }) =>
  error ? errorMeta(error) : [{ title: "Your businesses · Mutualist" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const businesses = await listOwnerBusinesses(user.id);
  return {
    email: user.email,
    emailVerified: user.emailVerified,
    businesses: businesses.map((business) => ({ ...business, categoryName: categoryName(business.primaryCategory) })),
  };
}

export default function Dashboard() {
  const { businesses, email, emailVerified } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Your businesses</h1>
        <div className="flex flex-wrap gap-2">
          <Link to="/partnerships" className="btn-secondary">
            Partnerships
          </Link>
          <Link to="/imports" className="btn-secondary">
            Import members
          </Link>
          <Link to="/businesses/new" className="btn">
            Add a business
          </Link>
        </div>
      </div>
      {emailVerified ? null : <VerifyEmailNotice email={email} />}
      {searchParams.has("verified") && emailVerified ? (
        <p role="status" className="rounded-md bg-brand-50 p-3 text-sm">
          Email verified. Welcome to Mutualist.
        </p>
      ) : null}
      {searchParams.get("deleted") ? (
        <p role="status" className="rounded-md bg-brand-50 p-3 text-sm">
          Business deleted.
        </p>
      ) : null}
      {businesses.length === 0 ? (
        <div className="card text-center">
          <p className="font-semibold">You have no businesses yet.</p>
          <p className="mt-1 text-sm text-stone-700">Add one to be found by partners who serve the same customers.</p>
          <Link to="/businesses/new" className="btn mt-4">
            Add your first business
          </Link>
        </div>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {businesses.map((business) => (
            <li key={business.id} className="card">
              <div className="flex items-start justify-between gap-2">
                <h2 className="font-semibold">{business.name}</h2>
                <span className="chip">{business.status === "published" ? "Published" : "Draft"}</span>
              </div>
              <p className="mt-1 text-sm text-stone-700">
                {business.categoryName} · {business.city}
              </p>
              <p className="mt-2 text-sm">{business.niche}</p>
              <p className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-sm">
                <Link to={`/businesses/${business.id}/edit`}>Edit</Link>
                {business.status === "published" ? <Link to={`/b/${business.slug}`}>Public page</Link> : null}
                {business.status === "published" ? (
                  <Link to={`/businesses/${business.id}/partners`}>Partners</Link>
                ) : null}
                {business.status === "published" ? <Link to={`/businesses/${business.id}/circle`}>Circle</Link> : null}
                {business.status === "published" ? (
                  <Link to={`/businesses/${business.id}/referrals`}>Referrals</Link>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
