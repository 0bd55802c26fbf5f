import { expect } from "vitest";
import { prisma } from "#app/utils/db.server";
import type { TestClient } from "./app";

export const TEST_PASSWORD = "correct horse battery";
let counter = 0;

export function freshEmail() {
  return `owner${++counter}-${Date.now()}@example.com`;
}

/** Signs a new account up through the real form and returns the signed-in client. */
export async function signUpThroughForm(client: TestClient, email = freshEmail()) {
  // Many sign-ups come from 127.0.0.1 in tests; the per-IP sign-up limit is not what they check.
  await prisma.rateLimitBucket.deleteMany({ where: { key: { startsWith: "signup:ip:" } } });
  const response = await client.post("/signup", { email, password: TEST_PASSWORD });
  expect(response.status).toBe(302);
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  return { client, email, userId: user.id };
}
