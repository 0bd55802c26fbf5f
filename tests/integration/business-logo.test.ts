import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { crc32 } from "node:zlib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGO_SIZES, MAX_LOGO_BYTES } from "#app/domain/business-logo";
import { readLogoFile, setBusinessLogo } from "#app/models/business-logo.server";
import { deleteBusiness } from "#app/models/businesses.server";
import { drainOutbox } from "#app/models/search-sync.server";
import { deleteAccount } from "#app/models/users.server";
import { prisma } from "#app/utils/db.server";
import { getEnv } from "#app/utils/env.server";
import { createDiskStorage } from "#app/utils/file-storage.server";
import { businessIndexName, ensureIndex } from "#search/index";
import { startTestApp, type TestClient } from "#tests/helpers/app";
import { ownerWithBusiness } from "#tests/helpers/partnership-pair";

/**
 * Logos through the real route (multipart upload as a browser sends it), the real database and
 * the disk storage under this file's UPLOADS_DIR (tests/setup/per-file.ts).
 */
let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  await ensureIndex(businessIndexName());
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const uploadsDir = () => path.resolve(getEnv().UPLOADS_DIR);
const logoFolder = (businessId: string) => path.join(uploadsDir(), "logos", businessId);
/** The logo folders (one per upload) on disk for a business. */
const storedKeys = (businessId: string) =>
  existsSync(logoFolder(businessId)) ? readdirSync(logoFolder(businessId)).sort() : [];

let owners = 0;
/** An owner of a plumbing business: a trade none of the businesses in "where logos show" is matched with. */
async function owner(name = `Logo Test ${++owners}`) {
  return ownerWithBusiness(app.client(), { name, category: "plumber" });
}

async function logoKeyOf(businessId: string) {
  return (await prisma.business.findUniqueOrThrow({ where: { id: businessId }, select: { logoKey: true } })).logoKey;
}

function upload(
  client: TestClient,
  businessId: string,
  file: { bytes: Buffer | string; name: string; type: string } | null,
  fields: Record<string, string> = {},
  query = "",
) {
  const form = new FormData();
  form.append("intent", "upload");
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  if (file) {
    const bytes = typeof file.bytes === "string" ? file.bytes : new Uint8Array(file.bytes);
    form.append("logo", new Blob([bytes], { type: file.type }), file.name);
  }
  return client.postMultipart(`/businesses/${businessId}/logo${query}`, form);
}

function removeLogo(client: TestClient, businessId: string) {
  const form = new FormData();
  form.append("intent", "remove");
  return client.postMultipart(`/businesses/${businessId}/logo`, form);
}

/** The message a refused upload shows next to the field (the page a browser without JavaScript gets). */
async function refusal(response: Response, status = 400) {
  expect(response.status).toBe(status);
  const html = await response.text();
  const message = /<p id="[^"]*-error" role="alert"[^>]*>([^<]*)<\/p>/.exec(html)?.[1];
  expect(message, html.slice(0, 300)).toBeDefined();
  return message!.replaceAll("&amp;", "&");
}

/** A 400 × 200 photo, left half red and right half blue, taken with the phone on its side (EXIF orientation 6), with GPS. */
async function phonePhoto() {
  const red = await sharp({ create: { width: 200, height: 200, channels: 3, background: "#ff0000" } })
    .png()
    .toBuffer();
  return sharp({ create: { width: 400, height: 200, channels: 3, background: "#0000ff" } })
    .composite([{ input: red, left: 0, top: 0 }])
    .jpeg()
    .withExif({
      IFD0: { ImageDescription: "Secret garden at 51.5074N", Make: "PhoneCo", Model: "Snap 9" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "51/1 30/1 2664/100",
        GPSLongitudeRef: "W",
        GPSLongitude: "0/1 7/1 40/1",
      },
    })
    .withMetadata({ orientation: 6 })
    .withIccProfile("p3")
    .toBuffer();
}

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#1f7a5a" } });

async function servedLogo(logoKey: string, px: number) {
  return fetch(`${app.baseUrl}/logos/${logoKey}/${px}.webp`);
}

