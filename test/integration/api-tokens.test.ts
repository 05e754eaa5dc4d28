import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashSecret } from '#security/secret-token.ts';
import { asIntegration, makeApiToken } from '#test/support/api-token-fixture.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { tableItems } from '#test/support/table-snapshot.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
afterAll(() => platform.stop());

let admin: ReturnType<typeof asOrganiser>;
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  await putTrygghetsdag(platform.table, 'token-conference', { capacity: 10, coOrganiserIds: [] });
  admin = asOrganiser(platform, await signedInOrganiser(platform, 'admin@skr.se', 'skr', 'admin'));
});

const auditOf = async (action: string) =>
  (await tableItems(platform.table)).filter((item) => item.PK === 'AUDIT#skr' && item.action === action);

describe('an organisation API token', () => {
  let secret: string;

  it('is made by an admin and shown once, in the answer that makes it', async () => {
    const made = await admin.post('/organiser/settings/api-tokens', {
      name: 'Intranätet',
      role: 'read-write',
      validDays: '',
    });
    const html = await made.text();
    expect(made.status).toBe(200);
    expect(html).toContain('Nyckeln Intranätet är skapad.');
    expect(html).toContain('Den visas bara den här gången');
    secret = html.match(/>(tp_[A-Za-z0-9_-]{43})</)?.[1] ?? '';
    expect(secret).not.toBe('');
    const again = await (await admin.get('/organiser/settings/api-tokens')).text();
    expect(again).toContain('Intranätet');
    expect(again).toContain('Läsa och ändra');
    expect(again).toContain('Organisationen har 1 aktiv nyckel.');
    expect(again).toContain('<a href="/organiser/settings">Tillbaka till inställningarna</a>');
    expect(again).not.toContain(secret);
  });

  it('is stored only as its hash: a scan of the table finds it nowhere in clear', async () => {
    const items = JSON.stringify(await tableItems(platform.table));
    expect(items).not.toContain(secret);
    expect(items).not.toContain(secret.slice(3));
    expect(items).toContain(hashSecret(secret));
  });

  it('lets a request through with Authorization: Bearer, and records the last use', async () => {
    const answer = await asIntegration(platform, secret).get('/organisation/events');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const listed = await (await admin.get('/organiser/settings/api-tokens')).text();
    expect(listed).not.toContain('Aldrig');
    expect(listed).toContain('datetime="2026-11-22T10:00:00.000Z"');
  });

  it('refuses a request without a valid token with a 401 problem in English', async () => {
    for (const authorization of [
      undefined,
      'Bearer tp_not-a-real-token-at-all-0000000000',
      `Basic ${secret}`,
    ]) {
      const answer = await platform.app.request('/api/v1/organisation/events', {
        headers: authorization ? { authorization } : {},
      });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer realm="traffpunkt"/);
      expect(await answer.json()).toMatchObject({
        type: '/api/v1/docs#problem-unauthenticated',
        title: 'A valid API token is required',
        status: 401,
      });
    }
  });

  it('refuses a change with a read token as a 403 problem, and changes nothing', async () => {
    const reader = await makeApiToken(admin, 'Diariet', 'read');
    const api = asIntegration(platform, reader);
    expect((await api.get('/organisation/events/token-conference')).status).toBe(200);
    const before = (await tableItems(platform.table)).filter((item) => item.type !== 'api-token').length;
    const answer = await api.post('/organisation/events/token-conference/cancel');
    expect(answer.status).toBe(403);
    expect(await answer.json()).toMatchObject({ title: 'The token may not do this', status: 403 });
    expect((await tableItems(platform.table)).filter((item) => item.type !== 'api-token').length).toBe(
      before,
    );
    expect(await (await admin.get('/organiser/settings/api-tokens')).text()).toContain(
      'Organisationen har 2 aktiva nycklar.',
    );
  });

  it('writes in the audit trail that it was made and what it changed, naming the token', async () => {
    const created = (await auditOf('api-token-created')).find(
      (entry) => (entry.target as { label: string }).label === 'Intranätet',
    );
    expect(created).toMatchObject({
      actor: { email: 'admin@skr.se' },
      target: { kind: 'api-token', label: 'Intranätet' },
      detail: 'role=read-write, expiresAt=',
    });
    expect(JSON.stringify(created)).not.toContain(hashSecret(secret));
    const cancelled = await asIntegration(platform, secret).post(
      '/organisation/events/token-conference/cancel',
    );
    expect(cancelled.status).toBe(200);
    const [entry] = await auditOf('event-cancelled');
    expect(entry?.actor).toMatchObject({ name: 'API: Intranätet', organisationId: 'skr' });
  });

  it('stops working at once when an admin revokes it', async () => {
    const page = await (await admin.get('/organiser/settings/api-tokens')).text();
    const tokenId = page.match(
      /api-tokens\/([0-9a-f-]{36})\/revoke"><button[^>]*>Återkalla<span class="visually-hidden"> Intranätet</,
    )?.[1];
    const revoked = await admin.post(`/organiser/settings/api-tokens/${tokenId}/revoke`);
    expect(await revoked.text()).toContain('är återkallad och fungerar inte längre');
    expect((await asIntegration(platform, secret).get('/organisation/events')).status).toBe(401);
    expect(await auditOf('api-token-revoked')).toHaveLength(1);
    expect(JSON.stringify(await tableItems(platform.table))).not.toContain(hashSecret(secret));
  });

  it('stops working after its expiry', async () => {
    const shortLived = await makeApiToken(admin, 'Tillfällig', 'read', '2');
    const api = asIntegration(platform, shortLived);
    expect((await api.get('/organisation/events')).status).toBe(200);
    expect(await (await admin.get('/organiser/settings/api-tokens')).text()).toContain('om 2 dagar');
    platform.setNow('2026-11-24T10:00:01Z');
    expect((await api.get('/organisation/events')).status).toBe(401);
    platform.setNow(NOW);
  });

  it('is never written to a log, made or used', async () => {
    const logged: unknown[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args) => void logged.push(args)),
    );
    const logging = await makeApiToken(admin, 'Loggtest', 'read-write');
    await asIntegration(platform, logging).get('/organisation/events');
    await asIntegration(platform, logging).post('/organisation/events', { kind: 'conference' });
    for (const spy of spies) spy.mockRestore();
    expect(JSON.stringify(logged)).not.toContain(logging.slice(3));
  });
});

