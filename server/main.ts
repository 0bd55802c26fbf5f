import { existsSync } from "node:fs";
import path from "node:path";
import { createApp } from "./app";
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
const { app, close } = await createApp({ mode });
const port = Number(process.env.PORT ?? 3000);
const server = app.listen(port, () => {
  console.log(`\nMutualist is running at http://localhost:${port}  (Ctrl-C to stop)\n`);
});
// Longer than a load balancer's idle timeout, so the balancer never reuses a connection we closed.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.on("error", async (error: NodeJS.ErrnoException) => {
  console.error(error.code === "EADDRINUSE" ? `Port ${port} is in use: set PORT to another port.` : error);
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
