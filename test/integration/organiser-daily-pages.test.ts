import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '#store/entities/audit-entry.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { listSentMessages } from '#store/entities/sent-message.ts';
import { applicationForm, apply, team } from '#test/support/application-fixture.ts';
import { putMotorburenProblematik, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo, receivedMail } from '#test/support/read-mail.ts';
import { readZip } from '#test/support/read-zip.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
let admin: ReturnType<typeof asOrganiser>;
let viewer: ReturnType<typeof asOrganiser>;
let otherOrganisation: ReturnType<typeof asOrganiser>;
afterAll(() => platform.stop());

/** Five sign-ups over three days for three seats: three confirmed, then two on the waiting list. */
const SIGN_UPS = [
  ['2026-11-20T08:00:00Z', 'Kerstin Rörsch', 'kerstin@umea.se', 'Umeå kommun'],
  ['2026-11-20T09:00:00Z', 'Seth Åberg', 'seth@umea.se', 'Umeå kommun'],
  ['2026-11-21T09:00:00Z', 'Anna Glas', 'anna@norrtalje.se', 'Norrtälje kommun'],
  ['2026-11-22T08:00:00Z', 'Oliver Berger', 'oliver@urban.se', 'Urban Utveckling'],
  ['2026-11-22T09:00:00Z', 'Maria Lind', 'maria@polisen.se', 'Polismyndigheten'],
] as const;

beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  await putTrygghetsdag(platform.table, 'daily-conference', {
    capacity: 3,
    registrationOpensAt: '2026-11-01T00:00:00Z',
  });
  const group = await putMotorburenProblematik(platform.table, 'daily-group', { organisationId: 'skr' });
  for (const [at, name, email, organisation] of SIGN_UPS) {
    platform.setNow(at);
    await postForm(platform.app, '/events/daily-conference/sign-up', {
      name,
      email,
      organisation,
      organisationKind: 'kommun',
      role: 'samordnare',
    });
  }
  platform.setNow(NOW);
  await apply(platform, group, applicationForm('1480', team('goteborg')));
  await apply(platform, group, applicationForm('1485', team('uddevalla')));
  await platform.deliverOutbox();
  admin = asOrganiser(platform, await signedInOrganiser(platform, 'admin@skr.se', 'skr', 'admin'));
  viewer = asOrganiser(platform, await signedInOrganiser(platform, 'lasare@skr.se', 'skr', 'viewer'));
  otherOrganisation = asOrganiser(
    platform,
    await signedInOrganiser(platform, 'arrangor@ks.no', 'ks', 'admin'),
  );
});

const text = async (response: Response | Promise<Response>) => (await response).text();

describe('the dashboard', () => {
  it('lists what needs doing first, then each upcoming event with seats taken of capacity', async () => {
    const html = await text(admin.get('/organiser'));
    const attention = html.slice(html.indexOf('id="attention"'), html.indexOf('id="event-daily-conference"'));
    expect(attention).toContain(
      '<a href="/organiser/events/daily-group/applications">2 ansökningar väntar på bedömning</a>',
    );
    const conference = html.slice(html.indexOf('id="event-daily-conference"'));
    expect(conference).toMatch(/<dt>Platser tagna<\/dt><dd>3 av 3<\/dd>/);
  });

  it('draws the confirmed sign-ups by day as an SVG with a title, a description and the same numbers as a table', async () => {
    const html = await text(admin.get('/organiser'));
    const chart = html.slice(
      html.indexOf('id="chart-daily-conference-title"'),
      html.indexOf('</figure>', html.indexOf('id="chart-daily-conference-title"')),
    );
    expect(chart).toContain('Bekräftade anmälningar per dag, Trygghetsdag 2027');
    expect(chart).toContain(
      'Bekräftade anmälningar sammanlagt, från 20 november 2026 till 22 november 2026: 3 av 3 platser.',
    );
    expect(chart).toContain('Antal platser: 3');
    expect(chart).toMatch(/<td>20 november 2026<\/td><td>2<\/td>/);
    expect(chart).toMatch(/<td>21 november 2026<\/td><td>3<\/td>/);
    expect(chart).toMatch(/<td>22 november 2026<\/td><td>3<\/td>/);
    expect(html).toMatch(
      /<svg role="img" aria-labelledby="chart-daily-conference-title chart-daily-conference-desc"/,
    );
  });

  it("shows nothing of another organisation's events", async () => {
    const html = await text(otherOrganisation.get('/organiser'));
    expect(html).not.toContain('daily-conference');
    expect(html).toContain('Organisasjonen har ingen kommende arrangementer.');
  });
});

