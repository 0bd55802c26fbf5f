import { cleanText } from "./text";

/**
 * Tags are short lower-case phrases ("wedding photography"). Normalising makes
 * "Wedding Photography" and " wedding  photography " the same tag.
 */
export const TAG_MAX_LENGTH = 60;

export function normaliseTag(raw: string): string {
  return cleanText(raw)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/^[\s,.;:·•\-–—]+|[\s,.;:·•\-–—]+$/g, "")
    .trim();
}

/** Distinct normalised tags in first-seen order; empty entries dropped. */
export function normaliseTagList(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const entry of raw) {
    const tag = normaliseTag(entry);
    if (tag) seen.add(tag);
  }
  return [...seen];
}

/** Splits what a person typed ("a, b; c" or one per line) into normalised tags. */
export function parseTagText(text: string): string[] {
  return normaliseTagList(text.split(/[,;\n]/));
}

export function formatTagText(tags: readonly string[]): string {
  return tags.join(", ");
}

/**
 * Removes control characters (app/domain/text.ts), collapses whitespace, trims and cuts typed text
 * to at most `max` UTF-16 units without splitting a character: half an emoji would make the text
 * malformed for JSON parsers downstream (Meilisearch refuses it).
 */
export function clipText(text: string, max: number): string {
  const cut = cleanText(text).replace(/\s+/g, " ").trim().slice(0, max);
  return cut.replace(/[\uD800-\uDBFF]$/, "").trim();
}
