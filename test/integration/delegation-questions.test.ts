import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignUpQuestion } from '#shared/domain/sign-up-question.ts';
import { getNeeds } from '#store/entities/needs.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { putKsStudyTrip } from '#test/support/conference-fixture.ts';
import { DRAMMEN_INVOICE_FIELDS } from '#test/support/invoice-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { tableSnapshot } from '#test/support/table-snapshot.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
const EVENT = 'ks-delegation-questions';

/** The organiser's two questions: one choice everyone sees counted, one sensitive kept with the needs. */
const QUESTIONS: SignUpQuestion[] = [
  {
    id: 'middag',
    type: 'one-choice',
    label: 'Hvilken middag ønsker du?',
    required: true,
    choices: [
      { id: 'fisk', label: 'Fisk' },
      { id: 'vegetar', label: 'Vegetar' },
    ],
  },
  { id: 'allergi', type: 'yes-no', label: 'Har du en matallergi?', required: true, sensitive: true },
];

let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  await putKsStudyTrip(platform.table, EVENT, { questions: QUESTIONS });
});

/** Drammen's lead form with two members, each with their own answers. */
function drammen(answers: [Record<string, string>, Record<string, string>]) {
  const fields: Record<string, string> = {
    organisation: 'Drammen kommune',
    leadName: 'Kari Nordmann',
    leadEmail: 'kari@drammen.kommune.no',
    ...DRAMMEN_INVOICE_FIELDS,
    intent: 'send-anyway',
    'members.0.name': 'Ola Politiker',
    'members.0.email': 'ola@drammen.kommune.no',
    'members.0.role': 'politician',
    'members.1.name': 'Siri Politi',
    'members.1.email': 'siri@drammen.kommune.no',
    'members.1.role': 'police',
  };
  answers.forEach((given, row) => {
    for (const [id, value] of Object.entries(given)) fields[`members.${row}.answer.${id}`] = value;
  });
  return fields;
}

describe('the questions on the study-trip delegation form', () => {
  it('asks each member the event’s questions in the member’s own row', async () => {
    const form = await (await platform.app.request(`/events/${EVENT}/delegation`)).text();
    expect(form).toMatch(/type="radio"[^>]*name="members.0.answer.middag"[^>]*value="fisk"/);
    expect(form).toMatch(/type="radio"[^>]*name="members.1.answer.allergi"[^>]*value="yes"/);
  });

  it('refuses a missing required answer of member 2 on that member’s field, and stores nothing', async () => {
    const before = await tableSnapshot(platform.table);
    const refused = await postForm(
      platform.app,
      `/events/${EVENT}/delegation`,
      drammen([{ middag: 'fisk', allergi: 'yes' }, { allergi: 'no' }]),
    );
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toContain('Velg ett av alternativene.');
    expect(page).toContain('href="#field-members.1.answer.middag"');
    expect(page).toContain('Deltaker 2: Hvilken middag ønsker du?');
    expect(await tableSnapshot(platform.table)).toEqual(before);
  });

  it('stores each member’s answers on their registration, the sensitive one in their needs, counted only', async () => {
    const registered = await postForm(
      platform.app,
      `/events/${EVENT}/delegation`,
      drammen([
        { middag: 'fisk', allergi: 'yes' },
        { middag: 'vegetar', allergi: 'yes' },
      ]),
    );
    expect(registered.status).toBe(201);
    const members = await listRegistrations(platform.table, EVENT);
    const ola = members.find((member) => member.email === 'ola@drammen.kommune.no');
    const siri = members.find((member) => member.email === 'siri@drammen.kommune.no');
    expect(ola?.answers).toEqual({ middag: 'fisk' });
    expect(siri?.answers).toEqual({ middag: 'vegetar' });
    expect((await getNeeds(platform.table, EVENT, ola?.id ?? '')).answers).toEqual({ allergi: 'yes' });
    expect((await getNeeds(platform.table, EVENT, siri?.id ?? '')).answers).toEqual({ allergi: 'yes' });

    const organiser = asOrganiser(platform, await signedInOrganiser(platform, 'arrangor@ks.no', 'ks'));
    const summary = await (await organiser.get(`/organiser/events/${EVENT}/questions`)).text();
    expect(summary).toMatch(/Fisk<\/td><td>1</);
    expect(summary).toMatch(/Vegetar<\/td><td>1</);
    expect(summary).toMatch(/Ja<\/td><td>2</);
    expect(summary).toContain('Sensitivt spørsmål: svarene vises bare som antall.');
    const csv = await (await organiser.get(`/organiser/events/${EVENT}/participants.csv`)).text();
    expect(csv).toContain('Hvilken middag ønsker du?');
    expect(csv).not.toContain('matallergi');
  });

  it('asks a member the lead adds later the same questions, and stores the answers alike', async () => {
    await platform.deliverOutbox();
    const receipt = (await mailTo(platform.mailbox, 'kari@drammen.kommune.no')).at(-1);
    const lead = receipt?.text?.match(/http:\/\/traffpunkt\.test(\/delegations\/[A-Za-z0-9_-]+)/)?.[1] ?? '';
    const page = await (await platform.app.request(lead)).text();
    expect(page).toMatch(/type="radio"[^>]*name="answer.middag"[^>]*value="fisk"/);
    const member = { name: 'Per Koordinator', email: 'per@drammen.kommune.no', role: 'other' };
    const refused = await postForm(platform.app, `${lead}/members`, { ...member, 'answer.allergi': 'no' });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Velg ett av alternativene.');
    const added = await postForm(platform.app, `${lead}/members`, {
      ...member,
      'answer.middag': 'fisk',
      'answer.allergi': 'no',
    });
    expect(added.status).toBeLessThan(400);
    const per = (await listRegistrations(platform.table, EVENT)).find(
      (registration) => registration.email === 'per@drammen.kommune.no',
    );
    expect(per?.answers).toEqual({ middag: 'fisk' });
    expect((await getNeeds(platform.table, EVENT, per?.id ?? '')).answers).toEqual({ allergi: 'no' });
  });
});
