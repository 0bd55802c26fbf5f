import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { applyMigrations, pendingMigrations } from "#server/boot";

/** A DATABASE_URL in a folder that does not exist yet: start-up creates it, or says why it cannot. */
const scratch = mkdtempSync(path.join(os.tmpdir(), "mutualist-db-folder-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it("creates the missing folders and migrates the new database", () => {
  const url = `file:${path.join(scratch, "not", "there", "yet", "mutualist.db")}`;
  applyMigrations(url);
  expect(existsSync(path.join(scratch, "not", "there", "yet", "mutualist.db"))).toBe(true);
  expect(pendingMigrations(url)).toEqual([]);
});

it("says plainly when the folder cannot be created", () => {
  writeFileSync(path.join(scratch, "a-file"), "not a folder");
  const url = `file:${path.join(scratch, "a-file", "data", "mutualist.db")}`;
  expect(() => applyMigrations(url)).toThrow(
    `DATABASE_URL is ${url}, but the folder ${path.join(scratch, "a-file", "data")} cannot be created or written to ` +
      "(part of the path is a file, not a folder). Point DATABASE_URL at a file in a folder this user can write to",
  );
});

it("says plainly when the database path is a folder", () => {
  mkdirSync(path.join(scratch, "a-folder.db"));
  const url = `file:${path.join(scratch, "a-folder.db")}`;
  expect(() => applyMigrations(url)).toThrow("is a folder, not a database file");
});
