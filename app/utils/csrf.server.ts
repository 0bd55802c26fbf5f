/**
 * CSRF protection for every state-changing request, as Lucia's guide recommends: browsers send
 * `Sec-Fetch-Site` and `Origin` on POSTs, and a cross-site form or fetch cannot forge them.
 * Applied once for all routes in the HTTP server (server/app.ts), before Remix runs an action.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type CsrfVerdict = { ok: true } | { ok: false; reason: string };

export function checkCsrf(method: string, headers: { get(name: string): string | null }, host: string): CsrfVerdict {
  if (SAFE_METHODS.has(method.toUpperCase())) return { ok: true };
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") {
    return { ok: false, reason: `cross-site request (Sec-Fetch-Site: ${fetchSite})` };
  }
  const origin = headers.get("origin");
  if (!origin) {
    return fetchSite ? { ok: true } : { ok: false, reason: "missing Origin header" };
  }
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return { ok: false, reason: "malformed Origin header" };
  }
  return originHost === host ? { ok: true } : { ok: false, reason: `Origin ${origin} does not match ${host}` };
}

/**
 * The one path that takes a POST without the checks above: `/unsubscribe`, where a mail client's
 * one-click unsubscribe (RFC 8058) posts `List-Unsubscribe=One-Click` from its own servers, with no
 * Origin and no cookies. That request is authenticated by the signed token in its URL, not by a
 * session, so there is nothing for a cross-site form to ride on (app/routes/unsubscribe.tsx).
 * Exactly this path: not a prefix, not another method.
 */
export const CSRF_EXEMPT_POST_PATHS: ReadonlySet<string> = new Set(["/unsubscribe"]);

export function isCsrfExempt(method: string, path: string): boolean {
  return method.toUpperCase() === "POST" && CSRF_EXEMPT_POST_PATHS.has(path);
}
