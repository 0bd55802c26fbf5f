import { copyFileSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";

/**
 * Before each test file's imports: its own copy of the migrated database and its own index
 * name, on the shared Meilisearch server. Files can run in parallel without seeing each other.
 */
const id = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
const database = path.join(inject("workDir"), "db", `${id}.db`);
copyFileSync(inject("templateDatabase"), database);

process.env.NODE_ENV = "test";
process.env.DATABASE_URL = `file:${database}`;
process.env.UPLOADS_DIR = path.join(inject("workDir"), "uploads", id);
process.env.MEILI_URL = inject("meiliUrl");
process.env.MEILI_MASTER_KEY = inject("meiliKey");
process.env.MEILI_INDEX_PREFIX = `test-${id}`;
