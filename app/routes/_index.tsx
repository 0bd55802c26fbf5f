import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { BusinessLogo } from "#app/components/business-logo";
import { errorMeta } from "#app/components/general-error-boundary";
import { NearPicker } from "#app/components/near-picker";
import { loadHomeDirectory } from "#app/models/directory-home.server";
import { getUser } from "#app/utils/session.server";

export const meta: MetaFunction = ({ error }) => {
  if (error) return errorMeta(error);
  return [
    { title: "Mutualist · find partners who serve your customers" },
    {
      name: "description",
      content:
        "For small business owners and the groups they belong to: find businesses near you that serve the same customers without competing, propose partnerships and trade referrals.",
    },
  ];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const directory = await loadHomeDirectory(new URL(request.url).searchParams, user?.id ?? null);
  return { signedIn: !!user, ...directory };
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

export default function Home() {
  const { signedIn, ...directory } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const signUpFirst = (to: string) => (signedIn ? to : `/signup?${new URLSearchParams({ redirectTo: to })}`);
  return (
    <div className="space-y-10">
      <section aria-labelledby="home-title">
        <h1 id="home-title" className="text-3xl font-bold text-balance sm:text-4xl">
          Find partners who serve your customers
        </h1>
        <p className="mt-3 max-w-2xl text-lg text-stone-700">
          Mutualist is for small business owners: it finds the local businesses that serve the same customers as you
          without competing, so you can send each other work.
        </p>
        {searchParams.get("deleted") ? (
          <p role="status" className="mt-3 rounded-md bg-brand-50 p-3 text-sm">
            Your account was deleted.
          </p>
        ) : null}
        <div className="mt-6 grid gap-4 sm:flex sm:flex-wrap">
          <div>
            <Link
              to={signUpFirst("/businesses/new")}
              className="btn w-full border border-transparent px-5 py-3 text-base sm:w-auto"
              aria-describedby="cta-owner-note"
            >
              Find partners for your business
            </Link>
            <p id="cta-owner-note" className="mt-1 text-sm text-stone-600">
              For owners: publish your business and see your first partners.
            </p>
          </div>
          <div>
            <Link
              to={signUpFirst("/imports")}
              className="btn-secondary w-full px-5 py-3 text-base sm:w-auto"
              aria-describedby="cta-group-note"
            >
              See what your group is missing
            </Link>
            <p id="cta-group-note" className="mt-1 text-sm text-stone-600">
              For chambers and networking groups: import your member list.
            </p>
          </div>
        </div>
      </section>

      <section aria-labelledby="how-title">
        <h2 id="how-title" className="text-xl font-bold">
          How it works
        </h2>
        <ol className="mt-3 grid gap-2 sm:grid-cols-3 sm:gap-3">
          {STEPS.map((step, n) => (
            <li key={step.title} className="flex gap-3 rounded-lg bg-brand-50 p-3 sm:p-4">
              <span
                aria-hidden="true"
                className="flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-700 text-sm font-bold text-white"
              >
                {n + 1}
              </span>
              <div className="min-w-0">
                <h3 className="font-semibold">{step.title}</h3>
                <p className="mt-0.5 text-sm text-stone-700">{step.text}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <DirectorySection directory={directory} />
    </div>
  );
}

const STEPS = [
  { title: "Publish what you do", text: "Your trade, your town, whom you serve and what you offer: a short profile." },
  {
    title: "See ranked partners",
    text: "Businesses that serve the same customers without competing with you, best matches first, with the reasons.",
  },
  {
    title: "Propose and trade referrals",
    text: "Propose a partnership, send each other referrals and track which ones turned into work.",
  },
];

type Directory = Omit<ReturnType<typeof useLoaderData<typeof loader>>, "signedIn">;

function DirectorySection({ directory }: { directory: Directory }) {
  const { near, problem, category, categoryName, cards, total, withinRadius, nearKm, page, pageCount } = directory;
  const [searchParams] = useSearchParams();
  const pageLink = (n: number) => {
    const next = new URLSearchParams(searchParams);
    next.set("page", String(n));
    return `/?${next}#directory`;
  };
  const anywhere = `/?${new URLSearchParams({ near: "", ...(category ? { category } : {}) })}#directory`;
  const searchMore = `/search?${new URLSearchParams({
    ...(near?.label ? { near: near.label } : {}),
    ...(category ? { category } : {}),
  })}`;
  const placeText = near?.label ?? (problem && problem.kind !== "bad-location" ? problem.typed : "");
  const nearest = near && withinRadius !== null;
  const scope = category ? `in ${categoryName}` : "in all";
  const pages = page > pageCount ? `past the last page (${pageCount})` : `page ${page} of ${pageCount}`;
  const status =
    total === 0
      ? category
        ? `No businesses in ${categoryName} yet.`
        : "No businesses yet."
      : nearest
        ? `${withinRadius === 0 ? "None" : withinRadius.toLocaleString("en-US")} within ${nearKm} km of ${near.name} · ${total.toLocaleString("en-US")} ${scope}, nearest first · ${pages}`
        : `${plural(total, "published business", "published businesses")}${category ? ` in ${categoryName}` : ""}, newest first · ${pages}`;

  return (
    <section id="directory" aria-labelledby="directory-title" className="scroll-mt-4 space-y-4">
      <div>
        <h2 id="directory-title" className="text-xl font-bold">
          {near ? `Near ${near.name}` : "Newest in the directory"}
        </h2>
        <p className="mt-1 text-sm text-stone-700">
          {near?.from === "your-business" ? (
            <>
              Where your business is. <Link to={anywhere}>Newest everywhere instead</Link>
            </>
          ) : near ? (
            <>
              Nearest first. <Link to={anywhere}>Newest everywhere instead</Link>
            </>
          ) : (
            "Choose a town or city to see the businesses near it first."
          )}
        </p>
      </div>
      <NearPicker placeText={placeText} category={category} categories={directory.categories} problem={problem} />
      <p role="status" className="text-sm text-stone-700">
        {status}
      </p>
      {directory.sortUnavailable ? (
        <p className="text-sm text-stone-600">
          Sorting by distance is unavailable for a moment: the newest come first.
        </p>
      ) : null}
      {nearest && withinRadius === 0 && cards.length > 0 && page === 1 ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-stone-800">
          No businesses within {nearKm} km of {near.name} yet. These are the nearest, further away.
        </p>
      ) : null}
      {cards.length === 0 && total > 0 ? (
        <div className="card text-center">
          <p className="font-semibold">This list ends at page {pageCount}.</p>
          <p className="mt-1 text-sm text-stone-700">
            <Link to={pageLink(pageCount)}>Go to the last page</Link>
          </p>
        </div>
      ) : cards.length === 0 ? (
        <div className="card text-center">
          <p className="font-semibold">Nothing here yet.</p>
          <p className="mt-1 text-sm text-stone-700">
            {category ? (
              <>
                No published businesses in this category. <Link to="/">Show all categories</Link>.
              </>
            ) : (
              <>
                Be the first: <Link to="/businesses/new">add your business</Link>.
              </>
            )}
          </p>
        </div>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {cards.map((card) => (
            <li key={card.id} className="card flex min-w-0 gap-3 p-3 sm:p-4">
              <BusinessLogo name={card.name} logoKey={card.logoKey} size="card" />
              <div className="min-w-0">
                <h3 className="font-semibold leading-snug">
                  <Link to={`/b/${card.slug}`}>{card.name}</Link>
                </h3>
                <p data-testid="card-where" className="mt-0.5 text-xs text-stone-600">
                  {card.categoryName} · {card.place}
                </p>
                <p className="mt-1 line-clamp-1 text-sm text-stone-800 sm:line-clamp-2">{card.niche}</p>
                {card.distance ? <p className="mt-1 text-xs font-medium text-brand-800">{card.distance}</p> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        {pageCount > 1 && page <= pageCount ? (
          <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
            {page > 1 ? (
              <Link to={pageLink(page - 1)} rel="prev">
                ← Previous
              </Link>
            ) : null}
            <span className="text-stone-700">
              Page {page} of {pageCount}
            </span>
            {page < pageCount ? (
              <Link to={pageLink(page + 1)} rel="next">
                Next →
              </Link>
            ) : null}
          </nav>
        ) : null}
        <p className="text-sm">
          <Link to={searchMore}>Search the whole directory</Link> by trade, customer or partnership.
        </p>
      </div>
    </section>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
