import http from "node:http";
import https from "node:https";
import { MeilisearchApiError } from "meilisearch";

/**
 * The Meilisearch client's transport: node:http with keep-alive. With the client's default fetch,
 * a search whose answer is over ~1.5 KB took ~45 ms more than Meilisearch's own 4 ms here; over
 * a kept-alive connection it took 4.4 ms (docs/decisions/008-meilisearch-keep-alive.md).
 */
const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: 64 }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

export function keepAliveHttpClient(
  input: Parameters<typeof fetch>[0],
  init: Parameters<typeof fetch>[1] = {},
): Promise<unknown> {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, key) => {
    headers[key] = value;
  });
  const body = typeof init.body === "string" ? init.body : undefined;
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      url,
      {
        method: init.method ?? "GET",
        headers,
        agent: agents[url.protocol === "https:" ? "https:" : "http:"],
        signal: init.signal ?? undefined,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let parsed: unknown;
          try {
            parsed = text === "" ? undefined : JSON.parse(text);
          } catch (error) {
            return reject(error);
          }
          const status = response.statusCode ?? 0;
          if (status >= 400) {
            const apiResponse = new Response(text, { status, statusText: response.statusMessage ?? "" });
            return reject(
              new MeilisearchApiError(apiResponse, parsed as ConstructorParameters<typeof MeilisearchApiError>[1]),
            );
          }
          resolve(parsed);
        });
      },
    );
    request.on("error", reject);
    if (body !== undefined) request.write(body);
    request.end();
  });
}
