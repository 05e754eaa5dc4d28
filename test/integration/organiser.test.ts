import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashEmail } from '#security/secret-token.ts';
import { putOrganiser } from '#store/transactions/organiser-accounts.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { signInAsOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
let skr: string;
afterAll(() => platform.stop());

const person = (name: string, email: string, extra: Record<string, string> = {}) => ({
  name,
  email,
  organisation: 'Umeå kommun',
  organisationKind: 'kommun',
  role: 'brotts- och drogförebyggare',
  ...extra,
});

beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  // In a hall, not digital: only an event where people meet asks about diets.
  await putTrygghetsdag(platform.table, 'admin-conference', {
    capacity: 2,
    venue: { kind: 'place', name: 'Kulturhuset', city: 'Norrtälje' },
  });
  await putOrganiser(platform.table, hashEmail('konferens@skr.se'), {
    email: 'konferens@skr.se',
    name: 'Konferens SKR',
    organisationId: 'skr',
    role: 'admin',
  });
  // A minute apart, so the lists (in order of sign-up) are in a known order.
  for (const [minute, [name, email, diet]] of [
    ['Kerstin Rörsch', 'kerstin@umea.se', 'Vegetarisk'],
    ['Seth Åberg', 'seth@umea.se', 'vegetarisk '],
    ['Anna Glas', 'anna@norrtalje.se', ''],
    ['Oliver Berger', 'oliver@urban.se', 'laktosfri'],
  ].entries()) {
    platform.setNow(`2026-11-22T10:0${minute}:00Z`);
    await postForm(
      platform.app,
      '/events/admin-conference/sign-up',
      person(name ?? '', email ?? '', { diet: diet ?? '' }),
    );
  }
  platform.setNow(NOW);
  await platform.deliverOutbox();
  skr = await signInAsOrganiser(platform, 'konferens@skr.se');
});

const get = (path: string, cookie: string) => platform.app.request(path, { headers: { cookie } });
const post = (path: string, cookie: string) =>
  platform.app.request(path, { method: 'POST', headers: { cookie, origin: 'http://localhost' } });

