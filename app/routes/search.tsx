import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useRef, type FormEvent, type RefObject } from "react";
import { EmptyState, FacetFieldset, ListingCard, Pagination } from "#app/components/directory-search";
import { errorMeta } from "#app/components/general-error-boundary";
import { PlaceInput } from "#app/components/place-input";
import {
  CLEARED_FILTERS,
  FACETS,
  RADIUS_OPTIONS_KM,
  searchHref,
  SORTS,
  type DirectorySearchRequest,
} from "#app/domain/directory-search";
import { searchDirectoryPage } from "#app/models/directory-search.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const page = await searchDirectoryPage(new URL(request.url).searchParams);
  return data(page, { status: page.results ? 200 : 503, headers: page.results ? {} : { "Retry-After": "30" } });
}

export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  if (error) return errorMeta(error);
  const q = data?.request.q;
  return [
    { title: q ? `“${q}” · Search · Mutualist` : "Search the directory · Mutualist" },
    { name: "description", content: "Search the Mutualist directory by name, niche, customer problem and place." },
  ];
};

export default function SearchPage() {
  const { request, place, placeNotFound, filtered, suggestedCategories, results } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const submit = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  useSyncFormWithRequest(formRef, request);
  const filtersRef = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (filtersRef.current && window.matchMedia("(max-width: 1023px)").matches) filtersRef.current.open = false;
  }, []);
  const selectedCount = FACETS.reduce((sum, facet) => sum + request[facet.param].length, 0);
  const loading = navigation.state === "loading" && navigation.location.pathname === "/search";

  // With JavaScript, ticking a facet or changing a select applies it at once (and keeps the scroll).
  const applyOnChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target;
    if ((target instanceof HTMLInputElement && target.type === "checkbox") || target instanceof HTMLSelectElement) {
      submit(event.currentTarget, { preventScrollReset: true });
    }
  };

  const radiusOptions = [...new Set<number>([...RADIUS_OPTIONS_KM, request.withinKm])].sort((a, b) => a - b);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Search the directory</h1>
      <Form
        ref={formRef}
        method="get"
        action="/search"
        onChange={applyOnChange}
        aria-label="Search the directory"
        className="space-y-6"
      >
        <div className="card grid grid-cols-2 gap-4 md:grid-cols-[2fr_2fr_auto_auto_auto] md:items-end">
          <div className="col-span-2 md:col-span-1">
            <label htmlFor="search-q" className="label">
              Search for
            </label>
            <input
              id="search-q"
              name="q"
              type="search"
              defaultValue={request.q}
              maxLength={200}
              placeholder="florist, wedding, mortgage…"
              className="input mt-1"
            />
          </div>
          <div className="col-span-2 md:col-span-1">
            <label htmlFor="search-near" className="label">
              Near a place
            </label>
            <PlaceInput
              id="search-near"
              name="near"
              defaultValue={request.near}
              placeholder="Town or city, e.g. Austin"
              className="input mt-1"
              aria-describedby={placeNotFound ? "search-near-error" : undefined}
              aria-invalid={placeNotFound || undefined}
            />
          </div>
          <div>
            <label htmlFor="search-within" className="label">
              Within
            </label>
            <select id="search-within" name="withinKm" defaultValue={String(request.withinKm)} className="input mt-1">
              {radiusOptions.map((km) => (
                <option key={km} value={km}>
                  {km} km
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="search-sort" className="label">
              Order
            </label>
            <select id="search-sort" name="sort" defaultValue={request.sort} className="input mt-1">
              {SORTS.map((sort) => (
                <option key={sort.value} value={sort.value}>
                  {sort.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn col-span-2 md:col-span-1">
            Search
          </button>
          {placeNotFound ? (
            <p id="search-near-error" className="field-error col-span-2 md:col-span-5" role="alert">
              No town or city called “{request.near}” was found, so results are not limited by place. Pick one from the
              suggestions.
            </p>
          ) : null}
        </div>

        {/* The filters hold dozens of checkboxes: keyboard users can jump past them. */}
        <a
          href="#results"
          className="sr-only focus:not-sr-only focus:inline-block focus:rounded-md focus:bg-white focus:p-2"
        >
          Skip to results
        </a>
        <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
          <aside aria-labelledby="filters-heading">
            {/* Open without JavaScript and on wide screens; folded on phones so results come first. */}
            <details ref={filtersRef} open className="space-y-5">
              <summary className="btn-secondary w-full cursor-pointer lg:hidden">
                Filters{selectedCount ? ` (${selectedCount} selected)` : ""}
              </summary>
              <div className="flex items-baseline justify-between">
                <h2 id="filters-heading" className="text-lg font-semibold">
                  Filters
                </h2>
                {filtered ? (
                  <Link to={searchHref(request, CLEARED_FILTERS)} className="text-sm">
                    Clear all
                  </Link>
                ) : null}
              </div>
              {results && results.facets.every((facet) => facet.options.length === 0) ? (
                <p className="hint">Nothing to narrow down in these results.</p>
              ) : null}
              {results
                ? results.facets.map((facet) => (
                    <FacetFieldset key={facet.key} param={facet.param} legend={facet.legend} options={facet.options} />
                  ))
                : // No counts while search is down: the ticked values ride along with the next search.
                  FACETS.flatMap((facet) =>
                    request[facet.param].map((value) => (
                      <input key={`${facet.param}=${value}`} type="hidden" name={facet.param} value={value} />
                    )),
                  )}
              <button type="submit" className="btn-secondary w-full">
                Apply filters
              </button>
            </details>
          </aside>

          <section
            aria-labelledby="results"
            aria-busy={loading}
            className={loading ? "opacity-60 transition-opacity" : undefined}
          >
            {/* Where "Skip to results" lands: focusable, so the next Tab reaches the first result. */}
            <h2 id="results" tabIndex={-1} className="sr-only">
              Results
            </h2>
            <p className="text-sm text-stone-700" aria-live="polite" role="status">
              {results ? resultSummary(results.total, results.page, results.pageCount, place) : "Search is unavailable"}
            </p>
            {!results ? (
              <div className="card mt-4" role="alert">
                <p className="font-semibold">Search is temporarily unavailable.</p>
                <p className="mt-1 text-sm text-stone-700">
                  Try again in a moment. Meanwhile you can <Link to="/">browse the directory</Link>.
                </p>
              </div>
            ) : results.listings.length === 0 ? (
              <EmptyState
                request={request}
                total={results.total}
                pageCount={results.pageCount}
                filtered={filtered}
                hasPlace={!!place}
                suggestedCategories={suggestedCategories}
              />
            ) : (
              <ul className="mt-4 space-y-3">
                {results.listings.map((listing) => (
                  <ListingCard key={listing.id} listing={listing} />
                ))}
              </ul>
            )}
            {results && results.pageCount > 1 && results.page <= results.pageCount ? (
              <Pagination request={request} page={results.page} pageCount={results.pageCount} />
            ) : null}
          </section>
        </div>
      </Form>
    </div>
  );
}

function resultSummary(total: number, page: number, pageCount: number, place: { label: string } | null) {
  if (total === 0) return "No businesses found";
  const found = `${total} ${total === 1 ? "business" : "businesses"}${place ? ` near ${place.label}` : ""}`;
  if (page > pageCount) return `${found} · past the last page (${pageCount})`;
  return pageCount > 1 ? `${found} · page ${page} of ${pageCount}` : found;
}

/**
 * Uncontrolled inputs keep focus while the results reload; after each navigation (a submit, a link,
 * the back button) they are set to what the URL now says.
 */
function useSyncFormWithRequest(formRef: RefObject<HTMLFormElement>, request: DirectorySearchRequest) {
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const facet = FACETS.find((candidate) => candidate.param === input.name);
      if (facet) input.checked = request[facet.param].includes(input.value);
    }
    const set = (name: string, value: string) => {
      const element = form.elements.namedItem(name);
      if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) element.value = value;
    };
    set("q", request.q);
    set("near", request.near);
    set("withinKm", String(request.withinKm));
    set("sort", request.sort);
  }, [formRef, request]);
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