/** A GET with the path sent exactly as written (fetch would resolve `..` first). */
function rawGet(url: string) {
  return new Promise<number>((resolve, reject) => {
    const { hostname, port } = new URL(app.baseUrl);
    const req = request({ hostname, port, path: url }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end();
  });
}

/** The multipart body a browser sends for this form, and its boundary. */
async function encodedForm(fields: Record<string, string>, file?: { bytes: Buffer; name: string; type: string }) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file) form.append("logo", new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const encoded = new Response(form);
  const boundary = /boundary=(.+)$/.exec(encoded.headers.get("Content-Type") ?? "")![1]!;
  return { body: Buffer.from(await encoded.arrayBuffer()), boundary };
}

/**
 * A post that sends its headers and `firstBytes` of the body, then nothing more: the answer comes
 * only if the route answers before reading the body. With `contentLength` it declares that many
 * bytes, without it the body is chunked (no length). The connection is closed after the answer.
 */
function postWithoutFinishing(
  client: TestClient,
  businessId: string,
  headers: Record<string, string>,
  firstBytes: Buffer,
  contentLength?: number,
) {
  return new Promise<{ status: number; text: string; ms: number }>((resolve, reject) => {
    const { hostname, port } = new URL(app.baseUrl);
    const started = Date.now();
    const req = request(
      {
        hostname,
        port,
        method: "POST",
        path: `/businesses/${businessId}/logo`,
        headers: {
          Cookie: client.cookieHeader,
          Origin: app.baseUrl,
          ...headers,
          ...(contentLength === undefined ? { "Transfer-Encoding": "chunked" } : { "Content-Length": contentLength }),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => {
          resolve({ status: res.statusCode ?? 0, text, ms: Date.now() - started });
          req.destroy();
        });
      },
    );
    req.on("error", reject);
    req.write(firstBytes);
  });
}

