import { requireUser, type SessionUser } from "#app/utils/session.server";

/**
 * The one check and the one sentence for "verify your email first" (decision 023): sending
 * partnership requests and messages needs a verified address. The check reads the session's
 * `emailVerified` (loaded with the session, once a request).
 */
export function unverifiedMessage(email: string): string {
  return `Verify your email first: open the link we sent to ${email}, or ask for a new one on your dashboard or account page.`;
}

/** A form's refusal for an unverified sender (403), or null when the address is verified. */
export function unverifiedRefusal(user: Pick<SessionUser, "email" | "emailVerified">) {
  return user.emailVerified ? null : ({ ok: false, status: 403, message: unverifiedMessage(user.email) } as const);
}

/**
 * The signed-in owner, whose email is verified. Anyone signed out goes to /login; a signed-in owner
 * with an unverified address gets a 403 that says what to do.
 */
export async function requireVerifiedUser(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!user.emailVerified) throw unverifiedResponse(user.email);
  return user;
}

export function unverifiedResponse(email: string): Response {
  return new Response(unverifiedMessage(email), {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
