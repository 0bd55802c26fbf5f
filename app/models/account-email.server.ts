import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import {
  changeEmailMail,
  emailChangedMail,
  EMAIL_TOKEN_LIFETIME_MS,
  resetPasswordMail,
  verifyEmailMail,
} from "#app/domain/account-mail";
import { prisma } from "#app/utils/db.server";
import { getEnv, isProduction } from "#app/utils/env.server";
import { hashPassword } from "#app/utils/password.server";
import { safeRedirect } from "#app/utils/session.server";
import { clientIp, hitRateLimit, RATE_LIMITS, type RateLimitRule } from "#app/utils/rate-limit.server";
import { checkEmailToken, consumeEmailToken, createEmailToken, retireEmailTokens } from "./email-tokens.server";
import { enqueueMail } from "./mail-outbox.server";

/**
 * The account's emailed links (decision 023): verify the address, reset the password, move the
 * account to a new address. Each use-case writes its token and its mail in one transaction.
 */

type TokenRefusal = { ok: false; reason: "unknown" | "used" | "expired" | "stale" | "taken" };

// ---- Limits on the mail a visitor can cause -------------------------------------------------

export type AccountMailAction = "signup" | "reset" | "resend" | "change";

const MAIL_LIMITS: Record<AccountMailAction, { ip: RateLimitRule; address: RateLimitRule }> = {
  signup: { ip: RATE_LIMITS.signUpPerIp, address: RATE_LIMITS.signUpPerAddress },
  reset: { ip: RATE_LIMITS.passwordResetPerIp, address: RATE_LIMITS.passwordResetPerAddress },
  resend: { ip: RATE_LIMITS.verificationResendPerIp, address: RATE_LIMITS.verificationResendPerAddress },
  change: { ip: RATE_LIMITS.emailChangePerIp, address: RATE_LIMITS.emailChangePerAddress },
};

export type MailLimit = { allowed: true } | { allowed: false; scope: "ip" | "address"; retryAfterSeconds: number };

/**
 * Counts one email asked for `email` from this request's address. The address is counted before
 * anyone looks the account up, so a refusal says nothing about whether it has one.
 */
export async function limitAccountMail(action: AccountMailAction, email: string, request: Request): Promise<MailLimit> {
  const rules = MAIL_LIMITS[action];
  const perIp = await hitRateLimit(`${action}:ip:${clientIp(request)}`, rules.ip);
  if (!perIp.allowed) return { allowed: false, scope: "ip", retryAfterSeconds: perIp.retryAfterSeconds };
  const perAddress = await hitRateLimit(`${action}:address:${email}`, rules.address);
  if (!perAddress.allowed) return { allowed: false, scope: "address", retryAfterSeconds: perAddress.retryAfterSeconds };
  return { allowed: true };
}

// ---- The browser that signed up --------------------------------------------------------------

export const SIGN_UP_COOKIE = "mutualist_signup";

/**
 * Sign-up does not sign in (the answer must not differ for a taken address). Its response sets
 * this cookie either way: for a new account, an HMAC of the verification token's id keyed with
 * the new password hash; for a taken address, random bytes of the same length. The link signs in
 * only the browser that carries the right proof, so a stranger who signed up with someone else's
 * address never ends up sharing an account with them.
 */
export function signUpProof(passwordHash: string, tokenId: string): string {
  return createHmac("sha256", passwordHash).update(`mutualist sign-up\0${tokenId}`).digest("base64url");
}

export function decoyProof(): string {
  return randomBytes(32).toString("base64url");
}

export function serializeSignUpCookie(proof: string): string {
  const parts = [
    `${SIGN_UP_COOKIE}=${proof}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${Math.round(EMAIL_TOKEN_LIFETIME_MS["verify-email"] / 1000)}`,
  ];
  if (isProduction()) parts.push("Secure");
  return parts.join("; ");
}

export function serializeBlankSignUpCookie(): string {
  return [
    `${SIGN_UP_COOKIE}=`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    "Max-Age=0",
    ...(isProduction() ? ["Secure"] : []),
  ].join("; ");
}

export function readSignUpCookie(request: Request): string | null {
  for (const part of (request.headers.get("Cookie") ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === SIGN_UP_COOKIE) return /^[A-Za-z0-9_-]{43}$/.test(rest.join("=")) ? rest.join("=") : null;
  }
  return null;
}

/**
 * Where the browser that signed up goes once its link is opened: the page that sent it to sign up
 * ("Find partners for your business" asks for /businesses/new). Same-site paths only
 * (`safeRedirect`); set the same way whether or not the address was taken.
 */
export const AFTER_SIGN_UP_COOKIE = "mutualist_after_signup";

export function serializeAfterSignUpCookie(path: string | null): string {
  const target = path ? safeRedirect(path, "") : "";
  return [
    `${AFTER_SIGN_UP_COOKIE}=${encodeURIComponent(target)}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${target ? Math.round(EMAIL_TOKEN_LIFETIME_MS["verify-email"] / 1000) : 0}`,
    ...(isProduction() ? ["Secure"] : []),
  ].join("; ");
}

export function readAfterSignUpCookie(request: Request): string | null {
  for (const part of (request.headers.get("Cookie") ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name !== AFTER_SIGN_UP_COOKIE) continue;
    let value: string;
    try {
      value = decodeURIComponent(rest.join("="));
    } catch {
      return null;
    }
    return safeRedirect(value, "") || null;
  }
  return null;
}

