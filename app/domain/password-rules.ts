/**
 * The password rule, as the account pages state it and ./auth-schema.ts checks it. No imports, so
 * the pages can show it without loading Zod up front (decision 017).
 */
export const PASSWORD_RULES = {
  min: 10,
  max: 128,
  text: "At least 10 characters (a passphrase of a few words works well); at most 128.",
} as const;
