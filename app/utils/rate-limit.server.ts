import { addressBucket } from "#app/domain/address-bucket";
import { prisma } from "./db.server";
import { parentHeadersWith } from "./headers.server";

/**
 * Fixed-window counters in the database, shared by every app process. `hit` counts one attempt
 * and says whether it is allowed; `refund` gives one back (an attempt that turned out fine);
 * `reset` clears a key after a success. Sign-in limits: docs/decisions/015-sign-in-limits.md.
 */
export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

export const RATE_LIMITS = {
  /**
   * Password checks from one IP address, across accounts (sign-in and the account page). Counted
   * before argon2 runs, so it bounds the hashing one address can cause; a right password gives its
   * slot back.
   */
  signInPerIp: { limit: 20, windowMs: FIFTEEN_MINUTES },
  /** Wrong passwords for one account from one IP address; cleared by the right one. */
  signInPerAccountAndIp: { limit: 5, windowMs: FIFTEEN_MINUTES },
  /**
   * Password checks for one account from browsers that never signed in to it, across addresses. Above
   * twice the per-address limit, so one address alone can never reach it (any 15 minutes overlap at
   * most two of its windows); a browser that signed in before is not held by it.
   */
  signInPerAccountFromNewBrowsers: { limit: 12, windowMs: FIFTEEN_MINUTES },
  /** Accounts created from one IP address. */
  signUpPerIp: { limit: 10, windowMs: 60 * 60 * 1000 },
  /**
   * Emails a visitor can make us send (decision 023), per address (counted whether or not it has
   * an account, so a refusal reveals nothing) and per IP address: sign-up (its per-IP rule is
   * signUpPerIp), a password reset, a new verification link, a change of email.
   */
  signUpPerAddress: { limit: 3, windowMs: 60 * 60 * 1000 },
  passwordResetPerAddress: { limit: 3, windowMs: 60 * 60 * 1000 },
  passwordResetPerIp: { limit: 10, windowMs: 60 * 60 * 1000 },
  verificationResendPerAddress: { limit: 3, windowMs: 60 * 60 * 1000 },
  verificationResendPerIp: { limit: 10, windowMs: 60 * 60 * 1000 },
  emailChangePerAddress: { limit: 3, windowMs: 60 * 60 * 1000 },
  emailChangePerIp: { limit: 10, windowMs: 60 * 60 * 1000 },
  /** Member-list uploads by one account. */
  importsPerAccount: { limit: 30, windowMs: 60 * 60 * 1000 },
  /** Logo uploads by one account (each is decoded and re-encoded: CPU work). */
  logoUploadsPerAccount: { limit: 30, windowMs: 60 * 60 * 1000 },
  /** Messages one account posts, across its threads. */
  messagesPerUser: { limit: 30, windowMs: 10 * 60 * 1000 },
} satisfies Record<string, RateLimitRule>;

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
  /** Attempts left in this window after this one. */
  remaining: number;
}

export async function hitRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
  return prisma.$transaction(async (tx) => {
    const bucket = await tx.rateLimitBucket.findUnique({ where: { key } });
    if (!bucket || bucket.resetAt.getTime() <= now.getTime()) {
      const resetAt = new Date(now.getTime() + rule.windowMs);
      await tx.rateLimitBucket.upsert({
        where: { key },
        create: { key, count: 1, resetAt },
        update: { count: 1, resetAt },
      });
      return { allowed: true, retryAfterSeconds: 0, remaining: rule.limit - 1 };
    }
    const retryAfterSeconds = Math.ceil((bucket.resetAt.getTime() - now.getTime()) / 1000);
    if (bucket.count >= rule.limit) return { allowed: false, retryAfterSeconds, remaining: 0 };
    await tx.rateLimitBucket.update({ where: { key }, data: { count: { increment: 1 } } });
    return { allowed: true, retryAfterSeconds: 0, remaining: rule.limit - bucket.count - 1 };
  });
}

/** Gives back one attempt counted by `hitRateLimit` (never below zero; the window is kept). */
export async function refundRateLimit(key: string) {
  await prisma.rateLimitBucket.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

export async function resetRateLimit(key: string) {
  await prisma.rateLimitBucket.deleteMany({ where: { key } });
}

/**
 * The client's address as rate limits count it: an IPv4 address, or an IPv6 /64 (addressBucket).
 * The HTTP server puts the socket address in this header (and honours X-Forwarded-For only behind
 * a configured proxy), so a client cannot pick its own bucket.
 */
export function clientIp(request: Request): string {
  return addressBucket(request.headers.get("x-mutualist-client-ip") ?? "unknown");
}

export function formatRetryAfter(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "a minute" : `${minutes} minutes`;
}

/** The buckets one password check counts against (the same at sign-in and on the account page). */
export function signInLimitKeys(email: string, ip: string) {
  return {
    ip: `signin:ip:${ip}`,
    accountAndIp: `signin:account-ip:${email}:${ip}`,
    account: `signin:account:${email}`,
  };
}

/** A route's `headers` that passes on an action's Retry-After (a 429). */
export const withRetryAfter = parentHeadersWith("Retry-After", "action");
