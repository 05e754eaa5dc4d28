import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#http/app.tsx';
import { RATE_LIMITS } from '#http/rate-limit-rules.ts';
import { MAX_BODY_BYTES } from '#http/request-guards.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  await putTrygghetsdag(platform.table, 'guarded');
});

/** What API Gateway hands the app beside the request: the client's address as it saw the connection. */
const fromAddress = (sourceIp: string) => ({ requestContext: { http: { sourceIp } } });

function postFrom(
  app: { request: TestPlatform['app']['request'] },
  sourceIp: string,
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return app.request(
    path,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost',
        ...headers,
      },
      body: new URLSearchParams(fields).toString(),
    },
    fromAddress(sourceIp),
  );
}

describe('rate limits', () => {
  it('count one client across Lambda instances, then answer 429 with Retry-After until the window ends', async () => {
    // Two instances of the app over one table, as two warm Lambdas are.
    const instances = [
      platform.app,
      createApp({
        table: platform.table,
        clock: () => new Date(NOW),
        publicBaseUrl: 'http://traffpunkt.test',
        linkSecret: platform.context.linkSecret,
      }),
    ];
    const { limit, windowSeconds } = RATE_LIMITS.publicForm;
    const statuses: number[] = [];
    for (let n = 0; n < limit; n += 1) {
      const instance = instances[n % 2] ?? platform.app;
      statuses.push(
        (await postFrom(instance, '203.0.113.5', '/events/guarded/sign-up', { name: '' })).status,
      );
    }
    expect(statuses.every((status) => status === 422)).toBe(true);

    const refused = await postFrom(platform.app, '203.0.113.5', '/events/guarded/sign-up', { name: '' });
    expect(refused.status).toBe(429);
    const secondsLeft = windowSeconds - ((Date.parse(NOW) / 1000) % windowSeconds);
    expect(refused.headers.get('retry-after')).toBe(String(secondsLeft));
    expect(await refused.text()).toContain('För många försök');

    expect(
      (await postFrom(platform.app, '203.0.113.6', '/events/guarded/sign-up', { name: '' })).status,
    ).toBe(422);
    platform.setNow(new Date(Date.parse(NOW) + secondsLeft * 1000).toISOString());
    expect(
      (await postFrom(platform.app, '203.0.113.5', '/events/guarded/sign-up', { name: '' })).status,
    ).toBe(422);
    platform.setNow(NOW);
  });

  it('refuse before the route runs: a refused sign-up stores nothing', async () => {
    for (let n = 0; n < RATE_LIMITS.publicForm.limit; n += 1)
      await postFrom(platform.app, '203.0.113.7', '/events/guarded/apply', {});
    const refused = await postFrom(platform.app, '203.0.113.7', '/events/guarded/sign-up', {
      name: 'Sofie Ahlholm',
      email: 'sofie@norrtalje.se',
      organisation: 'Norrtälje kommun',
      organisationKind: 'kommun',
      role: 'strateg',
    });
    expect(refused.status).toBe(429);
    expect(await listRegistrations(platform.table, 'guarded')).toEqual([]);
  });

  it('count organiser sign-in per address too, whatever client asks, in the language asked for', async () => {
    const { limit } = RATE_LIMITS.signInAddress;
    for (let n = 0; n < limit; n += 1) {
      const answer = await postFrom(platform.app, `198.51.100.${n + 1}`, '/organiser/sign-in', {
        email: 'konferens@skr.se',
      });
      expect(answer.status).toBe(200);
    }
    const refused = await postFrom(platform.app, '198.51.100.200', '/organiser/sign-in?lang=en', {
      email: ' Konferens@SKR.se ',
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toContain('Too many attempts');
    const other = await postFrom(platform.app, '198.51.100.200', '/organiser/sign-in', {
      email: 'annan@skr.se',
    });
    expect(other.status).toBe(200);
  });

  it('do not count the machine itself (the local server, its tests and load runs over loopback)', async () => {
    for (let n = 0; n <= RATE_LIMITS.signIn.limit; n += 1)
      expect((await postFrom(platform.app, '127.0.0.1', '/organiser/sign-in', { email: '' })).status).toBe(
        200,
      );
  });
});

describe('size and shape', () => {
  it('refuses a body above the limit with 413 in words, before anything is read', async () => {
    const response = await postFrom(platform.app, '203.0.113.20', '/events/guarded/sign-up', {
      name: 'x'.repeat(MAX_BODY_BYTES),
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('Det du skickade är för stort');
  });

  it('refuses a post that is no form (JSON, broken multipart) with 400, not a 500', async () => {
    const json = await postFrom(
      platform.app,
      '203.0.113.21',
      '/events/guarded/sign-up',
      {},
      {
        'content-type': 'application/json',
      },
    );
    expect(json.status).toBe(400);
    expect(await json.text()).toContain('Formuläret kunde inte läsas');
    const multipart = await postFrom(
      platform.app,
      '203.0.113.21',
      '/organiser/sign-in',
      { a: 'b' },
      {
        'content-type': 'multipart/form-data; boundary=nothing-like-it',
      },
    );
    expect(multipart.status).toBe(400);
  });

  it('answers 404 for a path segment longer than any id, which DynamoDB would refuse as a key', async () => {
    expect((await platform.app.request(`/events/${'e'.repeat(5000)}`)).status).toBe(404);
    expect((await platform.app.request(`/api/v1/events/${'e'.repeat(5000)}`)).status).toBe(404);
    expect(
      (await platform.app.request(`/events/guarded/slots/${'s'.repeat(1500)}/calendar.ics`)).status,
    ).toBe(404);
  });
});

describe('security headers', () => {
  it('forbid inline script and style, framing and plugins, and keep referrers at home', async () => {
    const response = await platform.app.request('/events/guarded');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('send HSTS where the platform is served over https, and not on a local http address', async () => {
    expect(
      (await platform.app.request('/events/guarded')).headers.get('strict-transport-security'),
    ).toBeNull();
    const deployed = createApp({
      table: platform.table,
      clock: () => new Date(NOW),
      publicBaseUrl: 'https://traffpunkt.se',
      linkSecret: platform.context.linkSecret,
    });
    expect((await deployed.request('/events/guarded')).headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });

  it('hold on pages: no inline script, no style attribute, no event handler attribute', async () => {
    for (const path of [
      '/',
      '/events/guarded',
      '/events/guarded/sign-up',
      '/organiser/sign-in',
      '/accessibility',
    ]) {
      const html = await (await platform.app.request(path)).text();
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(html, path).not.toMatch(/\sstyle=/i);
      expect(html, path).not.toMatch(/\son[a-z]+=/i);
    }
  });
});
