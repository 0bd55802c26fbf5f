import { existsSync, readdirSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGO_SIZES, MAX_LOGO_BYTES } from "#app/domain/business-logo";
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
async function owner(name = `Logo Test ${++owners}`) {
  return ownerWithBusiness(app.client(), { name, category: "florist" });
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
async function refusal(response: Response) {
  expect(response.status).toBe(400);
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
    expect(await refusal(await upload(client, business.id, { bytes: big, name: "big.jpg", type: "image/jpeg" }))).toBe(
      "The file is larger than 5 MB: upload a picture of at most 5 MB",
    );
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

it("past 30 uploads an hour, an account is asked to wait", async () => {
  const { client, business, userId } = await owner();
  await prisma.rateLimitBucket.create({
    data: { key: `logos:account:${userId}`, count: 30, resetAt: new Date(Date.now() + 20 * 60 * 1000) },
  });
  const png = await solid(100, 100).png().toBuffer();
  const response = await upload(client, business.id, { bytes: png, name: "a.png", type: "image/png" });
  expect(response.status).toBe(429);
  expect(await response.text()).toMatch(/uploaded 30 pictures in the last hour. Wait 20 minutes/);
  expect(await logoKeyOf(business.id)).toBeNull();
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
  });
});
