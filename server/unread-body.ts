import type { IncomingMessage } from "node:http";
import type { RequestHandler } from "express";

/**
 * A request answered before its body was read (a redirect to log in, a CSRF refusal, a file the
 * app rejects part-way) leaves the rest of the body on the connection. Node drains such a body
 * only when nothing ever touched it; once a reader had started and stopped (Remix's request
 * stream), the socket stays paused and the next request on that keep-alive connection waits
 * until a timeout (about 65 s). After every response this reads and discards what is left, up to
 * `maxBytes` and for at most `maxMs`; a client still sending after that loses the connection
 * instead (docs/decisions/018-dev-server-and-connections.md).
 */
export interface UnreadBodyLimits {
  /** The most bytes discarded after a response before the connection is closed. */
  maxBytes: number;
  /** The longest time spent discarding after a response before the connection is closed. */
  maxMs: number;
}

export function discardUnreadBodies(limits: UnreadBodyLimits): RequestHandler {
  return (req, res, next) => {
    if (hasBody(req)) {
      // Before Node's own 'finish' handler, which would otherwise discard the body without a limit.
      res.prependOnceListener("finish", () => discardRest(req, limits));
    }
    next();
  };
}

function hasBody(req: IncomingMessage): boolean {
  if (req.headers["transfer-encoding"] !== undefined) return true;
  const length = req.headers["content-length"];
  return length !== undefined && length !== "0";
}

function discardRest(req: IncomingMessage, limits: UnreadBodyLimits) {
  // The whole body has arrived (read or not): the connection is ready for the next request.
  if (req.complete || req.destroyed) return;
  const socket = req.socket;
  let discarded = 0;
  const cleanUp = () => {
    clearTimeout(timer);
    req.off("data", onData);
    req.off("end", cleanUp);
    req.off("close", cleanUp);
  };
  const close = () => {
    cleanUp();
    socket.destroy();
  };
  const onData = (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > limits.maxBytes) close();
  };
  const timer = setTimeout(close, limits.maxMs);
  timer.unref();
  // The reader that stopped (if any) has had its answer sent: nothing wants these bytes now.
  req.removeAllListeners("data");
  req.on("data", onData);
  req.once("end", cleanUp);
  req.once("close", cleanUp);
  req.resume();
}
