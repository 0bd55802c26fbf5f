import { prisma } from "#app/utils/db.server";
import { hashPassword } from "#app/utils/password.server";
import { invalidateUserSessions } from "#app/utils/session.server";
import { enqueueSearchSync } from "./search-outbox.server";

export async function findUserByEmail(email: string) {
  return prisma.user.findUnique({ where: { email }, select: { id: true, email: true } });
}

export type SignUpResult = { ok: true; userId: string } | { ok: false; reason: "email-taken" };

export async function signUp(email: string, password: string): Promise<SignUpResult> {
  const passwordHash = await hashPassword(password);
  const existing = await findUserByEmail(email);
  if (existing) return { ok: false, reason: "email-taken" };
  try {
    const user = await prisma.user.create({ data: { email, passwordHash }, select: { id: true } });
    return { ok: true, userId: user.id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "email-taken" };
    throw error;
  }
}

// Password checks (sign-in, the account page) are in sign-in.server.ts, under their rate limits.

/** Changes the password and revokes every session of the account (the caller starts a new one). */
export async function changePassword(userId: string, newPassword: string) {
  const passwordHash = await hashPassword(newPassword);
  await prisma.user.update({ where: { id: userId }, data: { passwordHash } });
  await invalidateUserSessions(userId);
}

/**
 * Deletes the account, its sessions and its businesses (cascade), and queues the removal of those
 * businesses from the search index in the same transaction.
 */
export async function deleteAccount(userId: string) {
  await prisma.$transaction(async (tx) => {
    const businesses = await tx.business.findMany({ where: { ownerId: userId }, select: { id: true } });
    await enqueueSearchSync(
      tx,
      businesses.map((business) => business.id),
    );
    await tx.user.delete({ where: { id: userId } });
  });
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: string }).code === "P2002";
}
