import type { MetaFunction } from "@remix-run/node";
import { errorMeta, GeneralErrorBoundary } from "#app/components/general-error-boundary";

/**
 * Every URL no other route matches. Throwing from a route (rather than letting the router fail to
 * match) runs the root loader, so the 404 page's header knows who is signed in.
 */
export function loader(): never {
  throw new Response(null, { status: 404, statusText: "Not Found" });
}

export function action(): never {
  throw new Response(null, { status: 404, statusText: "Not Found" });
}

// The loader always throws: the title and robots tag are the error page's.
export const meta: MetaFunction = ({ error }) => errorMeta(error);

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
