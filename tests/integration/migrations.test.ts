import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { prisma } from "#app/utils/db.server";
import { applyMigrations, pendingMigrations } from "#server/boot";

const folders = readdirSync(path.resolve("prisma/migrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

it("knows which migrations a database still needs", () => {
  expect(pendingMigrations(process.env.DATABASE_URL)).toEqual([]);
  expect(pendingMigrations("file:/tmp/does-not-exist-mutualist.db")).toEqual(folders);
});

it("starts a second process on a database another one has open (a CLI tool while the app runs)", async () => {
  // This test process holds the database open, as `npm run dev` would.
  await prisma.business.count();
  expect(() => applyMigrations()).not.toThrow();
  expect(await prisma.user.count()).toBeGreaterThanOrEqual(0);
});
