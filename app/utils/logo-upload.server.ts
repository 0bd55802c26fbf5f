import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import { MAX_LOGO_BYTES, MAX_LOGO_MEGABYTES } from "#app/domain/business-logo";

/** Room for the form's other fields (intent, redirectTo) and the multipart boundaries. */
const FORM_OVERHEAD_BYTES = 16 * 1024;

const TOO_LARGE = `The file is larger than ${MAX_LOGO_MEGABYTES} MB: upload a picture of at most ${MAX_LOGO_MEGABYTES} MB`;

export type LogoForm =
  | { ok: true; intent: string; redirectTo: string | null; logo: Buffer | null }
  | { ok: false; message: string; redirectTo: null };

/**
 * The logo form (app/components/logo-form.tsx): `intent`, `redirectTo` and the file field `logo`,
 * held in memory up to MAX_LOGO_BYTES. The file's name and declared type are ignored: the model
 * checks the bytes. A form without a file (the remove button) may come url-encoded.
 */
export async function readLogoForm(request: Request): Promise<LogoForm> {
  const contentType = request.headers.get("Content-Type") ?? "";
  if (!contentType.startsWith("multipart/form-data")) {
    const form = await request.formData().catch(() => null);
    if (!form) return { ok: false, message: "Send this form as multipart/form-data", redirectTo: null };
    return { ok: true, intent: String(form.get("intent") ?? ""), redirectTo: textOf(form, "redirectTo"), logo: null };
  }
  // Not read: the server discards the rest of the body after the response (as import-upload.server.ts).
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_LOGO_BYTES + FORM_OVERHEAD_BYTES) {
    return { ok: false, message: TOO_LARGE, redirectTo: null };
  }
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(request, logoUploadHandler());
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { ok: false, message: TOO_LARGE, redirectTo: null };
    return { ok: false, message: "The upload did not arrive whole: try again", redirectTo: null };
  }
  const file = form.get("logo");
  const logo = file instanceof File && file.size > 0 ? Buffer.from(await file.arrayBuffer()) : null;
  return { ok: true, intent: String(form.get("intent") ?? ""), redirectTo: textOf(form, "redirectTo"), logo };
}

function textOf(form: FormData, name: string): string | null {
  const value = form.get(name);
  return typeof value === "string" ? value : null;
}

/**
 * Keeps the first `logo` file and the small text fields in memory, skipping any other file, and
 * counts the bytes of every part: a chunked upload (no Content-Length) or many parts cannot go past
 * the limit in all.
 */
function logoUploadHandler(): UploadHandler {
  const limit = MAX_LOGO_BYTES + FORM_OVERHEAD_BYTES;
  const memory = unstable_createMemoryUploadHandler({ maxPartSize: MAX_LOGO_BYTES });
  let total = 0;
  let haveFile = false;
  async function* counted(name: string, data: AsyncIterable<Uint8Array>) {
    for await (const chunk of data) {
      total += chunk.byteLength;
      if (total > limit) throw new MaxPartSizeExceededError(name, limit);
      yield chunk;
    }
  }
  return async (part) => {
    const isFile = typeof part.filename === "string";
    const wanted = isFile ? part.name === "logo" && !haveFile : part.name === "intent" || part.name === "redirectTo";
    if (!wanted) {
      for await (const chunk of counted(part.name, part.data)) void chunk;
      return undefined;
    }
    if (isFile) haveFile = true;
    return memory({ ...part, data: counted(part.name, part.data) });
  };
}
