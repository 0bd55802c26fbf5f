/**
 * `npm run bench:pages` (or `tsx bench/page-weight.ts [--no-build] [--verbose]`): how much JavaScript
 * and CSS each page tells the browser to load, gzipped.
 *
 * 1. Builds the site (`remix vite:build`, production) unless `--no-build` and a build exists.
 * 2. Starts it the way `npm start` does, on a throw-away database and Meilisearch folder, signs up,
 *    and creates and publishes one business (so the owner pages have something to show).
 * 3. Fetches the real HTML of each page and sums, per page, every JavaScript file it names (each
 *    `<link rel="modulepreload">`, and the entry and route modules its inline script imports) and
 *    every stylesheet it links, each file gzipped on its own (default level, as Vite reports),
 *    read from build/client.
 * 4. Checks the set against the chunks' own static imports (what the browser loads before the page
 *    runs): a chunk imported but not preloaded is reported, and counted.
 * 5. Reports apart, as "later", the chunks those modules load with a dynamic `import()` (the
 *    account forms' validation, fetched once the page is interactive), which the budget leaves out.
 *
 * Budget (decision 017): no page over 105 kB of gzipped JavaScript, the business form (new and edit)
 * at most 130 kB. Exits 1 when a page is over.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildProduction, startBuiltApp } from "#scripts/built-app";
import { findFreePort } from "#search/meili-server";
import { DEMO_OWNER } from "#prisma/seed-demo";

const args = new Set(process.argv.slice(2));
const verbose = args.has("--verbose");
const clientDir = path.resolve("build/client");

const BUDGET_KB = 105;
const FORM_BUDGET_KB = 130;

interface PageIds {
  /** A business of the demo owner's, created and published by the bench. */
  id: string;
  slug: string;
  /** One of the demo owner's seeded partnerships, and the request form from a profile. */
  partnershipId: string;
  requestForm: string;
}

interface PageSpec {
  label: string;
  path: (ids: PageIds) => string;
  signedIn: boolean;
  budgetKb: number;
}

const PAGES: PageSpec[] = [
  { label: "/", path: () => "/", signedIn: false, budgetKb: BUDGET_KB },
  { label: "/login", path: () => "/login", signedIn: false, budgetKb: BUDGET_KB },
  { label: "/signup", path: () => "/signup", signedIn: false, budgetKb: BUDGET_KB },
  { label: "/account", path: () => "/account", signedIn: true, budgetKb: BUDGET_KB },
  { label: "/search", path: () => "/search?q=flowers", signedIn: false, budgetKb: BUDGET_KB },
  { label: "/dashboard", path: () => "/dashboard", signedIn: true, budgetKb: BUDGET_KB },
  { label: "/b/:slug", path: ({ slug }) => `/b/${slug}`, signedIn: false, budgetKb: BUDGET_KB },
  { label: "/businesses/new", path: () => "/businesses/new", signedIn: true, budgetKb: FORM_BUDGET_KB },
  {
    label: "/businesses/:id/edit",
    path: ({ id }) => `/businesses/${id}/edit`,
    signedIn: true,
    budgetKb: FORM_BUDGET_KB,
  },
  {
    label: "/businesses/:id/partners",
    path: ({ id }) => `/businesses/${id}/partners`,
    signedIn: true,
    budgetKb: BUDGET_KB,
  },
  {
    label: "/businesses/:id/circle",
    path: ({ id }) => `/businesses/${id}/circle`,
    signedIn: true,
    budgetKb: BUDGET_KB,
  },
  { label: "/imports", path: () => "/imports", signedIn: true, budgetKb: BUDGET_KB },
  {
    label: "/businesses/:id/referrals",
    path: ({ id }) => `/businesses/${id}/referrals`,
    signedIn: true,
    budgetKb: BUDGET_KB,
  },
  { label: "/partnerships", path: () => "/partnerships", signedIn: true, budgetKb: BUDGET_KB },
  {
    label: "/partnerships/:id",
    path: ({ partnershipId }) => `/partnerships/${partnershipId}`,
    signedIn: true,
    budgetKb: BUDGET_KB,
  },
  { label: "/partnerships/new", path: ({ requestForm }) => requestForm, signedIn: true, budgetKb: BUDGET_KB },
  { label: "/notifications", path: () => "/notifications", signedIn: true, budgetKb: BUDGET_KB },
  { label: "/account/notifications", path: () => "/account/notifications", signedIn: true, budgetKb: BUDGET_KB },
  { label: "/forgot-password", path: () => "/forgot-password", signedIn: false, budgetKb: BUDGET_KB },
];

