import { existsSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { createApp, listenHost } from "./app";
import { boot } from "./boot";

/**
 * `npm run dev` and `npm start`: prepare the database and search (server/boot.ts), then serve.
 * Ctrl-C stops everything this process started.
 */
if (existsSync(".env")) process.loadEnvFile(".env");

const mode = process.env.NODE_ENV === "production" ? "production" : "development";
process.env.NODE_ENV = mode;

if (mode === "production" && !existsSync(path.resolve("build/server/index.js"))) {
  console.error("No production build found: run `npm run build` first.");
  process.exit(1);
}

const services = await boot({ log: (line) => console.log(`  ${line}`) });
const server = createServer();
const { app, close } = await createApp({ mode, httpServer: server });
server.on("request", app);
const port = Number(process.env.PORT ?? 3000);
const host = listenHost();
server.listen(port, host, () => {
  console.log(`\nMutualist is running at ${whereToOpen(host, port)}  (Ctrl-C to stop)\n`);
});
// Longer than a load balancer's idle timeout, so the balancer never reuses a connection we closed.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.on("error", async (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === "EADDRINUSE"
      ? `Port ${port} is in use: set PORT to another port.`
      : error.code === "EADDRNOTAVAIL"
        ? `HOST=${host} is not an address of this machine: leave it unset (this machine only) or set 0.0.0.0.`
        : error,
  );
  await services.stop();
  process.exit(1);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  server.close();
  await close();
  await services.stop();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

function whereToOpen(host: string, port: number): string {
  if (["127.0.0.1", "localhost", "::1"].includes(host)) return `http://localhost:${port}`;
  if (host === "0.0.0.0" || host === "::") return `http://localhost:${port} and on every network interface`;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}
