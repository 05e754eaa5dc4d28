import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '#shared/domain/event.ts';
import type { EvaluationQuestion } from '#shared/domain/sign-up-question.ts';
import { getEvaluation } from '#store/entities/evaluation.ts';
import { listRegistrations } from '#store/entities/registration.ts';
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
const PEOPLE = ['anna', 'bo', 'cia', 'dag', 'eva', 'fia'];
const BASE = '/organiser/events/utv-egen/evaluation';
afterAll(() => platform.stop());

const admin = async () =>
  asOrganiser(platform, await signedInOrganiser(platform, 'admin@skr.se', 'skr', 'admin'));
const text = async (response: Response | Promise<Response>) => (await response).text();
const stored = async () => (await getEvaluation(platform.table, event.id))?.questions ?? [];
const asked = async () => (await stored()).filter((question) => !question.removed);
const version = async () => String((await getEvaluation(platform.table, event.id))?.questionsVersion ?? 0);
const idOf = async (label: string) => (await stored()).find((question) => question.label === label)?.id ?? '';

/** The answer link in the evaluation mail to the person, as a path. */
async function answerLinkOf(name: string): Promise<string> {
  const mail = (await mailTo(platform.mailbox, `${name}@umea.se`)).find(({ subject }) =>
    subject?.startsWith('Vad tyckte du om'),
  );
  return mail?.text?.match(/\/events\/utv-egen\/evaluation\/[\w-]+/)?.[0] ?? '';
}

beforeAll(async () => {
  platform = await createTestPlatform('2026-11-22T10:00:00Z');
  event = await putTrygghetsdag(platform.table, 'utv-egen', { registrationOpensAt: '2026-11-01T00:00:00Z' });
  for (const name of PEOPLE)
    await postForm(platform.app, '/events/utv-egen/sign-up', signUpFields(`${name} Berg`, `${name}@umea.se`));
  await platform.deliverOutbox();
});

describe('building the questionnaire', () => {
  it('starts from the standard questions, to change once who is asked is saved', async () => {
    const organiser = await admin();
    const before = await text(organiser.get(BASE));
    expect(before).toContain('Hur nöjd är du med dagen som helhet?');
    expect(before).toContain('Spara utskicket nedan först, sedan kan du ändra frågorna.');
    expect(before).not.toContain('Lägg till en fråga');
    await organiser.post(BASE, { audience: 'confirmed', closesOn: '2027-02-18' });
    const after = await text(organiser.get(BASE));
    expect(after).toContain(`href="${BASE}/questions/new"`);
    expect(after).toContain('aria-label="Ta bort: Hur användbart var innehållet för ditt arbete?"');
  });

  it('removes two standard questions and adds a one-choice and a scale of its own, checked as on the sign-up form', async () => {
    const organiser = await admin();
    for (const id of ['useful', 'better'])
      expect(
        (await organiser.post(`${BASE}/questions/${id}/remove`, { version: await version() })).status,
      ).toBe(200);
    const oneChoice = {
      type: 'one-choice',
      label: 'Vilket pass gav dig mest?',
      'label.en': 'Which session gave you the most?',
      'choice.new1': 'Kartläggningen',
      'choice.new2': 'Polisens lägesbild',
      'choice.new3': 'Panelen',
      required: 'yes',
    };
    const tooFew = await organiser.post(`${BASE}/questions/new`, {
      ...oneChoice,
      'choice.new2': '',
      'choice.new3': '',
      version: await version(),
    });
    expect(tooFew.status).toBe(422);
    expect(await tooFew.text()).toContain('Ge minst två alternativ.');
    const added = await organiser.post(`${BASE}/questions/new`, { ...oneChoice, version: await version() });
    expect(await added.text()).toContain('Frågorna är sparade.');
    await organiser.post(`${BASE}/questions/new`, {
      type: 'scale',
      label: 'Hur väl fungerade lokalen?',
      version: await version(),
    });
    // The one-choice question goes first.
    for (const step of [1, 2])
      await organiser.post(`${BASE}/questions/${await idOf('Vilket pass gav dig mest?')}/up`, {
        version: await version(),
        step: String(step),
      });
    expect((await asked()).map(({ label, type }) => `${label} (${type})`)).toEqual([
      'Vilket pass gav dig mest? (one-choice)',
      'Hur nöjd är du med dagen som helhet? (scale)',
      'Vad tar du med dig? (long-text)',
      'Hur väl fungerade lokalen? (scale)',
    ]);
  });

  it('refuses a save from a page shown before another save, and changes nothing', async () => {
    const before = await stored();
    const stale = await (await admin()).post(`${BASE}/questions/takeaway/remove`, { version: '1' });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('Någon annan ändrade frågorna under tiden.');
    expect(await stored()).toEqual(before);
  });
});

