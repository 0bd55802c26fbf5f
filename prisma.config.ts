import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

// The CLI's native schema engine cannot be downloaded on these machines, so migrations run
// through the JavaScript schema engine over the same driver adapter the app uses.
// See docs/decisions/002-prisma-js-engine-libsql.md and 010-better-sqlite3-adapter.md.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? "file:./data/mutualist.db" });
  },
});