describe('searching registrations', () => {
  it('finds by any part of name, address or organisation, accents and case aside', async () => {
    const html = await text(admin.get('/organiser/events/daily-conference/registrations?q=ABERG'));
    expect(html).toContain('1 av 5 anmälningar');
    expect(html).toContain('seth@umea.se');
    expect(html).not.toContain('kerstin@umea.se');
  });

  it('filters by status and organisation, server-side, with the filter kept in the form and the export link', async () => {
    const html = await text(
      admin.get(
        '/organiser/events/daily-conference/registrations?status=confirmed&organisation=Ume%C3%A5+kommun',
      ),
    );
    expect(html).toContain('2 av 5 anmälningar');
    expect(html).toContain('<option value="confirmed" selected="">');
    expect(html).toContain('participants.xlsx?status=confirmed&amp;organisation=Ume%C3%A5+kommun');
    const waiting = await text(admin.get('/organiser/events/daily-conference/registrations?status=waiting'));
    expect(waiting).toContain('oliver@urban.se');
    expect(waiting).not.toContain('anna@norrtalje.se');
  });

  it('exports the search as an XLSX workbook that unzips into a sheet with the header and the rows found', async () => {
    const response = await viewer.get(
      '/organiser/events/daily-conference/participants.xlsx?status=confirmed',
    );
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const files = readZip(Buffer.from(await response.arrayBuffer()));
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(files.get('xl/workbook.xml')).toContain('<sheet name="Deltagare" sheetId="1" r:id="rId1"/>');
    const sheet = files.get('xl/worksheets/sheet1.xml') ?? '';
    const rows = [...sheet.matchAll(/<row r="(\d+)">(.*?)<\/row>/g)].map(([, , cells]) =>
      [...(cells ?? '').matchAll(/<t xml:space="preserve">(.*?)<\/t>/g)].map(([, value]) => value),
    );
    expect(rows[0]?.slice(0, 3)).toEqual(['Namn', 'E-post', 'Organisation']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['Kerstin Rörsch', 'Seth Åberg', 'Anna Glas']);
    expect(rows[1]?.[5]).toBe('Bekräftad');
  });

  it("refuses another organisation's organiser the search and the export", async () => {
    expect((await otherOrganisation.get('/organiser/events/daily-conference/registrations')).status).toBe(
      404,
    );
    expect((await otherOrganisation.get('/organiser/events/daily-conference/participants.xlsx')).status).toBe(
      404,
    );
  });
});

describe('messages to participants', () => {
  const message = {
    audience: 'confirmed',
    subject: 'Parkering vid Trygghetsdagen',
    body: 'Hej!\n\nParkeringen vid entrén är stängd. Använd garaget på Kungsgatan.',
  };

  it('shows a preview with the number reached before anything is sent', async () => {
    const html = await text(admin.post('/organiser/events/daily-conference/messages/preview', message));
    expect(html).toContain('Går till 3 personer.');
    expect(html).toContain('Parkeringen vid entrén är stängd.');
    expect(html).toContain('Skicka till 3 personer');
    await platform.deliverOutbox();
    expect(await mailTo(platform.mailbox, 'kerstin@umea.se')).toHaveLength(1);
    expect(await listSentMessages(platform.table, 'daily-conference')).toEqual([]);
  });

  it('sends once to each confirmed participant through the outbox and records who sent it, when, to how many', async () => {
    const preview = await text(admin.post('/organiser/events/daily-conference/messages/preview', message));
    const messageId = preview.match(/name="messageId" value="([^"]+)"/)?.[1] ?? '';
    const sent = await text(
      admin.post('/organiser/events/daily-conference/messages/send', { ...message, messageId }),
    );
    expect(sent).toContain('Meddelandet skickas till 3 personer.');
    const again = await text(
      admin.post('/organiser/events/daily-conference/messages/send', { ...message, messageId }),
    );
    expect(again).toContain('Meddelandet har redan skickats; ingen får det två gånger.');
    await platform.deliverOutbox();

    const received = (await receivedMail(platform.mailbox)).filter(
      (mail) => mail.subject === message.subject,
    );
    expect(received.map((mail) => mail.to?.[0]?.address).sort()).toEqual(
      ['anna@norrtalje.se', 'kerstin@umea.se', 'seth@umea.se'].sort(),
    );
    expect(received[0]?.text).toContain('Parkeringen vid entrén är stängd.');
    expect(received[0]?.text).toContain('http://traffpunkt.test/events/daily-conference');
    expect(received[0]?.text).toContain('eftersom du är anmäld till Trygghetsdag 2027');

    const record = await listSentMessages(platform.table, 'daily-conference');
    expect(record).toMatchObject([
      { audience: 'confirmed', subject: message.subject, recipients: 3, sentBy: { email: 'admin@skr.se' } },
    ]);
    expect(Date.parse(record[0]?.sentAt ?? '')).toBe(Date.parse(NOW));
    const trail = (await listAuditEntries(platform.table, 'skr')).entries;
    expect(trail.filter((entry) => entry.action === 'participants-messaged')).toMatchObject([
      { actor: { email: 'admin@skr.se' }, target: { id: 'daily-conference' }, detail: 'confirmed: 3' },
    ]);
    const page = await text(viewer.get('/organiser/events/daily-conference/messages'));
    expect(page).toMatch(/<td>Bekräftade deltagare<\/td><td>Parkering vid Trygghetsdagen<\/td><td>3<\/td>/);
  });

  it('writes to the waiting list only when asked to', async () => {
    const preview = await text(
      admin.post('/organiser/events/daily-conference/messages/preview', { ...message, audience: 'waiting' }),
    );
    expect(preview).toContain('Går till 2 personer.');
  });

  it('refuses an empty message in Swedish and sends nothing', async () => {
    const before = (await receivedMail(platform.mailbox)).length;
    const response = await admin.post('/organiser/events/daily-conference/messages/preview', {
      audience: 'confirmed',
      subject: '',
      body: '',
    });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('href="#field-subject">Ämne: Fyll i fältet.');
    const forged = await admin.post('/organiser/events/daily-conference/messages/send', {
      ...message,
      messageId: 'x',
    });
    expect(forged.status).toBe(422);
    await platform.deliverOutbox();
    expect((await receivedMail(platform.mailbox)).length).toBe(before);
  });

  it('refuses viewers and other organisations, and sends nothing', async () => {
    const messageId = '7d0b7c2e-4f7e-4a59-9a53-0b9d3f0c1a11';
    const before = (await listSentMessages(platform.table, 'daily-conference')).length;
    expect((await viewer.post('/organiser/events/daily-conference/messages/preview', message)).status).toBe(
      403,
    );
    expect(
      (await viewer.post('/organiser/events/daily-conference/messages/send', { ...message, messageId }))
        .status,
    ).toBe(403);
    expect(
      (
        await otherOrganisation.post('/organiser/events/daily-conference/messages/send', {
          ...message,
          messageId,
        })
      ).status,
    ).toBe(404);
    expect((await otherOrganisation.get('/organiser/events/daily-conference/messages')).status).toBe(404);
    expect((await listSentMessages(platform.table, 'daily-conference')).length).toBe(before);
  });
});

