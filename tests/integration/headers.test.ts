import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp } from "#tests/helpers/app";

/** Security headers on every page; HSTS only over HTTPS (here: a trusted proxy that says so). */
let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  process.env.TRUST_PROXY = "loopback";
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
  delete process.env.TRUST_PROXY;
});

it("sends the security headers, and HSTS only when the request came over HTTPS", async () => {
  const plain = await app.client().get("/login");
  expect(plain.headers.get("x-frame-options")).toBe("DENY");
  expect(plain.headers.get("x-content-type-options")).toBe("nosniff");
  expect(plain.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(plain.headers.get("strict-transport-security")).toBeNull();
  const secure = await app.client().get("/login", { "X-Forwarded-Proto": "https" });
  expect(secure.headers.get("strict-transport-security")).toBe("max-age=15552000");
});
