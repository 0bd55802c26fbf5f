import { requireUser, type SessionUser } from "#app/utils/session.server";

/**
 * The signed-in owner, whose email is verified: sending partnership requests and messages needs
 * it (decision 023). Anyone signed out goes to /login; a signed-in owner with an unverified
 * address gets a 403 that says what to do.
 */
export async function requireVerifiedUser(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!user.emailVerified) throw unverifiedResponse(user.email);
  return user;
}

export function unverifiedResponse(email: string): Response {
  return new Response(
    `Verify your email first: open the link we sent to ${email}, or ask for a new one on your dashboard or account page.`,
    { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } },
  );
}
