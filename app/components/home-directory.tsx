import { Link, useSearchParams } from "@remix-run/react";
import { BusinessLogo } from "./business-logo";
import { NearPicker, type NearProblem } from "./near-picker";

/** The home page's directory as its loader sends it (app/models/directory-home.server.ts). */
export interface HomeDirectoryView {
  near: { label: string; name: string; from: "typed" | "location" | "your-business" } | null;
  problem: NearProblem | null;
  category: string;
  categoryName: string;
  categories: { slug: string; name: string; count: number }[];
  cards: HomeCardView[];
  /** Published businesses (of the category) in the whole directory. */
  total: number;
  /** How many the list holds over all its pages. */
  listed: number;
  order: "newest" | "nearest" | "further";
  nearKm: number;
  page: number;
  pageCount: number;
  sortUnavailable: boolean;
}

export interface HomeCardView {
  id: string;
  slug: string;
  name: string;
  niche: string;
  categoryName: string;
  place: string;
  distance: string | null;
  logoKey: string | null;
}

const count = (n: number) => n.toLocaleString("en-US");
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/**
 * The line above the list, counting what the list holds (not the whole directory): "Page 1 of 3 ·
 * 34 businesses in Florists within 50 km of Portland, Oregon, nearest first".
 */
export function homeStatus(directory: HomeDirectoryView): string {
  const { total, listed, order, page, pageCount, category, categoryName, near, nearKm } = directory;
  const inCategory = category ? ` in ${categoryName}` : "";
  if (total === 0) return category ? `No businesses in ${categoryName} yet.` : "No businesses yet.";
  const pages =
    page > pageCount ? `Past the last page (${pageCount}) · ` : pageCount > 1 ? `Page ${page} of ${pageCount} · ` : "";
  const around = near ? ` within ${nearKm} km of ${near.name}` : "";
  const what =
    order === "newest"
      ? `${plural(listed, "published business", "published businesses")}${inCategory}, newest first`
      : order === "nearest"
        ? `${plural(listed, "business", "businesses")}${inCategory}${around}, nearest first`
        : `No ${category ? categoryName : "businesses"}${around}${listed ? ` · the ${count(listed)} nearest, further away` : ""}`;
  return `${pages}${what}`;
}

/** Published businesses near a place (or the newest), a page at a time, with the place and category filter. */
export function HomeDirectory({ directory }: { directory: HomeDirectoryView }) {
  const { near, problem, category, cards, total, order, nearKm, page, pageCount } = directory;
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

  return (
    <section id="directory" aria-labelledby="directory-title" className="scroll-mt-4 space-y-4">
      <div>
        <h2 id="directory-title" className="text-xl font-bold">
          {near ? `Near ${near.name}` : "Newest in the directory"}
        </h2>
        <p className="mt-1 text-sm text-stone-700">
          {near ? (
            <>
              {near.from === "your-business" ? "Where your business is." : "Nearest first."}{" "}
              <Link to={anywhere}>Newest everywhere instead</Link>
            </>
          ) : (
            "Choose a town or city to see the businesses near it first."
          )}
        </p>
      </div>
      <NearPicker placeText={placeText} category={category} categories={directory.categories} problem={problem} />
      <p role="status" className="text-sm text-stone-700">
        {homeStatus(directory)}
      </p>
      {directory.sortUnavailable ? (
        <p className="text-sm text-stone-600">
          Sorting by distance is unavailable for a moment: the newest come first.
        </p>
      ) : null}
      {near && order === "further" && cards.length > 0 ? (
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
        <HomeCards cards={cards} />
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

function HomeCards({ cards }: { cards: HomeCardView[] }) {
  return (
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
  );
}