const BUSINESS_FORM = {
  intent: "save",
  name: "Page Weight Florist",
  niche: "Garden-style wedding flowers for small venues",
  primaryCategory: "Florists",
  offerings: "bridal bouquets, centrepieces",
  targetCustomers: "engaged couples",
  customerProblems: "planning a wedding",
  place: "Portland, OR, US",
  radiusKm: "30",
  horizon: "either",
  capacity: "none",
  contactVisibility: "members",
};

/** Keeps cookies between requests, sends Origin on posts, does not follow redirects. */
class Client {
  private cookies = new Map<string, string>();
  constructor(private baseUrl: string) {}

  async request(pathname: string, form?: Record<string, string>) {
    const headers = new Headers();
    if (this.cookies.size) headers.set("Cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    if (form) {
      headers.set("Origin", this.baseUrl);
      headers.set("Content-Type", "application/x-www-form-urlencoded");
    }
    const response = await fetch(`${this.baseUrl}${pathname}`, {
      method: form ? "POST" : "GET",
      headers,
      body: form ? new URLSearchParams(form) : undefined,
      redirect: "manual",
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [name = "", ...value] = (cookie.split(";")[0] ?? "").split("=");
      this.cookies.set(name, value.join("="));
    }
    return response;
  }
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag)?.[1];
}

