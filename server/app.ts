import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import type { ViteDevServer } from "vite";
import { checkCsrf, isCsrfExempt } from "#app/utils/csrf.server";
import { MAX_IMPORT_BYTES } from "#app/utils/import-upload.server";
import { isAllowedDevHost, isDevAssetRequest } from "./dev-guard";
import { discardUnreadBodies } from "./unread-body";

export interface AppOptions {
  mode: "development" | "production";
  root?: string;
  /** The server the app will listen on; in development Vite's HMR WebSocket shares it. */
  httpServer?: Server;
}

/**
 * The address the server listens on: HOST when set (`0.0.0.0` for every interface, as in a
 * container), else only this machine.
 */
export function listenHost(env: Record<string, string | undefined> = process.env): string {
  return env.HOST?.trim() || "127.0.0.1";
}

/**
 * The HTTP server: unread request bodies discarded, security headers, the client address for rate
 * limits, the CSRF check for every state-changing request, static assets, then Remix. In
 * development Vite serves and reloads the app, behind a guard that lets it answer only a browser's
 * module requests (server/dev-guard.ts).
 */
export async function createApp(options: AppOptions) {
  const root = path.resolve(options.root ?? process.cwd());
  const app = express();
  app.disable("x-powered-by");
  // Remix reads the URL itself: Express need not parse every query string.
  app.set("query parser", false);
  // Behind a proxy (TRUST_PROXY=1) the client address comes from X-Forwarded-For.
  if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY);

  // The largest body any route accepts (an import upload) is discarded whole when a route answers
  // without reading it, so a browser keeps its connection; past that, or after 10 s, it is closed.
  app.use(discardUnreadBodies({ maxBytes: MAX_IMPORT_BYTES + 1024 * 1024, maxMs: 10_000 }));

  let vite: ViteDevServer | undefined;
  if (options.mode === "development") {
    const { createServer } = await import("vite");
    const host = listenHost();
    // VITE_HMR=false (tests), or no server to share: no HMR and no WebSocket server.
    const hmr = process.env.VITE_HMR !== "false" && options.httpServer ? { server: options.httpServer } : false;
    vite = await createServer({
      root,
      configFile: path.join(root, "vite.config.ts"),
      server: { middlewareMode: true, host, hmr, ...(hmr ? {} : { ws: false }) },
      appType: "custom",
    });
    const { allowedHosts } = vite.config.server;
    app.use((req, res, next) => {
      if (isAllowedDevHost(req.headers.host, allowedHosts, host)) return next();
      res
        .status(403)
        .type("text/plain")
        .send(
          `Blocked request: the host "${req.headers.host ?? ""}" is not allowed in development. ` +
            "Add it to server.allowedHosts in vite.config.ts.",
        );
    });
  }

  app.use((req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("X-Frame-Options", "DENY");
    // Over HTTPS (directly or behind a TRUST_PROXY that says so), browsers keep to HTTPS for 180 days.
    if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=15552000");
    // Rate limits key on this; a client-sent value is overwritten.
    req.headers["x-mutualist-client-ip"] = req.ip ?? req.socket.remoteAddress ?? "unknown";
    next();
  });

  app.use((req, res, next) => {
    // The one-click unsubscribe is authenticated by its signed token, not a session (csrf.server.ts).
    if (isCsrfExempt(req.method, req.path)) return next();
    const verdict = checkCsrf(
      req.method,
      { get: (name) => (req.headers[name] as string | undefined) ?? null },
      req.headers.host ?? "",
    );
    if (verdict.ok) return next();
    res.status(403).type("text/plain").send(`Request refused: ${verdict.reason}. Reload the page and try again.`);
  });

  // Production pages allow only their own scripts and the inline ones carrying this response's nonce
  // (app/entry.server.tsx). Development is left without a policy: Vite injects its own scripts.
  if (options.mode === "production") {
    app.use((_req, res, next) => {
      const nonce = randomBytes(16).toString("base64");
      res.locals.cspNonce = nonce;
      res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
      next();
    });
  }

  let closeVite = async () => {};
  let build: ServerBuild | (() => Promise<ServerBuild>);
  if (vite) {
    const server = vite;
    closeVite = () => server.close();
    const guard = { root, publicDir: server.config.publicDir };
    app.use((req, res, next) =>
      isDevAssetRequest(req.url, guard) || (req.url === "/" && req.headers.accept === "text/x-vite-ping")
        ? server.middlewares(req, res, next)
        : next(),
    );
    build = () => server.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
  } else {
    const buildDir = path.join(root, "build");
    app.use("/assets", express.static(path.join(buildDir, "client/assets"), { immutable: true, maxAge: "1y" }));
    // Only paths that name a file (favicon.ico, robots.txt) look on disk: a page request skips the stat.
    const publicFiles = express.static(path.join(buildDir, "client"), { maxAge: "1h" });
    app.use((req, res, next) => (/\.[a-z0-9]+$/i.test(req.path) ? publicFiles(req, res, next) : next()));
    build = (await import(pathToFileURL(path.join(buildDir, "server/index.js")).href)) as ServerBuild;
  }
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: options.mode,
      getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce as string | undefined }),
    }),
  );
  return { app, close: closeVite };
}

/** Styles stay 'unsafe-inline' for style attributes (a progress bar's width); scripts never. */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
