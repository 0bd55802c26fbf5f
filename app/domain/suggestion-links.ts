/**
 * The partners page's links, built from the query on screen (app/domain/suggestion-filters.ts
 * names the parameters). Plain URLSearchParams in, a `?query` out: no schema or taxonomy, so the
 * page's script stays small.
 */

/**
 * Another tab: the profession filter and the paging start over, the distance and kind stay; the
 * one-time notes (just published, step 2 saved) are not repeated.
 */
export function suggestionTabHref(current: URLSearchParams, tab: string): string {
  const next = new URLSearchParams(current);
  next.set("tab", tab);
  for (const name of ["profession", "shown", "welcome", "saved"]) next.delete(name);
  return `?${next}`;
}

/** The same list, showing `shown` suggestions. */
export function shownSuggestionsHref(current: URLSearchParams, shown: number): string {
  const next = new URLSearchParams(current);
  next.set("shown", String(shown));
  return `?${next}`;
}

/** The distances the filter offers: the usual ones, plus one typed into the URL (accepted, so offered). */
export function distanceChoices(usual: readonly number[], within: number | undefined): number[] {
  return [...new Set([...usual, ...(within ? [within] : [])])].sort((a, b) => a - b);
}

/** What a suggestion card shows of the business besides its score and reasons. */
export interface PartnerListing {
  slug: string;
  name: string;
  niche: string;
  category: string;
  place: string;
  saved: boolean;
}

export interface OwnListing {
  id: string;
  name: string;
  slug: string;
  category: string;
  place: string;
  /** Its strongest reason, as its suggestion card would give it. */
  reason: string;
  /** false: a member this account imported, not run by anyone on Mutualist yet. */
  claimed: boolean;
}

/**
 * The account's other businesses, never suggested (docs/decisions/028), shown apart: those that would
 * have been suggested here, and how many there are in all.
 */
export interface Yours {
  /** Best first; none of them is among the suggestions. */
  fits: OwnListing[];
  /** The account's other published businesses. */
  others: number;
  /** false: more than the page ranks (an organiser's imported members), counted but not ranked. */
  ranked: boolean;
}