/** A PNG whose header declares `width` × `height` pixels (its pixel data is a small picture's). */
async function pngDeclaring(width: number, height: number) {
  const png = await solid(64, 64).png().toBuffer();
  // The IHDR chunk: length (4), "IHDR" (4), width (4), height (4), 5 more bytes, then its CRC.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe("uploading a logo", () => {
  it("stores a phone photo as upright square WebPs of 96 and 256 px, without its camera data", async () => {
    const { client, business } = await owner();
    const photo = await phonePhoto();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    expect(photo.includes("Secret garden")).toBe(true);

    const response = await upload(client, business.id, { bytes: photo, name: "IMG_0001.JPG", type: "image/jpeg" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/businesses/${business.id}/edit?saved=logo`);

    const logoKey = await logoKeyOf(business.id);
    expect(logoKey).toMatch(new RegExp(`^${business.id}/[a-f0-9]{16}$`));
    for (const px of Object.values(LOGO_SIZES)) {
      const served = await servedLogo(logoKey!, px);
      expect(served.status).toBe(200);
      const bytes = Buffer.from(await served.arrayBuffer());
      const metadata = await sharp(bytes).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual(["webp", px, px]);
      expect(metadata.exif).toBeUndefined();
      expect(metadata.icc).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      for (const text of ["Secret garden", "PhoneCo", "Snap 9", "Exif"]) expect(bytes.includes(text), text).toBe(false);
    }

    // Turned upright: the photo's left half (red) is now at the top, its right half (blue) below.
    const small = await servedLogo(logoKey!, LOGO_SIZES.card);
    const { data, info } = await sharp(Buffer.from(await small.arrayBuffer()))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
    const [topRed, , topBlue] = pixel(48, 8);
    const [bottomRed, , bottomBlue] = pixel(48, 88);
    expect(topRed).toBeGreaterThan(200);
    expect(topBlue).toBeLessThan(60);
    expect(bottomRed).toBeLessThan(60);
    expect(bottomBlue).toBeGreaterThan(200);
  });

  it("judges the file by its content: PNG bytes named .jpg are taken, a GIF or text named .png are not", async () => {
    const { client, business } = await owner();
    const png = await solid(300, 200).png().toBuffer();
    const accepted = await upload(client, business.id, { bytes: png, name: "logo.jpg", type: "image/jpeg" });
    expect(accepted.status).toBe(302);
    const logoKey = await logoKeyOf(business.id);
    expect(logoKey).not.toBeNull();
    expect(storedKeys(business.id)).toEqual([logoKey!.split("/")[1]]);

    const gif = await solid(64, 64).gif().toBuffer();
    const refused: [file: { bytes: Buffer | string; name: string; type: string }, message: RegExp][] = [
      [{ bytes: gif, name: "logo.png", type: "image/png" }, /GIF: upload a JPEG, PNG or WebP image/],
      [{ bytes: "just some words, honestly a png", name: "logo.png", type: "image/png" }, /text, not a picture/],
      [{ bytes: "<!doctype html><script>alert(1)</script>", name: "logo.png", type: "image/png" }, /web page/],
      [
        {
          bytes: '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"/>',
          name: "logo.png",
          type: "image/png",
        },
        /SVG/,
      ],
      // The right first bytes, the rest not a picture.
      [
        { bytes: Buffer.concat([png.subarray(0, 40), Buffer.alloc(400, 7)]), name: "logo.png", type: "image/png" },
        /not a readable JPEG, PNG or WebP image/,
      ],
    ];
    for (const [file, message] of refused) {
      expect(await refusal(await upload(client, business.id, file)), file.name).toMatch(message);
    }
    expect(await logoKeyOf(business.id)).toBe(logoKey);
    expect(storedKeys(business.id)).toEqual([logoKey!.split("/")[1]]);
  });

  it("refuses a file over 5 MB, a picture under 32 px a side and one over 40 megapixels, saying which", async () => {
    const { client, business } = await owner();
    const big = Buffer.concat([await solid(100, 100).jpeg().toBuffer(), Buffer.alloc(MAX_LOGO_BYTES, 1)]);
    expect(
      await refusal(await upload(client, business.id, { bytes: big, name: "big.jpg", type: "image/jpeg" }), 413),
    ).toBe("The file is larger than 5 MB: upload a picture of at most 5 MB");
    const tiny = await solid(20, 300).png().toBuffer();
    expect(await refusal(await upload(client, business.id, { bytes: tiny, name: "t.png", type: "image/png" }))).toBe(
      "The picture is 20 × 300 pixels: use one at least 32 pixels wide and high",
    );
    const huge = await solid(8000, 6000).jpeg({ quality: 10 }).toBuffer();
    expect(huge.byteLength).toBeLessThan(MAX_LOGO_BYTES);
    expect(
      await refusal(await upload(client, business.id, { bytes: huge, name: "h.jpg", type: "image/jpeg" })),
    ).toMatch(/8000 × 6000 pixels, more than 40 megapixels/);
    expect(await refusal(await upload(client, business.id, null))).toBe("Choose a picture to upload");
    expect(await logoKeyOf(business.id)).toBeNull();
    expect(storedKeys(business.id)).toEqual([]);
  });

  it("refuses a decompression bomb (a PNG declaring 20000 × 20000 pixels) from its header, saving nothing", async () => {
    const { client, business } = await owner();
    const bomb = await pngDeclaring(20_000, 20_000);
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ width: 20_000, height: 20_000 });
    expect(bomb.byteLength).toBeLessThan(2_000);
    const started = Date.now();
    const message = await refusal(await upload(client, business.id, { bytes: bomb, name: "b.png", type: "image/png" }));
    expect(message).toBe(
      "The picture is 20000 × 20000 pixels, more than 40 megapixels: make it smaller and upload it again",
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await logoKeyOf(business.id)).toBeNull();
    expect(storedKeys(business.id)).toEqual([]);
  });

  it("a picture that takes longer than the time limit is refused, saying so, with nothing stored", async () => {
    const { business } = await owner();
    // 40 megapixels, the most accepted, interlaced: the slowest kind of PNG to decode.
    const slow = await solid(6_300, 6_300).png({ progressive: true }).toBuffer();
    const started = Date.now();
    const refused = await setBusinessLogo(business.id, slow, { timeoutMs: 1 });
    expect(refused).toEqual({
      ok: false,
      message:
        "This picture takes too long to process: save it as a smaller JPEG or PNG (fewer pixels) and upload it again",
    });
    expect(Date.now() - started).toBeLessThan(100);
    expect(await logoKeyOf(business.id)).toBeNull();
    expect(storedKeys(business.id)).toEqual([]);
    // Within the real limit, the same picture is taken.
    expect(await setBusinessLogo(business.id, slow)).toMatchObject({ ok: true });
    expect(storedKeys(business.id)).toHaveLength(1);
  });

  it("takes a multipart type written in any case, with a quoted boundary", async () => {
    const { client, business } = await owner();
    const png = await solid(100, 100).png().toBuffer();
    const { body, boundary } = await encodedForm(
      { intent: "upload" },
      { bytes: png, name: "a.png", type: "image/png" },
    );
    for (const contentType of [
      `Multipart/Form-Data; Boundary="${boundary}"`,
      `MULTIPART/FORM-DATA;boundary=${boundary}`,
    ]) {
      const response = await fetch(`${app.baseUrl}/businesses/${business.id}/logo`, {
        method: "POST",
        headers: { Cookie: client.cookieHeader, Origin: app.baseUrl, "Content-Type": contentType },
        body: new Uint8Array(body),
        redirect: "manual",
      });
      expect(response.status, contentType).toBe(302);
      expect(response.headers.get("location")).toBe(`/businesses/${business.id}/edit?saved=logo`);
    }
    expect(await logoKeyOf(business.id)).not.toBeNull();
  });

  it("refuses a body declaring more than the limit at once, without reading it", async () => {
    const { client, business } = await owner();
    const { body, boundary } = await encodedForm({ intent: "upload" });
    const declared = 50 * 1024 * 1024;
    const answer = await postWithoutFinishing(
      client,
      business.id,
      { "Content-Type": `multipart/form-data; boundary=${boundary}` },
      body.subarray(0, 100),
      declared,
    );
    expect(answer.status).toBe(413);
    expect(answer.text).toContain("The file is larger than 5 MB: upload a picture of at most 5 MB");
    expect(answer.ms).toBeLessThan(5_000);
    // Not multipart: a form without a file has no need of more than a few kilobytes.
    const urlEncoded = await client.postBody(
      `/businesses/${business.id}/logo`,
      `intent=remove&redirectTo=${"x".repeat(20_000)}`,
      "application/x-www-form-urlencoded",
    );
    expect(urlEncoded.status).toBe(413);
    expect((await client.postBody(`/businesses/${business.id}/logo`, "intent=upload", "text/plain")).status).toBe(415);
  });

  it("without JavaScript, a refusal comes back as the page with the message and the form again", async () => {
    const { client, business } = await owner();
    const response = await upload(
      client,
      business.id,
      { bytes: "hello", name: "logo.png", type: "image/png" },
      {
        redirectTo: "/dashboard",
      },
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("This file is text, not a picture");
    expect(html).toMatch(/role="alert"/);
    expect(html).toContain('name="logo"');
    // The place to go back to after a success is kept.
    expect(html).toMatch(/name="redirectTo" value="\/dashboard"/);
  });

  it("replacing a logo serves the new one at a new address and deletes the old files", async () => {
    const { client, business } = await owner();
    await upload(client, business.id, {
      bytes: await solid(100, 100).png().toBuffer(),
      name: "a.png",
      type: "image/png",
    });
    const first = (await logoKeyOf(business.id))!;
    const again = await upload(
      client,
      business.id,
      { bytes: await solid(120, 120).webp().toBuffer(), name: "b.webp", type: "image/webp" },
      { redirectTo: `/b/${business.slug}` },
    );
    expect(again.headers.get("location")).toBe(`/b/${business.slug}?saved=logo`);
    const second = (await logoKeyOf(business.id))!;
    expect(second).not.toBe(first);
    expect(storedKeys(business.id)).toEqual([second.split("/")[1]]);
    expect((await servedLogo(first, 96)).status).toBe(404);
    expect((await servedLogo(second, 96)).status).toBe(200);
  });

  it("removing the logo clears it and its files; deleting the business removes any left", async () => {
    const { client, business } = await owner();
    await upload(client, business.id, {
      bytes: await solid(100, 100).png().toBuffer(),
      name: "a.png",
      type: "image/png",
    });
    const logoKey = (await logoKeyOf(business.id))!;
    const removed = await removeLogo(client, business.id);
    expect(removed.status).toBe(302);
    expect(removed.headers.get("location")).toBe(`/businesses/${business.id}/edit?saved=logo-removed`);
    expect(await logoKeyOf(business.id)).toBeNull();
    expect(storedKeys(business.id)).toEqual([]);
    expect((await servedLogo(logoKey, 256)).status).toBe(404);

    await upload(client, business.id, {
      bytes: await solid(100, 100).png().toBuffer(),
      name: "a.png",
      type: "image/png",
    });
    expect(storedKeys(business.id)).toHaveLength(1);
    await deleteBusiness(business.id);
    expect(existsSync(logoFolder(business.id))).toBe(false);
  });

  it("deleting the account removes its businesses' logo files", async () => {
    const { client, business, userId } = await owner();
    await upload(client, business.id, {
      bytes: await solid(100, 100).png().toBuffer(),
      name: "a.png",
      type: "image/png",
    });
    expect(storedKeys(business.id)).toHaveLength(1);
    await deleteAccount(userId);
    expect(existsSync(logoFolder(business.id))).toBe(false);
  });

  it("only the owner can change a business's logo; a redirect never leaves the site", async () => {
    const mine = await owner();
    const theirs = await owner();
    const png = await solid(100, 100).png().toBuffer();
    const stranger = await upload(theirs.client, mine.business.id, { bytes: png, name: "x.png", type: "image/png" });
    expect(stranger.status).toBe(403);
    expect((await removeLogo(theirs.client, mine.business.id)).status).toBe(403);
    const signedOut = await upload(app.client(), mine.business.id, { bytes: png, name: "x.png", type: "image/png" });
    expect(signedOut.status).toBe(302);
    expect(signedOut.headers.get("location")).toMatch(/^\/login\?/);
    expect(await logoKeyOf(mine.business.id)).toBeNull();
    expect(storedKeys(mine.business.id)).toEqual([]);

    const offsite = await upload(
      mine.client,
      mine.business.id,
      { bytes: png, name: "x.png", type: "image/png" },
      {
        redirectTo: "//evil.example/steal",
      },
    );
    expect(offsite.headers.get("location")).toBe(`/businesses/${mine.business.id}/edit?saved=logo`);
  });
});

describe("the hourly upload limit", () => {
  async function throttledOwner() {
    const throttled = await owner();
    await prisma.rateLimitBucket.create({
      data: { key: `logos:account:${throttled.userId}`, count: 30, resetAt: new Date(Date.now() + 20 * 60 * 1000) },
    });
    return throttled;
  }

  it("past 30 uploads an hour, an account is asked to wait", async () => {
    const { client, business } = await throttledOwner();
    const png = await solid(100, 100).png().toBuffer();
    const response = await upload(client, business.id, { bytes: png, name: "a.png", type: "image/png" });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await response.text()).toMatch(/uploaded 30 pictures in the last hour. Wait 20 minutes/);
    expect(await logoKeyOf(business.id)).toBeNull();
    // Removing is not an upload: it still works.
    expect((await removeLogo(client, business.id)).status).toBe(302);
  });

  it("is answered before the body is read: a throttled client sending megabytes gets its 429 at once", async () => {
    const { client, business } = await throttledOwner();
    const { boundary } = await encodedForm({});
    const start = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="intent"\r\n\r\nupload\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="logo"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n`,
    );
    const headers = { "Content-Type": `multipart/form-data; boundary=${boundary}` };
    // Declaring 4 MB (within the size limit), and with no length at all (chunked): only the start ever arrives.
    for (const contentLength of [4 * 1024 * 1024, undefined]) {
      const answer = await postWithoutFinishing(client, business.id, headers, start, contentLength);
      expect(answer.status, String(contentLength)).toBe(429);
      expect(answer.text).toMatch(/uploaded 30 pictures in the last hour. Wait 20 minutes/);
      expect(answer.ms).toBeLessThan(5_000);
    }
    expect(await logoKeyOf(business.id)).toBeNull();
  });

  it("counts every upload, refused ones too, and never a removal", async () => {
    const { client, business, userId } = await owner();
    const count = async () =>
      (await prisma.rateLimitBucket.findUnique({ where: { key: `logos:account:${userId}` } }))?.count ?? 0;
    // Counted before its body is read (it is larger than the form's text fields).
    const large = { bytes: "not a picture ".repeat(2_000), name: "a.png", type: "image/png" };
    expect(await refusal(await upload(client, business.id, large))).toMatch(/text, not a picture/);
    expect(await count()).toBe(1);
    // Counted once its body shows a file.
    expect(await refusal(await upload(client, business.id, { ...large, bytes: "tiny" }))).toMatch(/text/);
    expect(await count()).toBe(2);
    expect((await removeLogo(client, business.id)).status).toBe(302);
    expect(await count()).toBe(2);
  });
});

