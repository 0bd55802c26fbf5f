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
    refused: ["../../models/businesses.server", "../../utils/db.server", "../../../search/client"],
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
    ],
    allowed: ["./client", "#app/domain/taxonomy", "#app/utils/env.server", "meilisearch", "node:http"],
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
    ],
    allowed: ["#search/index", "./businesses.server", "#app/utils/db.server", "#app/domain/matching", "@prisma/client"],
  },
  {
    file: "app/routes/x.tsx",
    refused: ["#search/index", "../../search/index", "#server/boot", "#scripts/import", "#bench/latency"],
    allowed: ["#app/models/partners.server", "#app/domain/suggestion-filters", "#app/components/field"],
  },
  {
    file: "app/utils/x.server.ts",
    refused: ["#app/models/businesses.server", "../models/businesses.server", "#app/components/field"],
    allowed: ["./db.server", "#app/domain/tags"],
  },
  {
    file: "scripts/x.ts",
    refused: ["#search/client", "#search/sync-worker", "../search/queries"],
    allowed: ["#search/index", "#search/meili-server", "#app/models/search-sync.server", "#server/boot"],
  },
  {
    file: "tests/integration/x.test.ts",
    refused: ["#search/settings"],
    allowed: ["#search/index", "#search/meili-server"],
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
