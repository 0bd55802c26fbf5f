import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import { MAX_LOGO_BYTES, MAX_LOGO_MEGABYTES } from "#app/domain/business-logo";

/** Room for the form's other fields (intent, redirectTo, stay) and the multipart boundaries. */
const FORM_OVERHEAD_BYTES = 16 * 1024;
/** The most a logo form's body may hold in all. */
const MAX_BODY_BYTES = MAX_LOGO_BYTES + FORM_OVERHEAD_BYTES;

const TOO_LARGE = `The file is larger than ${MAX_LOGO_MEGABYTES} MB: upload a picture of at most ${MAX_LOGO_MEGABYTES} MB`;
const NOT_A_FORM = "Send this form as multipart/form-data";
const NOT_WHOLE = "The upload did not arrive whole: try again";

/** The text fields the form sends besides the file. */
const TEXT_FIELDS = new Set(["intent", "redirectTo", "stay"]);

export type LogoRequest =
  | { ok: true; mayCarryFile: boolean }
  | { ok: false; status: 413 | 415; message: string; redirectTo: null };

export type LogoForm =
  | {
      ok: true;
      intent: string;
      redirectTo: string | null;
      /** Sent by the form once JavaScript runs: answer with data, the page stays where it is. */
      stay: boolean;
      logo: Buffer | null;
    }
  | { ok: false; status: 400 | 413 | 415; message: string; redirectTo: null };

/**
 * What the headers say about a logo form, before a byte of its body is read. Refused: a body
 * declaring more than the form can hold (413), or neither multipart nor url-encoded (415).
 * `mayCarryFile` when it could hold a picture (multipart, and longer than the text fields or of
 * unknown length): the route counts those against the upload limit before reading them, so a
 * throttled client never has megabytes read. The remove button's form is always shorter.
 */
export function checkLogoRequest(request: Request): LogoRequest {
  const declared = declaredLength(request);
  const multipart = multipartBoundary(request.headers.get("Content-Type")) !== null;
  if (!multipart && !isUrlEncoded(request.headers.get("Content-Type"))) {
    return { ok: false, status: 415, message: NOT_A_FORM, redirectTo: null };
  }
  // Not read: the server discards the rest of the body after the response (server/unread-body.ts).
  const max = multipart ? MAX_BODY_BYTES : FORM_OVERHEAD_BYTES;
  if (declared !== null && declared > max) return { ok: false, status: 413, message: TOO_LARGE, redirectTo: null };
  return { ok: true, mayCarryFile: multipart && (declared === null || declared > FORM_OVERHEAD_BYTES) };
}

/**
 * The logo form (app/components/logo-form.tsx): `intent`, `redirectTo`, `stay` and the file field
 * `logo`, held in memory up to MAX_LOGO_BYTES. The file's name and declared type are ignored: the
 * model checks the bytes. A form without a file (the remove button) may come url-encoded, and is
 * then read up to a few kilobytes. Call checkLogoRequest first.
 */
export async function readLogoForm(request: Request): Promise<LogoForm> {
  const checked = checkLogoRequest(request);
  if (!checked.ok) return checked;
  const boundary = multipartBoundary(request.headers.get("Content-Type"));
  if (boundary === null) {
    const text = await readCapped(request.body, FORM_OVERHEAD_BYTES);
    if (text === "too-large") return { ok: false, status: 413, message: TOO_LARGE, redirectTo: null };
    if (text === "broken") return { ok: false, status: 400, message: NOT_WHOLE, redirectTo: null };
    const form = new URLSearchParams(text);
    return { ok: true, ...textFieldsOf((name) => form.get(name)), logo: null };
  }
  let form: FormData;
  try {
    // Remix's parser wants the type and `boundary=` in lower case, unquoted; the header's type
    // and parameter names may come in any case (RFC 9110), so it gets a request that says it so.
    form = await unstable_parseMultipartFormData(withContentType(request, boundary), logoUploadHandler());
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError)
      return { ok: false, status: 413, message: TOO_LARGE, redirectTo: null };
    return { ok: false, status: 400, message: NOT_WHOLE, redirectTo: null };
  }
  const file = form.get("logo");
  const logo = file instanceof File && file.size > 0 ? Buffer.from(await file.arrayBuffer()) : null;
  return { ok: true, ...textFieldsOf((name) => form.get(name)), logo };
}

