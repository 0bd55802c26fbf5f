import { clientIp } from "#app/utils/rate-limit.server";
import nodemailer from "nodemailer";
import { getEnv } from "./env.server";

/** One message as the mail worker hands it to a transport. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/**
 * Where the mail worker sends. `smtp` delivers through nodemailer; `capture` (no SMTP_URL, in
 * development and tests) delivers nothing: the worker marks the row sent and `captured`, and
 * /dev/mail shows it.
 */
export type MailTransport =
  | { kind: "smtp"; description: string; send(mail: OutgoingMail): Promise<{ messageId: string }>; close(): void }
  | { kind: "capture"; description: string };

/** An SMTP transport for `url` (smtp:// or smtps://), sending as `from`. */
export function smtpTransport(url: string, from: string): MailTransport {
  const parsed = new URL(url);
  const secure = parsed.protocol === "smtps:";
  const transporter = nodemailer.createTransport({
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    auth: parsed.username
      ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) }
      : undefined,
    // A mail server that stops answering must not hold a worker's lease for long.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    kind: "smtp",
    // Never the credentials: this line goes into logs.
    description: `SMTP ${parsed.protocol}//${parsed.host}`,
    async send(mail) {
      const info = await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
      });
      return { messageId: info.messageId };
    },
    close() {
      transporter.close();
    },
  };
}

export const captureTransport: MailTransport = {
  kind: "capture",
  description: "no SMTP_URL: messages are kept in the database and shown at /dev/mail",
};

/** The transport SMTP_URL and MAIL_FROM configure. */
export function transportFromEnv(): MailTransport {
  const env = getEnv();
  return env.SMTP_URL ? smtpTransport(env.SMTP_URL, env.MAIL_FROM) : captureTransport;
}

/**
 * /dev/mail exists outside production only, and only for a browser on this machine: it shows
 * everyone's mail (sign-in links included), so a development server opened to the network with
 * HOST=0.0.0.0 does not show it to other machines, signed in or not. NODE_ENV is read at each
 * request (not the cached env) so the guard follows it exactly as server/main.ts sets it.
 */
export function devMailPageEnabled(request: Request): boolean {
  return process.env.NODE_ENV !== "production" && isLoopback(clientIp(request));
}

function isLoopback(address: string): boolean {
  return /^127\./.test(address) || address === "0:0:0:0::/64";
}
