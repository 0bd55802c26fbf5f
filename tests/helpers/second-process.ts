import { spawn } from "node:child_process";
import { prisma } from "#app/utils/db.server";

/**
 * A second app process for the tests that race two schedulers or two mail workers: the test starts
 * one of the tests/helpers/*-process.ts scripts with `startSecondProcess`, the script calls
 * `announceReady` and does its run, and the test reads what it printed.
 */

/**
 * Starts `script` under tsx with `env` added, and resolves once it printed "ready" (rejects if it
 * exits first). `go()` lets a script that waits for it start; `finished()` waits for the exit.
 */
export async function startSecondProcess(script: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready")) resolve();
    });
    void exited.then((code) => reject(new Error(`${script} exited early (${code}):\n${errors}`)));
  });
  return {
    go: () => child.stdin.end("go\n"),
    /** The exit code, what the script printed and its stderr. */
    finished: async () => ({ code: await exited, output, errors }),
  };
}

/**
 * In the script: waits up to 5 s for the database lock like the app, prints "ready", and with
 * `waitForGo` waits for the test's go (so both processes start their run together).
 */
export async function announceReady(options: { waitForGo?: boolean } = {}) {
  await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  process.stdout.write("ready\n");
  if (!options.waitForGo) return;
  await new Promise<void>((resolve) =>
    process.stdin.once("data", () => {
      process.stdin.destroy();
      resolve();
    }),
  );
}
