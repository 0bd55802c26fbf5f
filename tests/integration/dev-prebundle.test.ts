import { readdirSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp } from "#tests/helpers/app";

/**
 * In development every package the browser imports comes pre-bundled (vite.config.ts
 * `optimizeDeps.include`). One that is not would make Vite bundle it on first sight and reload the
 * page, wiping what the user typed; with discovery off it would be served unbundled instead. So:
 * walk every module the browser can load (the root, each route, what they import) as the dev
 * server sends them, and find no import of a package outside node_modules/.vite/deps.
 */
let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

/** Files Vite itself serves from node_modules without bundling: its client and Remix's default entry. */
const UNBUNDLED_ON_PURPOSE = [
  /^\/node_modules\/vite\/dist\/client\//,
  /^\/node_modules\/@remix-run\/dev\/dist\/config\/defaults\//,
];

it("serves every package a browser module imports pre-bundled", async () => {
  const routes = readdirSync("app/routes")
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => `/app/routes/${file}`);
  const queue = ["/app/root.tsx", "/node_modules/@remix-run/dev/dist/config/defaults/entry.client.tsx", ...routes];
  const seen = new Set<string>();
  const unbundled = new Set<string>();
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await fetch(`${app.baseUrl}${url}`);
    expect(response.status, url).toBe(200);
    const code = await response.text();
    for (const [, imported] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)"(\/[^"]+)"/g)) {
      const path = imported!.split("?")[0]!;
      if (path.startsWith("/node_modules/.vite/deps/") || path.startsWith("/@")) continue;
      if (path.startsWith("/node_modules/")) {
        if (!UNBUNDLED_ON_PURPOSE.some((pattern) => pattern.test(path))) unbundled.add(`${path} (imported by ${url})`);
        else queue.push(imported!);
      } else if (path.startsWith("/app/") && /\.[jt]sx?$/.test(path)) queue.push(imported!);
    }
  }
  expect(seen.size).toBeGreaterThan(routes.length);
  expect([...unbundled], "add these packages to browserDependencies in vite.config.ts").toEqual([]);
});
