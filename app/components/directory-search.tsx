import { Link } from "@remix-run/react";
import {
  CLEARED_FILTERS,
  formatDistance,
  highlightSegments,
  searchHref,
  widerRadius,
  type DirectorySearchRequest,
  type FacetOption,
} from "#app/domain/directory-search";
import { BusinessLogo } from "./business-logo";

/** Text with search matches in <mark>: split on the markers into text nodes, never parsed as HTML. */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {highlightSegments(text).map((segment, index) =>
        segment.highlighted ? (
          <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}

export interface ListingView {
  id: string;
  slug: string;
  name: string;
  logoKey?: string | null;
  categoryName: string;
  city: string;
  region: string;
  country: string;
  distanceKm?: number;
  highlight: { name: string; niche: string };
}

export function ListingCard({ listing }: { listing: ListingView }) {
  const place = [listing.city, listing.region, listing.country].filter(Boolean).join(", ");
  return (
    <li className="card flex items-start gap-3">
      <BusinessLogo name={listing.name} logoKey={listing.logoKey} size="card" />
      <div className="min-w-0">
        <p className="text-xs text-stone-600" data-testid="listing-category">
          {listing.categoryName}
        </p>
        <h3 className="mt-1 font-semibold">
          <Link to={`/b/${listing.slug}`}>
            <Highlighted text={listing.highlight.name} />
          </Link>
        </h3>
        <p className="mt-1 text-sm text-stone-800">
          <Highlighted text={listing.highlight.niche} />
        </p>
        <p className="mt-2 text-xs text-stone-600">
          <span data-testid="listing-place">{place}</span>
          {listing.distanceKm !== undefined ? <> · {formatDistance(listing.distanceKm)} away</> : null}
        </p>
      </div>
    </li>
  );
}

const VISIBLE_OPTIONS = 6;

/** One facet: a fieldset of checkboxes with counts; the long tail folded away. */
export function FacetFieldset(props: { param: string; legend: string; options: FacetOption[] }) {
  if (props.options.length === 0) return null;
  const visible = props.options.slice(0, VISIBLE_OPTIONS);
  const more = props.options.slice(VISIBLE_OPTIONS);
  return (
    <fieldset className="min-w-0">
      <legend className="text-sm font-semibold text-stone-800">{props.legend}</legend>
      <ul className="mt-2 space-y-1">
        {visible.map((option) => (
          <FacetCheckbox key={option.value} param={props.param} option={option} />
        ))}
      </ul>
      {more.length ? (
        <details className="mt-1" open={more.some((option) => option.selected)}>
          <summary className="cursor-pointer text-sm text-brand-700">
            {more.length} more <span className="sr-only">{props.legend.toLowerCase()} options</span>
          </summary>
          <ul className="mt-1 space-y-1">
            {more.map((option) => (
              <FacetCheckbox key={option.value} param={props.param} option={option} />
            ))}
          </ul>
        </details>
      ) : null}
    </fieldset>
  );
}

function FacetCheckbox({ param, option }: { param: string; option: FacetOption }) {
  return (
    <li>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name={param}
          value={option.value}
          defaultChecked={option.selected}
          className="mt-1 accent-brand-600"
        />
        <span className="min-w-0 flex-1">{option.label}</span>
        <span className="tabular-nums text-xs leading-5 text-stone-500">
          <span className="sr-only">(</span>
          {option.count}
          <span className="sr-only"> {option.count === 1 ? "business" : "businesses"})</span>
        </span>
      </label>
    </li>
  );
}

/** Searches that find something in any directory with a few wedding and real-estate businesses. */
const EXAMPLE_SEARCHES = [
  { label: "wedding photographer", href: "/search?q=wedding+photographer" },
  { label: "mortgage broker", href: "/search?q=mortgage+broker" },
  { label: "caterers near Austin", href: "/search?q=caterer&near=Austin%2C+TX%2C+US&withinKm=25" },
  { label: "booked-out firms handing off work", href: "/search?capacity=booked-out" },
];

export function Pagination({
  request,
  page,
  pageCount,
}: {
  request: DirectorySearchRequest;
  page: number;
  pageCount: number;
}) {
  return (
    <nav aria-label="Pages" className="mt-6 flex items-center justify-between">
      {page > 1 ? (
        <Link to={searchHref(request, { page: page - 1 })} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-700">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link to={searchHref(request, { page: page + 1 })} rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

export function EmptyState(props: {
  request: DirectorySearchRequest;
  total: number;
  pageCount: number;
  filtered: boolean;
  hasPlace: boolean;
  suggestedCategories: { slug: string; name: string }[];
}) {
  const { request } = props;
  if (props.total > 0) {
    return (
      <div className="card mt-4">
        <p className="font-semibold">There is nothing on page {request.page}.</p>
        <p className="mt-1 text-sm text-stone-700">
          The results end at page {props.pageCount}.{" "}
          <Link to={searchHref(request, { page: 1 })}>Go to the first page</Link>.
        </p>
      </div>
    );
  }
  const wider = props.hasPlace ? widerRadius(request.withinKm) : undefined;
  return (
    <div className="card mt-4">
      <p className="font-semibold">
        No businesses match{request.q ? <> “{request.q}”</> : null}
        {props.filtered ? " with these filters" : null}.
      </p>
      <p className="mt-2 text-sm text-stone-700">Some things to try:</p>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-stone-800">
        {props.filtered ? (
          <li>
            <Link to={searchHref(request, CLEARED_FILTERS)}>Clear the filters</Link>
            {request.q ? " and keep your words" : null}
          </li>
        ) : null}
        {wider ? (
          <li>
            <Link to={searchHref(request, { withinKm: wider, page: 1 })}>Widen the radius to {wider} km</Link>
          </li>
        ) : null}
        {props.suggestedCategories.length ? (
          <li>
            Browse a category:{" "}
            {props.suggestedCategories.map((category, index) => (
              <span key={category.slug}>
                {index > 0 ? ", " : null}
                <Link to={searchHref(request, { ...CLEARED_FILTERS, q: "", category: [category.slug] })}>
                  {category.name}
                </Link>
              </span>
            ))}
          </li>
        ) : null}
        <li>Fewer or different words, or a category name such as “Florists” or “Mortgage Brokers”.</li>
        <li>
          Examples:{" "}
          {EXAMPLE_SEARCHES.map((example, index) => (
            <span key={example.href}>
              {index > 0 ? ", " : null}
              <Link to={example.href}>{example.label}</Link>
            </span>
          ))}
        </li>
      </ul>
    </div>
  );
}
