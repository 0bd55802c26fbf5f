import { z } from "zod";

/** A line that goes into a mail header: no line breaks (header injection), no other control characters. */
const singleLine = z.string().regex(/^\P{Cc}*$/u, "must be one line without control characters");

/**
 * One outgoing message as the mail outbox stores it. Every message has a plain-text and an HTML
 * part; `headers` carries extra headers such as `List-Unsubscribe` and `List-Unsubscribe-Post`.
 */
export const MailMessageSchema = z.object({
  kind: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,49}$/, "lower-case letters, digits and -")
    .describe("what caused the message; unsubscribing is per kind"),
  to: z.string().trim().toLowerCase().email().max(254),
  subject: singleLine.pipe(z.string().trim().min(1).max(300)),
  text: z.string().min(1).max(100_000),
  html: z.string().min(1).max(500_000),
  headers: z
    .record(
      z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,76}$/, "a header name is letters, digits and -"),
      singleLine.pipe(z.string().max(2_000)),
    )
    .refine(
      (headers) =>
        !Object.keys(headers).some((name) =>
          ["from", "to", "cc", "bcc", "subject", "date", "message-id"].includes(name.toLowerCase()),
        ),
      "set From, To, Subject, Date and Message-ID through their own fields",
    )
    .default({}),
});

export type MailMessage = z.input<typeof MailMessageSchema>;
export type ValidMailMessage = z.output<typeof MailMessageSchema>;

/** Parses the stored headers column; a damaged value becomes no headers rather than a crash. */
export function parseStoredHeaders(json: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(json);
    const parsed = z.record(z.string()).safeParse(value);
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
