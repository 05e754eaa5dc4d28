import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { FileStorage } from '#context/file-storage.ts';
import { attachmentDisposition } from '#shared/files/content-disposition.ts';

/** What an upload form promises, signed: the local server takes a file only as its form said. */
export interface UploadPolicy {
  key: string;
  contentType: string;
  maxBytes: number;
  returnTo: string;
  /** Epoch milliseconds on the platform's clock. */
  expiresAt: number;
}

/** The storage with what its server needs to check forms and addresses, and to read and write the folder. */
export interface LocalFileStorage extends FileStorage {
  readonly directory: string;
  clock(): Date;
  /** The form's policy if its signature is ours; whether it still holds is for the server to say. */
  policyOf(policy: string, signature: string): UploadPolicy | undefined;
  /** Whether a download address was signed by us for exactly these parts. */
  signedDownload(parts: DownloadParts, signature: string): boolean;
  pathOf(key: string): string;
  write(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  read(key: string): Promise<{ bytes: Uint8Array; contentType: string } | undefined>;
}

export interface DownloadParts {
  key: string;
  expires: string;
  disposition: string;
  type: string;
}

const downloadText = ({ key, expires, disposition, type }: DownloadParts) =>
  ['download', key, expires, disposition, type].join('\n');

/**
 * Files in a folder under .data/, behind the same interface as the S3 bucket and with the same rules: forms signed
 * with a key drawn at start (HMAC-SHA-256), holding the key, the content type, the size limit, the way back and the
 * expiry, which `local-file-server.ts` enforces as S3 enforces a POST policy; downloads only through signed,
 * expiring addresses. Its clock is the platform's, so a test that moves the clock moves expiry with it.
 */
export function localFileStorage(options: {
  directory: string;
  /** Where its server listens, e.g. http://127.0.0.1:4569. */
  baseUrl: string;
  clock: () => Date;
}): LocalFileStorage {
  const key = randomBytes(32);
  const sign = (text: string) => createHmac('sha256', key).update(text).digest('base64url');
  const same = (a: string, b: string) =>
    a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
  const root = resolve(options.directory);
  const pathOf = (objectKey: string) => {
    const path = resolve(root, objectKey);
    if (!path.startsWith(`${root}${sep}`)) throw new Error(`not a key of this storage: ${objectKey}`);
    return path;
  };
  const typePathOf = (objectKey: string) => `${pathOf(objectKey)}.content-type`;
  const write = async (objectKey: string, bytes: Uint8Array, contentType: string) => {
    await mkdir(dirname(pathOf(objectKey)), { recursive: true });
    await writeFile(pathOf(objectKey), bytes);
    await writeFile(typePathOf(objectKey), contentType);
  };
  const read = async (objectKey: string) => {
    try {
      return {
        bytes: new Uint8Array(await readFile(pathOf(objectKey))),
        contentType: await readFile(typePathOf(objectKey), 'utf8'),
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  };
  const remove = async (objectKey: string) => {
    await rm(pathOf(objectKey), { force: true });
    await rm(typePathOf(objectKey), { force: true });
  };

  return {
    directory: root,
    clock: options.clock,
    uploadOrigin: new URL(options.baseUrl).origin,
    async uploadForm({ key: objectKey, contentType, maxBytes, expiresInSeconds, returnTo }) {
      const policy: UploadPolicy = {
        key: objectKey,
        contentType,
        maxBytes,
        returnTo,
        expiresAt: options.clock().getTime() + expiresInSeconds * 1000,
      };
      const encoded = Buffer.from(JSON.stringify(policy)).toString('base64url');
      return {
        action: `${options.baseUrl}/`,
        fields: {
          key: objectKey,
          'Content-Type': contentType,
          success_action_redirect: returnTo,
          policy: encoded,
          signature: sign(encoded),
        },
      };
    },
    policyOf(policy, signature) {
      if (!same(sign(policy), signature)) return undefined;
      return JSON.parse(Buffer.from(policy, 'base64url').toString('utf8')) as UploadPolicy;
    },
    signedDownload: (parts, signature) => same(sign(downloadText(parts)), signature),
    async inspect(objectKey, firstBytes) {
      try {
        const { size } = await stat(pathOf(objectKey));
        const stored = await read(objectKey);
        if (!stored) return undefined;
        return { size, contentType: stored.contentType, firstBytes: stored.bytes.slice(0, firstBytes) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    // The folder has no sweep of abandoned uploads to pass by: `npm run reset` empties it.
    async markChecked() {},
    async downloadUrl({ key: objectKey, fileName, contentType, expiresInSeconds }) {
      const parts: DownloadParts = {
        key: objectKey,
        expires: String(options.clock().getTime() + expiresInSeconds * 1000),
        disposition: attachmentDisposition(fileName),
        type: contentType,
      };
      const query = new URLSearchParams({
        expires: parts.expires,
        disposition: parts.disposition,
        type: parts.type,
        signature: sign(downloadText(parts)),
      });
      return `${options.baseUrl}/files/${objectKey.split('/').map(encodeURIComponent).join('/')}?${query}`;
    },
    put: write,
    remove,
    async removeAll(prefix) {
      // Our prefixes are folders (`documents/<event>/`); anything else would be a key of its own.
      if (prefix.endsWith('/')) await rm(join(root, prefix), { recursive: true, force: true });
      else await remove(prefix);
    },
    pathOf,
    write,
    read,
  };
}
