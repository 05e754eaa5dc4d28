import type { Hono } from 'hono';

/** Posts a form as a browser on our own pages does: url-encoded, with our Origin. */
export function postForm(
  app: Hono,
  path: string,
  fields: Record<string, string>,
  origin = 'http://localhost',
) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    body: new URLSearchParams(fields).toString(),
  });
}
