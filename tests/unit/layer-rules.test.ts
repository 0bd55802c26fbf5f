import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The one-way layers (eslint.config.js, docs/architecture.md): each rule reports an upward import
 * and lets the allowed ones through. Snippets are linted as if they lived at `filePath`; the
 * files need not exist.
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports" || message.ruleId === "no-restricted-syntax")
    .map((message) => message.message);
}

const cases: { file: string; refused: string[]; allowed: string[] }[] = [
  {
    file: "app/domain/x.ts",
    refused: [
      "#app/models/businesses.server",
      "../models/businesses.server",
      "#app/utils/env.server",
      "../utils/forms.server",
      "#app/components/field",
      "../components/field",
      "#app/routes/search",
      "#search/index",
      "../../search/index",
      "#server/boot",
      "../../server/boot",
      "#scripts/import",
      "#bench/latency",
      "#tests/helpers/app",
      "#prisma/seed-demo",
      "../../prisma/factories",
      "#app/domain/../models/businesses",
      "./cache.server",
      "@prisma/client",
      "meilisearch",
      "node:fs",
      "fs",
      "node:fs/promises",
      "node:net",
      "node:http",
      "node:child_process",
    ],
    allowed: ["./taxonomy", "#app/domain/tags", "zod", "@oslojs/encoding", "node:crypto"],
  },
  {
    file: "app/domain/nested/y.ts",
    refused: [
      "../../models/businesses.server",
      "../../utils/db.server",
      "../../../search/client",
      "../../../prisma/seed-demo",
    ],
    allowed: ["../taxonomy"],
  },
  {
    file: "search/x.ts",
    refused: [
      "#app/models/places.server",
      "../app/models/places.server",
      "#app/routes/search",
      "../app/routes/search",
      "#app/components/field",
      "../app/components/field",
      "#server/boot",
      "#scripts/import",
      "#app/utils/db.server",
      "../app/utils/db.server",
      "#app/utils/session.server",
      "../app/utils/forms.server",
      "#app/utils/env",
      "@prisma/client",
      "#prisma/seed-demo",
      "../prisma/factories",
      "#search/../app/models/places.server",
    ],
    allowed: [
      "./client",
      "#app/domain/taxonomy",
      "#app/utils/env.server",
      "../app/utils/env.server",
      "meilisearch",
      "node:http",
    ],
  },
  {
    file: "app/components/x.tsx",
    refused: [
      "#app/utils/session.server",
      "../utils/csrf.server",
      "#app/models/businesses.server",
      "#app/models/anything",
      "../models/anything",
      "#app/utils/anything",
      "./thing.server",
      "#search/index",
      "@prisma/client",
      "#prisma/factories",
      "#app/domain/../components/field",
    ],
    allowed: ["./field", "#app/domain/tags", "@remix-run/react", "react"],
  },
  {
    file: "app/models/x.server.ts",
    refused: [
      "#app/routes/search",
      "../routes/search",
      "#app/components/field",
      "../components/field",
      "#search/client",
      "#search/meili-server",
      "../../search/queries",
      "meilisearch",
      "#server/boot",
      "#scripts/import",
      "#bench/latency",
      "#prisma/seed-demo",
      "../../prisma/factories",
      "#app/models/../utils/db.server",
    ],
    allowed: ["#search/index", "./businesses.server", "#app/utils/db.server", "#app/domain/matching", "@prisma/client"],
  },
  {
    file: "app/routes/x.tsx",
    refused: [
      "#search/index",
      "../../search/index",
      "#server/boot",
      "#scripts/import",
      "#bench/latency",
      "#app/utils/db.server",
      "../utils/db.server",
      "@prisma/client",
      "#prisma/seed-demo",
      "#app/domain/../models/partners.server",
    ],
    allowed: [
      "#app/models/partners.server",
      "#app/domain/suggestion-filters",
      "#app/components/field",
      "#app/utils/session.server",
      "../utils/forms.server",
    ],
  },
  {
    file: "app/root.tsx",
    refused: ["#app/routes/search", "#search/queries", "#prisma/seed-demo", "#app/components/../routes/search"],
    allowed: ["#app/components/general-error-boundary", "#app/utils/session.server", "#search/index"],
  },
  {
    file: "app/utils/x.server.ts",
    refused: [
      "#app/models/businesses.server",
      "../models/businesses.server",
      "#app/components/field",
      "#prisma/seed-demo",
      "#app/utils/../domain/tags",
    ],
    allowed: ["./db.server", "#app/domain/tags", "@prisma/client"],
  },
  {
    file: "scripts/x.ts",
    refused: ["#search/client", "#search/sync-worker", "../search/queries", "#scripts/../app/models/imports"],
    allowed: [
      "#search/index",
      "#search/meili-server",
      "#app/models/search-sync.server",
      "#server/boot",
      "#prisma/seed-demo",
      "../app/utils/db.server",
    ],
  },
  {
    file: "tests/integration/x.test.ts",
    refused: ["#search/settings", "#tests/../app/utils/db.server", "#app/.."],
    allowed: ["#search/index", "#search/meili-server", "#prisma/factories", "#app/utils/db.server", "../helpers/app"],
  },
];

describe("the lint's layer rules", () => {
  for (const { file, refused, allowed } of cases) {
    describe(file, () => {
      it.each(refused)(`refuses an import of %s`, async (source) => {
        expect(await layerErrors(file, `import { x } from "${source}";\nexport const y = x;`)).not.toEqual([]);
      });

      it.each(allowed)(`allows an import of %s`, async (source) => {
        expect(await layerErrors(file, `import { x } from "${source}";\nexport const y = x;`)).toEqual([]);
      });
    });
  }

  it("also catches type-only imports and re-exports", async () => {
    expect(
      await layerErrors(
        "app/domain/x.ts",
        `import type { X } from "#app/models/businesses.server";\nexport type Y = X;`,
      ),
    ).not.toEqual([]);
    expect(await layerErrors("search/x.ts", `export { toProfile } from "#app/models/businesses.server";`)).toHaveLength(
      1,
    );
    expect(await layerErrors("app/components/x.tsx", `export * from "#app/utils/db.server";`)).not.toEqual([]);
  });

  it("keeps app/domain free of dynamic imports", async () => {
    expect(await layerErrors("app/domain/x.ts", `export const load = () => import("./taxonomy");`)).toHaveLength(1);
  });

  it("says why an import is refused", async () => {
    const [message] = await layerErrors(
      "search/x.ts",
      `import { x } from "#app/models/places.server";\nexport const y = x;`,
    );
    expect(message).toMatch(/search\/ is an adapter: it never imports app\/models/);
  });
});
