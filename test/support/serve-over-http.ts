import { once } from 'node:events';
import { serve } from '@hono/node-server';
import { afterAll } from 'vitest';
import { freePort } from '#local/free-port.ts';
import { createTestPlatform, type TestPlatform } from './test-platform.ts';

/**
 * Serves the platform over real HTTP for a browser, closed after the file; returns its address on `localhost`, which
 * browsers treat as a secure origin (the organiser cookie is `__Host-`). Call it at the file's top level: vitest
 * drops an afterAll registered inside beforeAll.
 */
export async function serveOverHttp(platform: TestPlatform, port?: number): Promise<string> {
  const listenOn = port ?? (await freePort());
  const server = serve({ fetch: platform.app.fetch, hostname: '127.0.0.1', port: listenOn });
  await once(server, 'listening');
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  return `http://localhost:${listenOn}`;
}

/**
 * A test platform whose public address is where it is served, so the links in its mail (sign-in, manage, group
 * pages) open it in the browser as they would for a real recipient.
 */
export async function servedTestPlatform(now: string): Promise<{ platform: TestPlatform; baseUrl: string }> {
  const port = await freePort();
  const platform = await createTestPlatform(now, `http://localhost:${port}`);
  afterAll(() => platform.stop());
  return { platform, baseUrl: await serveOverHttp(platform, port) };
}
