import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildProduction, startBuiltApp } from "#scripts/built-app";
import { findFreePort } from "#search/meili-server";
import { startSmtpSink } from "#tests/helpers/smtp-sink";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** JSON Lines file of every message the site sent ({ envelopeTo, headers, body }), see mail.ts. */
    mailLog: string;
  }
}

/**
 * Builds the site and starts it the way `npm run build && npm start` does (server/main.ts), on a
 * fresh database and Meilisearch data folder with the demo directory seeded; stops it afterwards.
 * The production build avoids Vite's on-demand compiling and dependency re-optimisation reloads,
 * which made dev-mode browser runs timing-dependent.
 */
export default async function setup(project: TestProject) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), "mutualist-e2e-"));
  const port = await findFreePort(3100);
  // The site sends its mail to a real SMTP server, which writes each message to a file the tests read.
  const mailLog = path.join(workDir, "mail.jsonl");
  writeFileSync(mailLog, "");
  const smtp = await startSmtpSink({
    onMessage: (mail) =>
      appendFileSync(
        mailLog,
        `${JSON.stringify({ envelopeTo: mail.envelopeTo, headers: Object.fromEntries(mail.headers), body: mail.body })}\n`,
      ),
  });
  buildProduction();
  const app = await startBuiltApp({
    port,
    env: {
      DATABASE_URL: `file:${path.join(workDir, "e2e.db")}`,
      MEILI_DATA_DIR: path.join(workDir, "meili"),
      UPLOADS_DIR: path.join(workDir, "uploads"),
      MEILI_URL: "",
      SMTP_URL: smtp.url,
      APP_URL: `http://127.0.0.1:${port}`,
      APP_SECRET: "e2e-secret-not-for-production-0123456789",
    },
  });
  const baseUrl = app.baseUrl;
  project.provide("baseUrl", baseUrl);
  project.provide("mailLog", mailLog);
  return async () => {
    await app.stop();
    await smtp.close();
    rmSync(workDir, { recursive: true, force: true });
  };
}
