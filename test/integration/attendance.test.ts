import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseExpiredPersonalData } from '#operations/scheduled/erase-personal-data.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { checkIn } from '#store/transactions/check-in.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { readZip } from '#test/support/read-zip.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

let platform: TestPlatform;
let event: EventRecord;
afterAll(() => platform.stop());

const SIGN_UPS = [
  ['Kerstin Rörsch', 'kerstin@norrtalje.se', 'Norrtälje kommun', 'kommun'],
  ['Seth Åberg', 'seth@umea.se', 'Umeå kommun', 'kommun'],
  ['Maria Lind', 'maria@polisen.se', 'Polismyndigheten', 'polis'],
] as const;

beforeAll(async () => {
  platform = await createTestPlatform('2026-11-22T10:00:00Z');
  event = await putTrygghetsdag(platform.table, 'narvaro-dag', {
    registrationOpensAt: '2026-11-01T00:00:00Z',
  });
  for (const [name, email, organisation, organisationKind] of SIGN_UPS)
    await postForm(platform.app, '/events/narvaro-dag/sign-up', {
      name,
      email,
      organisation,
      organisationKind,
      role: 'samordnare',
    });
  for (const registration of await listRegistrations(platform.table, event.id))
    if (registration.name !== 'Seth Åberg')
      await checkIn(platform.table, event.id, registration.id, event.startsAt);
  platform.setNow(new Date(Date.parse(event.endsAt) + 3_600_000).toISOString());
});

describe('an event’s attendance figures', () => {
  it('show the totals as a chart and a table, and the figures by kind and county', async () => {
    const organiser = asOrganiser(
      platform,
      await signedInOrganiser(platform, 'admin@skr.se', 'skr', 'viewer'),
    );
    const page = await (await organiser.get('/organiser/events/narvaro-dag/attendance')).text();
    expect(page).toContain(
      'Antal per läge: Anmälda 3, Bekräftade 3, Incheckade 2, Uteblivna 1, Avbokade 0, Väntelista 0.',
    );
    expect(page).toContain(
      '<tr><th scope="row">Kommun</th><td>2</td><td>2</td><td>1</td><td>1</td><td>0</td><td>0</td></tr>',
    );
    expect(page).toContain('<tr><th scope="row">Stockholms län</th><td>1</td>');
    expect(page).toContain('<tr><th scope="row">Annan eller okänd kommun</th><td>1</td>');
    const csv = await (await organiser.get('/organiser/events/narvaro-dag/attendance.csv')).text();
    expect(csv).toContain('Totalt;;3;3;2;1;0;0');
    const xlsx = await organiser.get('/organiser/events/narvaro-dag/attendance.xlsx');
    expect(xlsx.headers.get('content-disposition')).toContain('narvaro-dag-narvaro.xlsx');
    const sheet = readZip(Buffer.from(await xlsx.arrayBuffer())).get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet.match(/<row /g)?.length).toBe(csv.split('\r\n').filter(Boolean).length);
    expect(sheet).toContain('Stockholms län');
  });

  it('add up across the organisation’s events, its own only, in a table with the sum and a CSV', async () => {
    await putTrygghetsdag(platform.table, 'ks-dag', { organisationId: 'ks', coOrganisers: [] });
    const organiser = asOrganiser(
      platform,
      await signedInOrganiser(platform, 'redaktor@skr.se', 'skr', 'editor'),
    );
    const page = await (await organiser.get('/organiser/attendance')).text();
    expect(page).toContain('<a href="/organiser/attendance">Närvaro på alla evenemang</a>');
    expect(page).toContain(
      `<a href="/organiser/events/narvaro-dag/attendance">${event.title}</a></th><td>4 februari 2027</td><td>3</td><td>3</td><td>2</td><td>0</td>`,
    );
    expect(page).not.toContain('/organiser/events/ks-dag/');
    expect(page).toContain(
      '<th scope="row">Alla evenemang</th><td></td><td>3</td><td>3</td><td>2</td><td>0</td>',
    );
    const csv = await (await organiser.get('/organiser/attendance.csv')).text();
    expect(csv).toContain('Evenemang;Datum;Anmälda;Bekräftade;Incheckade;Avbokade');
    expect(csv).toContain('Alla evenemang;;3;3;2;0');
    const xlsx = await organiser.get('/organiser/attendance.xlsx');
    const sheet = readZip(Buffer.from(await xlsx.arrayBuffer())).get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain('Alla evenemang');
  });

  it('outlive the erasure of the personal data, as the counts it kept', async () => {
    const viewer = async () =>
      asOrganiser(platform, await signedInOrganiser(platform, 'statistik@skr.se', 'skr', 'viewer'));
    const before = await (await (await viewer()).get('/organiser/events/narvaro-dag/attendance.csv')).text();
    const afterEvent = platform.context.clock().toISOString();
    platform.setNow('2030-01-01T00:00:00Z');
    await eraseExpiredPersonalData(platform.context);
    expect(await listRegistrations(platform.table, event.id)).toEqual([]);
    // Signed in anew: three years on, the first session has long expired.
    const organiser = await viewer();
    expect(await (await organiser.get('/organiser/events/narvaro-dag/attendance.csv')).text()).toBe(before);
    const page = await (await organiser.get('/organiser/events/narvaro-dag/attendance')).text();
    expect(page).toContain('Personuppgifterna är raderade. Siffrorna är de som räknades när de raderades.');
    expect(page).toContain('<tr><th scope="row">Stockholms län</th><td>1</td>');
    const all = await (await organiser.get('/organiser/attendance.csv')).text();
    expect(all).toContain('Alla evenemang;;3;3;2;0');
    platform.setNow(afterEvent);
  });

  it('count participants from Norwegian municipalities under their fylke', async () => {
    const afterEvent = platform.context.clock().toISOString();
    platform.setNow('2026-11-22T10:00:00Z');
    await putTrygghetsdag(platform.table, 'ks-narvaro', {
      organisationId: 'ks',
      coOrganisers: [],
      registrationOpensAt: '2026-11-01T00:00:00Z',
    });
    for (const [name, email, organisation] of [
      ['Kari Nordmann', 'kari@drammen.kommune.no', 'Drammen kommune'],
      ['Ola Nordmann', 'ola@lier.kommune.no', 'Lier kommune'],
    ] as const)
      await postForm(platform.app, '/events/ks-narvaro/sign-up', {
        name,
        email,
        organisation,
        organisationKind: 'kommun',
        role: 'samordnare',
      });
    platform.setNow(afterEvent);
    const ks = asOrganiser(platform, await signedInOrganiser(platform, 'arrangor@ks.no', 'ks', 'admin'));
    const page = await (await ks.get('/organiser/events/ks-narvaro/attendance')).text();
    expect(page).toContain('<tr><th scope="row">Buskerud</th><td>2</td>');
    expect(page).toContain('Per fylke eller län');
    expect(page).not.toContain('Annen eller ukjent kommune');
    const csv = await (await ks.get('/organiser/events/ks-narvaro/attendance.csv')).text();
    expect(csv).toContain('Fylke eller län;Buskerud;2;2;0;2;0;0');
  });

  it('are not another organisation’s to see', async () => {
    const ks = asOrganiser(platform, await signedInOrganiser(platform, 'arrangor@ks.no', 'ks', 'admin'));
    expect((await ks.get('/organiser/events/narvaro-dag/attendance')).status).toBe(404);
    expect((await ks.get('/organiser/events/narvaro-dag/attendance.csv')).status).toBe(404);
  });
});
