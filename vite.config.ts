import path from "node:path";
import { fileURLToPath } from "node:url";
import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Every package the browser imports, pre-bundled when `npm run dev` starts (Remix adds React and
 * @remix-run/react). Discovery is off: Remix's dev CSS collection resolves every server-side
 * import in the browser's module graph, so Vite kept "discovering" server packages (meilisearch,
 * @remix-run/node), bundling them for the browser and reloading the page ("optimized dependencies
 * changed. reloading"), which wiped half-filled forms. tests/integration/dev-prebundle.test.ts
 * fails when a browser module imports a package missing here.
 */
const browserDependencies = ["@conform-to/react", "@conform-to/zod", "zod", "@oslojs/crypto/sha2", "@oslojs/encoding"];

export default defineConfig({
  server: {
    port: Number(process.env.PORT ?? 3000),
    // Vite serves only these folders (server/dev-guard.ts also keeps every other URL away from it).
    fs: {
      strict: true,
      allow: [path.join(root, "app"), path.join(root, "public"), path.join(root, "node_modules")],
      deny: [
        ".env",
        ".env.*",
        "*.{crt,pem,key}",
        "**/.git/**",
        `${root}/data/**`,
        "*.db",
        "*.db-*",
        "master-key",
        "*.log",
      ],
    },
  },
  // Only these are pre-bundled, so server-only packages (native ones included) never are.
  optimizeDeps: { include: browserDependencies, noDiscovery: true },
  plugins: [
    tailwindcss(),
    remix({
      ignoredRouteFiles: ["**/*.test.*"],
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
    tsconfigPaths(),
  ],
});
