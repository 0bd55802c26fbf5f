import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "#server/app";

/**
 * The real app (Express + Remix through Vite, same middleware as `npm run dev`) on a random port,
 * against this test file's database and index.
 */
export async function startTestApp() {
  process.env.VITE_HMR = "false";
  const { app, close } = await createApp({ mode: "development" });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    client: () => new TestClient(baseUrl),
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await close();
    },
  };
}

/** A browser-like client: keeps cookies, sends Origin on posts, does not follow redirects. */
export class TestClient {
  private cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  get cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  sessionToken() {
    return this.cookies.get("mutualist_session");
  }

  async get(path: string, headers: Record<string, string> = {}) {
    return this.send(path, { method: "GET", headers });
  }

  async post(
    path: string,
    form: Record<string, string | string[]>,
    headers: Record<string, string> = { Origin: this.baseUrl },
  ) {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(form)) {
      for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
    }
    return this.send(path, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
      body,
    });
  }

  /** A post with any body and content type (what a script, not a browser, might send). */
  async postBody(
    path: string,
    body: string,
    contentType: string,
    headers: Record<string, string> = { Origin: this.baseUrl },
  ) {
    return this.send(path, { method: "POST", headers: { "Content-Type": contentType, ...headers }, body });
  }

  /** A multipart/form-data post (file uploads); fetch sets the boundary. */
  async postMultipart(path: string, form: FormData, headers: Record<string, string> = { Origin: this.baseUrl }) {
    return this.send(path, { method: "POST", headers, body: form });
  }

  private async send(path: string, init: RequestInit) {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("Cookie", this.cookieHeader);
    const response = await fetch(`${this.baseUrl}${path}`, { ...init, headers, redirect: "manual" });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const [name = "", ...rest] = pair.split("=");
      const value = rest.join("=");
      if (!value || /max-age=0/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
}
