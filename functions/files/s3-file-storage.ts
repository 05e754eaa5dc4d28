import type { FileStorage } from '#context/file-storage.ts';
import { attachmentDisposition } from '#shared/files/content-disposition.ts';

/**
 * What every upload carries until the app has checked and recorded it; the bucket's lifecycle rule deletes objects
 * still tagged so after two days (`infra/file-bucket.ts`): a form filled in and never finished leaves nothing behind.
 */
export const UNCHECKED_UPLOAD_TAG = { key: 'upload', value: 'unchecked' } as const;
const uncheckedTagging = `<Tagging><TagSet><Tag><Key>${UNCHECKED_UPLOAD_TAG.key}</Key><Value>${UNCHECKED_UPLOAD_TAG.value}</Value></Tag></TagSet></Tagging>`;

export interface S3StorageConfig {
  bucket: string;
  region: string;
  /** Only against an S3-compatible server of its own (tests: s3rver), addressed by path. */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/**
 * The S3 client and what the storage uses of the SDK, loaded on the first file operation: the S3 client is about a
 * third of what the API function would otherwise evaluate at every cold start, and most requests touch no file.
 */
async function loadS3(config: S3StorageConfig) {
  const [sdk, { createPresignedPost }, { getSignedUrl }] = await Promise.all([
    import('@aws-sdk/client-s3'),
    import('@aws-sdk/s3-presigned-post'),
    import('@aws-sdk/s3-request-presigner'),
  ]);
  const client = new sdk.S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint, forcePathStyle: true } : {}),
    ...(config.credentials ? { credentials: config.credentials } : {}),
  });
  return { sdk, client, createPresignedPost, getSignedUrl };
}

/**
 * Files in a private S3 bucket. Uploads are presigned POSTs whose policy S3 enforces before it stores a byte: the
 * key, the one content type, 1 byte to the limit, the redirect back, and the expiry. Downloads are presigned GETs
 * that name the file and its type. The function role's credentials sign both, so a form or address can do no more
 * than the role may (`infra/file-bucket.ts`), on the app's prefixes only.
 */
export function s3FileStorage(config: S3StorageConfig): FileStorage {
  let loaded: ReturnType<typeof loadS3> | undefined;
  const s3 = () => {
    loaded ??= loadS3(config);
    return loaded;
  };
  const Bucket = config.bucket;
  const uploadOrigin = config.endpoint
    ? new URL(config.endpoint).origin
    : `https://${Bucket}.s3.${config.region}.amazonaws.com`;

  return {
    uploadOrigin,
    async uploadForm({ key, contentType, maxBytes, expiresInSeconds, returnTo }) {
      const { client, createPresignedPost } = await s3();
      const { url, fields } = await createPresignedPost(client, {
        Bucket,
        Key: key,
        Conditions: [
          ['content-length-range', 1, maxBytes],
          ['eq', '$Content-Type', contentType],
          ['eq', '$success_action_redirect', returnTo],
          ['eq', '$tagging', uncheckedTagging],
        ],
        Fields: { 'Content-Type': contentType, success_action_redirect: returnTo, tagging: uncheckedTagging },
        Expires: expiresInSeconds,
      });
      return { action: url, fields };
    },
    async inspect(key, firstBytes) {
      const { sdk, client } = await s3();
      const { HeadObjectCommand, GetObjectCommand, NotFound, NoSuchKey } = sdk;
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        const size = head.ContentLength ?? 0;
        const start =
          size === 0
            ? new Uint8Array()
            : await (
                await client.send(
                  new GetObjectCommand({ Bucket, Key: key, Range: `bytes=0-${firstBytes - 1}` }),
                )
              ).Body?.transformToByteArray();
        return { size, contentType: head.ContentType ?? '', firstBytes: start ?? new Uint8Array() };
      } catch (error) {
        if (error instanceof NotFound || error instanceof NoSuchKey) return undefined;
        throw error;
      }
    },
    async markChecked(key) {
      const { sdk, client } = await s3();
      await client.send(new sdk.PutObjectTaggingCommand({ Bucket, Key: key, Tagging: { TagSet: [] } }));
    },
    async downloadUrl({ key, fileName, contentType, expiresInSeconds }) {
      const { sdk, client, getSignedUrl } = await s3();
      return getSignedUrl(
        client,
        new sdk.GetObjectCommand({
          Bucket,
          Key: key,
          ResponseContentDisposition: attachmentDisposition(fileName),
          ResponseContentType: contentType,
        }),
        { expiresIn: expiresInSeconds },
      );
    },
    async put(key, bytes, contentType) {
      const { sdk, client } = await s3();
      await client.send(
        new sdk.PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentType: contentType }),
      );
    },
    async remove(key) {
      const { sdk, client } = await s3();
      await client.send(new sdk.DeleteObjectCommand({ Bucket, Key: key }));
    },
    async removeAll(prefix) {
      const { sdk, client } = await s3();
      const { ListObjectsV2Command, DeleteObjectsCommand } = sdk;
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }),
        );
        const keys = (page.Contents ?? []).flatMap(({ Key }) => (Key ? [{ Key }] : []));
        if (keys.length > 0)
          await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: keys, Quiet: true } }));
        ContinuationToken = page.NextContinuationToken;
      } while (ContinuationToken);
    },
  };
}
