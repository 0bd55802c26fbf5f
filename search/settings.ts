import type { Settings } from "meilisearch";
import { CATEGORIES } from "#app/domain/taxonomy";
import { businessIndexName, getSearchClient } from "./client";

/** Index settings live here, in code, and are applied at start-up only when they differ. */
export function businessIndexSettings(): Settings {
  return {
    searchableAttributes: [
      "name",
      "categoryNames",
      "niche",
      "offerings",
      "customerProblems",
      "targetCustomers",
      "description",
      "city",
    ],
    filterableAttributes: [
      "id",
      "ownerKey",
      "primaryCategory",
      "categories",
      "journeys",
      "customerProblems",
      "targetCustomers",
      "partnershipKinds",
      "capacity",
      "city",
      "region",
      "country",
      "servesRemotely",
      "remoteReach",
      "_geo",
    ],
    sortableAttributes: ["publishedAt", "name", "_geo"],
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    synonyms: categorySynonyms(),
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    pagination: { maxTotalHits: 5000 },
    faceting: { maxValuesPerFacet: 500 },
  };
}

/** Each category name and its aliases are synonyms of one another ("vet" ⇄ "veterinarians"). */
function categorySynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const category of CATEGORIES) {
    const words = [category.name, ...category.aliases].map((word) => word.toLowerCase());
    for (const word of words) {
      synonyms[word] = [...new Set([...(synonyms[word] ?? []), ...words.filter((other) => other !== word)])];
    }
  }
  return synonyms;
}

function normaliseForCompare(settings: Settings): string {
  const sortedSynonyms = Object.fromEntries(
    Object.entries(settings.synonyms ?? {})
      .map(([key, list]) => [key, [...list].sort()] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return JSON.stringify({
    searchableAttributes: settings.searchableAttributes,
    filterableAttributes: [...(settings.filterableAttributes ?? [])].map(String).sort(),
    sortableAttributes: [...(settings.sortableAttributes ?? [])].sort(),
    rankingRules: settings.rankingRules,
    synonyms: sortedSynonyms,
    typo: settings.typoTolerance?.minWordSizeForTypos,
    maxTotalHits: settings.pagination?.maxTotalHits,
    maxValuesPerFacet: settings.faceting?.maxValuesPerFacet,
  });
}

/** Creates the index if needed and applies the settings when they differ. Returns whether it changed anything. */
export async function ensureIndex(indexName: string): Promise<boolean> {
  const client = getSearchClient();
  const wanted = businessIndexSettings();
  let created = false;
  try {
    await client.getIndex(indexName);
  } catch {
    await client.createIndex(indexName, { primaryKey: "id" }).waitTask();
    created = true;
  }
  const current = await client.index(indexName).getSettings();
  if (!created && normaliseForCompare(current) === normaliseForCompare(wanted)) return false;
  await client.index(indexName).updateSettings(wanted).waitTask({ timeout: 120_000 });
  return true;
}

/** ensureIndex for the live business index. */
export function ensureBusinessIndex(): Promise<boolean> {
  return ensureIndex(businessIndexName());
}
