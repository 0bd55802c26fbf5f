import { createHmac, timingSafeEqual } from "node:crypto";
import { isNotificationKind } from "#app/domain/notification-kinds";
import type { UnsubscribeScope } from "#app/domain/notification-settings";
import { getEnv } from "./env.server";

/**
 * The token in an unsubscribe link: `<userId>.<scope>.<signature>`, the signature an
 * HMAC-SHA256 of user and scope under APP_SECRET (base64url). It needs no sign-in and no stored
 * row; it does not expire (a years-old email's link still works) and is revoked only by changing
 * APP_SECRET, which revokes every link at once (docs/decisions/026).
 */
const PURPOSE = "mutualist-unsubscribe-v1";

function sign(userId: string, scope: UnsubscribeScope, secret: string): Buffer {
  return createHmac("sha256", secret).update(`${PURPOSE}\n${userId}\n${scope}`).digest();
}

export function createUnsubscribeToken(userId: string, scope: UnsubscribeScope, secret = getEnv().APP_SECRET): string {
  return `${userId}.${scope}.${sign(userId, scope, secret).toString("base64url")}`;
}

/** The user and scope a token names, or null for anything malformed or not signed by us. */
export function readUnsubscribeToken(
  token: string | null | undefined,
  secret = getEnv().APP_SECRET,
): { userId: string; scope: UnsubscribeScope } | null {
  if (!token || token.length > 300) return null;
  const match = /^([a-z0-9]{1,64})\.([a-z-]{1,40})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, userId = "", scope = "", signature = ""] = match;
  if (scope !== "digest" && !isNotificationKind(scope)) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = sign(userId, scope, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, scope };
}
