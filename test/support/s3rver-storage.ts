import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { afterAll } from 'vitest';
import type { FileStorage } from '#context/file-storage.ts';
import { s3FileStorage } from '#files/s3-file-storage.ts';
import { freePort } from '#local/free-port.ts';

export const S3RVER_BUCKET = 'traffpunkt-files';

/**
 * The S3 storage against s3rver, a real S3 protocol server on the loopback, with a bucket of its own, closed after
 * the file. s3rver checks presigned GETs' expiry but does not enforce POST policies (lib/controllers/object.js: the
 * `policy` field is "unimplemented"), so against it the app's own check after arrival is what refuses a bad file.
 */
export async function s3rverStorage(): Promise<FileStorage> {
  const directory = await mkdtemp(join(tmpdir(), 's3rver-'));
  const port = await freePort();
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory,
    configureBuckets: [{ name: S3RVER_BUCKET, configs: [] }],
  });
  await server.run();
  afterAll(async () => {
    await server.close();
    await rm(directory, { recursive: true, force: true });
  });
  return s3FileStorage({
    bucket: S3RVER_BUCKET,
    region: 'eu-north-1',
    endpoint: `http://127.0.0.1:${port}`,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
}
