import { z } from "zod";

/**
 * Server configuration, parsed once from the environment. Every variable has a default that
 * works on a fresh clone; README's "Configuration" table lists them. Nothing here is sent to the
 * browser: the root loader exposes only `getPublicEnv()`.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z.string().min(1).default("file:./data/mutualist.db"),
  /** Folder of uploaded files (business logos), relative to the working folder like DATABASE_URL's default (app/utils/file-storage.server.ts). */
  UPLOADS_DIR: z.string().min(1).default("data/uploads"),
  MEILI_URL: z.string().url().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]+$/, "letters, digits, - and _ only")
    .default("mutualist"),
  SEED_DEMO: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
  SEARCH_WORKER: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
  /** smtp://user:pass@host:587 or smtps://…:465; unset = mail is kept for /dev/mail (app/utils/mail.server.ts). */
  SMTP_URL: z
    .string()
    .url()
    .refine((value) => /^smtps?:\/\//.test(value), "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Mutualist <no-reply@localhost>"),
  MAIL_WORKER: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
  /** Where links in mail point; default http://localhost:PORT. */
  APP_URL: z
    .string()
    .url()
    .refine((value) => /^https?:\/\//.test(value), "must start with http:// or https://")
    .optional(),
  /**
   * Signs the unsubscribe links in notification email (docs/decisions/026). Required in
   * production; elsewhere a fixed development value is used. Changing it breaks the links in mail
   * already sent.
   */
  APP_SECRET: z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -hex 32`)").optional(),
  /** Run the timed jobs (daily digest, request expiry, nudges) in this process. */
  SCHEDULER: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
});

/** Outside production only: links signed with it are worthless anywhere else. */
export const DEVELOPMENT_APP_SECRET = "mutualist-development-secret-do-not-use-in-production";

export type Env = Omit<z.infer<typeof EnvSchema>, "APP_URL" | "APP_SECRET"> & { APP_URL: string; APP_SECRET: string };

let cached: Env | undefined;

export function getEnv(): Env {
  if (!cached) {
    // An empty variable means "unset" (e.g. MEILI_URL= in a .env file).
    const set = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
    const parsed = EnvSchema.safeParse(set);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
      throw new Error(`Invalid environment:\n${problems.join("\n")}`);
    }
    const { APP_URL, APP_SECRET, ...rest } = parsed.data;
    if (!APP_SECRET && rest.NODE_ENV === "production") {
      throw new Error(
        "Invalid environment:\n  APP_SECRET: required in production, a random value of at least 32 characters " +
          "(e.g. `openssl rand -hex 32`). It signs the unsubscribe links in email.",
      );
    }
    cached = {
      ...rest,
      APP_URL: (APP_URL ?? `http://localhost:${rest.PORT}`).replace(/\/+$/, ""),
      APP_SECRET: APP_SECRET ?? DEVELOPMENT_APP_SECRET,
    };
  }
  return cached;
}

/** For tests and the boot sequence, which set MEILI_URL / MEILI_MASTER_KEY after starting a server. */
export function resetEnvCache() {
  cached = undefined;
}

export function isProduction() {
  return getEnv().NODE_ENV === "production";
}
