import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { errorMeta } from "#app/components/general-error-boundary";
import { formatDay } from "#app/domain/partnership";
import { listPartnershipsOfOwner, type PartnershipListName } from "#app/models/partnership-views.server";
import { requireUserId } from "#app/utils/session.server";

export const meta: MetaFunction = ({ error }) => (error ? errorMeta(error) : [{ title: "Partnerships · Mutualist" }]);

const LISTS: PartnershipListName[] = ["received", "sent", "running", "past"];

function pageParam(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const params = new URL(request.url).searchParams;
  const pages = Object.fromEntries(LISTS.map((name) => [name, pageParam(params.get(name))])) as Record<
    PartnershipListName,
    number
  >;
  return listPartnershipsOfOwner(userId, pages);
}

const HEADINGS: Record<PartnershipListName, { title: string; empty: string }> = {
  received: {
    title: "Requests received",
    empty: "No requests waiting. Businesses that find you in their suggestions can ask to partner with you.",
  },
  sent: {
    title: "Requests sent",
    empty: "No requests waiting for an answer. Propose a partnership from your suggested partners or a profile.",
  },
  running: {
    title: "Partnerships",
    empty: "No partnerships yet. An accepted request becomes one.",
  },
  past: { title: "Past requests and partnerships", empty: "Nothing here yet." },
};

export default function Partnerships() {
  const { lists, businessCount } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <h1 className="text-2xl font-bold">Partnerships</h1>
      {businessCount === 0 ? (
        <div className="card">
          <p className="font-semibold">Add your business to start partnering.</p>
          <p className="mt-1 text-sm text-stone-700">
            Requests are sent from, and to, published businesses. <Link to="/businesses/new">Add a business</Link>
          </p>
        </div>
      ) : null}
      {LISTS.map((name) => (
        <PartnershipList key={name} name={name} list={lists[name]} />
      ))}
    </div>
  );
}

function PartnershipList({
  name,
  list,
}: {
  name: PartnershipListName;
  list: Awaited<ReturnType<typeof loader>>["lists"][PartnershipListName];
}) {
  const [searchParams] = useSearchParams();
  const pageHref = (page: number) => {
    const next = new URLSearchParams(searchParams);
    next.set(name, String(page));
    return `?${next}`;
  };
  const heading = HEADINGS[name];
  return (
    <section aria-labelledby={`${name}-heading`} className="space-y-3">
      <h2 id={`${name}-heading`} className="text-lg font-semibold">{`${heading.title} (${list.total})`}</h2>
      {list.items.length === 0 ? (
        <p className="text-sm text-stone-700">{heading.empty}</p>
      ) : (
        <ul className="space-y-2">
          {list.items.map((item) => (
            <li key={item.id} className="card flex flex-wrap items-center justify-between gap-3 py-3">
              <span className="min-w-0">
                <Link to={`/partnerships/${item.id}`} className="font-medium">
                  {item.other?.name ?? "a former member"}
                </Link>
                <span className="block text-xs text-stone-600">
                  {item.other?.category ? `${item.other.category} · ` : ""}
                  {item.kind} · {item.sentByMe ? `sent by ${item.mine.name}` : `to ${item.mine.name}`}
                </span>
              </span>
              <span className="flex flex-wrap items-center gap-2 text-xs text-stone-700">
                <span className="chip">{item.statusLabel}</span>
                <span>
                  {item.status === "requested"
                    ? `sent ${formatDay(item.createdAt)}, expires ${formatDay(item.expiresAt)}`
                    : item.status === "accepted"
                      ? `since ${formatDay(item.respondedAt ?? item.createdAt)}`
                      : pastDates(item)}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {list.pageCount > 1 ? (
        <nav aria-label={`${heading.title} pages`} className="flex gap-4 text-sm">
          {list.page > 1 ? <Link to={pageHref(list.page - 1)}>Newer</Link> : null}
          <span>
            Page {list.page} of {list.pageCount}
          </span>
          {list.page < list.pageCount ? <Link to={pageHref(list.page + 1)}>Older</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}

/** A closed request or partnership: when it started and how it closed (an expired request has no answer date). */
function pastDates(item: { status: string; createdAt: string; expiresAt: string; closedAt: string | null }): string {
  if (item.status === "expired") return `sent ${formatDay(item.createdAt)}, expired ${formatDay(item.expiresAt)}`;
  if (!item.closedAt || item.closedAt.slice(0, 10) === item.createdAt.slice(0, 10))
    return `sent ${formatDay(item.createdAt)}`;
  return `${formatDay(item.createdAt)} – ${formatDay(item.closedAt)}`;
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