describe('check-in', () => {
  const registrationOf = async (email: string) =>
    (await listRegistrations(platform.table, 'daily-conference')).find(
      (registration) => registration.email === email,
    );

  it('ticks a confirmed participant in once: a second tick keeps the first time', async () => {
    const kerstin = await registrationOf('kerstin@umea.se');
    const response = await admin.post(`/organiser/events/daily-conference/check-in/${kerstin?.id}`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(
      `/organiser/events/daily-conference/check-in?checked=${kerstin?.id}#participant-${kerstin?.id}`,
    );
    platform.setNow('2026-11-22T10:05:00Z');
    await admin.post(`/organiser/events/daily-conference/check-in/${kerstin?.id}`);
    platform.setNow(NOW);
    expect(Date.parse((await registrationOf('kerstin@umea.se'))?.checkedInAt ?? '')).toBe(Date.parse(NOW));

    const page = await text(admin.get(`/organiser/events/daily-conference/check-in?checked=${kerstin?.id}`));
    expect(page).toContain('Kerstin Rörsch är incheckad.');
    expect(page).toContain('1 av 3 incheckade');
    expect(page).toContain('✓ Incheckad 11.00');
    expect(page).toContain('Checka in<span class="visually-hidden"> Seth Åberg</span>');
    expect(page).not.toContain('> Kerstin Rörsch</span>');
  });

  it('refuses someone without a confirmed seat, and an id of no registration', async () => {
    const oliver = await registrationOf('oliver@urban.se');
    const refused = await admin.post(`/organiser/events/daily-conference/check-in/${oliver?.id}`);
    expect(refused.headers.get('location')).toBe('/organiser/events/daily-conference/check-in?refused');
    expect((await registrationOf('oliver@urban.se'))?.checkedInAt).toBeUndefined();
    expect((await admin.post('/organiser/events/daily-conference/check-in/no-such-id')).status).toBe(404);
  });

  it('finds a name on the phone page and prints the confirmed list with those present ticked', async () => {
    const found = await text(admin.get('/organiser/events/daily-conference/check-in?q=anna'));
    expect(found).toContain('Anna Glas');
    expect(found).not.toContain('Seth Åberg');
    const print = await text(viewer.get('/organiser/events/daily-conference/check-in/print'));
    expect(print).toMatch(/<td>☑<\/td><td>Kerstin Rörsch<\/td>/);
    expect(print).toMatch(/<td>☐<\/td><td>Seth Åberg<\/td>/);
    expect(print).not.toContain('Oliver Berger');
  });

  it('lets a viewer look but not tick, and another organisation neither', async () => {
    const seth = await registrationOf('seth@umea.se');
    expect(await text(viewer.get('/organiser/events/daily-conference/check-in'))).not.toContain('Checka in');
    expect((await viewer.post(`/organiser/events/daily-conference/check-in/${seth?.id}`)).status).toBe(403);
    expect(
      (await otherOrganisation.post(`/organiser/events/daily-conference/check-in/${seth?.id}`)).status,
    ).toBe(404);
    expect((await otherOrganisation.get('/organiser/events/daily-conference/check-in/print')).status).toBe(
      404,
    );
    expect((await registrationOf('seth@umea.se'))?.checkedInAt).toBeUndefined();
  });
});
