import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '#shared/domain/event.ts';
import { getEvaluation } from '#store/entities/evaluation.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { checkIn } from '#store/transactions/check-in.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { readZip } from '#test/support/read-zip.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { tableItems } from '#test/support/table-snapshot.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

let platform: TestPlatform;
let event: EventRecord;
const PEOPLE = ['Åsa', 'Björn', 'Cecilia', 'Dan', 'Ebba', 'Fredrik', 'Göran'];
/** Addresses are ASCII: å, ä and ö stay in the names. */
const address = (name: string) =>
  `${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()}@umea.se`;
/** Everyone but Göran is checked in at the door. */
const CHECKED_IN = PEOPLE.slice(0, 6);
afterAll(() => platform.stop());

const hoursAfterEnd = (hours: number) => new Date(Date.parse(event.endsAt) + hours * 3_600_000).toISOString();
/** A signed-in admin at the platform's current time (a session idles out after half an hour). */
const admin = async () =>
  asOrganiser(platform, await signedInOrganiser(platform, 'admin@skr.se', 'skr', 'admin'));
const text = async (response: Response | Promise<Response>) => (await response).text();
/** The answer link in the newest evaluation mail to the person, as a path. */
async function answerLinkOf(name: string): Promise<string> {
  const mail = (await mailTo(platform.mailbox, address(name))).filter(({ subject }) =>
    /tyckte du om/.test(subject ?? ''),
  );
  const link = mail
    .at(-1)
    ?.text?.match(/http:\/\/traffpunkt\.test(\/events\/[\w-]+\/evaluation\/[\w-]+)/)?.[1];
  if (!link) throw new Error(`no evaluation link reached ${name}`);
  return link;
}
/** Posts the answer form, its fields named by question id. */
const answer = (link: string, fields: Record<string, string>) =>
  postForm(
    platform.app,
    link,
    Object.fromEntries(Object.entries(fields).map(([id, value]) => [`answer.${id}`, value])),
  );

beforeAll(async () => {
  platform = await createTestPlatform('2026-11-22T10:00:00Z');
  event = await putTrygghetsdag(platform.table, 'utv-dag', { registrationOpensAt: '2026-11-01T00:00:00Z' });
  for (const name of PEOPLE)
    await postForm(platform.app, '/events/utv-dag/sign-up', signUpFields(`${name} Lind`, address(name)));
  for (const registration of await listRegistrations(platform.table, event.id))
    if (CHECKED_IN.some((name) => registration.name.startsWith(name)))
      await checkIn(platform.table, event.id, registration.id, event.startsAt);
  await platform.deliverOutbox();
});

