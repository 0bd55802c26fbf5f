import { Agent, createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discardUnreadBodies } from "#server/unread-body";
import { startTestApp } from "#tests/helpers/app";

/**
 * A request the app answers without reading its body (a redirect to log in, a CSRF refusal) must
 * not hold up the next request on the same keep-alive connection: it used to wait about 65 s.
 */
const BODY = "x=" + "a".repeat(300 * 1024);

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  ms: number;
  reusedSocket: boolean;
}

function send(
  agent: Agent,
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<Answer> {
  const { hostname, port } = new URL(baseUrl);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ agent, hostname, port, method, path, headers }, (res) => {
      res.resume();
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          ms: performance.now() - started,
          reusedSocket: req.reusedSocket,
        }),
      );
    });
    req.setTimeout(15_000, () => req.destroy(new Error(`${method} ${path}: no answer in 15 s`)));
    req.on("error", reject);
    req.end(body);
  });
}

describe("the app (development server)", () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let agent: Agent;
  beforeAll(async () => {
    app = await startTestApp();
    // The first request compiles the app's server modules (seconds on a busy machine); pay that here.
    await fetch(`${app.baseUrl}/login`);
  });
  afterAll(async () => {
    agent?.destroy();
    await app?.stop();
  });

  async function thenGet(first: Promise<Answer>) {
    agent ??= new Agent({ keepAlive: true, maxSockets: 1 });
    const answer = await first;
    const next = await send(agent, app.baseUrl, "GET", "/login");
    return { answer, next };
  }

  it("answers the next request at once after a 300 kB post it redirected to log in without reading", async () => {
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const { answer, next } = await thenGet(
      send(
        agent,
        app.baseUrl,
        "POST",
        "/businesses/no-such-business/edit",
        { Origin: app.baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
        BODY,
      ),
    );
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toContain("/login");
    expect(next.status).toBe(200);
    expect(next.reusedSocket).toBe(true);
    expect(next.ms).toBeLessThan(5_000);
  });

  it("after a 300 kB upload to /imports from a visitor who is not signed in", async () => {
    const boundary = "----mutualist-test";
    const upload = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="members.csv"\r\n` +
        `Content-Type: text/csv\r\n\r\nname,category\r\n${"Florist,florist\r\n".repeat(20_000)}\r\n--${boundary}--\r\n`,
    );
    expect(upload.length).toBeGreaterThan(300_000);
    const { answer, next } = await thenGet(
      send(
        agent,
        app.baseUrl,
        "POST",
        "/imports",
        { Origin: app.baseUrl, "Content-Type": `multipart/form-data; boundary=${boundary}` },
        upload,
      ),
    );
    expect(answer.status).toBe(302);
    expect(next.status).toBe(200);
    expect(next.reusedSocket).toBe(true);
    expect(next.ms).toBeLessThan(5_000);
  });

  it("after a 300 kB post refused by the CSRF check", async () => {
    const { answer, next } = await thenGet(
      send(agent, app.baseUrl, "POST", "/signup", { "Content-Type": "application/x-www-form-urlencoded" }, BODY),
    );
    expect(answer.status).toBe(403);
    expect(next.status).toBe(200);
    expect(next.reusedSocket).toBe(true);
    expect(next.ms).toBeLessThan(5_000);
  });
});

describe("discardUnreadBodies: limits", () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    const app = express();
    app.use(discardUnreadBodies({ maxBytes: 1024 * 1024, maxMs: 1_000 }));
    app.post("/unread", (_req, res) => res.redirect("/login"));
    app.get("/login", (_req, res) => res.send("log in"));
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  /** Sends a POST declaring `declared` bytes, then writes with `write` until the server hangs up. */
  function postUntilClosed(declared: number, write: (socket: net.Socket) => void) {
    return new Promise<{ response: string; sent: number; ms: number }>((resolve) => {
      const started = performance.now();
      const socket = net.connect(port, "127.0.0.1");
      let response = "";
      let sent = 0;
      const originalWrite = socket.write.bind(socket);
      socket.write = ((chunk: Buffer) => {
        sent += chunk.length;
        return originalWrite(chunk);
      }) as typeof socket.write;
      socket.on("data", (chunk) => (response += chunk.toString()));
      socket.on("error", () => {});
      socket.on("close", () => resolve({ response, sent, ms: performance.now() - started }));
      socket.once("connect", () => {
        originalWrite(
          `POST /unread HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n` +
            `Content-Length: ${declared}\r\n\r\n`,
        );
        write(socket);
      });
    });
  }

  it("closes the connection of a client that keeps sending past the limit, after answering it", async () => {
    const chunk = Buffer.alloc(64 * 1024, 97);
    const result = await postUntilClosed(1024 * 1024 * 1024, (socket) => {
      const pump = () => {
        while (!socket.destroyed && socket.write(chunk));
        if (!socket.destroyed) socket.once("drain", pump);
      };
      pump();
    });
    expect(result.response).toMatch(/^HTTP\/1\.1 302/);
    // Of the 1 GiB it announced, the server read about its 1 MiB limit (plus socket buffers).
    expect(result.sent).toBeLessThan(16 * 1024 * 1024);
  });

  it("closes the connection of a client trickling a body for longer than the time limit", async () => {
    const result = await postUntilClosed(10 * 1024 * 1024, (socket) => {
      const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write(Buffer.alloc(1024))), 50);
    });
    expect(result.response).toMatch(/^HTTP\/1\.1 302/);
    expect(result.ms).toBeGreaterThan(900);
    expect(result.ms).toBeLessThan(3_000);
  });

  it("keeps the connection when the rest of the body is within the limit", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const baseUrl = `http://127.0.0.1:${port}`;
    const answer = await send(agent, baseUrl, "POST", "/unread", {}, Buffer.alloc(900 * 1024, 97));
    const next = await send(agent, baseUrl, "GET", "/login");
    agent.destroy();
    expect(answer.status).toBe(302);
    expect(next.reusedSocket).toBe(true);
    expect(next.ms).toBeLessThan(5_000);
  });
});
