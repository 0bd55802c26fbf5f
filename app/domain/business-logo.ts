/**
 * A business's logo as the pages show it: the square WebP files an upload is turned into, their
 * URLs, and the initials badge shown when there is no logo. Pure: the files themselves are made
 * and stored by app/models/business-logo.server.ts.
 */

/** Pixel sides of the square WebP files made from each upload. Pages show them at half this size, so they stay sharp on 2× screens. */
export const LOGO_SIZES = { card: 96, profile: 256 } as const;

export type LogoSize = keyof typeof LOGO_SIZES;

/** The largest upload accepted, in bytes (the route reads no more than this). */
export const MAX_LOGO_BYTES = 5 * 1024 * 1024;
export const MAX_LOGO_MEGABYTES = MAX_LOGO_BYTES / 1024 / 1024;
/** What the file input offers; the server checks the content, whatever the browser sends. */
export const LOGO_ACCEPT = "image/jpeg,image/png,image/webp";

/**
 * The public URL of one size of a logo, or null when the business has none. `logoKey` is
 * Business.logoKey, "<businessId>/<random>"; the file is stored under the same path as the URL
 * (logos/<logoKey>/<px>.webp), and a new upload gets a new key, so the URL can be cached for ever.
 */
export function logoUrl(logoKey: string | null | undefined, size: LogoSize): string | null {
  if (!logoKey) return null;
  return `/logos/${logoKey}/${LOGO_SIZES[size]}.webp`;
}

/** Words that say nothing about a business on their own: "The Green Room" is "GR", not "TG". */
const FILLER_WORDS = new Set(["the", "and", "of", "a", "an"]);

/** A word: letters or digits in any script, with the combining marks and apostrophes inside it. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu;
/** The first character of a word, with the combining marks that belong to it ("É" written as E + ´). */
const FIRST_CHARACTER = /^[\p{L}\p{N}]\p{M}*/u;

/**
 * One or two letters for the badge: the first letters of the first two words that say something
 * ("Bloom & Vine" → "BV", "The Corner Café" → "CC", "Zanzibar" → "Z", "東京カフェ" → "東").
 * "?" for a name with no letter or digit at all.
 */
export function initialsOf(name: string): string {
  const words = name.normalize("NFC").match(WORD) ?? [];
  const meaningful = words.filter((word) => !FILLER_WORDS.has(word.toLowerCase()));
  const chosen = (meaningful.length > 0 ? meaningful : words).slice(0, 2);
  if (chosen.length === 0) return "?";
  return chosen.map((word) => upperCaseLetter(word.match(FIRST_CHARACTER)?.[0] ?? word.charAt(0))).join("");
}

/** The capital of a letter, unless it is longer than the letter ("ß" stays "ß", not "SS"). */
function upperCaseLetter(letter: string): string {
  const upper = letter.toLocaleUpperCase();
  return upper.length === letter.length ? upper : letter;
}

/**
 * Badge backgrounds, each dark enough for white text at WCAG AA (contrast ≥ 4.5:1, checked in
 * tests/unit/business-logo.test.ts), and different enough that neighbouring cards tell apart.
 */
export const BADGE_COLOURS = [
  "#1f7a5a", // brand green
  "#1d4ed8", // blue
  "#6d28d9", // violet
  "#b91c1c", // red
  "#9d174d", // raspberry
  "#0f766e", // teal
  "#c2410c", // orange
  "#4338ca", // indigo
  "#a16207", // ochre
  "#57534e", // stone
] as const;

/** The badge colour for a name: always the same for the same name (FNV-1a of its lower-case form). */
export function badgeColourOf(name: string): string {
  let hash = 0x811c9dc5;
  for (const char of name.normalize("NFC").trim().toLowerCase()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return BADGE_COLOURS[hash % BADGE_COLOURS.length] ?? BADGE_COLOURS[0];
}
