import { afterEach, describe, expect, it } from "vitest";
import { DEVELOPMENT_APP_SECRET, getEnv, resetEnvCache } from "#app/utils/env.server";
import { createUnsubscribeToken, readUnsubscribeToken } from "#app/utils/unsubscribe-token.server";

const saved = { NODE_ENV: process.env.NODE_ENV, APP_SECRET: process.env.APP_SECRET };

afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetEnvCache();
});

describe("APP_SECRET", () => {
  it("is required in production, with a message that says what to set", () => {
    process.env.NODE_ENV = "production";
    delete process.env.APP_SECRET;
    resetEnvCache();
    expect(() => getEnv()).toThrow(/APP_SECRET: required in production.*openssl rand -hex 32/s);
    process.env.APP_SECRET = "too-short";
    resetEnvCache();
    expect(() => getEnv()).toThrow(/APP_SECRET: must be at least 32 characters/);
    process.env.APP_SECRET = "a".repeat(32);
    resetEnvCache();
    expect(getEnv().APP_SECRET).toBe("a".repeat(32));
  });

  it("has a fixed value outside production", () => {
    delete process.env.APP_SECRET;
    resetEnvCache();
    expect(getEnv().APP_SECRET).toBe(DEVELOPMENT_APP_SECRET);
  });

  it("signs unsubscribe tokens: another secret's token is refused", () => {
    const secret = "s".repeat(40);
    const token = createUnsubscribeToken("cabc123", "message", secret);
    expect(readUnsubscribeToken(token, secret)).toEqual({ userId: "cabc123", scope: "message" });
    expect(readUnsubscribeToken(token, "t".repeat(40))).toBeNull();
    expect(readUnsubscribeToken(token.replace("cabc123", "cabc124"), secret)).toBeNull();
    expect(readUnsubscribeToken(createUnsubscribeToken("cabc123", "digest", secret), secret)?.scope).toBe("digest");
  });
});
