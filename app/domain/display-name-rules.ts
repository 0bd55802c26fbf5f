/**
 * The display-name rule, as /account states it and ./auth-schema.ts checks it. No imports, so the
 * page can show it without loading Zod up front (decision 017).
 */
export const DISPLAY_NAME_RULES = { max: 80 } as const;
