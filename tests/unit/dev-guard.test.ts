import { describe, expect, it } from "vitest";
import { listenHost } from "#server/app";
import { isAllowedDevHost, isDevAssetRequest } from "#server/dev-guard";

describe("listenHost", () => {
  it("listens on this machine only unless HOST says otherwise", () => {
    expect(listenHost({})).toBe("127.0.0.1");
    expect(listenHost({ HOST: "" })).toBe("127.0.0.1");
    expect(listenHost({ HOST: "  " })).toBe("127.0.0.1");
    expect(listenHost({ HOST: "0.0.0.0" })).toBe("0.0.0.0");
    expect(listenHost({ HOST: "192.168.1.20" })).toBe("192.168.1.20");
  });
});

describe("isDevAssetRequest: what the development server lets Vite answer", () => {
  // The real project folder: a `/@id/<package>` passes only when that package is installed.
  const root = process.cwd();
  const options = { root, publicDir: `${root}/no-public-folder-here` };
  const vite = (url: string) => isDevAssetRequest(url, options);

  it("Vite's client, virtual modules, package ids, app modules and browser files from node_modules", () => {
    for (const url of [
      "/@vite/client",
      "/@vite/env",
      "/@id/__x00__virtual:remix/inject-hmr-runtime",
      "/@id/react",
      "/@id/@remix-run/react",
      "/app/root.tsx",
      "/app/routes/login.tsx?import",
      "/app/tailwind.css?url",
      "/node_modules/.vite/deps/react.js?v=1234abcd",
      "/node_modules/@remix-run/dev/dist/config/defaults/entry.client.tsx",
      "/node_modules/some-package/data.json?import",
      `/@fs${root}/node_modules/vite/dist/client/env.mjs`,
    ]) {
      expect(vite(url), url).toBe(true);
    }
  });

  it("nothing else: pages, project files, server modules, paths that climb out", () => {
    for (const url of [
      "/",
      "/login",
      "/package.json",
      "/data/mutualist.db",
      "/data/meili/master-key",
      "/server/boot",
      "/app/utils/env.server.ts",
      "/app/utils/env.server",
      "/app/utils/.server/secret.ts",
      "/app/../data/mutualist.db",
      "/app/%2e%2e/data/mutualist.db",
      "/app/..%2fdata/mutualist.db",
      "/node_modules/.package-lock.json",
      "/node_modules/.prisma/client/index.js",
      "/@id/app/utils/env.server.ts",
      "/@id/app/root.tsx",
      "/@id/no-such-package/index.js",
      "/@id/react/../../app/utils/env.server.ts",
      "/app/utils/env.SERVER.ts",
      "/node_modules/.vite/deps/_metadata.json",
      `/@fs${root}/package.json`,
      `/@fs${root}/data/mutualist.db`,
      "/@fs/etc/passwd",
      `/@id/${root}/package.json`,
      `/@id/__x00__${root}/data/mutualist.db`,
      "//evil.example/app/root.tsx",
      "http://evil.example/app/root.tsx",
      "/__open-in-editor?file=package.json",
      "/app/%E0%A4%A.tsx",
    ]) {
      expect(vite(url), url).toBe(false);
    }
  });
});

describe("isAllowedDevHost: Vite's rule against DNS rebinding", () => {
  it("allows addresses, localhost, the HOST it listens on and configured names", () => {
    expect(isAllowedDevHost("127.0.0.1:3000", [], "127.0.0.1")).toBe(true);
    expect(isAllowedDevHost("192.168.1.20:3000", [], "0.0.0.0")).toBe(true);
    expect(isAllowedDevHost("[::1]:3000", [], "127.0.0.1")).toBe(true);
    expect(isAllowedDevHost("localhost:3000", [], "127.0.0.1")).toBe(true);
    expect(isAllowedDevHost("app.localhost", [], "127.0.0.1")).toBe(true);
    expect(isAllowedDevHost("devbox.lan:3000", [], "devbox.lan")).toBe(true);
    expect(isAllowedDevHost("shop.example.test", [".example.test"], "127.0.0.1")).toBe(true);
    expect(isAllowedDevHost("anything", true, "127.0.0.1")).toBe(true);
  });

  it("refuses other names and a missing header", () => {
    expect(isAllowedDevHost("attacker.example", [], "127.0.0.1")).toBe(false);
    expect(isAllowedDevHost("localhost.attacker.example", [], "127.0.0.1")).toBe(false);
    expect(isAllowedDevHost(undefined, [], "127.0.0.1")).toBe(false);
    expect(isAllowedDevHost("[not-an-address]", [], "127.0.0.1")).toBe(false);
  });
});
