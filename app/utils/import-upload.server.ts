import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import { formatFromFileName, type ImportFormat } from "#app/domain/import-format";
import { cleanText } from "#app/domain/text";

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Lines per file: a chamber's member list fits many times over; a flood of rows does not. */
export const MAX_IMPORT_LINES = 25_000;
export const IMPORT_ACCEPT = ".csv,.jsonl,.ndjson,.json";

export type ImportUpload =
  | { ok: true; fileName: string; format: ImportFormat; text: string }
  | { ok: false; message: string };

/**
 * Reads the member list from a multipart upload (field "file"), held in memory up to
 * MAX_IMPORT_BYTES. Every way it can be wrong gets a message the page shows with a 400.
 */
export async function readImportUpload(request: Request): Promise<ImportUpload> {
  const limitMb = Math.round(MAX_IMPORT_BYTES / 1024 / 1024);
  const declared = Number(request.headers.get("Content-Length") ?? 0);
  // Not read and not cancelled: the server discards the rest of the body after the response, so
  // the browser gets this message rather than a reset connection.
  if (declared > MAX_IMPORT_BYTES + 64 * 1024) {
    return { ok: false, message: `The file is larger than ${limitMb} MB: split it into smaller files` };
  }
  let formData: FormData;
  try {
    formData = await unstable_parseMultipartFormData(request, fileOnlyUploadHandler());
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) {
      return { ok: false, message: `The file is larger than ${limitMb} MB: split it into smaller files` };
    }
    return { ok: false, message: "Choose a file to upload" };
  }
  const file = formData.get("file");
  if (!(file instanceof File) || !file.name) return { ok: false, message: "Choose a CSV or JSON Lines file to upload" };
  const format = formatFromFileName(file.name);
  if (!format) return { ok: false, message: "Upload a .csv, .jsonl, .ndjson or .json file" };
  const text = decodeText(new Uint8Array(await file.arrayBuffer()));
  if (text === null) {
    return {
      ok: false,
      message:
        "The file is not saved as UTF-8 text, so accented letters would come out wrong. In Excel choose “CSV UTF-8 (Comma delimited)”; Google Sheets and Numbers export CSV as UTF-8 already",
    };
  }
  if (!text.trim()) return { ok: false, message: "The file is empty" };
  const lines = text.split("\n").length;
  if (lines > MAX_IMPORT_LINES + 1) {
    return {
      ok: false,
      message: `The file has ${lines.toLocaleString("en")} lines: upload at most ${MAX_IMPORT_LINES.toLocaleString("en")} rows at a time`,
    };
  }
  if (text.includes("\u0000"))
    return { ok: false, message: "This is not a text file: export the list as CSV or JSON Lines" };
  // The name is shown on the imports page: no control characters (app/domain/text.ts).
  return { ok: true, fileName: cleanText(file.name).trim() || "upload", format, text };
}

/**
 * The file's text: UTF-16 when it starts with a UTF-16 byte-order mark (Excel's "Unicode text"),
 * else UTF-8. Null when it is not valid UTF-8 (a Windows-1252 CSV, say): decoding it anyway would
 * publish "Caf� Bl�te".
 */
function decodeText(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Keeps the first "file" part in memory and skips every other part, counting the bytes of all of
 * them: a chunked upload (no Content-Length) or many parts cannot go past MAX_IMPORT_BYTES in all.
 */
function fileOnlyUploadHandler(): UploadHandler {
  const memory = unstable_createMemoryUploadHandler({ maxPartSize: MAX_IMPORT_BYTES });
  let total = 0;
  let haveFile = false;
  async function* counted(name: string, data: AsyncIterable<Uint8Array>) {
    for await (const chunk of data) {
      total += chunk.byteLength;
      if (total > MAX_IMPORT_BYTES) throw new MaxPartSizeExceededError(name, MAX_IMPORT_BYTES);
      yield chunk;
    }
  }
  return async (part) => {
    if (part.name !== "file" || haveFile) {
      for await (const chunk of counted(part.name, part.data)) void chunk;
      return undefined;
    }
    haveFile = true;
    return memory({ ...part, data: counted(part.name, part.data) });
  };
}
