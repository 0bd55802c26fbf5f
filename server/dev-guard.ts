import { statSync } from "node:fs";
import net from "node:net";
import path from "node:path";

/**
 * Development only. Vite's middleware serves any file under the project folder it can resolve
 * (`/package.json`, `/data/mutualist.db`, `/@fs/…`), so the HTTP server hands it only the requests
 * a browser makes for the app: Vite's client, virtual modules, the app's own modules (never a
 * `.server` one), browser files from node_modules, and `public/`. Every other request goes to
 * Remix, which answers 404 for a URL that is not a page (docs/decisions/018-dev-server-and-connections.md).
 */
const VITE_CLIENT = new Set(["/@vite/client", "/@vite/env"]);
/** What a browser loads as a module or asset. JSON only as a module (`?import`), never as a file. */
const BROWSER_FILE = /\.(?:[cm]?[jt]sx?|css|map|svg|png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf)$/i;
const SERVER_ONLY = /(?:^|\/)\.server(?:\/|$)|\.server\.[^/]*$/i;
/** A virtual module id (`virtual:…`, `\0…` written `__x00__…`) that is not a file path. */
const VIRTUAL_ID = /^(?:__x00__)?virtual:|^__x00__(?!\/)/;
/** A bare package specifier: `name/…` or `@scope/name/…`. */
const PACKAGE_ID = /^(@[a-z0-9][\w.-]*\/[a-z0-9][\w.-]*|[a-z0-9][\w.-]*)(?:\/|$)/i;

export interface DevGuardOptions {
  /** The project folder (Vite's root). */
  root: string;
  /** The folder whose files are served at the site root (Vite's publicDir). */
  publicDir: string;
}

/** Whether a request (method aside) is one for Vite to answer; anything else goes to Remix. */
export function isDevAssetRequest(rawUrl: string, options: DevGuardOptions): boolean {
  // Only origin-form targets ("/path"); "//host/…" and absolute URLs are never module requests.
  if (!rawUrl.startsWith("/") || rawUrl.startsWith("//")) return false;
  let url: URL;
  let pathname: string;
  try {
    url = new URL(rawUrl, "http://dev.invalid");
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return false;
  }
  if (pathname.includes("\\") || pathname.includes("\0") || pathname.split("/").includes("..")) return false;

  if (VITE_CLIENT.has(pathname)) return true;
  const root = options.root.replace(/\/+$/, "");
  if (pathname.startsWith("/@id/")) return isModuleId(pathname.slice("/@id/".length), root);
  // `/@fs/<absolute path>`: only inside the folders below, judged like their root-relative form.
  if (pathname.startsWith("/@fs/")) {
    const absolute = pathname.slice("/@fs".length);
    if (!absolute.startsWith(`${root}/`)) return false;
    pathname = absolute.slice(root.length);
  }
  if (pathname.startsWith("/app/")) return BROWSER_FILE.test(pathname) && !SERVER_ONLY.test(pathname);
  if (pathname.startsWith("/node_modules/")) {
    // Dot-folders hold generated code, not browser files (.prisma/client inlines the schema),
    // except Vite's own pre-bundled dependencies.
    if (/^\/node_modules\/(?:@[^/]+\/)?\./.test(pathname) && !pathname.startsWith("/node_modules/.vite/deps/"))
      return false;
    if (SERVER_ONLY.test(pathname)) return false;
    if (BROWSER_FILE.test(pathname)) return true;
    return pathname.endsWith(".json") && url.searchParams.has("import");
  }
  return isPublicFile(pathname, options.publicDir);
}

/**
 * `/@id/<id>`: Vite's URL for a module it cannot name by path. Only a virtual module or a module of
 * a package installed under node_modules; `/@id/app/…` would otherwise resolve through the
 * project folder (tsconfig's baseUrl) and send server-only source.
 */
function isModuleId(id: string, root: string): boolean {
  if (SERVER_ONLY.test(id)) return false;
  if (VITE_CLIENT.has(`/${id}`) || VIRTUAL_ID.test(id)) return true;
  const name = PACKAGE_ID.exec(id)?.[1];
  if (!name) return false;
  try {
    return statSync(path.join(root, "node_modules", name)).isDirectory();
  } catch {
    return false;
  }
}

function isPublicFile(pathname: string, publicDir: string): boolean {
  const file = path.join(publicDir, pathname);
  if (!file.startsWith(`${publicDir}${path.sep}`)) return false;
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Vite's rule for the Host header (a defence against DNS rebinding, where a web page makes the
 * browser talk to this server under the page's own name), applied to every request in
 * development, pages included: IP addresses, localhost and *.localhost, the HOST the server
 * listens on, and `server.allowedHosts` from vite.config.ts.
 */
export function isAllowedDevHost(
  hostHeader: string | undefined,
  allowed: true | readonly string[],
  listenHost: string,
) {
  if (allowed === true) return true;
  if (!hostHeader) return false;
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith("[")) {
    const end = host.indexOf("]");
    return end > 0 && net.isIP(host.slice(1, end)) === 6;
  }
  const name = host.replace(/:\d+$/, "");
  if (net.isIP(name) === 4 || name === "localhost" || name.endsWith(".localhost")) return true;
  if (name === listenHost.toLowerCase()) return true;
  return allowed.some((entry) =>
    entry.startsWith(".") ? name === entry.slice(1) || name.endsWith(entry) : name === entry.toLowerCase(),
  );
}
