import { prisma } from "#app/utils/db.server";
import { hashPassword } from "#app/utils/password.server";
import { invalidateUserSessions } from "#app/utils/session.server";
import { signUpExistingMail, verifyEmailMail } from "#app/domain/account-mail";
import { getEnv } from "#app/utils/env.server";
import { decoyProof, signUpProof } from "./account-email.server";
import { deleteBusinessLogoFiles } from "./business-logo.server";
import { createEmailToken, retireEmailTokens } from "./email-tokens.server";
import { enqueueMail } from "./mail-outbox.server";
import { enqueueSearchSync } from "./search-outbox.server";

export async function findUserByEmail(email: string) {
  return prisma.user.findUnique({ where: { email }, select: { id: true, email: true } });
}

/**
 * Creates the account, unverified, and writes its verification email; for an address that already
 * has an account, writes that owner a "someone tried to sign up" email instead and creates
 * nothing (decision 023). Both paths hash the password, so they take about as long, and both
 * return a proof of the same shape for the sign-up cookie (account-email.server.ts).
 */
export async function signUp(input: {
  email: string;
  password: string;
  displayName: string;
}): Promise<{ proof: string }> {
  const passwordHash = await hashPassword(input.password);
  const appUrl = getEnv().APP_URL;
  const tellExistingOwner = () =>
    prisma.$transaction(async (tx) => {
      await enqueueMail(tx, signUpExistingMail({ appUrl, to: input.email }));
      return { proof: decoyProof() };
    });
  try {
    return await prisma.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (existing) {
        await enqueueMail(tx, signUpExistingMail({ appUrl, to: input.email }));
        return { proof: decoyProof() };
      }
      const user = await tx.user.create({
        data: { email: input.email, passwordHash, displayName: input.displayName },
        select: { id: true },
      });
      const { token, id } = await createEmailToken(tx, {
        userId: user.id,
        purpose: "verify-email",
        email: input.email,
      });
      await enqueueMail(tx, verifyEmailMail({ appUrl, to: input.email, token }));
      return { proof: signUpProof(passwordHash, id) };
    });
  } catch (error) {
    // Two sign-ups with one address at once: the second is told like any taken address.
    if (isUniqueViolation(error)) return tellExistingOwner();
    throw error;
  }
}

/** The name other owners see on requests and messages (already trimmed and checked). */
export async function setDisplayName(userId: string, displayName: string) {
  await prisma.user.update({ where: { id: userId }, data: { displayName } });
}

// Password checks (sign-in, the account page) are in sign-in.server.ts, under their rate limits.

/**
 * Changes the password and revokes every session of the account (the caller starts a new one),
 * and every change-of-email link still open: one asked by whoever knew the old password must not
 * outlive it.
 */
export async function changePassword(userId: string, newPassword: string) {
  const passwordHash = await hashPassword(newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await retireEmailTokens(tx, userId, "change-email");
  });
  await invalidateUserSessions(userId);
}

/**
 * Deletes the account, its sessions and its businesses (cascade), and queues the removal of those
 * businesses from the search index in the same transaction. The partners' records of it stay and
 * show "a former member", but the customer contacts given to its businesses go: they were for
 * the receiver alone, and nobody may read them now.
 */
export async function deleteAccount(userId: string) {
  const ids = await prisma.$transaction(async (tx) => {
    const businesses = await tx.business.findMany({ where: { ownerId: userId }, select: { id: true } });
    const ids = businesses.map((business) => business.id);
    await enqueueSearchSync(tx, ids);
    await tx.referral.updateMany({
      where: { receiverBusinessId: { in: ids }, customerContact: { not: null } },
      data: { customerContact: null, contactClearedAt: new Date() },
    });
    await tx.user.delete({ where: { id: userId } });
    return ids;
  });
  for (const id of ids) await deleteBusinessLogoFiles(id);
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: string }).code === "P2002";
}