describe('the API tokens page', () => {
  it('is for admins only', async () => {
    const editor = asOrganiser(platform, await signedInOrganiser(platform, 'editor@skr.se', 'skr', 'editor'));
    expect((await editor.get('/organiser/settings/api-tokens')).status).toBe(403);
    expect((await editor.post('/organiser/settings/api-tokens', { name: 'x', role: 'read' })).status).toBe(
      403,
    );
  });

  it('refuses a token without a name, or valid for too long, in the reader’s language', async () => {
    const answer = await admin.post('/organiser/settings/api-tokens?lang=en', {
      name: '',
      role: 'read',
      validDays: '9999',
    });
    expect(answer.status).toBe(422);
    const html = await answer.text();
    expect(html).toContain('The token was not created.');
    expect(html).toContain('Please enter a whole number of days between 1 and 730');
    expect(html).not.toContain('tp_');
  });
});

describe('the API’s rate limit', () => {
  it('answers a token past its 300 requests a minute with 429 and Retry-After, and the next minute again', async () => {
    const busy = asIntegration(platform, await makeApiToken(admin, 'Nattsynk', 'read'));
    platform.setNow('2026-11-22T11:00:00Z');
    const statuses = await Promise.all(Array.from({ length: 301 }, () => busy.get('/organisation/events')));
    expect(statuses.filter((answer) => answer.status === 200)).toHaveLength(300);
    const refused = statuses.find((answer) => answer.status === 429);
    expect(refused?.headers.get('retry-after')).toBe('60');
    expect(await refused?.json()).toMatchObject({ type: '/api/v1/docs#problem-rate-limited', status: 429 });
    platform.setNow('2026-11-22T11:01:00Z');
    expect((await busy.get('/organisation/events')).status).toBe(200);
    platform.setNow(NOW);
  });
});
