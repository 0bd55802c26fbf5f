/**
 * The search adapter's one public entry: everything outside search/ imports from here
 * (`#search/index`), never from a file inside. search/ imports app/domain (document shape,
 * taxonomy) and app/utils/env.server, and never app/models, app/routes or app/components; the
 * lint enforces both (eslint.config.js). Orchestration that needs database rows as well as the
 * index (the outbox worker, rebuild, the database-vs-index check) lives in app/models/search-*.server.ts.
 *
 * search/meili-server.ts (starting a bundled Meilisearch process) is the one other entry, for the
 * launcher (server/boot.ts), the test setup and the benchmarks; it is not part of the adapter.
 */

// Documents and index settings
export { DOCUMENT_VERSION, toSearchDocument, type BusinessSearchDocument } from "./documents";
export { businessIndexSettings, ensureBusinessIndex, ensureIndex } from "./settings";

// Errors
export { isSearchUnavailable, SearchUnavailableError } from "./errors";

// Filter syntax (pure)
export {
  buildDirectoryFilter,
  buildDirectorySort,
  equalsFilter,
  geoPointSort,
  geoRadiusFilter,
  quoteFilterList,
  quoteFilterValue,
  type DirectoryQuery,
} from "./filters";

// Reads
export {
  searchDirectory,
  suggestBusinesses,
  type DirectorySearchHit,
  type DirectorySearchResult,
  type FacetCounts,
  type SearchSuggestion,
} from "./queries";
export {
  complementaryCandidates,
  overflowCandidates,
  type CandidateCard,
  type CandidateQuery,
  type CandidateResult,
} from "./partner-candidates";
export { nearbyBusinessIds, type NearbyQuery, type NearbyResult } from "./nearby";
export { categoryWeights, forgetCategoryWeights } from "./category-counts";

// Writes, rebuild, and reading the index back
export { isValidDocumentId, writeToIndex } from "./index-writes";
export { indexedDocumentCount, indexedDocumentPages, rebuildAndSwap, type RebuildProgress } from "./rebuild";

// Low level, for command-line tools and tests (app code uses the typed functions above)
export { businessIndexName, getBusinessIndex, getSearchClient } from "./client";
