import { randomBytes } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { checkCsrf } from "#app/utils/csrf.server";

/**
 * The HTTP server: security headers, the client address for rate limits, the CSRF check for every
 * state-changing request, static assets, then Remix. In development Vite serves and reloads the app.
 */
export async function createApp(options: { mode: "development" | "production"; root?: string }) {
  const root = options.root ?? process.cwd();
  const app = express();
  app.disable("x-powered-by");
  // Remix reads the URL itself: Express need not parse every query string.
  app.set("query parser", false);
  // Behind a proxy (TRUST_PROXY=1) the client address comes from X-Forwarded-For.
  if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY);

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
  if (options.mode === "development") {
    const vite = await import("vite");
    const server = await vite.createServer({
      root,
      configFile: path.join(root, "vite.config.ts"),
      // VITE_HMR=false (tests): no HMR and no WebSocket server, so a running `npm run dev` holding
      // Vite's WebSocket port does not log an error into the tests.
      server:
        process.env.VITE_HMR === "false" ? { middlewareMode: true, hmr: false, ws: false } : { middlewareMode: true },
      appType: "custom",
    });
    closeVite = () => server.close();
    app.use(server.middlewares);
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
