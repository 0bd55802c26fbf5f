import { absoluteUrl, composeMail } from "./mail-compose";
import type { MailMessage } from "./mail-message";

/**
 * The account emails (decision 023): what each says, with absolute links from the app's base URL.
 * They are not notifications, so they carry no unsubscribe link: an owner cannot turn off the
 * link that lets them back into their account. Pure: the caller passes the token and APP_URL.
 */
export const ACCOUNT_MAIL_KINDS = [
  "verify-email",
  "reset-password",
  "change-email",
  "email-changed",
  "signup-existing",
] as const;
export type AccountMailKind = (typeof ACCOUNT_MAIL_KINDS)[number];

/** How long each emailed link works. */
export const EMAIL_TOKEN_LIFETIME_MS = {
  "verify-email": 48 * 60 * 60 * 1000,
  "reset-password": 60 * 60 * 1000,
  "change-email": 48 * 60 * 60 * 1000,
} as const;
export type EmailTokenPurpose = keyof typeof EMAIL_TOKEN_LIFETIME_MS;

export function tokenLink(appUrl: string, purpose: EmailTokenPurpose, token: string): string {
  const path = {
    "verify-email": "/verify-email",
    "reset-password": "/reset-password",
    "change-email": "/change-email",
  }[purpose];
  return absoluteUrl(appUrl, `${path}?${new URLSearchParams({ token })}`);
}

function mail(
  kind: AccountMailKind,
  to: string,
  subject: string,
  parts: Parameters<typeof composeMail>[0],
): MailMessage {
  return { kind, to, subject, ...composeMail(parts), headers: {} };
}

export function verifyEmailMail(input: { appUrl: string; to: string; token: string }): MailMessage {
  return mail("verify-email", input.to, "Confirm your email address for Mutualist", {
    heading: "Confirm your email address",
    paragraphs: [
      `Someone, hopefully you, created a Mutualist account with ${input.to}.`,
      "Confirm the address to propose partnerships and send messages.",
    ],
    action: { label: "Confirm my email", url: tokenLink(input.appUrl, "verify-email", input.token) },
    footer: ["The link works once, for 48 hours.", "If you did not sign up, ignore this email: nothing happens."],
  });
}

export function signUpExistingMail(input: { appUrl: string; to: string }): MailMessage {
  return mail("signup-existing", input.to, "Someone tried to sign up to Mutualist with your address", {
    heading: "You already have an account",
    paragraphs: [
      `Someone, perhaps you, tried to create a Mutualist account with ${input.to}. This address already has an account, so no new one was made.`,
      `Sign in: ${absoluteUrl(input.appUrl, "/login")}`,
      "Forgot your password? Ask for a reset link:",
    ],
    action: { label: "Reset my password", url: absoluteUrl(input.appUrl, "/forgot-password") },
    footer: ["If this was not you, ignore this email: your account has not changed."],
  });
}

export function resetPasswordMail(input: { appUrl: string; to: string; token: string }): MailMessage {
  return mail("reset-password", input.to, "Reset your Mutualist password", {
    heading: "Reset your password",
    paragraphs: [
      "Someone, hopefully you, asked to reset the password of your Mutualist account.",
      "Choosing a new password signs you out everywhere else.",
    ],
    action: { label: "Choose a new password", url: tokenLink(input.appUrl, "reset-password", input.token) },
    footer: [
      "The link works once, for 1 hour.",
      "If you did not ask, ignore this email: your password stays as it is.",
    ],
  });
}

export function changeEmailMail(input: { appUrl: string; to: string; token: string; oldEmail: string }): MailMessage {
  return mail("change-email", input.to, "Confirm your new email address for Mutualist", {
    heading: "Confirm your new email address",
    paragraphs: [
      `The Mutualist account ${input.oldEmail} asked to use ${input.to} from now on.`,
      "The account keeps its old address until you open this link.",
    ],
    action: { label: "Use this address", url: tokenLink(input.appUrl, "change-email", input.token) },
    footer: ["The link works once, for 48 hours.", "If you did not ask for this, ignore this email."],
  });
}

/** To the old address: a change was asked (`done` false), or made (`done` true). */
export function emailChangedMail(input: { appUrl: string; to: string; newEmail: string; done: boolean }): MailMessage {
  const help = `If this was not you, reset your password now: ${absoluteUrl(input.appUrl, "/forgot-password")}`;
  return input.done
    ? mail("email-changed", input.to, "Your Mutualist email address was changed", {
        heading: "Your email address was changed",
        paragraphs: [
          `Your Mutualist account now uses ${input.newEmail}. Mail about it no longer comes to this address.`,
          help,
        ],
      })
    : mail("email-changed", input.to, "A change of your Mutualist email address was asked", {
        heading: "A change of email address was asked",
        paragraphs: [
          `Someone signed in to your Mutualist account, with its password, asked to move it to ${input.newEmail}. A link was sent there; the account keeps this address until it is opened.`,
          help,
        ],
      });
}
