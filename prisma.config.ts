import path from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { defineConfig } from "prisma/config";

// The CLI's native schema engine cannot be downloaded on these machines, so migrations run
// through the JavaScript schema engine over the same driver adapter the app uses.
// See docs/decisions/002-prisma-js-engine-libsql.md.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaLibSQL({ url: process.env.DATABASE_URL ?? "file:./data/mutualist.db" });
  },
});
