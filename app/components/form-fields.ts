import type { getInputProps } from "@conform-to/react";

/** One field's metadata from Conform's `useForm`, as the field components take it. */
export type FieldMeta = Parameters<typeof getInputProps>[0];

/**
 * A list field's starting values: what was last submitted when the server sent the form back (no
 * JavaScript), else the saved values.
 */
export function initialList(value: unknown): string[] {
  // An input sent empty comes back as a hole in the list (Conform drops empty values): it stays
  // empty, never the word "undefined" (which the next save would refuse as a category).
  const entry = (item: unknown) => (typeof item === "string" ? item : "");
  return Array.isArray(value) ? Array.from(value, entry) : typeof value === "string" ? [value] : [];
}
