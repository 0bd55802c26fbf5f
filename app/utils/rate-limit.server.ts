import { prisma } from "./db.server";
import { parentHeadersWith } from "./headers.server";

/**
 * Fixed-window counters in the database, shared by every app process. `hit` counts one attempt
 * and says whether it is allowed; `reset` clears a key after a success.
 */
export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

export const RATE_LIMITS = {
  /** Sign-in attempts for one email address. */
  signInPerAccount: { limit: 5, windowMs: 15 * 60 * 1000 },
  /** Sign-in attempts from one IP address, across accounts. */
  signInPerIp: { limit: 20, windowMs: 15 * 60 * 1000 },
  /** Accounts created from one IP address. */
  signUpPerIp: { limit: 10, windowMs: 60 * 60 * 1000 },
  /** Member-list uploads by one account. */
  importsPerAccount: { limit: 30, windowMs: 60 * 60 * 1000 },
} satisfies Record<string, RateLimitRule>;

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
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
      return { allowed: true, retryAfterSeconds: 0 };
    }
    const retryAfterSeconds = Math.ceil((bucket.resetAt.getTime() - now.getTime()) / 1000);
    if (bucket.count >= rule.limit) return { allowed: false, retryAfterSeconds };
    await tx.rateLimitBucket.update({ where: { key }, data: { count: { increment: 1 } } });
    return { allowed: true, retryAfterSeconds: 0 };
  });
}

export async function resetRateLimit(key: string) {
  await prisma.rateLimitBucket.deleteMany({ where: { key } });
}

export function clientIp(request: Request): string {
  // The HTTP server puts the socket address here (and honours X-Forwarded-For only behind a
  // configured proxy), so a client cannot pick its own bucket.
  return request.headers.get("x-mutualist-client-ip") ?? "unknown";
}

export function formatRetryAfter(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "a minute" : `${minutes} minutes`;
}

/** Password guesses for one account, counted the same at sign-in and on the account page. */
export function signInAccountKey(email: string): string {
  return `signin:account:${email}`;
}

/** A route's `headers` that passes on an action's Retry-After (a 429). */
export const withRetryAfter = parentHeadersWith("Retry-After", "action");
