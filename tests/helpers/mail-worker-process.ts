import { pendingMailCount, sendDueMailOnce } from "#app/models/mail-worker.server";
import { prisma } from "#app/utils/db.server";
import { smtpTransport } from "#app/utils/mail.server";
import { announceReady } from "./second-process";

/**
 * A second mail worker in its own process, for tests/integration/mail-outbox.test.ts: against
 * DATABASE_URL and SMTP_URL it prints "ready", then sends due mail until the outbox has been
 * empty for a moment (or 20 s pass), and prints how many messages it sent.
 */
const transport = smtpTransport(process.env.SMTP_URL ?? "", "Mutualist <no-reply@mutualist.test>");
await announceReady();

let sent = 0;
let sawMail = false;
let idleSince = Date.now();
const deadline = Date.now() + 20_000;
while (Date.now() < deadline) {
  const result = await sendDueMailOnce({ transport });
  sent += result.sent;
  if ((await pendingMailCount()) > 0) {
    sawMail = true;
    idleSince = Date.now();
  } else if (sawMail && Date.now() - idleSince > 300) break;
  await new Promise((resolve) => setTimeout(resolve, 10));
}
if (transport.kind === "smtp") transport.close();
await prisma.$disconnect();
process.stdout.write(`sent ${sent}\n`);
