import { prisma } from "#app/utils/db.server";

/** Who owns what a command-line import creates. */

export const SYSTEM_IMPORT_EMAIL = "import@mutualist.local";
/** Not an argon2 hash, so no password ever verifies against it. */
const NO_SIGN_IN_HASH = "!no-sign-in";

/** The owner for CLI imports: the given account, or the system account (created on demand, cannot sign in). */
export async function findImportOwner(email?: string): Promise<{ id: string; email: string } | null> {
  if (!email || email.trim().toLowerCase() === SYSTEM_IMPORT_EMAIL) {
    const user = await prisma.user.upsert({
      where: { email: SYSTEM_IMPORT_EMAIL },
      create: { email: SYSTEM_IMPORT_EMAIL, passwordHash: NO_SIGN_IN_HASH },
      update: {},
      select: { id: true, email: true, passwordHash: true },
    });
    // Someone who signed up with this address must not receive every imported business.
    if (user.passwordHash !== NO_SIGN_IN_HASH) {
      throw new Error(`${SYSTEM_IMPORT_EMAIL} is a signed-up account, not the system account: pass --owner EMAIL`);
    }
    return { id: user.id, email: user.email };
  }
  return prisma.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true } });
}