describe("an upload and a removal at the same time", () => {
  it("never leave the business pointing at a logo whose files are gone", async () => {
    const { client, business } = await owner();
    const png = await solid(120, 120).png().toBuffer();
    for (let round = 0; round < 6; round++) {
      const [uploaded, removed] = await Promise.all([
        upload(client, business.id, { bytes: png, name: "logo.png", type: "image/png" }),
        removeLogo(client, business.id),
      ]);
      expect(uploaded.status).toBeLessThan(400);
      expect(removed.status).toBeLessThan(400);
      const key = await logoKeyOf(business.id);
      if (key) expect((await servedLogo(key, LOGO_SIZES.card)).status).toBe(200);
      // Only the current logo's folder is left on disk.
      expect(storedKeys(business.id)).toEqual(key ? [key.split("/")[1]] : []);
    }
  });
});

describe("where logos show", () => {
  it("search results and suggestion cards show the logo, or the initials badge without one", async () => {
    const florist = await ownerWithBusiness(app.client(), { name: "Petalworks Logo Florist", category: "florist" });
    const photographer = await ownerWithBusiness(app.client(), {
      name: "Shutterlight Logo Studio",
      category: "wedding-photographer",
    });
    const png = await solid(100, 100).png().toBuffer();
    await upload(florist.client, florist.business.id, { bytes: png, name: "a.png", type: "image/png" });
    const logoKey = (await logoKeyOf(florist.business.id))!;
    await drainOutbox();

    const search = await (await photographer.client.get(`/search?q=${encodeURIComponent("Petalworks")}`)).text();
    expect(search).toContain(`src="/logos/${logoKey}/96.webp"`);

    const partners = await (await photographer.client.get(`/businesses/${photographer.business.id}/partners`)).text();
    expect(partners).toContain("Petalworks Logo Florist");
    expect(partners).toContain(`src="/logos/${logoKey}/96.webp"`);
    const mine = await (await florist.client.get(`/businesses/${florist.business.id}/partners`)).text();
    expect(mine).toContain("Shutterlight Logo Studio");
    expect(mine).toMatch(/<span aria-hidden="true"[^>]*>SL<\/span>/);
  });
});

