import type { getInputProps } from "@conform-to/react";

/** One field's metadata from Conform's `useForm`, as the field components take it. */
export type FieldMeta = Parameters<typeof getInputProps>[0];

/**
 * A list field's starting values: what was last submitted when the server sent the form back (no
 * JavaScript), else the saved values.
 */
export function initialList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
}
