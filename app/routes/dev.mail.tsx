import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { errorMeta, GeneralErrorBoundary } from "#app/components/general-error-boundary";
import { listRecentMail } from "#app/models/mail-outbox.server";
import { devMailPageEnabled } from "#app/utils/mail.server";

/**
 * Development only: the mail the app wrote, newest first, so that without SMTP_URL a newcomer can
 * read a message and click its links. Production answers 404 as for any unknown address. The HTML
 * part is shown in an iframe with `sandbox=""` (no scripts, no forms, no navigation of this page).
 */
export const meta: MetaFunction = ({ error }) =>
  error ? errorMeta(error) : [{ title: "Mail (development) · Mutualist" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (!devMailPageEnabled(request)) throw new Response(null, { status: 404, statusText: "Not Found" });
  const raw = new URL(request.url).searchParams.get("page") ?? "1";
  const page = /^[0-9]{1,6}$/.test(raw) ? Number(raw) : 0;
  if (page < 1) throw new Response("The page number must be a whole number, 1 or more.", { status: 400 });
  return { page, ...(await listRecentMail(page)) };
}

function formatTime(iso: string) {
  return `${iso.slice(0, 19).replace("T", " ")} UTC`;
}

export default function DevMail() {
  const { page, pages, total, messages } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-4xl py-8">
      <h1 className="text-2xl font-bold">Mail (development)</h1>
      <p className="mt-2 text-stone-700">
        {total === 1 ? "1 message" : `${total} messages`}, newest first. Without <code>SMTP_URL</code> nothing is sent:
        messages are kept here. This page does not exist in production.
      </p>
      {messages.length === 0 ? <p className="mt-6 text-stone-700">No messages on this page.</p> : null}
      <ol className="mt-6 space-y-6">
        {messages.map((message) => (
          <li key={message.id} className="rounded border border-stone-200 p-4">
            <h2 className="text-lg font-semibold">{message.subject}</h2>
            <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-stone-600">To</dt>
              <dd>{message.to}</dd>
              <dt className="text-stone-600">Written</dt>
              <dd>{formatTime(message.createdAt)}</dd>
              <dt className="text-stone-600">Status</dt>
              <dd>
                {message.status}
                {message.sentAt ? ` at ${formatTime(message.sentAt)}` : ""}
                {message.attempts > 1 ? ` after ${message.attempts} attempts` : ""}
                {message.lastError ? ` (last error: ${message.lastError})` : ""}
              </dd>
              <dt className="text-stone-600">Kind</dt>
              <dd>{message.kind}</dd>
              {Object.entries(message.headers).map(([name, value]) => (
                <div key={name} className="contents">
                  <dt className="text-stone-600">{name}</dt>
                  <dd className="break-all">{value}</dd>
                </div>
              ))}
            </dl>
            <h3 className="mt-4 text-sm font-semibold">Text</h3>
            <pre className="mt-1 overflow-x-auto whitespace-pre-wrap rounded bg-stone-50 p-3 text-sm">
              <LinkedText text={message.text} />
            </pre>
            <h3 className="mt-4 text-sm font-semibold">HTML</h3>
            <iframe
              title={`HTML part of “${message.subject}”`}
              sandbox=""
              srcDoc={message.html}
              referrerPolicy="no-referrer"
              className="mt-1 h-72 w-full rounded border border-stone-200 bg-white"
            />
          </li>
        ))}
      </ol>
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-6 flex gap-4">
          {page > 1 ? <Link to={`?page=${page - 1}`}>Newer</Link> : null}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link to={`?page=${page + 1}`}>Older</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

/** The text part with its http(s) links clickable (the HTML part's iframe cannot open them). */
function LinkedText({ text }: { text: string }) {
  return (
    <>
      {text.split(/(https?:\/\/[^\s<>"]+)/).map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} rel="noreferrer">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}