describe("file storage on disk", () => {
  it("keeps files by key, refuses keys that could leave its folder, and deletes by whole folder", async () => {
    const root = path.join(uploadsDir(), "storage-test");
    const storage = createDiskStorage(root);
    const bytes = Buffer.from("RIFF....WEBP");
    await storage.put("logos/abc/1/96.webp", bytes, "image/webp");
    await storage.put("logos/abcd/1/96.webp", bytes, "image/webp");
    expect(await storage.get("logos/abc/1/96.webp")).toEqual({ bytes, contentType: "image/webp" });
    expect(await storage.get("logos/abc/2/96.webp")).toBeNull();
    expect(await storage.get("logos/abc/1")).toBeNull();
    for (const key of [
      "../outside.webp",
      "/etc/passwd",
      "logos/../../x.webp",
      "logos/./x.webp",
      "Logos/x.webp",
      "a//b.webp",
      "a/b.webp/",
      "a\\b.webp",
      "",
    ]) {
      await expect(storage.put(key, bytes, "image/webp"), key).rejects.toThrow(/Invalid file storage key/);
      await expect(storage.get(key), key).rejects.toThrow(/Invalid file storage key/);
      await expect(storage.deletePrefix(key), key).rejects.toThrow(/Invalid file storage key/);
    }
    await storage.deletePrefix("logos/abc");
    expect(await storage.get("logos/abc/1/96.webp")).toBeNull();
    expect(await storage.get("logos/abcd/1/96.webp")).not.toBeNull();
    await storage.deletePrefix("logos/nothing-here");
  });
});

