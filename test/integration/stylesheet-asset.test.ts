import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';
import { STYLESHEET } from '#web/styles.ts';

let platform: TestPlatform;

afterAll(() => platform.stop());

beforeAll(async () => {
  platform = await createTestPlatform('2026-11-22T10:00:00Z');
});

async function linkedStylesheet(): Promise<string> {
  const html = await (await platform.app.request('/')).text();
  const href = html.match(/<link rel="stylesheet" href="([^"]+)"/)?.[1];
  if (!href) throw new Error('the start page links no stylesheet');
  return href;
}

describe('the stylesheet', () => {
  it('is linked under a name that carries a hash of its content', async () => {
    expect(await linkedStylesheet()).toMatch(/^\/assets\/styles\.[0-9a-f]{12}\.css$/);
  });

  it('is served by the app under that name, to be kept for a year', async () => {
    const response = await platform.app.request(await linkedStylesheet());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe(STYLESHEET);
  });

  it('is no longer served under its old, unhashed name', async () => {
    expect((await platform.app.request('/assets/styles.css')).status).toBe(404);
  });
});
