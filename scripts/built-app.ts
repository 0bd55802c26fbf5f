import { execFileSync, spawn } from "node:child_process";
import path from "node:path";

/** `npm run build`, in-process: the production client and server bundles under build/. */
export function buildProduction() {
  execFileSync(process.execPath, [path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "vite:build"], {
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/**
 * Starts the built site the way `npm start` does (server/main.ts) with extra environment, waits
 * until `/` answers, and returns its address and a stop function. Used by the browser tests and
 * the page-weight benchmark.
 */
export async function startBuiltApp(options: { port: number; env: Record<string, string> }) {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    // HOST pinned: the caller talks to 127.0.0.1 whatever the machine's environment says.
    // A local run's own secret (production requires one): it signs only this run's unsubscribe links.
    env: {
      APP_SECRET: "built-app-local-run-secret-0123456789abcdef",
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(options.port),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGINT");
    await new Promise((resolve) => child.once("exit", resolve));
  };
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited while starting:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The app did not start in 120 s:\n${output}`);
    }
    try {
      if ((await fetch(`${baseUrl}/`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return { baseUrl, stop };
}
