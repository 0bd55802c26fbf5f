/**
 * One rule for every text field people type or import (docs/decisions/020-control-characters.md):
 *
 * - Characters never meant to be seen are removed: C0 and C1 control characters (NUL, ESC, DEL …;
 *   tab and line breaks are kept where a field has several lines), the byte-order mark, interlinear
 *   annotation marks, deprecated format characters, lone surrogates and U+FFFE/U+FFFF. What is
 *   left is what the person saw on their screen.
 * - Characters that change how the text around them is displayed (bidirectional embeddings,
 *   overrides and isolates, U+202A–U+202E and U+2066–U+2069) are refused with a message next to
 *   the field where a person can fix it, and removed where nobody can (search, export).
 *
 * Letters of every script, combining accents, emoji (with their zero-width joiners and variation
 * selectors), ZWNJ and the left-to-right / right-to-left marks (U+200E, U+200F) are kept.
 */

// Carriage returns, NEL and the Unicode line and paragraph separators become "\n".
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;
// With the u flag, [\uD800-\uDFFF] matches only a surrogate that is not half of a pair.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF\uFFF9-\uFFFB\u206A-\u206F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

export interface TextOptions {
  /** Keep line breaks and tabs (a description); otherwise they become spaces. */
  multiline?: boolean;
}

/**
 * The text without control characters of any kind, direction controls included, line breaks as
 * "\n" (or spaces in one-line text). For text that cannot be refused: search queries, exports,
 * words echoed back in a message.
 */
export function cleanText(text: string, options: TextOptions = {}): string {
  return removeInvisible(text, options).replace(DIRECTION_CONTROLS, "");
}

/** The first direction control in `text` ("U+202E"), or null. */
export function findDirectionControl(text: string): string | null {
  const match = DIRECTION_CONTROL.exec(text);
  return match ? codePointName(match[0]) : null;
}

export function directionControlMessage(label: string, codePoint: string): string {
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} contains a hidden character that changes the direction of the text (${codePoint}). Delete it, or type the text again instead of pasting it.`;
}

/** Without invisible control characters (direction controls are left to the caller). */
export function removeInvisible(text: string, options: TextOptions): string {
  const kept = text.replace(LINE_BREAKS, "\n").replace(INVISIBLE, "");
  return options.multiline ? kept : kept.replace(/[\t\n]/g, " ");
}

function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}
