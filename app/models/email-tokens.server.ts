import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import type { Prisma } from "@prisma/client";
import { EMAIL_TOKEN_LIFETIME_MS, type EmailTokenPurpose } from "#app/domain/account-mail";
import { prisma } from "#app/utils/db.server";

/**
 * Single-use links sent by email (decision 023). The link carries a random token; the database
 * keeps only its SHA-256 hash, so a copy of the database opens no account. A link is used by a
 * conditional update (unused and unexpired), so two clicks at once cannot both succeed.
 */

export function emailTokenId(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Writes a token row inside `tx` and returns the token for the link. */
export async function createEmailToken(
  tx: Prisma.TransactionClient,
  input: { userId: string; purpose: EmailTokenPurpose; email: string },
  now = new Date(),
): Promise<{ token: string; id: string }> {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  const token = encodeBase32LowerCaseNoPadding(bytes);
  const id = emailTokenId(token);
  await tx.emailToken.create({
    data: {
      id,
      userId: input.userId,
      purpose: input.purpose,
      email: input.email,
      expiresAt: new Date(now.getTime() + EMAIL_TOKEN_LIFETIME_MS[input.purpose]),
    },
  });
  return { token, id };
}

export type TokenState =
  | { ok: true; id: string; userId: string; email: string; userEmail: string }
  | { ok: false; reason: "unknown" | "used" | "expired" | "stale" };

/**
 * What a link's token is worth now, without using it. "stale": a verify or reset link sent to an
 * address the account no longer has.
 */
export async function checkEmailToken(
  token: string,
  purpose: EmailTokenPurpose,
  now = new Date(),
): Promise<TokenState> {
  const row = await prisma.emailToken.findUnique({
    where: { id: emailTokenId(token) },
    select: {
      id: true,
      userId: true,
      purpose: true,
      email: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { email: true } },
    },
  });
  if (!row || row.purpose !== purpose) return { ok: false, reason: "unknown" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  if (purpose !== "change-email" && row.email !== row.user.email) return { ok: false, reason: "stale" };
  return { ok: true, id: row.id, userId: row.userId, email: row.email, userEmail: row.user.email };
}

/**
 * Uses the token inside `tx`: true only for the one caller whose update marked it used (still
 * unused and unexpired at that moment).
 */
export async function consumeEmailToken(tx: Prisma.TransactionClient, id: string, now = new Date()): Promise<boolean> {
  const { count } = await tx.emailToken.updateMany({
    where: { id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}

/** Marks every other unused link of this purpose used (after a reset, an old reset link is dead). */
export async function retireEmailTokens(
  tx: Prisma.TransactionClient,
  userId: string,
  purpose: EmailTokenPurpose,
  now = new Date(),
) {
  await tx.emailToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
}