/** The JavaScript and CSS files a page's HTML names, as paths under build/client. */
function assetsOf(html: string): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, "rel")?.toLowerCase();
    const href = attribute(tag, "href");
    if (!href || !href.startsWith("/")) continue;
    if (rel === "modulepreload") js.add(href);
    if (rel === "stylesheet") css.add(href);
  }
  for (const [, body = ""] of html.matchAll(/<script\b[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const [, href = ""] of body.matchAll(/import\s*(?:[^"'()]*?\s+from\s*)?\(?\s*"(\/[^"]+\.js)"/g)) js.add(href);
  }
  return { js: [...js], css: [...css] };
}

/** Chunks a module names in a dynamic `import("./x.js")`: loaded when the page asks, after it runs. */
function dynamicImports(file: string): string[] {
  const code = readFileSync(path.join(clientDir, file), "utf8");
  return [...code.matchAll(/\bimport\(\s*["']([^"']+\.js)["']\s*\)/g)].map(([, spec = ""]) =>
    path.posix.join(path.posix.dirname(file), spec),
  );
}

/** Every chunk reachable through static imports from these (what the browser fetches before running). */
function staticClosure(files: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(path.join(clientDir, file), "utf8");
    // Static imports only (`import{a}from"./x.js"`, `import"./x.js"`); dynamic `import(...)` is lazy.
    for (const [, spec = ""] of code.matchAll(
      /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g,
    )) {
      queue.push(path.posix.join(path.posix.dirname(file), spec));
    }
  }
  return seen;
}

const gzipCache = new Map<string, number>();
function gzipBytes(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(clientDir, file))).length;
    gzipCache.set(file, size);
  }
  return size;
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

async function main() {
  if (!args.has("--no-build") || !existsSync("build/server/index.js")) {
    console.log("Building (remix vite:build)…");
    buildProduction();
  }

  const workDir = mkdtempSync(path.join(os.tmpdir(), "mutualist-page-weight-"));
  const app = await startBuiltApp({
    port: await findFreePort(3200),
    env: {
      DATABASE_URL: `file:${path.join(workDir, "pages.db")}`,
      MEILI_DATA_DIR: path.join(workDir, "meili"),
      MEILI_URL: "",
      // The demo owner's seeded partnerships, requests and notifications fill the partnership pages.
      SEED_DEMO: "true",
    },
  });
  const baseUrl = app.baseUrl;
  const stop = async () => {
    await app.stop();
    rmSync(workDir, { recursive: true, force: true });
  };

  try {
    const visitor = new Client(baseUrl);
    const owner = new Client(baseUrl);
    const signIn = await owner.request("/login", { email: DEMO_OWNER.email, password: DEMO_OWNER.password });
    if (signIn.status !== 302) throw new Error(`Signing in answered ${signIn.status}`);
    const created = await owner.request("/businesses/new", BUSINESS_FORM);
    const id = /\/businesses\/([^/?]+)\/edit/.exec(created.headers.get("location") ?? "")?.[1];
    if (!id) throw new Error(`Creating a business answered ${created.status}: ${(await created.text()).slice(0, 500)}`);
    const published = await owner.request(`/businesses/${id}/edit`, { intent: "publish" });
    if (published.status !== 302) throw new Error(`Publishing answered ${published.status}`);
    const editHtml = await (await owner.request(`/businesses/${id}/edit`)).text();
    const slug = /href="\/b\/([^"?]+)"/.exec(editHtml)?.[1];
    if (!slug) throw new Error("The edit page links to no public page");
    const partnershipsHtml = await (await owner.request("/partnerships")).text();
    const partnershipId = /href="\/partnerships\/([a-z0-9]+)"/.exec(partnershipsHtml)?.[1];
    if (!partnershipId) throw new Error("The demo owner has no partnership to measure");
    const partnershipHtml = await (await owner.request(`/partnerships/${partnershipId}`)).text();
    const partnerSlug = /href="\/b\/([^"?]+)"/.exec(partnershipHtml)?.[1];
    const profileHtml = partnerSlug ? await (await owner.request(`/b/${partnerSlug}`)).text() : "";
    const requestForm = /href="(\/partnerships\/new\?[^"]+)"/.exec(profileHtml)?.[1]?.replaceAll("&amp;", "&");
    if (!requestForm) throw new Error("No profile offers the request form");

    const rows: string[][] = [];
    let over = 0;
    for (const page of PAGES) {
      const pathname = page.path({ id, slug, partnershipId, requestForm });
      const response = await (page.signedIn ? owner : visitor).request(pathname);
      if (response.status !== 200) throw new Error(`${pathname} answered ${response.status}`);
      const { js, css } = assetsOf(await response.text());
      const closure = staticClosure(js);
      const unlisted = [...closure].filter((file) => !js.includes(file));
      const jsBytes = [...closure].reduce((sum, file) => sum + gzipBytes(file), 0);
      const cssBytes = css.reduce((sum, file) => sum + gzipBytes(file), 0);
      const later = [...staticClosure([...closure].flatMap(dynamicImports))].filter((file) => !closure.has(file));
      const laterBytes = later.reduce((sum, file) => sum + gzipBytes(file), 0);
      const ok = jsBytes / 1000 <= page.budgetKb;
      if (!ok) over++;
      rows.push([
        page.label,
        kB(jsBytes),
        kB(cssBytes),
        kB(jsBytes + cssBytes),
        laterBytes ? kB(laterBytes) : "",
        String(closure.size),
        String(page.budgetKb),
        ok ? "ok" : "OVER",
      ]);
      if (verbose) {
        const files = [...closure].sort((a, b) => gzipBytes(b) - gzipBytes(a));
        for (const file of [...files, ...css])
          console.log(`  ${page.label.padEnd(26)} ${kB(gzipBytes(file)).padStart(6)}  ${file}`);
        for (const file of later)
          console.log(`  ${page.label.padEnd(26)} ${kB(gzipBytes(file)).padStart(6)}  ${file} (later)`);
      }
      if (unlisted.length) console.warn(`  ${page.label}: imported but not preloaded: ${unlisted.join(", ")}`);
    }

    const header = ["page", "JS kB gz", "CSS kB gz", "total", "JS later", "JS files", "budget", ""];
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
    const line = (row: string[]) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join("  ");
    console.log(`\n${line(header)}`);
    for (const row of rows) console.log(line(row));
    console.log(
      "\nkB = 1000 bytes, each file gzipped on its own (zlib default level). The budget is for the JS the page" +
        '\npreloads; "JS later" is what its scripts then import on their own (not counted).',
    );
    if (over) {
      console.log(`${over} page(s) over budget.`);
      process.exitCode = 1;
    }
  } finally {
    await stop();
  }
}

await main();
