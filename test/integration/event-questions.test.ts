import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '#store/entities/audit-entry.ts';
import { getNeeds } from '#store/entities/needs.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { tableSnapshot } from '#test/support/table-snapshot.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
const EVENT = 'questions-conference';
const QUESTIONS = `/organiser/events/${EVENT}/questions`;

let platform: TestPlatform;
let editor: ReturnType<typeof asOrganiser>;
afterAll(() => platform.stop());

beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  // The demo's Trygghetsdag, published, with its question "Vilket pass vill du helst diskutera?".
  await putTrygghetsdag(platform.table, EVENT, { capacity: 10 });
  editor = asOrganiser(platform, await signedInOrganiser(platform, 'redaktor@skr.se', 'skr', 'editor'));
});

const version = async () => String((await getEventPage(platform.table, EVENT))?.event.version ?? 0);
const questions = async () => (await getEventPage(platform.table, EVENT))?.event.questions ?? [];
const signUp = (name: string, email: string, answers: Record<string, string>) =>
  postForm(platform.app, `/events/${EVENT}/sign-up`, {
    ...signUpFields(name, email),
    organisationKind: 'kommun',
    ...answers,
  });

describe('an event’s own questions', () => {
  it('are added by an organiser after publishing, one of them sensitive, each noted in the audit trail', async () => {
    const added = await editor.post(`${QUESTIONS}/new`, {
      version: await version(),
      type: 'yes-no',
      label: 'Behöver du hörslinga?',
      purpose: 'Så att lokalen kan ordna den.',
      required: 'yes',
      sensitive: 'yes',
    });
    expect(added.status).toBe(200);
    expect(await added.text()).toContain('Frågorna är sparade.');
    const [pass, horslinga] = await questions();
    expect(pass?.label).toBe('Vilket pass vill du helst diskutera?');
    expect(horslinga).toMatchObject({ type: 'yes-no', required: true, sensitive: true });
    const { entries } = await listAuditEntries(platform.table, 'skr');
    expect(
      entries.some((entry) =>
        entry.detail?.includes('Behöver du hörslinga? (Ja eller nej, obligatorisk, känslig)'),
      ),
    ).toBe(true);
  });

  it('refuses a question without a kind or wording, in the organiser’s words, and changes nothing', async () => {
    const before = await tableSnapshot(platform.table);
    const refused = await editor.post(`${QUESTIONS}/new`, { version: await version(), type: 'one-choice' });
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toContain('Fyll i fältet.');
    expect(page).toContain('Ge minst två alternativ.');
    expect(await tableSnapshot(platform.table)).toEqual(before);
  });

  it('asks the questions on the sign-up form and refuses a wrong answer in the reader’s language', async () => {
    const form = await (await platform.app.request(`/events/${EVENT}/sign-up`)).text();
    expect(form).toMatch(/type="radio"[^>]*name="answer.diskussionspass"[^>]*value="krafttag"/);
    expect(form).toContain('Varför vi frågar: Så att lokalen kan ordna den.');
    const norwegian = await (
      await platform.app.request(`/events/${EVENT}/sign-up`, { headers: { 'accept-language': 'nb' } })
    ).text();
    // The organiser's own Norwegian wording; the choices stay Swedish, and say so (WCAG 3.1.2).
    expect(norwegian).toContain('<legend>Hvilken økt vil du helst diskutere? (valgfritt)</legend>');
    expect(norwegian).toContain('<label for="field-answer.diskussionspass-krafttag" lang="sv">');
    expect(norwegian).toContain('<legend lang="sv">Behöver du hörslinga?</legend>');
    const refused = await signUp('Kerstin Rörsch', 'kerstin@umea.se', { 'answer.diskussionspass': 'golf' });
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toContain('Välj ett av alternativen.');
    expect(page).toContain('Svara ja eller nej.');
    expect(await listRegistrations(platform.table, EVENT)).toEqual([]);
  });

  it('keeps sensitive answers with the needs, and counts them only', async () => {
    const [horslinga] = (await questions()).slice(1);
    const field = `answer.${horslinga?.id}`;
    expect(
      (
        await signUp('Kerstin Rörsch', 'kerstin@umea.se', {
          'answer.diskussionspass': 'krafttag',
          [field]: 'yes',
        })
      ).status,
    ).toBe(201);
    expect(
      (await signUp('Seth Åberg', 'seth@umea.se', { 'answer.diskussionspass': 'krafttag', [field]: 'no' }))
        .status,
    ).toBe(201);
    expect(
      (
        await signUp('Anna Glas', 'anna@norrtalje.se', {
          'answer.diskussionspass': 'euphoria',
          [field]: 'yes',
        })
      ).status,
    ).toBe(201);
    const kerstin = (await listRegistrations(platform.table, EVENT)).find(
      (r) => r.email === 'kerstin@umea.se',
    );
    expect(kerstin?.answers).toEqual({ diskussionspass: 'krafttag' });
    expect((await getNeeds(platform.table, EVENT, kerstin?.id ?? '')).answers).toEqual({
      [horslinga?.id ?? '']: 'yes',
    });

    const summary = await (await editor.get(QUESTIONS)).text();
    expect(summary).toMatch(/Krafttag mot narkotika<\/td><td>2</);
    expect(summary).toMatch(/Euphoria – vad hände sen\?<\/td><td>1</);
    expect(summary).toMatch(/Ja<\/td><td>2</);
    expect(summary).toContain('Känslig fråga: svaren visas bara som antal.');

    const csv = await (await editor.get(`/organiser/events/${EVENT}/participants.csv`)).text();
    expect(csv.split('\r\n')[0]).toMatch(/;Vilket pass vill du helst diskutera\?$/);
    expect(csv).toContain(';Krafttag mot narkotika\r\n');
    expect(csv).not.toContain('hörslinga');
  });

  it('keeps the answers to a reworded choice and, once the question is removed, in the export', async () => {
    const [pass] = await questions();
    const reworded = await editor.post(`${QUESTIONS}/${pass?.id}`, {
      version: await version(),
      label: pass?.label ?? '',
      ...Object.fromEntries((pass?.choices ?? []).map((choice) => [`choice.${choice.id}`, choice.label])),
      'choice.krafttag': 'Krafttag',
    });
    expect(reworded.status).toBe(200);
    expect(await reworded.text()).toMatch(/Krafttag<\/td><td>2</);

    const removed = await editor.post(`${QUESTIONS}/${pass?.id}/remove`, { version: await version() });
    expect(removed.status).toBe(200);
    const form = await (await platform.app.request(`/events/${EVENT}/sign-up`)).text();
    expect(form).not.toContain('Vilket pass vill du helst diskutera?');
    const csv = await (await editor.get(`/organiser/events/${EVENT}/participants.csv`)).text();
    expect(csv.split('\r\n')[0]).toContain('Vilket pass vill du helst diskutera? (borttagen fråga)');
    expect(csv).toContain(';Krafttag\r\n');
  });

  it('refuses a change from a page read before someone else saved, and stores nothing', async () => {
    const before = await tableSnapshot(platform.table);
    const [, horslinga] = await questions();
    const stale = await editor.post(`${QUESTIONS}/${horslinga?.id}/remove`, { version: '1' });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('Någon annan ändrade evenemanget under tiden.');
    expect(await tableSnapshot(platform.table)).toEqual(before);
  });

  it('lets a participant change their answers until the deadline, then shows them as given', async () => {
    await platform.deliverOutbox();
    const link = (await mailTo(platform.mailbox, 'seth@umea.se'))
      .at(-1)
      ?.text?.match(/\/manage\/[A-Za-z0-9_-]+/)?.[0];
    if (!link) throw new Error('Seth got no manage link');
    const [horslinga] = await questions().then((all) => all.filter((question) => !question.removed));
    const field = `answer.${horslinga?.id}`;
    const details = { ...signUpFields('Seth Åberg', 'seth@umea.se'), organisationKind: 'kommun' };
    expect((await postForm(platform.app, `${link}/details`, { ...details, [field]: 'yes' })).status).toBe(
      200,
    );
    const seth = (await listRegistrations(platform.table, EVENT)).find((r) => r.email === 'seth@umea.se');
    expect((await getNeeds(platform.table, EVENT, seth?.id ?? '')).answers).toEqual({
      [horslinga?.id ?? '']: 'yes',
    });

    const event = (await getEventPage(platform.table, EVENT))?.event;
    platform.setNow(new Date(Date.parse(event?.registrationClosesAt ?? '') + 60_000).toISOString());
    const page = await (await platform.app.request(link)).text();
    expect(page).toContain('Svaren kan inte ändras efter sista anmälningsdagen.');
    expect(page).not.toContain(`name="${field}"`);
    expect((await postForm(platform.app, `${link}/details`, { ...details, [field]: 'no' })).status).toBe(200);
    expect((await getNeeds(platform.table, EVENT, seth?.id ?? '')).answers).toEqual({
      [horslinga?.id ?? '']: 'yes',
    });
    expect(
      (await listRegistrations(platform.table, EVENT)).find((r) => r.email === 'seth@umea.se')?.answers,
    ).toEqual({
      diskussionspass: 'krafttag',
    });
  });

  it('erases the sensitive answers with the needs a week after the event', async () => {
    const event = (await getEventPage(platform.table, EVENT))?.event;
    const kerstin = (await listRegistrations(platform.table, EVENT)).find(
      (r) => r.email === 'kerstin@umea.se',
    );
    platform.setNow(new Date(Date.parse(event?.endsAt ?? '') + 8 * 86_400_000).toISOString());
    await platform.runJobs();
    expect(await getNeeds(platform.table, EVENT, kerstin?.id ?? '')).toEqual({});
    const after = (await listRegistrations(platform.table, EVENT)).find((r) => r.email === 'kerstin@umea.se');
    expect(after?.answers).toEqual({ diskussionspass: 'krafttag' });
  });
});
