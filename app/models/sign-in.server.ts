import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { prisma } from "#app/utils/db.server";
import { isProduction } from "#app/utils/env.server";
import { getDummyHash, verifyPassword } from "#app/utils/password.server";
import {
  clientIp,
  hitRateLimit,
  RATE_LIMITS,
  refundRateLimit,
  resetRateLimit,
  signInLimitKeys,
} from "#app/utils/rate-limit.server";

/**
 * Password checks under limits that a stranger cannot use to lock the owner out
 * (docs/decisions/015-sign-in-limits.md): per address, per account and address, and per account
 * for browsers that never signed in to it. A browser that signed in before carries a proof of it
 * (the "known browser" cookie) and is held only by the limits on its own address.
 */

export const KNOWN_BROWSER_COOKIE = "mutualist_browser";
const KNOWN_BROWSER_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/;

export interface SignInClient {
  ip: string;
  /** The known-browser cookie as sent, or null. */
  browserToken: string | null;
}

export type PasswordCheck =
  | { ok: true; userId: string; knownBrowserCookie: string }
  /** `triesLeft`: wrong passwords this client may still make for this account before it waits. */
  | { ok: false; reason: "wrong"; triesLeft: number }
  | { ok: false; reason: "too-many"; scope: "client" | "account"; retryAfterSeconds: number };

export function signInClient(request: Request): SignInClient {
  return { ip: clientIp(request), browserToken: readKnownBrowserToken(request) };
}

/**
 * Checks `password` for the account `email`. Refused attempts run no argon2. The answer for an
 * unknown email is the same as for a wrong password, in about the same time.
 */
export async function checkPasswordWithLimits(
  email: string,
  password: string,
  client: SignInClient,
): Promise<PasswordCheck> {
  const keys = signInLimitKeys(email, client.ip);
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  // A browser that signed in to this account before is held only by the account-and-address
  // limit: someone else guessing from the same office address does not lock its owner out.
  const known = !!user && !!client.browserToken && isKnownBrowser(client.browserToken, user);
  if (!known) {
    const perIp = await hitRateLimit(keys.ip, RATE_LIMITS.signInPerIp);
    if (!perIp.allowed) return tooMany("client", perIp.retryAfterSeconds);
  }
  const perAccountAndIp = await hitRateLimit(keys.accountAndIp, RATE_LIMITS.signInPerAccountAndIp);
  if (!perAccountAndIp.allowed) return tooMany("client", perAccountAndIp.retryAfterSeconds);
  if (!known) {
    const perAccount = await hitRateLimit(keys.account, RATE_LIMITS.signInPerAccountFromNewBrowsers);
    if (!perAccount.allowed) return tooMany("account", perAccount.retryAfterSeconds);
  }

  const right = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !right) return { ok: false, reason: "wrong", triesLeft: perAccountAndIp.remaining };
  // The right password: its slots are given back, and this address's count for the account starts over.
  if (!known) await refundRateLimit(keys.ip);
  await resetRateLimit(keys.accountAndIp);
  if (!known) await refundRateLimit(keys.account);
  return { ok: true, userId: user.id, knownBrowserCookie: serializeKnownBrowserCookie(user) };
}

/**
 * The words for a wrong password: `message`, and when only a few tries are left before this
 * client waits, how many ("2 more tries before a 15-minute wait.").
 */
export function wrongPasswordMessage(message: string, triesLeft: number): string {
  const waitMinutes = Math.round(RATE_LIMITS.signInPerAccountAndIp.windowMs / 60_000);
  if (triesLeft > 2) return message;
  if (triesLeft <= 0) return `${message} Your next try will have to wait ${waitMinutes} minutes.`;
  return `${message} ${triesLeft} more ${triesLeft === 1 ? "try" : "tries"} before a ${waitMinutes}-minute wait.`;
}

/**
 * The cookie that marks this browser as one that signed in to the account (after a sign-up or a
 * password change, which makes earlier ones invalid). Null when the account no longer exists.
 */
export async function knownBrowserCookieFor(userId: string): Promise<string | null> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, passwordHash: true } });
  return user ? serializeKnownBrowserCookie(user) : null;
}

function tooMany(scope: "client" | "account", retryAfterSeconds: number): PasswordCheck {
  return { ok: false, reason: "too-many", scope, retryAfterSeconds };
}

/**
 * The proof is an HMAC of the account id and a random nonce, keyed with the account's password
 * hash: a secret only the server holds, so no key to configure, the same in every app process,
 * and a password change forgets every browser at once.
 */
function proof(user: { id: string; passwordHash: string }, nonce: string): Buffer {
  return createHmac("sha256", user.passwordHash).update(`mutualist known browser\0${user.id}\0${nonce}`).digest();
}

function isKnownBrowser(token: string, user: { id: string; passwordHash: string }): boolean {
  if (!TOKEN_PATTERN.test(token)) return false;
  const [nonce = "", mac = ""] = token.split(".");
  const given = Buffer.from(mac, "base64url");
  const expected = proof(user, nonce);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function serializeKnownBrowserCookie(user: { id: string; passwordHash: string }): string {
  const nonce = randomBytes(16).toString("base64url");
  const token = `${nonce}.${proof(user, nonce).toString("base64url")}`;
  const parts = [
    `${KNOWN_BROWSER_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${KNOWN_BROWSER_MAX_AGE_SECONDS}`,
  ];
  if (isProduction()) parts.push("Secure");
  return parts.join("; ");
}

function readKnownBrowserToken(request: Request): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === KNOWN_BROWSER_COOKIE) return rest.join("=") || null;
  }
  return null;
}