function sameProof(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

// ---- Verification -----------------------------------------------------------------------------

/** A new verification link for the signed-in owner's address. */
export async function sendVerificationLink(user: { id: string; email: string }) {
  await prisma.$transaction(async (tx) => {
    const { token } = await createEmailToken(tx, { userId: user.id, purpose: "verify-email", email: user.email });
    await enqueueMail(tx, verifyEmailMail({ appUrl: getEnv().APP_URL, to: user.email, token }));
  });
}

export type VerifyResult = { ok: true; userId: string; signInHere: boolean } | TokenRefusal;

/** Uses a verification link. `signInHere`: this browser is the one that signed up (see above). */
export async function verifyEmail(token: string, signUpCookie: string | null, now = new Date()): Promise<VerifyResult> {
  const state = await checkEmailToken(token, "verify-email", now);
  if (!state.ok) return state;
  return prisma.$transaction(async (tx) => {
    if (!(await consumeEmailToken(tx, state.id, now))) return { ok: false, reason: "used" } as const;
    const user = await tx.user.findUniqueOrThrow({
      where: { id: state.userId },
      select: { passwordHash: true, emailVerifiedAt: true },
    });
    if (!user.emailVerifiedAt) await tx.user.update({ where: { id: state.userId }, data: { emailVerifiedAt: now } });
    await retireEmailTokens(tx, state.userId, "verify-email", now);
    return {
      ok: true,
      userId: state.userId,
      signInHere: sameProof(signUpCookie, signUpProof(user.passwordHash, state.id)),
    };
  });
}

// ---- Password reset ---------------------------------------------------------------------------

/** Sends a reset link if `email` has an account; nothing otherwise (the caller answers the same). */
export async function requestPasswordReset(email: string) {
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) return;
    const { token } = await createEmailToken(tx, { userId: user.id, purpose: "reset-password", email });
    await enqueueMail(tx, resetPasswordMail({ appUrl: getEnv().APP_URL, to: email, token }));
  });
}

export type ResetResult = { ok: true; userId: string } | TokenRefusal;

/**
 * Sets the new password, ends every session of the account and every other reset link, and marks
 * the address verified (whoever opened the link reads its inbox). The caller signs this browser in.
 */
export async function resetPassword(token: string, newPassword: string, now = new Date()): Promise<ResetResult> {
  const state = await checkEmailToken(token, "reset-password", now);
  if (!state.ok) return state;
  const passwordHash = await hashPassword(newPassword);
  return prisma.$transaction(async (tx) => {
    if (!(await consumeEmailToken(tx, state.id, now))) return { ok: false, reason: "used" } as const;
    const user = await tx.user.findUniqueOrThrow({ where: { id: state.userId }, select: { emailVerifiedAt: true } });
    await tx.user.update({
      where: { id: state.userId },
      data: { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? now },
    });
    await retireEmailTokens(tx, state.userId, "reset-password", now);
    // A change of email asked before the reset (perhaps by whoever had the password) dies with it:
    // "reset your password" is what the old address is told to do about a change it did not ask for.
    await retireEmailTokens(tx, state.userId, "change-email", now);
    // invalidateUserSessions, inside the transaction: the new password and the ended sessions commit together.
    await tx.session.deleteMany({ where: { userId: state.userId } });
    return { ok: true, userId: state.userId };
  });
}

// ---- Change of email --------------------------------------------------------------------------

/**
 * Sends a link to `newEmail` (unless another account has it: then nothing goes there, and the
 * caller answers the same) and tells the current address that a change was asked.
 */
export async function requestEmailChange(user: { id: string; email: string }, newEmail: string) {
  const appUrl = getEnv().APP_URL;
  await prisma.$transaction(async (tx) => {
    const taken = await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } });
    if (!taken) {
      const { token } = await createEmailToken(tx, { userId: user.id, purpose: "change-email", email: newEmail });
      await enqueueMail(tx, changeEmailMail({ appUrl, to: newEmail, token, oldEmail: user.email }));
    }
    await enqueueMail(tx, emailChangedMail({ appUrl, to: user.email, newEmail, done: false }));
  });
}

export type EmailChangeResult = { ok: true; userId: string; email: string } | TokenRefusal;

/** Uses a change-email link: the account moves to the new address, verified; the old one is told. */
export async function confirmEmailChange(token: string, now = new Date()): Promise<EmailChangeResult> {
  const state = await checkEmailToken(token, "change-email", now);
  if (!state.ok) return state;
  try {
    return await prisma.$transaction(async (tx) => {
      const taken = await tx.user.findUnique({ where: { email: state.email }, select: { id: true } });
      if (taken) return { ok: false, reason: "taken" } as const;
      if (!(await consumeEmailToken(tx, state.id, now))) return { ok: false, reason: "used" } as const;
      const { email: oldEmail } = await tx.user.findUniqueOrThrow({
        where: { id: state.userId },
        select: { email: true },
      });
      await tx.user.update({ where: { id: state.userId }, data: { email: state.email, emailVerifiedAt: now } });
      await retireEmailTokens(tx, state.userId, "change-email", now);
      await enqueueMail(
        tx,
        emailChangedMail({ appUrl: getEnv().APP_URL, to: oldEmail, newEmail: state.email, done: true }),
      );
      return { ok: true, userId: state.userId, email: state.email };
    });
  } catch (error) {
    // Another account took the address between the check and the update.
    if (typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002") {
      return { ok: false, reason: "taken" };
    }
    throw error;
  }
}
