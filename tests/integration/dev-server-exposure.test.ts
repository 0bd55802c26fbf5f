import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp } from "#tests/helpers/app";

/**
 * The development server (Express + Vite, as `npm run dev` runs it) serves a browser's module
 * requests and pages, and none of the project's other files: not the database, the Meilisearch
 * key or log, package.json, the Prisma schema, server code, or anything through /@fs/.
 */
let app: Awaited<ReturnType<typeof startTestApp>>;
const root = process.cwd();
const secret = `not-for-browsers-${Math.random().toString(36).slice(2)}`;
const marker = `exposure-test-${process.pid}.txt`;
const databaseFile = (process.env.DATABASE_URL ?? "").replace(/^file:/, "");
const upload = `data/uploads/logos/exposure-test-${process.pid}/96.webp`;

beforeAll(async () => {
  // A file where the default database and the Meilisearch key live (data/ is gitignored).
  mkdirSync(path.join(root, "data"), { recursive: true });
  writeFileSync(path.join(root, "data", marker), secret);
  // An uploaded logo's file in the default UPLOADS_DIR: an image ending, still never served from data/.
  mkdirSync(path.join(root, upload, ".."), { recursive: true });
  writeFileSync(path.join(root, upload), secret);
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(path.join(root, "data", marker), { force: true });
  rmSync(path.join(root, upload, ".."), { recursive: true, force: true });
});

/** A GET with the path sent exactly as written (fetch would resolve `%2e%2e` first). */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const { hostname, port } = new URL(app.baseUrl);
    const req = request({ hostname, port, path: url, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"] ?? "", body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("refused: files a browser never needs", () => {
  const refused: [url: string, notInBody: string][] = [
    [`/data/${marker}`, secret],
    [`/data/${marker}?raw`, secret],
    [`/@fs${root}/data/${marker}`, secret],
    [`/@fs${root}/data/${marker}?raw`, secret],
    [`/app/..%2fdata/${marker}`, secret],
    [`/app/%2e%2e/data/${marker}`, secret],
    [`/@id/__x00__${root}/data/${marker}?raw`, secret],
    [`/@fs${databaseFile}`, "SQLite format"],
    [`/${upload}`, secret],
    [`/@fs${root}/${upload}`, secret],
    ["/data/meili/master-key", ""],
    ["/package.json", '"postinstall"'],
    [`/@fs${root}/package.json`, '"postinstall"'],
    [`/@id/${root}/package.json?raw`, "postinstall"],
    ["/prisma/schema.prisma", "datasource"],
    ["/.env.example", "DATABASE_URL"],
    ["/node_modules/.package-lock.json", '"lockfileVersion"'],
    ["/node_modules/.vite/deps/_metadata.json", '"optimized"'],
    // Vite resolves a path without an extension to the .ts file and would send it compiled.
    ["/server/boot", "applyMigrations"],
    ["/server/boot.ts?raw", "applyMigrations"],
    ["/app/utils/env.server.ts", "DATABASE_URL"],
    ["/app/utils/env.server.ts?raw", "DATABASE_URL"],
    ["/app/utils/env.server", "DATABASE_URL"],
    ["/app/utils/env.SERVER.ts", "DATABASE_URL"],
    // `/@id/` with a project path resolves through tsconfig's baseUrl: only packages and virtual ids pass.
    ["/@id/app/utils/env.server.ts", "DATABASE_URL"],
    ["/@id/app/utils/env.server.ts?raw", "DATABASE_URL"],
    ["/@id/app/utils/env.server.ts?import", "DATABASE_URL"],
    ["/@id/app/root.tsx?raw", "getSession"],
    ["/@id/server/boot.ts", "applyMigrations"],
    ["/@id/prisma/schema.prisma", "datasource"],
    ["/node_modules/.prisma/client/index.js", "datasource"],
    ["/@id/.prisma/client/index.js", "datasource"],
    ["/__open-in-editor?file=package.json", ""],
  ];
  it.each(refused)("%s", async (url, notInBody) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    if (notInBody) expect(response.body).not.toContain(notInBody);
  });
});

describe("served: what the browser loads", () => {
  it("a page, and the modules its HTML imports", async () => {
    const page = await get("/login");
    expect(page.status).toBe(200);
    const modules = [...page.body.matchAll(/"(\/(?:app|node_modules|@id)\/[^"]+)"/g)].map((match) => match[1]!);
    expect(modules).toContain("/app/routes/login.tsx");
    for (const url of new Set(modules)) expect((await get(url)).status, url).toBe(200);
  });

  it("Vite's client, an app module and the pre-bundled packages it imports", async () => {
    const client = await get("/@vite/client");
    expect(client.status).toBe(200);
    expect(client.type).toContain("javascript");

    const root = await get("/app/root.tsx");
    expect(root.status).toBe(200);
    const dependency = /from "(\/node_modules\/\.vite\/deps\/[^"]+)"/.exec(root.body)?.[1];
    expect(dependency).toBeDefined();
    const bundled = await get(dependency!);
    expect(bundled.status).toBe(200);
    expect(bundled.type).toContain("javascript");
  });

  it("a file from public/", async () => {
    const favicon = await get("/favicon.svg");
    expect(favicon.status).toBe(200);
    expect(favicon.body).toContain("<svg");
  });
});

it("refuses a Host header that is not this machine's (DNS rebinding), pages included", async () => {
  const response = await get("/login", { Host: "attacker.example" });
  expect(response.status).toBe(403);
  expect(response.body).toContain("not allowed");
  expect((await get("/login", { Host: "localhost:3000" })).status).toBe(200);
});
