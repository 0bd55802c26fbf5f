import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { errorMeta } from "#app/components/general-error-boundary";
import { PairStatus } from "#app/components/partnership-state";
import { GROUP_LABELS, type CategoryGroup } from "#app/domain/taxonomy";
import { requireOwnedBusiness } from "#app/models/businesses.server";
import { getCircle, unmarkPartner } from "#app/models/partner-marks.server";
import { readForm } from "#app/utils/forms.server";
import { requireUserId } from "#app/utils/session.server";

/** How the contact spheres grade a profession for this business, in the words the page shows. */
const STRENGTH_LABELS = {
  core: "Core referral partner",
  often: "Frequent partner",
  sometimes: "Occasional partner",
  none: "Serves your customers",
} as const;

export const meta: MetaFunction<typeof loader> = ({ data, error }) =>
  error ? errorMeta(error) : [{ title: `Circle of ${data?.business.name ?? "your business"} · Mutualist` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const business = await requireOwnedBusiness(userId, params.id ?? "");
  const { professions, otherPartners, shortlist } = await getCircle(business);
  // Group names are resolved here: the page itself does not ship the taxonomy (decision 017).
  const circle = professions.map((profession) => ({
    ...profession,
    groupLabel: GROUP_LABELS[profession.group as CategoryGroup] ?? "",
    strengthLabel: STRENGTH_LABELS[profession.strength ?? "none"],
  }));
  return { business: { id: business.id, name: business.name }, circle, otherPartners, shortlist };
}

/** "Remove" on a saved partner: the mark goes, the page reloads its circle. */
export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const business = await requireOwnedBusiness(userId, params.id ?? "");
  const form = await readForm(request);
  const otherId = String(form.get("otherId") ?? "");
  if (form.get("intent") !== "unmark" || !otherId) return data({ error: "Which partner?" }, { status: 400 });
  await unmarkPartner(business.id, otherId);
  return { error: null };
}

export default function Circle() {
  const { business, circle, otherPartners, shortlist } = useLoaderData<typeof loader>();
  const covered = circle.filter((profession) => profession.partners.length > 0);
  const missing = circle.filter((profession) => profession.partners.length === 0);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Your circle</h1>
        <p className="flex gap-4 text-sm">
          <Link to={`/businesses/${business.id}/partners`}>Suggested partners</Link>
          <Link to={`/businesses/${business.id}/referrals`}>Referrals</Link>
        </p>
      </div>
      <p className="text-stone-700">
        The professions that serve the same clients as {business.name} without competing, strongest referral partners
        first, as networking groups list them. A strong circle has one trusted partner in each. A profession counts once
        a partnership is accepted: you have {covered.length} of {circle.length}.
      </p>
      <div
        className="h-3 w-full overflow-hidden rounded-full bg-stone-200"
        role="img"
        aria-label={`${covered.length} of ${circle.length} professions covered`}
      >
        <div
          className="h-full bg-brand-600"
          style={{ width: `${circle.length ? (covered.length / circle.length) * 100 : 0}%` }}
        />
      </div>
      <section aria-labelledby="missing-heading">
        <h2 id="missing-heading" className="text-lg font-semibold">{`Missing (${missing.length})`}</h2>
        {missing.length === 0 ? (
          <p className="mt-2 text-sm text-stone-700">Every profession in your circle has a partner.</p>
        ) : (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {missing.map((profession) => (
              <li key={profession.slug} className="card flex items-center justify-between gap-3 py-3">
                <span className="min-w-0">
                  <span className="font-medium">{profession.name}</span>
                  <span className="block text-xs text-stone-600">
                    {profession.strengthLabel} · {profession.groupLabel}
                  </span>
                  {profession.shortlisted.length ? (
                    <span className="block text-xs text-stone-700">
                      On your shortlist: {profession.shortlisted.map((partner) => partner.name).join(", ")}
                    </span>
                  ) : null}
                </span>
                <Link
                  to={`/businesses/${business.id}/partners?profession=${profession.slug}`}
                  className="btn-secondary shrink-0 whitespace-nowrap py-1"
                >
                  Find one
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="covered-heading">
        <h2 id="covered-heading" className="text-lg font-semibold">{`Covered (${covered.length})`}</h2>
        {covered.length === 0 ? (
          <p className="mt-2 text-sm text-stone-700">
            None yet. Propose partnerships from your <Link to={`/businesses/${business.id}/partners`}>suggestions</Link>{" "}
            or your shortlist: each accepted one fills a profession.
          </p>
        ) : (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {covered.map((profession) => (
              <li key={profession.slug} className="card py-3">
                <span className="font-medium">{profession.name}</span>
                <span className="block text-sm text-stone-700">
                  {profession.partners.map((partner, index) => (
                    <span key={partner.id}>
                      {index ? ", " : ""}
                      <Link to={`/partnerships/${partner.partnershipId}`}>{partner.name}</Link>
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {otherPartners.length ? (
        <section aria-labelledby="other-heading">
          <h2 id="other-heading" className="text-lg font-semibold">{`Other partners (${otherPartners.length})`}</h2>
          <p className="mt-1 text-sm text-stone-700">
            Partners in professions outside this circle (overflow partners, for instance).
          </p>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {otherPartners.map((partner) => (
              <li key={partner.id} className="card py-3">
                <Link to={`/partnerships/${partner.partnershipId}`} className="font-medium">
                  {partner.name}
                </Link>
                <span className="block text-xs text-stone-600">
                  {partner.category} · {partner.city}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="shortlist-heading">
        <h2 id="shortlist-heading" className="text-lg font-semibold">{`Shortlist (${shortlist.length})`}</h2>
        <p className="mt-1 text-sm text-stone-700">
          Businesses you saved from your suggestions. A shortlist is private and is not a partnership: propose one to
          count it in your circle.
        </p>
        {shortlist.length === 0 ? (
          <p className="mt-2 text-sm text-stone-700">Nothing saved yet.</p>
        ) : (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {shortlist.map((partner) => (
              <li key={partner.id} className="card flex flex-wrap items-center justify-between gap-3 py-3">
                <span className="min-w-0">
                  <Link to={`/b/${partner.slug}`} className="font-medium">
                    {partner.name}
                  </Link>
                  <span className="block text-xs text-stone-600">
                    {partner.category} · {partner.city}
                  </span>
                </span>
                <span className="flex flex-wrap items-center gap-2">
                  <PairStatus
                    state={partner.pairState}
                    fromId={business.id}
                    other={{ id: partner.id, name: partner.name, claimed: partner.claimed }}
                    compact
                  />
                  <Form method="post">
                    <input type="hidden" name="otherId" value={partner.id} />
                    <button
                      type="submit"
                      name="intent"
                      value="unmark"
                      className="btn-secondary shrink-0 whitespace-nowrap py-1"
                      aria-label={`Remove ${partner.name} from your shortlist`}
                    >
                      Remove
                    </button>
                  </Form>
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
