import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { errorMeta } from "#app/components/general-error-boundary";
import { categoryName, isCategorySlug } from "#app/domain/taxonomy";
import { countPublishedByCategory, listDirectory } from "#app/models/businesses.server";

export const meta: MetaFunction = ({ error }) => {
  if (error) return errorMeta(error);
  return [
    { title: "Mutualist · find partners who serve your customers" },
    {
      name: "description",
      content: "A directory of small businesses and the complementary partners who serve the same customers.",
    },
  ];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const sort = params.get("sort") === "category" ? "category" : "newest";
  const categoryParam = params.get("category") ?? "";
  const category = isCategorySlug(categoryParam) ? categoryParam : undefined;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(params.get("page") ?? "1", 10) || 1));
  const [directory, counts] = await Promise.all([listDirectory({ sort, category, page }), countPublishedByCategory()]);
  return {
    sort,
    category: category ?? "",
    page,
    ...directory,
    businesses: directory.businesses.map((business) => ({
      ...business,
      categoryName: categoryName(business.primaryCategory),
    })),
    categories: counts
      .map((entry) => ({ slug: entry.category, name: categoryName(entry.category), count: entry.count }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export default function Directory() {
  const { businesses, total, page, pageCount, sort, category, categories } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const pageLink = (n: number) => {
    const next = new URLSearchParams(searchParams);
    next.set("page", String(n));
    return `/?${next}`;
  };
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-3xl font-bold">Find partners who serve your customers</h1>
        <p className="mt-2 max-w-2xl text-stone-700">
          Mutualist connects small businesses that solve the same customer problem with different offerings: the wedding
          photographer and the florist, the realtor and the mortgage broker.
        </p>
        {searchParams.get("deleted") ? (
          <p role="status" className="mt-3 rounded-md bg-brand-50 p-3 text-sm">
            Your account was deleted.
          </p>
        ) : null}
      </section>
      <Form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter the directory">
        <div>
          <label htmlFor="category" className="label">
            Category
          </label>
          <select id="category" name="category" defaultValue={category} className="input mt-1">
            <option value="">All categories</option>
            {categories.map((entry) => (
              <option key={entry.slug} value={entry.slug}>
                {entry.name} ({entry.count})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="sort" className="label">
            Order
          </label>
          <select id="sort" name="sort" defaultValue={sort} className="input mt-1">
            <option value="newest">Newest first</option>
            <option value="category">By category</option>
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          Apply
        </button>
      </Form>
      <p className="text-sm text-stone-700" aria-live="polite">
        {total === 0
          ? "No businesses yet."
          : `${total} published ${total === 1 ? "business" : "businesses"} · ${page > pageCount ? `past the last page (${pageCount})` : `page ${page} of ${pageCount}`}`}
      </p>
      {businesses.length === 0 && total > 0 ? (
        <div className="card text-center">
          <p className="font-semibold">This list ends at page {pageCount}.</p>
          <p className="mt-1 text-sm text-stone-700">
            <Link to={pageLink(pageCount)}>Go to the last page</Link>
          </p>
        </div>
      ) : businesses.length === 0 ? (
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
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {businesses.map((business) => (
            <li key={business.id} className="card">
              <p className="text-xs text-stone-600">{business.categoryName}</p>
              <h2 className="mt-1 font-semibold">
                <Link to={`/b/${business.slug}`}>{business.name}</Link>
              </h2>
              <p className="mt-1 text-sm text-stone-800">{business.niche}</p>
              <p className="mt-2 text-xs text-stone-600">
                {[business.city, business.region, business.country].filter(Boolean).join(", ")}
              </p>
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 && page <= pageCount ? (
        <nav aria-label="Pages" className="flex items-center justify-between">
          {page > 1 ? (
            <Link to={pageLink(page - 1)} rel="prev">
              ← Previous
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-stone-700">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link to={pageLink(page + 1)} rel="next">
              Next →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
