import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "./env.server";

/**
 * Where uploaded files live (business logos: app/models/business-logo.server.ts). Keys are
 * slash-separated paths such as `logos/<businessId>/<random>/96.webp`; callers never see a file
 * system path, so another implementation can take this one's place (docs/decisions/032).
 */
export interface FileStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** null when there is no file under that key. */
  get(key: string): Promise<{ bytes: Buffer; contentType: string } | null>;
  /** Removes every file whose key starts with `prefix/` (and `prefix` itself); nothing there is fine. */
  deletePrefix(prefix: string): Promise<void>;
}

/** Lower-case letters, digits, `.`, `_`, `-` in segments separated by single slashes; no `.` or `..` segment. */
const KEY_PATTERN = /^[a-z0-9._-]+(?:\/[a-z0-9._-]+)*$/;

export function isValidStorageKey(key: string): boolean {
  return key.length <= 300 && KEY_PATTERN.test(key) && !key.split("/").some((part) => part === "." || part === "..");
}

function checkKey(key: string): string {
  if (!isValidStorageKey(key)) throw new Error(`Invalid file storage key: ${JSON.stringify(key)}`);
  return key;
}

/** Content types this app stores, by file ending: the disk keeps only the bytes. */
const CONTENT_TYPES: Record<string, string> = { ".webp": "image/webp" };

/**
 * Files on the local disk under `root`, and never outside it. A file is written to a temporary
 * name and renamed, so a reader never sees half a file. Fine for one app server; with several,
 * each would see only its own uploads.
 */
export function createDiskStorage(root: string): FileStorage {
  const base = path.resolve(root);
  const fileOf = (key: string) => {
    const file = path.resolve(base, ...checkKey(key).split("/"));
    // The key check already keeps a key inside; this says so for the file system itself.
    if (!file.startsWith(base + path.sep)) throw new Error(`Invalid file storage key: ${JSON.stringify(key)}`);
    return file;
  };
  return {
    async put(key, bytes, contentType) {
      const file = fileOf(key);
      const expected = CONTENT_TYPES[path.extname(file)];
      if (expected !== contentType) throw new Error(`Cannot store ${contentType} as ${key}`);
      await mkdir(path.dirname(file), { recursive: true });
      const partial = `${file}.${process.pid}.${Date.now()}.partial`;
      await writeFile(partial, bytes);
      await rename(partial, file);
    },
    async get(key) {
      const file = fileOf(key);
      const contentType = CONTENT_TYPES[path.extname(file)];
      if (!contentType) return null;
      try {
        return { bytes: await readFile(file), contentType };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") return null;
        throw error;
      }
    },
    async deletePrefix(prefix) {
      // Retries when a file lands in the folder while it is being removed (ENOTEMPTY).
      await rm(fileOf(prefix), { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

let storage: { root: string; files: FileStorage } | undefined;

/**
 * The one place that picks the storage. Local disk under UPLOADS_DIR today. With several app
 * servers, an object store (S3, R2, GCS: put/get/delete-by-prefix map onto PutObject, GetObject
 * and ListObjects + DeleteObjects) would be chosen here from its own environment variables, and
 * nothing else would change.
 */
export function getFileStorage(): FileStorage {
  const root = path.resolve(getEnv().UPLOADS_DIR);
  if (storage?.root !== root) storage = { root, files: createDiskStorage(root) };
  return storage.files;
}