function textFieldsOf(get: (name: string) => FormDataEntryValue | null) {
  const text = (name: string) => {
    const value = get(name);
    return typeof value === "string" ? value : null;
  };
  return { intent: text("intent") ?? "", redirectTo: text("redirectTo"), stay: text("stay") === "1" };
}

/** The Content-Length as a number, or null when there is none (a chunked body) or it is not one. */
function declaredLength(request: Request): number | null {
  const header = request.headers.get("Content-Length");
  if (header === null || !/^\s*\d+\s*$/.test(header)) return null;
  return Number(header);
}

/** The media type of a Content-Type header, lower-cased, without its parameters. */
function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

function isUrlEncoded(contentType: string | null): boolean {
  return mediaType(contentType) === "application/x-www-form-urlencoded";
}

/** RFC 2046's boundary characters, 1 to 70 of them, not ending in a space. */
const BOUNDARY = /^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/;

/**
 * The boundary of a `multipart/form-data` Content-Type, or null when it is another type or has no
 * usable boundary. The type and the parameter name are matched in any case
 * (`Multipart/Form-Data; Boundary=…`), and the boundary may be quoted.
 */
export function multipartBoundary(contentType: string | null): string | null {
  if (mediaType(contentType) !== "multipart/form-data") return null;
  for (const parameter of (contentType ?? "").split(";").slice(1)) {
    const equals = parameter.indexOf("=");
    if (equals < 0 || parameter.slice(0, equals).trim().toLowerCase() !== "boundary") continue;
    let value = parameter.slice(equals + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    return BOUNDARY.test(value) ? value : null;
  }
  return null;
}

/** The same request (its body not yet read) with the Content-Type written as Remix's parser expects it. */
function withContentType(request: Request, boundary: string): Request {
  const headers = new Headers(request.headers);
  headers.set("Content-Type", `multipart/form-data; boundary=${boundary}`);
  return new Request(request.url, {
    method: request.method,
    headers,
    body: request.body,
    signal: request.signal,
    duplex: "half",
  } as RequestInit);
}

/**
 * The body as text, or "too-large" past `maxBytes` (reading stops there; the server discards the
 * rest after the response) or "broken" when the stream fails (the client went away).
 */
async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<string | "too-large" | "broken"> {
  if (!body) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) return "too-large";
      chunks.push(value);
    }
  } catch {
    return "broken";
  } finally {
    // Not cancelled: that would destroy the connection before the answer is sent.
    reader.releaseLock();
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Keeps the first `logo` file and the small text fields in memory, skipping any other file, and
 * counts the bytes of every part: a chunked upload (no Content-Length) or many parts cannot go past
 * the limit in all.
 */
function logoUploadHandler(): UploadHandler {
  const memory = unstable_createMemoryUploadHandler({ maxPartSize: MAX_LOGO_BYTES });
  let total = 0;
  let haveFile = false;
  async function* counted(name: string, data: AsyncIterable<Uint8Array>) {
    for await (const chunk of data) {
      total += chunk.byteLength;
      if (total > MAX_BODY_BYTES) throw new MaxPartSizeExceededError(name, MAX_BODY_BYTES);
      yield chunk;
    }
  }
  return async (part) => {
    const isFile = typeof part.filename === "string";
    const wanted = isFile ? part.name === "logo" && !haveFile : TEXT_FIELDS.has(part.name);
    if (!wanted) {
      for await (const chunk of counted(part.name, part.data)) void chunk;
      return undefined;
    }
    if (isFile) haveFile = true;
    return memory({ ...part, data: counted(part.name, part.data) });
  };
}
