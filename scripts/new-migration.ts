import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

/**
 * `npm run db:new-migration -- add_referrals`: writes prisma/migrations/<timestamp>_<name>/migration.sql
 * with the SQL that takes the database from the current migrations to prisma/schema.prisma.
 * Works offline (see docs/decisions/002-prisma-js-engine-libsql.md): the existing migrations are
 * applied to a scratch database, introspected, and diffed against the schema.
 */
const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- name_in_snake_case");
  process.exit(2);
}

const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const scratch = mkdtempSync(path.join(os.tmpdir(), "mutualist-migration-"));
const scratchUrl = `file:${path.join(scratch, "scratch.db")}`;

function prisma(args: string[], databaseUrl = scratchUrl): string {
  return execFileSync(process.execPath, [prismaCli, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
}

function cleanSql(output: string): string {
  return output
    .split("\n")
    .filter((line) => !line.startsWith("Loaded Prisma config"))
    .join("\n")
    .trim();
}

try {
  prisma(["migrate", "deploy"]);
  const pulled = prisma(["db", "pull", "--print"]);
  const start = pulled.indexOf("generator ");
  if (start < 0) throw new Error(`Could not introspect the scratch database:\n${pulled}`);
  const currentSchema = path.join(scratch, "current.prisma");
  writeFileSync(currentSchema, pulled.slice(start));
  const sql = cleanSql(
    prisma([
      "migrate",
      "diff",
      "--from-schema-datamodel",
      currentSchema,
      "--to-schema-datamodel",
      "prisma/schema.prisma",
      "--script",
    ]),
  );
  if (!sql || sql === "-- This is an empty migration.") {
    console.log("prisma/schema.prisma matches the migrations: nothing to write.");
    process.exit(0);
  }
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
  // Check: the new migration applies cleanly and leaves nothing to diff.
  prisma(["migrate", "deploy"]);
  console.log(`Wrote ${dir}/migration.sql — review it, then run npm run db:migrate.`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