describe("serving logos", () => {
  it("sends the WebP with a year's cache, nosniff, and 404 for any other path", async () => {
    const { client, business } = await owner();
    await upload(client, business.id, {
      bytes: await solid(100, 100).png().toBuffer(),
      name: "a.png",
      type: "image/png",
    });
    const logoKey = (await logoKeyOf(business.id))!;
    const served = await servedLogo(logoKey, 96);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(served.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");

    for (const url of [
      `/logos/${logoKey}/97.webp`,
      `/logos/${logoKey}/96.png`,
      `/logos/${logoKey.toUpperCase()}/96.webp`,
      `/logos/${business.id}/96.webp`,
      `/logos/${logoKey}/..%2f96.webp`,
      `/logos/${business.id}%2f..%2f${logoKey}/96.webp`,
      `/logos/..%2f..%2f${logoKey}/96.webp`,
      `/logos/%2e%2e/%2e%2e/package.json`,
      `/logos/${logoKey}/%2e%2e/%2e%2e/%2e%2e/96.webp`,
    ]) {
      expect(await rawGet(url), url).toBe(404);
    }
    const missing = await fetch(`${app.baseUrl}/logos/${logoKey}/97.webp`);
    expect(missing.headers.get("x-content-type-options")).toBe("nosniff");
    expect(missing.headers.get("content-type")).toMatch(/^text\/plain/);
  });

  it("serves only logo files from the uploads folder: no way out by .., encoded dots, slashes or absolute paths", async () => {
    const { client, business } = await owner();
    await upload(client, business.id, {
      bytes: await solid(100, 100).png().toBuffer(),
      name: "a.png",
      type: "image/png",
    });
    const logoKey = (await logoKeyOf(business.id))!;
    // A WebP-named file in the uploads folder but outside logos/, and one beside the uploads folder.
    const secret = await solid(96, 96).webp().toBuffer();
    mkdirSync(path.join(uploadsDir(), "private", "0123456789abcdef"), { recursive: true });
    writeFileSync(path.join(uploadsDir(), "private", "0123456789abcdef", "96.webp"), secret);
    writeFileSync(path.join(uploadsDir(), "..", "96.webp"), secret);
    const outside = path.basename(uploadsDir());
    for (const url of [
      `/logos/../private/0123456789abcdef/96.webp`,
      `/logos/..%2fprivate/0123456789abcdef/96.webp`,
      `/logos/%2e%2e/private/0123456789abcdef/96.webp`,
      `/logos/%2E%2E%2Fprivate%2F0123456789abcdef%2F96.webp`,
      `/logos/%252e%252e/private/0123456789abcdef/96.webp`,
      `/logos/..%5cprivate%5c0123456789abcdef%5c96.webp`,
      `/logos/../../${outside}/../96.webp`,
      `/logos/%2e%2e/%2e%2e/96.webp`,
      `/logos//etc/passwd`,
      `/logos/%2fetc%2fpasswd`,
      `/logos/${encodeURIComponent(path.join(uploadsDir(), "private", "0123456789abcdef", "96.webp"))}`,
      `/logos/${logoKey}/96.webp%00.png`,
      `/logos/${logoKey}/96.webp/..`,
    ]) {
      expect(await rawGet(url), url).toBe(404);
    }
    // Not even an address (an overlong UTF-8 dot does not decode).
    expect(await rawGet(`/logos/%c0%ae%c0%ae/private/0123456789abcdef/96.webp`)).toBe(400);
    // The model's own check, for any caller: only "<business>/<16 hex>/<size>.webp" below logos/.
    for (const below of [
      "../private/0123456789abcdef/96.webp",
      "/etc/passwd",
      path.join(uploadsDir(), "private", "0123456789abcdef", "96.webp"),
      `${logoKey}/../../${logoKey}/96.webp`,
      `${logoKey}/96.webp\0`,
    ]) {
      expect(await readLogoFile(below), below).toBeNull();
    }
    expect(await readLogoFile(`${logoKey}/96.webp`)).not.toBeNull();
    expect((await servedLogo(logoKey, 96)).status).toBe(200);
  });
});