describe('organiser sign-in', () => {
  it('answers the same for an unknown address and sends it nothing', async () => {
    const known = await (
      await postForm(platform.app, '/organiser/sign-in', { email: 'konferens@skr.se' })
    ).text();
    const unknown = await (
      await postForm(platform.app, '/organiser/sign-in', { email: 'nobody@example.com' })
    ).text();
    await platform.deliverOutbox();
    expect(unknown).toBe(known);
    expect(await mailTo(platform.mailbox, 'nobody@example.com')).toEqual([]);
  });

  it('accepts a link once, and not after ten minutes', async () => {
    await postForm(platform.app, '/organiser/sign-in', { email: 'konferens@skr.se' });
    await platform.deliverOutbox();
    const link =
      (await mailTo(platform.mailbox, 'konferens@skr.se'))
        .at(-1)
        ?.text?.match(/\/organiser\/sign-in\/\S+/)?.[0] ?? '';
    expect((await postForm(platform.app, link, {})).status).toBe(303);
    expect((await postForm(platform.app, link, {})).status).toBe(400);

    await postForm(platform.app, '/organiser/sign-in', { email: 'konferens@skr.se' });
    await platform.deliverOutbox();
    const late =
      (await mailTo(platform.mailbox, 'konferens@skr.se'))
        .at(-1)
        ?.text?.match(/\/organiser\/sign-in\/\S+/)?.[0] ?? '';
    platform.setNow('2026-11-22T10:11:00Z');
    expect((await postForm(platform.app, late, {})).status).toBe(400);
    platform.setNow(NOW);
  });

  it('opens the link’s page, and answers its post, uncached and without a Referer to leak the link', async () => {
    await postForm(platform.app, '/organiser/sign-in', { email: 'konferens@skr.se' });
    await platform.deliverOutbox();
    const link =
      (await mailTo(platform.mailbox, 'konferens@skr.se'))
        .at(-1)
        ?.text?.match(/\/organiser\/sign-in\/\S+/)?.[0] ?? '';
    const page = await platform.app.request(link);
    const used = await postForm(platform.app, link, {});
    const spent = await postForm(platform.app, link, {});
    for (const response of [page, used, spent]) {
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
    expect([page.status, used.status, spent.status]).toEqual([200, 303, 400]);
  });

  it('sends anyone without a session to the sign-in page', async () => {
    const response = await platform.app.request('/organiser/events/admin-conference');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/organiser/sign-in');
  });
});

describe("an organiser's view of an event", () => {
  it("lists only the organisation's own events, and another organisation's event is not found", async () => {
    const list = await (await get('/organiser', skr)).text();
    expect(list).toContain('/organiser/events/admin-conference');
    await putOrganiser(platform.table, hashEmail('arrangor@ks.no'), {
      email: 'arrangor@ks.no',
      name: 'KS',
      organisationId: 'ks',
      role: 'admin',
    });
    const ks = await signInAsOrganiser(platform, 'arrangor@ks.no');
    expect((await get('/organiser/events/admin-conference', ks)).status).toBe(404);
    expect((await get('/organiser/events/admin-conference/participants.csv', ks)).status).toBe(404);
  });

  it('shows the counts on the overview, the lists on their pages, and the needs as totals without names', async () => {
    const html = await (await get('/organiser/events/admin-conference', skr)).text();
    expect(html).toMatch(/<dt>Bekräftade<\/dt><dd>2<\/dd><dt>På väntelistan<\/dt><dd>2<\/dd>/);
    const waitingList = await (await get('/organiser/events/admin-conference/waiting-list', skr)).text();
    expect(waitingList).toContain('Väntelista (2)');
    const participants = await (await get('/organiser/events/admin-conference/registrations', skr)).text();
    expect(participants).toContain('4 av 4 anmälningar');
    const needs = html.slice(html.indexOf('id="needs"'));
    expect(needs).toMatch(/vegetarisk<\/td>\s*<td>2<\/td>/i);
    expect(needs).toMatch(/laktosfri<\/td>\s*<td>1<\/td>/);
    expect(needs).not.toContain('Kerstin');
  });

  it('exports a CSV that Swedish Excel opens: UTF-8 with BOM, semicolons, no needs', async () => {
    const response = await get('/organiser/events/admin-conference/participants.csv', skr);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    // The demo Trygghetsdag asks one question of its own, which is a column of the export.
    expect(lines[0]).toBe(
      'Namn;E-post;Organisation;Typ;Titel eller roll;Status;Plats i kön;Anmäld;Vilket pass vill du helst diskutera?',
    );
    expect(lines[1]).toMatch(
      /^Kerstin Rörsch;kerstin@umea\.se;Umeå kommun;Kommun;brotts- och drogförebyggare;Bekräftad;;22 november 2026 11\.00;$/,
    );
    expect(lines.join('\n')).not.toMatch(/egetarisk|laktosfri/);
  });

  it('cancels a registration, which gives the seat to the first in line, and promotes by adding a seat', async () => {
    const participants = await (await get('/organiser/events/admin-conference/registrations', skr)).text();
    const cancelPath =
      participants.match(/\/organiser\/events\/admin-conference\/registrations\/[^/"]+\/cancel/)?.[0] ?? '';
    const cancelling = await post(cancelPath, skr);
    expect(cancelling.status).toBe(303);
    const cancelled = await (await get(cancelling.headers.get('location') ?? '', skr)).text();
    expect(cancelled).toContain('Anmälan är avbokad');
    const afterCancel = await (await get('/organiser/events/admin-conference', skr)).text();
    expect(afterCancel).toMatch(/<dt>Bekräftade<\/dt><dd>2<\/dd><dt>På väntelistan<\/dt><dd>1<\/dd>/);

    const waitingList = await (await get('/organiser/events/admin-conference/waiting-list', skr)).text();
    const promotePath =
      waitingList.match(/\/organiser\/events\/admin-conference\/registrations\/[^/"]+\/promote/)?.[0] ?? '';
    const promoting = await post(promotePath, skr);
    expect(promoting.headers.get('location')).toBe(
      '/organiser/events/admin-conference/waiting-list?done=promoted',
    );
    const promoted = await (await get('/organiser/events/admin-conference', skr)).text();
    expect(promoted).toMatch(/<dt>Platser<\/dt><dd>3<\/dd><dt>Bekräftade<\/dt><dd>3<\/dd>/);
    await platform.deliverOutbox();
    expect((await mailTo(platform.mailbox, 'oliver@urban.se')).at(-1)?.subject).toBe(
      'Du har fått en plats: Trygghetsdag 2027 – Så arbetar vi mot narkotika',
    );
  });

  it('lets a viewer read but not change registrations', async () => {
    await putOrganiser(platform.table, hashEmail('lasare@skr.se'), {
      email: 'lasare@skr.se',
      name: 'Läsare',
      organisationId: 'skr',
      role: 'viewer',
    });
    const viewer = await signInAsOrganiser(platform, 'lasare@skr.se');
    const html = await (await get('/organiser/events/admin-conference', viewer)).text();
    expect(html).toContain('Du har läsbehörighet');
    expect(html).not.toContain('/cancel"');
    const path = (await (await get('/organiser/events/admin-conference/registrations', skr)).text()).match(
      /\/organiser\/events\/admin-conference\/registrations\/[^/"]+\/cancel/,
    )?.[0];
    expect((await post(path ?? '', viewer)).status).toBe(403);
  });
});
