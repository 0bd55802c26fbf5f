import { randomBytes } from "node:crypto";
import sharp, { type Metadata } from "sharp";
import { LOGO_SIZES, MAX_LOGO_BYTES, MAX_LOGO_MEGABYTES } from "#app/domain/business-logo";
import { prisma } from "#app/utils/db.server";
import { getFileStorage, isValidStorageKey } from "#app/utils/file-storage.server";
import { enqueueSearchSync } from "./search-outbox.server";

/** Larger pictures take too much memory to decode (a phone photo is 12–50 megapixels). */
export const MAX_LOGO_PIXELS = 40_000_000;
/** Smaller than this on a side, a logo is a blur even on a card. */
export const MIN_LOGO_SIDE = 32;
/**
 * The longest the checks and both files of one upload may take; past it the upload is refused
 * rather than waited for. A 40-megapixel interlaced PNG, the slowest accepted, takes about a
 * second here (docs/decisions/032-business-logos.md).
 */
export const LOGO_PROCESSING_SECONDS = 10;
const WEBP_QUALITY = 82;

export type LogoResult = { ok: true; logoKey: string } | { ok: false; message: string };

export interface LogoOptions {
  /** The time limit in milliseconds (default LOGO_PROCESSING_SECONDS); tests make it short. */
  timeoutMs?: number;
}

type AcceptedFormat = "jpeg" | "png" | "webp";

const NOT_READABLE = "This file is not a readable JPEG, PNG or WebP image";
const TOO_SLOW =
  "This picture takes too long to process: save it as a smaller JPEG or PNG (fewer pixels) and upload it again";

/** What the first bytes say the file is: one of the accepted formats, or words for a refusal. */
function sniff(bytes: Buffer): { format: AcceptedFormat } | { refusal: string } {
  const ascii = (start: number, end: number) => bytes.subarray(start, end).toString("latin1");
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { format: "jpeg" };
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return { format: "png" };
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return { format: "webp" };
  const accept = "upload a JPEG, PNG or WebP image instead";
  if (ascii(0, 4) === "GIF8") return { refusal: `This file is a GIF: ${accept}` };
  const start = bytes
    .subarray(0, 512)
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg/.test(start) || start.includes("<svg"))
    return { refusal: `This file is an SVG drawing: ${accept}` };
  if (start.startsWith("<")) return { refusal: `This file is a web page, not a picture: ${accept}` };
  if (!bytes.subarray(0, 512).includes(0)) return { refusal: `This file is text, not a picture: ${accept}` };
  return { refusal: `This file is not a JPEG, PNG or WebP image: ${accept}` };
}

/** The upload checked by its content (never its name or declared type), or why it is refused. */
async function checkLogo(bytes: Buffer): Promise<{ ok: true } | { ok: false; message: string }> {
  if (bytes.byteLength === 0) return { ok: false, message: "The file is empty: choose a picture to upload" };
  if (bytes.byteLength > MAX_LOGO_BYTES) {
    const size = (bytes.byteLength / 1024 / 1024).toFixed(1);
    return { ok: false, message: `The file is ${size} MB: upload a picture of at most ${MAX_LOGO_MEGABYTES} MB` };
  }
  const sniffed = sniff(bytes);
  if ("refusal" in sniffed) return { ok: false, message: sniffed.refusal };
  let metadata: Metadata;
  try {
    // The pixel limit is checked below with the picture's own numbers in the message.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, message: NOT_READABLE };
  }
  if (metadata.format !== sniffed.format) return { ok: false, message: NOT_READABLE };
  const { width, height } = metadata;
  if (!width || !height) return { ok: false, message: NOT_READABLE };
  if (width * height > MAX_LOGO_PIXELS) {
    return {
      ok: false,
      message: `The picture is ${width} × ${height} pixels, more than ${MAX_LOGO_PIXELS / 1_000_000} megapixels: make it smaller and upload it again`,
    };
  }
  if (Math.min(width, height) < MIN_LOGO_SIDE) {
    return {
      ok: false,
      message: `The picture is ${width} × ${height} pixels: use one at least ${MIN_LOGO_SIDE} pixels wide and high`,
    };
  }
  return { ok: true };
}

/**
 * One square WebP per LOGO_SIZES entry: turned upright by its EXIF orientation, cropped to a
 * square around the centre (logos are drawn centred), re-encoded. Sharp writes no metadata unless
 * asked (`withMetadata`), so the camera's EXIF (location, device) and ICC comments are left behind.
 * Each decode refuses more than MAX_LOGO_PIXELS whatever the header claimed, and is stopped by
 * sharp's own timeout once the time left until `deadline` has run out.
 */
