import { once } from 'node:events';
import { serve } from '@hono/node-server';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_FILE_BYTES } from '#shared/files/file-kinds.ts';
import type { LocalFileStorage } from './local-file-storage.ts';

/** Room for the form's other fields and the multipart boundaries around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/** A refusal worded as S3 words it, so the app meets the same answers from both storages. */
const s3Error = (c: Context, status: 400 | 403 | 404, code: string, message: string) =>
  c.body(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
    status,
    { 'Content-Type': 'application/xml' },
  );

/**
 * The local storage's own server, on a port of its own as S3 is another origin: it takes a file only as its signed
 * form allows (the key, the content type, the size, before the form expires) and gives one only to a signed address
 * that has not expired. Nothing in the folder is reachable otherwise.
 */
export function localFileApp(storage: LocalFileStorage): Hono {
  const app = new Hono();

  app.post(
    '/',
    bodyLimit({
      maxSize: MAX_FILE_BYTES + FORM_OVERHEAD_BYTES,
      onError: (c) =>
        s3Error(c, 400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size'),
    }),
    async (c) => {
      const form = await c.req.formData();
      const field = (name: string) => String(form.get(name) ?? '');
      const policy = storage.policyOf(field('policy'), field('signature'));
      if (!policy)
        return s3Error(c, 403, 'AccessDenied', 'Invalid according to Policy: Policy Condition failed');
      if (storage.clock().getTime() > policy.expiresAt)
        return s3Error(c, 403, 'AccessDenied', 'Invalid according to Policy: Policy expired.');
      const asSigned =
        field('key') === policy.key &&
        field('Content-Type') === policy.contentType &&
        field('success_action_redirect') === policy.returnTo;
      if (!asSigned)
        return s3Error(c, 403, 'AccessDenied', 'Invalid according to Policy: Policy Condition failed');
      const file = form.get('file');
      if (!(file instanceof File))
        return s3Error(c, 400, 'InvalidArgument', 'POST requires exactly one file upload per request.');
      if (file.size > policy.maxBytes)
        return s3Error(c, 400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
      if (file.size < 1)
        return s3Error(
          c,
          400,
          'EntityTooSmall',
          'Your proposed upload is smaller than the minimum allowed size',
        );
      await storage.write(policy.key, new Uint8Array(await file.arrayBuffer()), policy.contentType);
      const back = new URL(policy.returnTo);
      back.searchParams.set('key', policy.key);
      return c.redirect(back.href, 303);
    },
  );

  app.get('/files/*', async (c) => {
    const key = decodeURIComponent(c.req.path.slice('/files/'.length));
    const parts = {
      key,
      expires: c.req.query('expires') ?? '',
      disposition: c.req.query('disposition') ?? '',
      type: c.req.query('type') ?? '',
    };
    if (!storage.signedDownload(parts, c.req.query('signature') ?? ''))
      return s3Error(c, 403, 'AccessDenied', 'Access Denied');
    if (storage.clock().getTime() > Number(parts.expires))
      return s3Error(c, 403, 'AccessDenied', 'Request has expired');
    const stored = await storage.read(key);
    if (!stored) return s3Error(c, 404, 'NoSuchKey', 'The specified key does not exist.');
    return c.body(new Uint8Array(stored.bytes), 200, {
      'Content-Type': parts.type,
      'Content-Disposition': parts.disposition,
      'Cache-Control': 'private, no-store',
    });
  });
  return app;
}

/** Serves the storage on `port` of the loopback address until `stop`. */
export async function serveLocalFiles(storage: LocalFileStorage, port: number): Promise<() => Promise<void>> {
  const server = serve({ fetch: localFileApp(storage).fetch, hostname: '127.0.0.1', port });
  await once(server, 'listening');
  return () => new Promise((done) => server.close(() => done()));
}
