import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";

export type StatusWords = Partial<Record<number, { title: string; message?: string }>>;

const DEFAULT_WORDS: StatusWords = {
  400: { title: "That request did not make sense", message: "Go back, check what you entered and try again." },
  403: { title: "Not allowed", message: "You do not have permission to do that." },
  404: { title: "Page not found", message: "There is nothing at this address. It may have moved or been removed." },
  405: { title: "Not allowed here", message: "This address does not take that kind of request." },
  409: { title: "Not possible right now", message: "This cannot be done in its current state." },
  429: { title: "Too many requests", message: "Wait a moment and try again." },
  503: { title: "Temporarily unavailable", message: "Part of the site is down for a moment. Try again shortly." },
};

/** What an error page says: its heading (also the browser tab's title) and a sentence under it. */
export function describeError(error: unknown, words: StatusWords = {}): { title: string; message: string } {
  let title = "Something went wrong";
  let message = "An unexpected error happened on our side. Try again in a moment.";
  if (isRouteErrorResponse(error)) {
    const known = words[error.status] ?? DEFAULT_WORDS[error.status];
    title = known?.title ?? `${error.status} ${error.statusText || "Error"}`;
    message = readableMessage(error.data) ?? known?.message ?? message;
  }
  return { title, message };
}

/**
 * The meta of an error page: the same title as its heading, and kept out of search engines. Every
 * route's `meta` returns this when Remix passes it an `error`, so that a failed
 * `/businesses/…/edit` is not titled "Edit business". The root's meta does the same, which covers
 * an error the root boundary shows and any route without a meta of its own.
 */
export function errorMeta(error: unknown, words: StatusWords = {}) {
  return [{ title: `${describeError(error, words).title} · Mutualist` }, { name: "robots", content: "noindex" }];
}

/**
 * The error page of the root and of every page route. It renders inside the site layout; routes
 * export it as their own boundary so the root loader (the header's session state) still runs when
 * their loader or action throws. A thrown Response's text is shown when it is meant for people
 * (set by our guards); the framework's own developer messages never are. The tab's title comes from
 * `errorMeta` in the route's `meta` (a <title> here would land in <body>: React 18 does not hoist it).
 */
export function GeneralErrorBoundary({ words = {} }: { words?: StatusWords }) {
  const { title, message } = describeError(useRouteError(), words);
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-stone-700">{message}</p>
      <p className="mt-6 flex flex-wrap justify-center gap-4">
        <Link to="/">Browse the directory</Link>
        <Link to="/search">Search</Link>
      </p>
    </div>
  );
}

/** The data of a thrown Response when it is a short sentence of ours, not a framework message. */
function readableMessage(data: unknown): string | null {
  if (typeof data !== "string" || !data.trim()) return null;
  if (/^Error: |No route matches|^Unexpected Server Error$/i.test(data)) return null;
  return data.length > 300 ? null : data;
}
