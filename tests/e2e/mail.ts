import { readFileSync } from "node:fs";
import { inject } from "vitest";

/** A message the site sent during the browser tests (written by global-setup.ts's SMTP server). */
export interface SentMail {
  envelopeTo: string[];
  headers: Record<string, string>;
  body: string;
}

export function sentMail(to: string): SentMail[] {
  return readFileSync(inject("mailLog"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SentMail)
    .filter((mail) => mail.envelopeTo.includes(to.toLowerCase()));
}

/** Waits until a message to `to` matches `test` (the mail worker sends within a second or two). */
export async function waitForMail(to: string, test: (mail: SentMail) => boolean, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = sentMail(to).find(test);
    if (found) return found;
    if (Date.now() > until) throw new Error(`No mail to ${to} matched within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The first absolute link in the mail whose path starts with `path`. */
export function linkInMail(mail: SentMail, path: string): string {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`https?://[^\\s"<>]+${escaped}[^\\s"<>]*`).exec(mail.body);
  if (!match) throw new Error(`No ${path} link in the mail: ${mail.body.slice(0, 500)}`);
  return match[0].replaceAll("&amp;", "&");
}
