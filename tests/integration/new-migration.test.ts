import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const sandbox = mkdtempSync(path.join(os.tmpdir(), "mutualist-newmig-"));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

it("npm run db:new-migration writes the SQL for a schema change, offline, and nothing when there is none", () => {
  cpSync(path.join(root, "prisma"), path.join(sandbox, "prisma"), { recursive: true });
  cpSync(path.join(root, "prisma.config.ts"), path.join(sandbox, "prisma.config.ts"));
  cpSync(path.join(root, "scripts"), path.join(sandbox, "scripts"), { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(sandbox, "node_modules"));
  const run = (name: string) =>
    execFileSync(process.execPath, ["--import", "tsx", "scripts/new-migration.ts", name], {
      cwd: sandbox,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "" },
    });

  expect(run("nothing_changed")).toContain("nothing to write");

  const schemaPath = path.join(sandbox, "prisma/schema.prisma");
  const schema = readFileSync(schemaPath, "utf8").replace(
    "model RateLimitBucket {\n",
    "model RateLimitBucket {\n  note String?\n",
  );
  writeFileSync(schemaPath, schema);
  expect(run("add_note")).toMatch(/Wrote prisma\/migrations\/\d{14}_add_note\/migration\.sql/);
  const dir = readdirSync(path.join(sandbox, "prisma/migrations")).find((entry) => entry.endsWith("_add_note"))!;
  const sql = readFileSync(path.join(sandbox, "prisma/migrations", dir, "migration.sql"), "utf8");
  expect(sql).toContain('ALTER TABLE "RateLimitBucket" ADD COLUMN "note" TEXT;');
  expect(sql).not.toContain("Loaded Prisma config");

  // With the new migration in place the schema and the migrations agree again.
  expect(run("again")).toContain("nothing to write");
}, 60_000);
