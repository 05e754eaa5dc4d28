import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '#operations/demo/load-demo-data.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const TODAY = '2026-11-22';
let platform: TestPlatform;

afterAll(() => platform.stop());

beforeAll(async () => {
  platform = await createTestPlatform(`${TODAY}T10:00:00Z`);
  await loadDemoData(platform.table, TODAY);
});

async function page(path: string) {
  const response = await platform.app.request(path);
  return { status: response.status, html: await response.text() };
}

describe('start page', () => {
  it('lists the upcoming editions under upcoming and the seed events under past', async () => {
    const { status, html } = await page('/');
    expect(status).toBe(200);
    const [upcoming, past] = html.split('id="past"');
    expect(upcoming).toContain('Trygghetsdag 2027');
    expect(upcoming).not.toContain('Trygghetsdag 2022');
    expect(past).toContain('Trygghetsdag 2022');
    expect(past).toContain('Motorburen problematik');
    expect(past).toMatch(/studietur/i);
  });

  it('speaks Norwegian and English when asked, Swedish otherwise', async () => {
    expect((await page('/')).html).toContain('<html lang="sv">');
    expect((await page('/?lang=nb')).html).toContain('Kommende arrangementer');
    expect((await page('/?lang=en')).html).toContain('Upcoming events');
    expect((await page('/?lang=xx')).html).toContain('Kommande evenemang');
  });

  it('is a standards-mode HTML document that describes itself and carries its icon', async () => {
    const { html } = await page('/');
    expect(html.startsWith('<!DOCTYPE html><html lang="sv">')).toBe(true);
    expect(html).toContain(
      '<meta name="description" content="Konferenser, studieresor och arbetsgrupper för offentlig sektor"/>',
    );
    expect(html).toMatch(/<link rel="icon" href="data:image\/svg\+xml,/);
  });
});

describe('event pages', () => {
  it('shows Trygghetsdag 2022 as past, with its programme in Stockholm time and the typos corrected', async () => {
    const { status, html } = await page('/events/trygghetsdag-2022');
    expect(status).toBe(200);
    expect(html).toContain('Evenemanget har redan ägt rum.');
    expect(html).toContain('torsdag 3 februari 2022, 10.00–15.00 (CET)');
    expect(html).toMatch(/13\.35<\/time>–<time[^>]*>14\.15<\/time>[\s\S]*Trygghetsarbete i Norrtälje kommun/);
    expect(html).toContain('Mia-Maria Magnusson, Polisdoktorand, Polismyndigheten');
    expect(html).toContain('Brottsförebyggande rådet (Brå)');
    expect(html).toContain('konferens@skr.se');
    expect(html).toContain('Det finns en ny omgång av det här evenemanget');
    expect(html).toMatch(/<meta name="description" content="[^"]*narkotika/);
  });

  it('shows the KS study trip in Norwegian, in Oslo time, with its price in kroner', async () => {
    const { html } = await page('/events/ks-studietur-mc-kriminalitet-2011');
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('Arrangementet er over.');
    expect(html).toContain('3\u00a0000\u00a0kr');
    expect(html).toContain('Dag 2');
    expect(html).toContain('Tore Bjørgo');
  });

  it('shows the working group with its restored Swedish letters and its meetings to be decided', async () => {
    const { html } = await page('/events/motorburen-problematik-2020');
    expect(html).toContain('Länsstyrelsen Västra Götaland');
    expect(html).toContain('Ann Rönnang');
    expect(html).toContain('måndag 16 november 2020, 09.00–12.00 (CET)');
    expect(html).toContain('Datum bestäms tillsammans i gruppen');
    expect(html).toContain('6 kommuner väljs ut');
    // A contact at each of the three organising bodies.
    for (const contact of ['ann.ronnang@polisen.se', 'camilla.tjernberg@lansstyrelsen.se', 'arrangor@bra.se'])
      expect(html).toContain(`mailto:${contact}`);
  });

  it('answers an unknown event with a 404 page in Swedish', async () => {
    const { status, html } = await page('/events/finns-inte');
    expect(status).toBe(404);
    expect(html).toContain('Sidan finns inte.');
  });
});

describe('health and API', () => {
  it('reports the store as reachable', async () => {
    const response = await platform.app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', store: 'reachable' });
  });

  it('lists the events as JSON with their phase', async () => {
    const events = (await (await platform.app.request('/api/v1/events')).json()) as {
      id: string;
      phase: string;
    }[];
    expect(events).toHaveLength(6);
    expect(events.find((event) => event.id === 'trygghetsdag-2022')?.phase).toBe('past');
    expect(events.find((event) => event.id === 'trygghetsdag-2027')?.phase).toBe('upcoming');
  });

  it('returns an event with its programme, and a coded 404 for an unknown one', async () => {
    const event = (await (await platform.app.request('/api/v1/events/trygghetsdag-2022')).json()) as {
      programme: { title: string; startsAt: string }[];
    };
    expect(event.programme.find((slot) => slot.title === 'Öppna drogscener')?.startsAt).toBe(
      '2022-02-03T09:05:00Z',
    );
    const missing = await platform.app.request('/api/v1/events/finns-inte');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'event-not-found' });
  });

  it('publishes an OpenAPI document describing the event routes', async () => {
    const document = (await (await platform.app.request('/api/v1/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/events', '/events/{eventId}']));
  });
});
