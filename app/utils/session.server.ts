import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { Prisma } from "@prisma/client";
import { redirect } from "@remix-run/node";
import { prisma } from "./db.server";
import { isProduction } from "./env.server";

/**
 * Sessions after Lucia's guide (docs/decisions/003-sessions-after-lucia.md): the cookie holds a
 * random token, the database only its SHA-256 hash; expiry slides forward on use.
 */
export const SESSION_COOKIE = "mutualist_session";
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** When less than this is left, the expiry moves forward to a full lifetime again. */
export const SESSION_RENEW_WITHIN_MS = 15 * 24 * 60 * 60 * 1000;

export interface SessionUser {
  id: string;
  email: string;
  /** "" until the owner sets one. */
  displayName: string;
  /** Sending requests and messages needs a verified email. */
  emailVerified: boolean;
}

export interface ValidatedSession {
  sessionId: string;
  expiresAt: Date;
  user: SessionUser;
}

export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(userId: string, now = new Date()) {
  const token = generateSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await prisma.session.create({ data: { id: sessionIdFromToken(token), userId, expiresAt } });
  return { token, expiresAt };
}

export async function validateSessionToken(token: string, now = new Date()): Promise<ValidatedSession | null> {
  const sessionId = sessionIdFromToken(token);
  // Raw: every signed-in page asks this first (decision 011: a compiled model query costs several
  // times the SQL). Portable SQL.
  const [session] = await prisma.$queryRaw<
    { expiresAt: Date; id: string; email: string; displayName: string; emailVerifiedAt: Date | null }[]
  >(Prisma.sql`
    SELECT s."expiresAt", u."id", u."email", u."displayName", u."emailVerifiedAt"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = ${sessionId}`);
  if (!session) return null;
  if (now.getTime() >= session.expiresAt.getTime()) {
    await prisma.session.deleteMany({ where: { id: sessionId } });
    return null;
  }
  const { expiresAt, emailVerifiedAt, ...user } = session;
  return { sessionId, expiresAt, user: { ...user, emailVerified: emailVerifiedAt !== null } };
}

/**
 * Sliding expiry: a session in its second half moves forward to a full lifetime. Returns the new
 * expiry, or null when nothing moved. Only a response that also sends the cookie again may call
 * this (the root loader), or the browser would drop the cookie at the old expiry while the
 * database kept the session alive.
 */
export async function renewSessionIfDue(session: ValidatedSession, now = new Date()): Promise<Date | null> {
  if (session.expiresAt.getTime() - now.getTime() >= SESSION_RENEW_WITHIN_MS) return null;
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await prisma.session.update({ where: { id: session.sessionId }, data: { expiresAt } });
  return expiresAt;
}

export async function invalidateSession(sessionId: string) {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}

export async function invalidateUserSessions(userId: string) {
  await prisma.session.deleteMany({ where: { userId } });
}

export function serializeSessionCookie(token: string, expiresAt: Date): string {
  const parts = [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Expires=${expiresAt.toUTCString()}`,
  ];
  if (isProduction()) parts.push("Secure");
  return parts.join("; ");
}

export function serializeBlankSessionCookie(): string {
  const parts = [`${SESSION_COOKIE}=`, "Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=0"];
  if (isProduction()) parts.push("Secure");
  return parts.join("; ");
}

export function readSessionToken(request: Request): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === SESSION_COOKIE) {
      const value = rest.join("=");
      return /^[a-z2-7]{32}$/.test(value) ? value : null;
    }
  }
  return null;
}

/** The signed-in session for this request, or null. Memoised per Request object. */
const perRequest = new WeakMap<Request, Promise<ValidatedSession | null>>();

export function getSession(request: Request): Promise<ValidatedSession | null> {
  let pending = perRequest.get(request);
  if (!pending) {
    const token = readSessionToken(request);
    pending = token ? validateSessionToken(token) : Promise.resolve(null);
    perRequest.set(request, pending);
  }
  return pending;
}

export async function getUser(request: Request): Promise<SessionUser | null> {
  return (await getSession(request))?.user ?? null;
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (!user) {
    const url = new URL(request.url);
    const redirectTo = `${url.pathname}${url.search}`;
    throw redirect(`/login?${new URLSearchParams({ redirectTo })}`);
  }
  return user;
}

export async function requireUserId(request: Request): Promise<string> {
  return (await requireUser(request)).id;
}

/** Starts a session and redirects, setting the cookie. */
export async function startSessionAndRedirect(userId: string, to: string) {
  const { token, expiresAt } = await createSession(userId);
  return redirect(safeRedirect(to), { headers: { "Set-Cookie": serializeSessionCookie(token, expiresAt) } });
}

/**
 * Only same-site paths: never redirect to another host after sign-in. Browsers drop tabs and line
 * breaks from a Location and read a backslash as a slash, so "/<tab>/evil.com" would become
 * "//evil.com". The path is parsed the way a browser would (the URL parser does both), and only
 * its own path, query and fragment are kept.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/")) return fallback;
  const base = "http://same-site.invalid";
  const url = URL.canParse(to, base) ? new URL(to, base) : null;
  if (url?.origin !== base) return fallback;
  // "/.//evil.example" parses to the path "//evil.example", which a browser reads as another host.
  if (url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
