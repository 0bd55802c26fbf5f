import { Meilisearch } from "meilisearch";
import { getEnv } from "#app/utils/env.server";
import { keepAliveHttpClient } from "./http-client";
import { DOCUMENT_VERSION, type BusinessSearchDocument } from "./documents";

/** Server-only: holds the master key. Never import from a route component. */
let client: Meilisearch | undefined;
let clientKey = "";

export function getSearchClient(): Meilisearch {
  const env = getEnv();
  if (!env.MEILI_URL) {
    throw new Error("MEILI_URL is not set: the server start-up or test setup starts Meilisearch and sets it");
  }
  const key = `${env.MEILI_URL}|${env.MEILI_MASTER_KEY ?? ""}`;
  if (!client || clientKey !== key) {
    client = new Meilisearch({ host: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY, httpClient: keepAliveHttpClient });
    clientKey = key;
  }
  return client;
}

/** The document version is part of the name: raising it starts a new, empty index, which start-up fills. */
export function businessIndexName(): string {
  return `${getEnv().MEILI_INDEX_PREFIX}-businesses-v${DOCUMENT_VERSION}`;
}

export function getBusinessIndex() {
  return getSearchClient().index<BusinessSearchDocument>(businessIndexName());
}
