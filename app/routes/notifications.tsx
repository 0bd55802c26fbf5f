import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { errorMeta, GeneralErrorBoundary, type StatusWords } from "#app/components/general-error-boundary";
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  openNotification,
} from "#app/models/notification-inbox.server";
import { readForm, unknownIntent } from "#app/utils/forms.server";
import { requireUserId, safeRedirect } from "#app/utils/session.server";

/**
 * The owner's notifications, newest first, 20 a page. Opening one is a POST that marks it read and
 * redirects to what it is about (a GET must not change anything: link prefetching would mark
 * entries read unseen). Every button is a plain form, so all of it works without JavaScript.
 */
const WORDS: StatusWords = {
  404: { title: "Notification not found", message: "It is not one of yours, or it no longer exists." },
};

export const meta: MetaFunction = ({ error }) =>
  error ? errorMeta(error, WORDS) : [{ title: "Notifications · Mutualist" }];

function readPage(url: URL): number {
  const raw = url.searchParams.get("page") ?? "1";
  const page = /^[0-9]{1,6}$/.test(raw) ? Number(raw) : 0;
  if (page < 1) throw new Response("The page number must be a whole number, 1 or more.", { status: 400 });
  return page;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const page = readPage(new URL(request.url));
  return { page, ...(await listNotifications(userId, page)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const form = await readForm(request);
  const intent = form.get("intent");
  const id = String(form.get("id") ?? "");
  const back = `/notifications${/^[0-9]{1,6}$/.test(String(form.get("page"))) ? `?page=${String(form.get("page"))}` : ""}`;
  if (intent === "read-all") {
    await markAllNotificationsRead(userId);
    return redirect(back);
  }
  if (intent !== "open" && intent !== "read") throw unknownIntent();
  const notFound = new Response("This notification is not one of yours, or it no longer exists.", { status: 404 });
  if (intent === "open") {
    const link = await openNotification(userId, id);
    if (link === null) throw notFound;
    return redirect(safeRedirect(link, "/notifications"));
  }
  if (!(await markNotificationRead(userId, id))) throw notFound;
  return redirect(back);
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default function Notifications() {
  const { page, pages, total, unread, notifications } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-3xl">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Notifications</h1>
        {unread > 0 ? (
          <Form method="post">
            <input type="hidden" name="page" value={page} />
            <button type="submit" name="intent" value="read-all" className="btn-secondary px-3 py-1 text-sm">
              Mark all as read
            </button>
          </Form>
        ) : null}
      </div>
      <p className="mt-1 text-stone-700">
        {total === 0
          ? "Nothing yet."
          : `${unread === 0 ? "All read" : `${unread} unread`} · ${total === 1 ? "1 notification" : `${total} notifications`}, newest first.`}{" "}
        <Link to="/account/notifications">Email settings</Link>
      </p>

      {total === 0 ? (
        <div className="card mt-6 text-stone-700">
          <p>
            No notifications yet. When a business asks to partner with you, answers your request, sends a message or a
            referral, you will see it here.
          </p>
        </div>
      ) : notifications.length === 0 ? (
        <p className="mt-6 text-stone-700">
          No notifications on this page. <Link to="/notifications">Back to the newest</Link>
        </p>
      ) : (
        <ol className="mt-6 divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
          {notifications.map((entry) => (
            <li key={entry.id} className={`flex items-start gap-3 p-4 ${entry.read ? "" : "bg-brand-50"}`}>
              <span
                aria-hidden="true"
                className={`mt-2 h-2 w-2 shrink-0 rounded-full ${entry.read ? "bg-transparent" : "bg-brand-700"}`}
              />
              <div className="min-w-0 flex-1">
                <Form method="post">
                  <input type="hidden" name="id" value={entry.id} />
                  <button
                    type="submit"
                    name="intent"
                    value="open"
                    className={`text-left text-brand-800 underline-offset-2 hover:underline ${entry.read ? "" : "font-semibold"}`}
                  >
                    {entry.read ? null : <span className="sr-only">Unread: </span>}
                    {entry.title}
                  </button>
                </Form>
                {entry.body ? (
                  <p className="mt-1 line-clamp-2 whitespace-pre-line text-sm text-stone-700">{entry.body}</p>
                ) : null}
                <p className="mt-1 text-xs text-stone-600">
                  <time dateTime={entry.createdAt}>{dateFormat.format(new Date(entry.createdAt))} UTC</time>
                </p>
              </div>
              {entry.read ? null : (
                <Form method="post" className="shrink-0">
                  <input type="hidden" name="id" value={entry.id} />
                  <input type="hidden" name="page" value={page} />
                  <button
                    type="submit"
                    name="intent"
                    value="read"
                    className="btn-secondary whitespace-nowrap px-2 py-1 text-xs"
                  >
                    Mark as read
                    <span className="sr-only">: {entry.title}</span>
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ol>
      )}

      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-6 flex gap-4">
          {page > 1 ? <Link to={`?page=${page - 1}`}>Newer</Link> : null}
          <span>{`Page ${page} of ${pages}`}</span>
          {page < pages ? <Link to={`?page=${page + 1}`}>Older</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary words={WORDS} />;
}
