import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/*
 * Layers run one way: routes → models → (search adapter, database) → domain
 * (docs/architecture.md, docs/decisions/016-one-way-layers.md). `no-restricted-imports` enforces
 * it per folder, for alias imports (`#app/models/x`), relative ones (`../models/x`), type-only
 * imports and re-exports. The globs below are disjoint, because a later config object replaces a
 * rule's options instead of adding to them. tests/unit/layer-rules.test.ts checks every rule.
 */

/** An import of a project folder, by its alias or by any relative path (`./`, `../`, `../../app/`…). */
const folder = (alias, relative, message) => ({
  regex: `^(${alias.replace(/\//g, "\\/")}|(\\.\\.?\\/)+${relative.replace(/\//g, "\\/")})(\\/|$)`,
  message,
});

const TO = {
  models: folder(
    "#app/models",
    "(app/)?models",
    "app/models (use-cases, database) is imported only by routes, other models and tools.",
  ),
  utils: folder(
    "#app/utils",
    "(app/)?utils",
    "app/utils is server infrastructure (database, sessions, env): not from this layer.",
  ),
  components: folder(
    "#app/components",
    "(app/)?components",
    "app/components is UI: only routes and other components import it.",
  ),
  routes: folder("#app/routes", "(app/)?routes", "Nothing imports a route module."),
  search: folder("#search", "search", "This layer does not use the search adapter."),
  server: folder("#server", "server", "server/ starts the app; nothing under app or search imports it."),
  scripts: folder("#scripts", "scripts", "scripts/ are command-line tools; nothing under app or search imports them."),
  bench: folder("#bench", "bench", "bench/ holds benchmarks; nothing under app or search imports them."),
  tests: folder("#tests", "tests", "Only tests import tests/."),
  anyServerModule: {
    regex: "\\.server(\\.[cm]?[jt]sx?)?$",
    message: "A *.server module is server-only (database, secrets, I/O); this layer must not import it.",
  },
  searchInternals: {
    regex: "^(#search|(\\.\\.\\/)+search)\\/(?!index$|meili-server$)",
    message: "Import the search adapter from #search/index (its one public entry).",
  },
  searchInternalsFromApp: {
    regex: "^(#search|(\\.\\.\\/)+search)\\/(?!index$)",
    message: "Import the search adapter from #search/index; meili-server is for the launcher, tests and benchmarks.",
  },
  prisma: folder(
    "#prisma",
    "prisma",
    "prisma/ (schema, seed, factories) opens the database; nothing under app or search imports it.",
  ),
  dbClient: {
    regex: "^(#app\\/utils|(\\.\\.?\\/)+(app\\/)?utils)\\/db\\.server(\\.[cm]?[jt]sx?)?$",
    message: "Routes reach the database through a model (app/models), not the Prisma client.",
  },
  utilsExceptEnv: {
    regex: "^(#app\\/utils|(\\.\\.?\\/)+(app\\/)?utils)(\\/(?!env\\.server(\\.[cm]?[jt]sx?)?$)|$)",
    message: "search/ is an adapter: of app/utils it uses only env.server (its URL and key).",
  },
  aliasEscape: {
    regex: "^#[^/]*\\/(.*\\/)?\\.\\.(\\/|$)",
    message: "No `..` after an alias (`#app/domain/../models/x`): name the folder by its own alias.",
  },
  prismaClient: { regex: "^@prisma\\/", message: "Only app/models talks to the database." },
  meilisearch: { regex: "^meilisearch($|\\/)", message: "Only search/ talks to Meilisearch." },
};

/** Node modules that do I/O (files, network, processes): never in app/domain. */
const NODE_IO_MODULES = [
  "fs",
  "fs/promises",
  "net",
  "http",
  "https",
  "http2",
  "child_process",
  "dgram",
  "dns",
  "dns/promises",
  "tls",
  "cluster",
  "worker_threads",
  "os",
  "readline",
  "module",
  "vm",
  "inspector",
  "process",
];
const nodeIo = NODE_IO_MODULES.flatMap((name) =>
  [name, `node:${name}`].map((id) => ({ name: id, message: "app/domain is pure: no file, network or process I/O." })),
);

/** Nothing under app imports server/, scripts/, bench/, tests/ or prisma/. */
const APP_WIDE = [TO.server, TO.scripts, TO.bench, TO.tests, TO.prisma];

export const LAYER_RULES = [
  {
    name: "layers/domain",
    files: ["app/domain/**/*.{ts,tsx}"],
    paths: nodeIo,
    patterns: [
      TO.models,
      TO.utils,
      TO.components,
      TO.routes,
      TO.search,
      TO.anyServerModule,
      TO.prismaClient,
      TO.meilisearch,
      ...APP_WIDE,
    ],
  },
  {
    name: "layers/components",
    files: ["app/components/**/*.{ts,tsx}"],
    patterns: [
      TO.anyServerModule,
      TO.models,
      TO.utils,
      TO.routes,
      TO.search,
      TO.prismaClient,
      TO.meilisearch,
      ...APP_WIDE,
    ],
  },
  {
    name: "layers/models",
    files: ["app/models/**/*.{ts,tsx}"],
    patterns: [TO.routes, TO.components, TO.searchInternalsFromApp, TO.meilisearch, ...APP_WIDE],
  },
  {
    name: "layers/utils",
    files: ["app/utils/**/*.{ts,tsx}"],
    patterns: [TO.models, TO.routes, TO.components, TO.searchInternalsFromApp, ...APP_WIDE],
  },
  {
    name: "layers/routes",
    files: ["app/routes/**/*.{ts,tsx}"],
    patterns: [
      { ...TO.search, message: "Routes reach search through a model (app/models), not the adapter." },
      TO.routes,
      TO.dbClient,
      TO.prismaClient,
      TO.meilisearch,
      ...APP_WIDE,
    ],
  },
  {
    name: "layers/app-root",
    files: ["app/*.{ts,tsx}"],
    patterns: [TO.routes, TO.searchInternalsFromApp, TO.meilisearch, ...APP_WIDE],
  },
  {
    name: "layers/search",
    files: ["search/**/*.{ts,tsx}"],
    patterns: [
      { ...TO.models, message: "search/ is an adapter: it never imports app/models (pass loaders as arguments)." },
      TO.routes,
      TO.components,
      TO.utilsExceptEnv,
      TO.prismaClient,
      TO.server,
      TO.scripts,
      TO.bench,
      TO.tests,
      TO.prisma,
    ],
  },
  {
    name: "layers/outside-app",
    files: ["**/*.{ts,tsx,js}"],
    ignores: ["app/**", "search/**"],
    patterns: [TO.searchInternals],
  },
].map(({ name, files, ignores, paths = [], patterns }) => ({
  name,
  files,
  ...(ignores ? { ignores } : {}),
  rules: {
    // Every layer, and everything outside app/ and search/, refuses `#alias/../`.
    "no-restricted-imports": ["error", { paths, patterns: [...patterns, TO.aliasEscape] }],
    // app/domain loads nothing at run time either.
    ...(name === "layers/domain"
      ? {
          "no-restricted-syntax": [
            "error",
            { selector: "ImportExpression", message: "app/domain is pure: no dynamic imports." },
          ],
        }
      : {}),
  },
}));

export default tseslint.config(
  { ignores: ["build/**", "node_modules/**", "data/**", "public/build/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": "off",
    },
  },
  ...LAYER_RULES,
);
