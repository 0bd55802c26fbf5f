import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { findFreePort } from "#search/meili-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Builds the site and starts it the way `npm run build && npm start` does (server/main.ts), on a
 * fresh database and Meilisearch data folder with the demo directory seeded; stops it afterwards.
 * The production build avoids Vite's on-demand compiling and dependency re-optimisation reloads,
 * which made dev-mode browser runs timing-dependent.
 */
export default async function setup(project: TestProject) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), "mutualist-e2e-"));
  const port = await findFreePort(3100);
  execFileSync(process.execPath, [path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "vite:build"], {
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: `file:${path.join(workDir, "e2e.db")}`,
      MEILI_DATA_DIR: path.join(workDir, "meili"),
      MEILI_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited while starting:\n${output}`);
    if (Date.now() > deadline) throw new Error(`The app did not start in 120 s:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  project.provide("baseUrl", baseUrl);
  return async () => {
    child.kill("SIGINT");
    await new Promise((resolve) => child.once("exit", resolve));
    rmSync(workDir, { recursive: true, force: true });
  };
}
