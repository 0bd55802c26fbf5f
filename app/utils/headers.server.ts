import type { HeadersFunction } from "@remix-run/node";

/**
 * A route's `headers`: the root's (a renewed session cookie) plus one header this route's loader
 * or action set (Remix sends only what `headers` returns for a document).
 */
export function parentHeadersWith(name: string, from: "loader" | "action"): HeadersFunction {
  return ({ parentHeaders, loaderHeaders, actionHeaders }) => {
    const out = new Headers(parentHeaders);
    const value = (from === "loader" ? loaderHeaders : actionHeaders).get(name);
    if (value) out.set(name, value);
    return out;
  };
}
