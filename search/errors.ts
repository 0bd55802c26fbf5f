import { MeilisearchApiError, MeilisearchError, MeilisearchRequestError } from "meilisearch";

/**
 * Meilisearch is unreachable (connection refused, reset), timing out, answering 5xx or refusing
 * our key, or the index is missing: "try again later". Any other error is a bug and is not this.
 */
export class SearchUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`Search is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "SearchUnavailableError";
  }
}

/** How long a query that a page waits for may take before search counts as unavailable. */
export const SEARCH_TIMEOUT_MS = 5_000;

/**
 * Runs a Meilisearch call: failures that mean "search is down for now" become
 * SearchUnavailableError; an API error for a bad request (an invalid filter, say) and any other
 * error are rethrown as they are.
 */
export async function runSearch<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isSearchUnavailable(error)) throw new SearchUnavailableError(error);
    throw error;
  }
}

export function isSearchUnavailable(error: unknown): boolean {
  if (error instanceof SearchUnavailableError) return true;
  // Errors from the keep-alive transport arrive wrapped in a MeilisearchRequestError.
  if (error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError)
    return isSearchUnavailable(error.cause);
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    return status >= 500 || status === 401 || status === 403 || error.cause?.code === "index_not_found";
  }
  return (
    error instanceof MeilisearchError ||
    (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError"))
  );
}