describe('five participants answer through their links', () => {
  const given = [
    { pass: 'Kartläggningen', overall: '5', room: '4', takeaway: 'Kartan över otrygga platser' },
    { pass: 'Kartläggningen', overall: '4', room: '2', takeaway: '' },
    { pass: 'Panelen', overall: '4', room: '3', takeaway: 'Samverkan med polisen' },
    { pass: 'Kartläggningen', overall: '3', room: '5', takeaway: '' },
    { pass: 'Polisens lägesbild', overall: '5', room: '4', takeaway: 'Medborgarlöften' },
  ];

  it('the form asks the organiser’s questions, in their order, and insists on the required one', async () => {
    platform.setNow(new Date(Date.parse(event.endsAt) + 3_600_000).toISOString());
    expect(await platform.runJobs()).toMatchObject({ evaluationInvitationsQueued: 6 });
    await platform.deliverOutbox();
    const link = await answerLinkOf('anna');
    const form = await text(platform.app.request(link));
    const order = [
      'Vilket pass gav dig mest?',
      'Hur nöjd är du',
      'Vad tar du med dig?',
      'Hur väl fungerade lokalen?',
    ];
    expect(order.map((label) => form.indexOf(label))).toEqual(
      order.map((label) => form.indexOf(label)).toSorted((a, b) => a - b),
    );
    expect(form).not.toContain('Hur användbart var innehållet');
    expect(form).toContain('5 – I mycket hög grad');
    const missing = await postForm(platform.app, link, {
      [`answer.${await idOf('Hur väl fungerade lokalen?')}`]: '4',
    });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain('Välj ett av alternativen.');
  });

  it('each answers once', async () => {
    const questions = await stored();
    const idFor = (label: string) => questions.find((question) => question.label.startsWith(label));
    const pass = idFor('Vilket pass') as EvaluationQuestion;
    const room = idFor('Hur väl fungerade lokalen') as EvaluationQuestion;
    for (const [index, answers] of given.entries()) {
      const choice = pass.choices?.find(({ label }) => label === answers.pass)?.id ?? '';
      const response = await postForm(platform.app, await answerLinkOf(PEOPLE[index] ?? ''), {
        [`answer.${pass.id}`]: choice,
        'answer.overall': answers.overall,
        [`answer.${room.id}`]: answers.room,
        'answer.takeaway': answers.takeaway,
      });
      expect(await response.text()).toContain('Tack för dina svar!');
    }
    expect((await getEvaluation(platform.table, event.id))?.answerCount).toBe(5);
  });

  it('the results count each choice, average the scales and list the free texts', async () => {
    const page = await text((await admin()).get(BASE));
    const chart = (id: string) => {
      const from = page.indexOf(`id="chart-${id}-title"`);
      return page.slice(from, page.indexOf('</figure>', from));
    };
    const pass = chart(await idOf('Vilket pass gav dig mest?'));
    expect(pass).toContain('Antal svar per värde: Kartläggningen: 3, Polisens lägesbild: 1, Panelen: 1.');
    expect(pass).toContain('<tr><td>Kartläggningen</td><td>3</td></tr>');
    expect(pass).not.toContain('Medelvärde');
    expect(chart('overall')).toContain('Medelvärde: 4,2');
    expect(chart(await idOf('Hur väl fungerade lokalen?'))).toContain('Medelvärde: 3,6');
    expect(page).toContain('<li>Kartan över otrygga platser</li>');
    expect(page).toContain('<li>Medborgarlöften</li>');
  });

  it('the export has a column per question asked, in its order', async () => {
    const organiser = await admin();
    const csv = (await text(organiser.get(`${BASE}.csv`)))
      .replace('\uFEFF', '')
      .split('\r\n')
      .filter(Boolean);
    expect(csv[0]).toBe(
      'Vilket pass gav dig mest?;Hur nöjd är du med dagen som helhet?;Vad tar du med dig?;Hur väl fungerade lokalen?',
    );
    expect(csv).toHaveLength(6);
    expect(csv).toContain('Panelen;4;Samverkan med polisen;3');
    const xlsx = await organiser.get(`${BASE}.xlsx`);
    const sheet = readZip(Buffer.from(await xlsx.arrayBuffer())).get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet.match(/<row /g)).toHaveLength(6);
    expect(sheet.match(/<c /g)).toHaveLength(6 * 4);
  });

  it('the answers name nobody', async () => {
    const registrations = await listRegistrations(platform.table, event.id);
    const answers = (await tableItems(platform.table)).filter((item) =>
      String(item.SK).startsWith('EVALANSWER#'),
    );
    expect(answers).toHaveLength(5);
    for (const item of answers)
      for (const registration of registrations) {
        expect(JSON.stringify(item)).not.toContain(registration.id);
        expect(JSON.stringify(item)).not.toContain(registration.email);
      }
  });
});

describe('once answers have come', () => {
  it('the page says questions can no longer be removed or change type, and offers no removal', async () => {
    const page = await text((await admin()).get(BASE));
    expect(page).toContain(
      '5 personer har svarat. Frågor kan inte längre tas bort eller byta typ, så att svaren går att jämföra',
    );
    expect(page).not.toContain('aria-label="Ta bort:');
  });

  it('refuses to remove a question with a clear message, and changes nothing', async () => {
    const before = await getEvaluation(platform.table, event.id);
    const refused = await (await admin()).post(`${BASE}/questions/takeaway/remove`, {
      version: await version(),
    });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain(
      'Frågan kan inte tas bort eller byta typ: någon har redan svarat på utvärderingen. Du kan rätta texterna.',
    );
    expect(await getEvaluation(platform.table, event.id)).toEqual(before);
  });

  it('keeps a question’s type, but takes a corrected text', async () => {
    const organiser = await admin();
    const room = await idOf('Hur väl fungerade lokalen?');
    const form = await text(organiser.get(`${BASE}/questions/${room}`));
    expect(form).toContain('Typen kan inte ändras när någon har svarat.');
    const saved = await organiser.post(`${BASE}/questions/${room}`, {
      type: 'short-text',
      label: 'Hur väl fungerade lokalen och tekniken?',
      version: await version(),
    });
    expect(await saved.text()).toContain('Frågorna är sparade.');
    expect((await asked()).find(({ id }) => id === room)).toMatchObject({
      type: 'scale',
      label: 'Hur väl fungerade lokalen och tekniken?',
    });
  });
});