async function renderLogo(
  bytes: Buffer,
  deadline: number,
): Promise<{ ok: true; files: Map<number, Buffer> } | { ok: false; message: string }> {
  try {
    const files = new Map<number, Buffer>();
    for (const px of Object.values(LOGO_SIZES)) {
      const seconds = Math.max(1, Math.ceil((deadline - Date.now()) / 1000));
      const webp = await sharp(bytes, { limitInputPixels: MAX_LOGO_PIXELS, failOn: "error" })
        .timeout({ seconds })
        .rotate()
        .resize(px, px, { fit: "cover", position: "centre" })
        .webp({ quality: WEBP_QUALITY })
        .toBuffer();
      files.set(px, webp);
    }
    return { ok: true, files };
  } catch (error) {
    const timedOut = error instanceof Error && /timeout/i.test(error.message);
    return { ok: false, message: timedOut ? TOO_SLOW : NOT_READABLE };
  }
}

/** The checks, then the files, or why the upload is refused. */
async function processLogo(bytes: Buffer, deadline: number) {
  const checked = await checkLogo(bytes);
  if (!checked.ok) return checked;
  return renderLogo(bytes, deadline);
}

/**
 * `work`'s answer, or "timeout" once `ms` have passed. Sharp's timeout does not count the time a
 * job waits for one of its threads (busy with other uploads), so this clock is the one the owner
 * sees; the work left running is stopped by sharp's timeout soon after.
 */
async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Storage folder of one logo: its files are `<folder>/<px>.webp` (the URL path, see logoUrl()). */
function logoFolder(logoKey: string) {
  return `logos/${logoKey}`;
}

/**
 * Checks and stores a new logo for the business, then points the business at it and deletes the
 * previous one. Refused, with nothing stored, when the checks and files take longer than the time
 * limit (LogoOptions). A new random key every time, so the old URLs never show the new picture
 * from a cache. If the process stops between the database write and the deletion, the old files
 * stay on disk unreferenced (docs/decisions/032-business-logos.md).
 */
export async function setBusinessLogo(
  businessId: string,
  bytes: Buffer,
  options: LogoOptions = {},
): Promise<LogoResult> {
  const timeoutMs = options.timeoutMs ?? LOGO_PROCESSING_SECONDS * 1000;
  const processed = await withDeadline(processLogo(bytes, Date.now() + timeoutMs), timeoutMs);
  if (processed === "timeout") return { ok: false, message: TOO_SLOW };
  if (!processed.ok) return processed;
  const { files } = processed;

  const logoKey = `${businessId}/${randomBytes(8).toString("hex")}`;
  if (!isValidStorageKey(logoFolder(logoKey))) throw new Error(`Unexpected business id ${businessId}`);
  const storage = getFileStorage();
  for (const [px, webp] of files) await storage.put(`${logoFolder(logoKey)}/${px}.webp`, webp, "image/webp");

  const previous = await swapLogoKey(businessId, logoKey);
  if (previous === undefined) {
    await storage.deletePrefix(logoFolder(logoKey));
    return { ok: false, message: "This business no longer exists" };
  }
  if (previous) await storage.deletePrefix(logoFolder(previous));
  return { ok: true, logoKey };
}

/**
 * Back to the initials badge: the business stops pointing at its logo, then that logo's files go
 * (only those: an upload running at the same time has written its own folder and keeps it).
 */
export async function removeBusinessLogo(businessId: string): Promise<void> {
  const previous = await swapLogoKey(businessId, null);
  if (previous) await getFileStorage().deletePrefix(logoFolder(previous));
}

/**
 * Points the business at `next` and answers the key it replaced (undefined: no such business). A
 * compare-and-set, so of two uploads or an upload and a removal at once, each replaced key is
 * answered to exactly one caller, which deletes its files; no key is left pointing at nothing.
 */
async function swapLogoKey(businessId: string, next: string | null): Promise<string | null | undefined> {
  for (;;) {
    const row = await prisma.business.findUnique({ where: { id: businessId }, select: { logoKey: true } });
    if (!row) return undefined;
    // The cards of suggestions show the logo from the index: it is told in the same transaction.
    const swapped = await prisma.$transaction(async (tx) => {
      const { count } = await tx.business.updateMany({
        where: { id: businessId, logoKey: row.logoKey },
        data: { logoKey: next },
      });
      if (count === 1) await enqueueSearchSync(tx, [businessId]);
      return count === 1;
    });
    if (swapped) return row.logoKey;
  }
}

/** Every logo file of a business, current and any left behind (after the business is deleted, say). */
export async function deleteBusinessLogoFiles(businessId: string): Promise<void> {
  const folder = `logos/${businessId}`;
  if (!isValidStorageKey(folder)) return;
  await getFileStorage().deletePrefix(folder);
}

/** A stored logo file by its URL path below /logos/ ("<businessId>/<random>/<px>.webp"), or null. */
export async function readLogoFile(pathBelowLogos: string): Promise<Buffer | null> {
  const sizes = Object.values(LOGO_SIZES).join("|");
  if (!new RegExp(`^[a-z0-9_-]+/[a-f0-9]{16}/(?:${sizes})\\.webp$`).test(pathBelowLogos)) return null;
  const file = await getFileStorage().get(`logos/${pathBelowLogos}`);
  return file && file.contentType === "image/webp" ? file.bytes : null;
}