describe('setting up the evaluation', () => {
  it('proposes the standard questions, the checked-in and a last day two weeks after the event', async () => {
    const page = await text((await admin()).get('/organiser/events/utv-dag/evaluation'));
    expect(page).toContain('Hur nöjd är du med dagen som helhet?</p><p class="hint">Skala 1–5</p>');
    expect(page).toContain('Vad tar du med dig?</p><p class="hint">Lång text</p>');
    expect(page).toMatch(/value="checked-in" checked/);
    expect(page).toContain('value="2027-02-18"');
  });

  it('refuses a last day before the event is over, and saves nothing', async () => {
    const organiser = await admin();
    const refused = await organiser.post('/organiser/events/utv-dag/evaluation', {
      audience: 'checked-in',
      closesOn: '2027-02-04',
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain(
      'Sista svarsdag måste vara efter evenemangets sista dag, 4 februari 2027.',
    );
    expect(await getEvaluation(platform.table, event.id)).toBeUndefined();
  });

  it('saves who is asked and the last day, closing when that day ends in Stockholm', async () => {
    const organiser = await admin();
    const saved = await organiser.post('/organiser/events/utv-dag/evaluation', {
      audience: 'checked-in',
      closesOn: '2027-02-18',
    });
    expect(saved.status).toBe(303);
    expect(await getEvaluation(platform.table, event.id)).toMatchObject({
      audience: 'checked-in',
      closesAt: '2027-02-18T23:00:00Z',
      answerCount: 0,
    });
  });
});

describe('the invitations', () => {
  it('wait for the event to end', async () => {
    platform.setNow(hoursAfterEnd(-1));
    expect(await platform.runJobs()).toMatchObject({ evaluationInvitationsQueued: 0 });
  });

  it('go once the event has ended, once, to those checked in only', async () => {
    platform.setNow(hoursAfterEnd(1));
    expect(await platform.runJobs()).toMatchObject({ evaluationInvitationsQueued: 6 });
    expect(await platform.runJobs()).toMatchObject({ evaluationInvitationsQueued: 0 });
    await platform.deliverOutbox();
    const [mail] = (await mailTo(platform.mailbox, address('Åsa'))).filter(({ subject }) =>
      subject?.startsWith('Vad tyckte du om'),
    );
    expect(mail?.subject).toBe(`Vad tyckte du om ${event.title}?`);
    expect(mail?.text).toContain('utvärderingen är öppen till och med 18 februari 2027');
    const toGoran = await mailTo(platform.mailbox, address('Göran'));
    expect(toGoran.some(({ subject }) => subject?.includes('tyckte du om'))).toBe(false);
  });
});

describe('answering', () => {
  it('asks the standard questions, all optional, but refuses an empty form with a message', async () => {
    const link = await answerLinkOf('Åsa');
    const form = await text(platform.app.request(link));
    expect(form).toContain('<legend>Hur nöjd är du med dagen som helhet? (frivilligt)</legend>');
    expect(form).toContain('1 – Inte alls');
    const empty = await answer(link, {});
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Svara på minst en fråga.');
    const wrong = await answer(link, { overall: '7' });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('Välj ett värde från 1 till 5.');
  });

  it('takes one answer per link and refuses a second with the same link', async () => {
    const link = await answerLinkOf('Åsa');
    const first = await answer(link, {
      overall: '5',
      useful: '4',
      takeaway: 'Kartläggningen av öppna drogscener',
    });
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('Tack för dina svar!');
    const second = await answer(link, { overall: '1' });
    expect(second.status).toBe(409);
    expect(await second.text()).toContain('Du har redan svarat på utvärderingen med den här länken.');
    expect((await platform.app.request(link)).status).toBe(409);
    expect((await getEvaluation(platform.table, event.id))?.answerCount).toBe(1);
  });

  it('opens nothing for a link that was never mailed', async () => {
    expect((await platform.app.request('/events/utv-dag/evaluation/made-up-token')).status).toBe(404);
    expect((await answer('/events/utv-dag/evaluation/made-up-token', { overall: '3' })).status).toBe(404);
  });
});

describe('the results', () => {
  it('are held back, and not exported, while fewer than five have answered', async () => {
    for (const [name, overall] of [
      ['Björn', '4'],
      ['Cecilia', '4'],
      ['Dan', '2'],
    ] as const)
      await answer(await answerLinkOf(name), { overall, better: `Mer tid för frågor, tycker ${name}` });
    const organiser = await admin();
    const page = await text(organiser.get('/organiser/events/utv-dag/evaluation'));
    expect(page).toContain('Skickad till 6 deltagare. 4 svar hittills.');
    expect(page).toContain('Resultaten visas när minst 5 har svarat');
    expect(page).not.toContain('Medelvärde');
    expect((await organiser.get('/organiser/events/utv-dag/evaluation.csv')).status).toBe(404);
    expect((await organiser.get('/organiser/events/utv-dag/evaluation.xlsx')).status).toBe(404);
  });

  it('appear from the fifth answer: counts per value as a chart and a table, the average, the free texts', async () => {
    await answer(await answerLinkOf('Ebba'), { overall: '5', takeaway: 'Nätverket' });
    const organiser = await admin();
    const page = await text(organiser.get('/organiser/events/utv-dag/evaluation'));
    const overall = page.slice(
      page.indexOf('id="chart-overall-title"'),
      page.indexOf('</figure>', page.indexOf('id="chart-overall-title"')),
    );
    expect(overall).toContain('Antal svar per värde: 1: 0, 2: 1, 3: 0, 4: 2, 5: 2.');
    expect(overall).toContain('<tr><td>4</td><td>2</td></tr>');
    expect(overall).toContain('Medelvärde: 4,0');
    expect(page).toContain('<li>Kartläggningen av öppna drogscener</li>');
    expect(page).toContain('<li>Mer tid för frågor, tycker Dan</li>');
    const csv = await text(organiser.get('/organiser/events/utv-dag/evaluation.csv'));
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(6);
    expect(csv).toContain(
      'Hur nöjd är du med dagen som helhet?;Hur användbart var innehållet för ditt arbete?',
    );
    const xlsx = await organiser.get('/organiser/events/utv-dag/evaluation.xlsx');
    const sheet = readZip(Buffer.from(await xlsx.arrayBuffer())).get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet.match(/<row /g)).toHaveLength(6);
    expect(sheet).toContain('Kartläggningen av öppna drogscener');
  });

  it('are stored without anything that tells whose they are', async () => {
    const registrations = await listRegistrations(platform.table, event.id);
    const answers = (await tableItems(platform.table)).filter((item) =>
      String(item.SK).startsWith('EVALANSWER#'),
    );
    expect(answers).toHaveLength(5);
    for (const item of answers) {
      expect(Object.keys(item).sort()).toEqual(['PK', 'SK', 'answers', 'type']);
      const stored = JSON.stringify(item);
      for (const registration of registrations) {
        expect(stored).not.toContain(registration.id);
        expect(stored).not.toContain(registration.email);
      }
    }
  });
});

describe('the reminder', () => {
  it('goes once, three days after the invitation, to the one checked-in participant who has not answered', async () => {
    platform.setNow(hoursAfterEnd(2 * 24));
    expect(await platform.runJobs()).toMatchObject({ evaluationRemindersQueued: 0 });
    platform.setNow(hoursAfterEnd(3 * 24 + 1));
    expect(await platform.runJobs()).toMatchObject({ evaluationRemindersQueued: 1 });
    expect(await platform.runJobs()).toMatchObject({ evaluationRemindersQueued: 0 });
    await platform.deliverOutbox();
    const reminder = (await mailTo(platform.mailbox, address('Fredrik'))).at(-1);
    expect(reminder?.subject).toBe(`Påminnelse: vad tyckte du om ${event.title}?`);
    expect(await answerLinkOf('Fredrik')).toBe(
      (await mailTo(platform.mailbox, address('Fredrik')))
        .find(({ subject }) => subject?.startsWith('Vad tyckte'))
        ?.text?.match(/\/events\/[\w-]+\/evaluation\/[\w-]+/)?.[0],
    );
  });

  it('leaves the settings as they were sent', async () => {
    const refused = await (await admin()).post('/organiser/events/utv-dag/evaluation', {
      audience: 'confirmed',
      closesOn: '2027-03-01',
    });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('Utvärderingen är redan skickad och kan inte ändras.');
    expect((await getEvaluation(platform.table, event.id))?.audience).toBe('checked-in');
  });
});

describe('after the last day', () => {
  it('the evaluation is closed and takes no answer', async () => {
    platform.setNow('2027-02-18T23:00:00Z');
    const link = await answerLinkOf('Fredrik');
    const closed = await answer(link, { overall: '3' });
    expect(closed.status).toBe(410);
    expect(await closed.text()).toContain('Utvärderingen stängde 18 februari 2027.');
    expect((await getEvaluation(platform.table, event.id))?.answerCount).toBe(5);
  });
});
