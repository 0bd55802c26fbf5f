import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { NonceContext } from "#app/components/nonce";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Set by server/app.ts in production: the nonce its Content-Security-Policy allows. */
    cspNonce?: string;
  }
}

/** How long streamed data may take before the render gives up (single fetch). */
export const streamTimeout = 5_000;

/**
 * Remix's usual Node entry (crawlers get the whole page at once, browsers the shell first), plus the
 * CSP nonce on every inline script React and Remix write.
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || remixContext.isSpaMode;
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const ready = () => {
      shellRendered = true;
      const body = new PassThrough();
      responseHeaders.set("Content-Type", "text/html");
      resolve(
        new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }),
      );
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        ...(waitForAll ? {} : { onShellReady: ready }),
        // The whole page is written: the give-up timer is not needed (one less live timer per request).
        onAllReady() {
          clearTimeout(giveUp);
          if (waitForAll) ready();
        },
        onShellError(error: unknown) {
          clearTimeout(giveUp);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors before the shell reject above; later ones would otherwise go unseen.
          if (shellRendered) console.error(error);
        },
      },
    );
    // React starts rendering on a later tick, so the callbacks above never run before this line.
    const giveUp = setTimeout(abort, streamTimeout + 1000);
  });
}
