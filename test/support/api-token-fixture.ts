import type { TestPlatform } from './test-platform.ts';

type Admin = { post(path: string, fields?: Record<string, string>): Response | Promise<Response> };

/** Makes a token as an admin does, on the settings page, and reads its secret from the one answer that shows it. */
export async function makeApiToken(
  admin: Admin,
  name: string,
  role: 'read' | 'read-write',
  validDays = '',
): Promise<string> {
  const page = await admin.post('/organiser/settings/api-tokens', { name, role, validDays });
  const secret = (await page.text()).match(/>(tp_[A-Za-z0-9_-]+)</)?.[1];
  if (page.status !== 200 || !secret) throw new Error(`making the token ${name} failed with ${page.status}`);
  return secret;
}

/** Requests to the API with a bearer token, JSON bodies and an optional Idempotency-Key. */
export function asIntegration(platform: TestPlatform, token: string) {
  const headers = { authorization: `Bearer ${token}` };
  const send = (method: string, path: string, body?: unknown, idempotencyKey?: string) =>
    platform.app.request(`/api/v1${path}`, {
      method: method.toUpperCase(),
      headers: {
        ...headers,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    send,
    get: (path: string) => send('get', path),
    post: (path: string, body?: unknown, idempotencyKey?: string) => send('post', path, body, idempotencyKey),
    patch: (path: string, body?: unknown, idempotencyKey?: string) =>
      send('patch', path, body, idempotencyKey),
    delete: (path: string, idempotencyKey?: string) => send('delete', path, undefined, idempotencyKey),
  };
}
