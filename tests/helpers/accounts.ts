import { expect } from "vitest";
import { prisma } from "#app/utils/db.server";
import type { TestClient } from "./app";

export const TEST_PASSWORD = "correct horse battery";
let counter = 0;

export function freshEmail() {
  return `owner${++counter}-${Date.now()}@example.com`;
}

/** The newest emailed link to `email` whose path is `path` ("/verify-email"), from the mail outbox. */
export async function latestMailLink(email: string, path: string): Promise<string> {
  const mail = await prisma.mailOutbox.findFirstOrThrow({
    where: { recipient: email.toLowerCase(), textBody: { contains: `${path}?token=` } },
    orderBy: { id: "desc" },
    select: { textBody: true },
  });
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`https?://\\S+${escaped}\\?token=[a-z2-7]+`).exec(mail.textBody);
  if (!match) throw new Error(`No ${path} link in the mail to ${email}`);
  return match[0];
}

/** The token of the newest emailed link to `email` for `path`. */
export async function latestMailToken(email: string, path: string): Promise<string> {
  return new URL(await latestMailLink(email, path)).searchParams.get("token")!;
}

/**
 * Signs a new account up through the real form, then opens the verification link from its email
 * in the same client (which signs it in), and returns the signed-in client. With
 * `{ verified: false }` the link is left alone and the client logs in with the password instead.
 */
export async function signUpThroughForm(
  client: TestClient,
  email = freshEmail(),
  options: { verified?: boolean; displayName?: string } = {},
) {
  // Many sign-ups come from 127.0.0.1 in tests; the sign-up limits are not what they check.
  await prisma.rateLimitBucket.deleteMany({ where: { key: { startsWith: "signup:" } } });
  const response = await client.post("/signup", {
    email,
    password: TEST_PASSWORD,
    ...(options.displayName ? { displayName: options.displayName } : {}),
  });
  expect(response.status).toBe(200);
  expect(await response.text()).toContain("Check your inbox");
  if (options.verified === false) {
    expect((await client.post("/login", { email, password: TEST_PASSWORD })).status).toBe(302);
  } else {
    const token = await latestMailToken(email, "/verify-email");
    const verified = await client.post(`/verify-email?token=${token}`, { intent: "verify", token });
    expect(verified.status).toBe(302);
    expect(verified.headers.get("location")).toBe("/dashboard?verified=1");
  }
  const user = await prisma.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
  return { client, email, userId: user.id };
}
