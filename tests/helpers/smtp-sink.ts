import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** One message the sink received, with its headers and its decoded body (all MIME parts). */
export interface ReceivedMail {
  envelopeTo: string[];
  raw: string;
  headers: Map<string, string>;
  /** The body with quoted-printable soft breaks and escapes decoded (UTF-8). */
  body: string;
}

/**
 * A real SMTP server (the `smtp-server` package) on a loopback port (a free one unless `port` is
 * given), keeping what it receives. `refuseWith(451)` makes it answer every recipient with that
 * code until `refuseWith(null)`; `delayAccepts(30)` makes it take 30 ms to accept each message.
 */
export async function startSmtpSink(options: { onMessage?: (mail: ReceivedMail) => void; port?: number } = {}) {
  const received: ReceivedMail[] = [];
  let refusal: number | null = null;
  let acceptDelayMs = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refusal === null) return callback();
      callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: refusal }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const mail = parseMail(
          Buffer.concat(chunks).toString("utf8"),
          session.envelope.rcptTo.map((address) => address.address),
        );
        received.push(mail);
        options.onMessage?.(mail);
        if (acceptDelayMs > 0) setTimeout(() => callback(), acceptDelayMs);
        else callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  const url = `smtp://127.0.0.1:${port}`;
  return {
    url,
    port,
    received,
    refuseWith(code: number | null) {
      refusal = code;
    },
    delayAccepts(ms: number) {
      acceptDelayMs = ms;
    },
    /** Forgets what it received and serves normally again (for a beforeEach). */
    reset() {
      received.length = 0;
      refusal = null;
      acceptDelayMs = 0;
    },
    /** Messages to `address`, oldest first. */
    to(address: string) {
      return received.filter((mail) => mail.envelopeTo.includes(address.toLowerCase()));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function parseMail(raw: string, envelopeTo: string[] = []): ReceivedMail {
  const split = raw.indexOf("\r\n\r\n");
  const headerBlock = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of headerBlock.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { envelopeTo, raw, headers, body: decodeQuotedPrintable(raw.slice(split + 4)) };
}

function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r\n/g, "");
  const bytes: number[] = [];
  for (let index = 0; index < joined.length; index++) {
    const hex = joined.slice(index + 1, index + 3);
    if (joined[index] === "=" && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(joined[index] ?? "", "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** The first absolute link in a message's body whose path starts with `path` ("/verify-email"). */
export function linkIn(mail: ReceivedMail, path: string): string | null {
  const pattern = new RegExp(`https?://[^\\s"<>]+${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^\\s"<>]*`);
  return pattern.exec(mail.body)?.[0]?.replaceAll("&amp;", "&") ?? null;
}
