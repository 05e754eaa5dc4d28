import { describe, expect, it } from 'vitest';
import { hashEmail } from '#security/secret-token.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { checkIn } from '#store/transactions/check-in.ts';
import { putOrganiser } from '#store/transactions/organiser-accounts.ts';
import { expectNoAxeViolations, launchBrowser } from '#test/support/browser.ts';
import { FIXTURE_TODAY, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { servedTestPlatform } from '#test/support/serve-over-http.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';

const { platform, baseUrl } = await servedTestPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
const event = await putTrygghetsdag(platform.table, 'trygghetsdag-utvardering');
const PEOPLE = ['asa', 'bjorn', 'cecilia', 'dan', 'ebba'];
for (const name of PEOPLE)
  await postForm(
    platform.app,
    `/events/${event.id}/sign-up`,
    signUpFields(`${name} Lind`, `${name}@umea.se`),
  );
for (const registration of await listRegistrations(platform.table, event.id))
  await checkIn(platform.table, event.id, registration.id, event.startsAt);
await putOrganiser(platform.table, hashEmail('konferens@skr.se'), {
  email: 'konferens@skr.se',
  name: 'Konferens SKR',
  organisationId: 'skr',
  role: 'editor',
});
const browser = await launchBrowser();
const organiser = await browser.newPage();
const participant = await browser.newPage();

async function signIn() {
  await organiser.goto(`${baseUrl}/organiser/sign-in`);
  await organiser.getByLabel('E-postadress').fill('konferens@skr.se');
  await organiser.getByRole('button', { name: 'Skicka inloggningslänk' }).click();
  await platform.deliverOutbox();
  const path = (await mailTo(platform.mailbox, 'konferens@skr.se'))
    .at(-1)
    ?.text?.match(/\/organiser\/sign-in\/[\w-]+/)?.[0];
  await organiser.goto(`${baseUrl}${path}`);
  await organiser.getByRole('button', { name: 'Logga in', exact: true }).click();
  await organiser.waitForURL(/\/organiser$/);
}

/** The answer link in the invitation to `name`, as the mail client shows it. */
const answerLink = async (name: string) =>
  (await mailTo(platform.mailbox, `${name}@umea.se`))
    .find(({ subject }) => subject?.startsWith('Vad tyckte du om'))
    ?.text?.match(/http:\/\/localhost:\d+\/events\/[\w-]+\/evaluation\/[\w-]+/)?.[0] ?? '';

describe('an organiser before the conference', () => {
  it('sets up the evaluation for those checked in, with the last day to answer', async () => {
    await signIn();
    await organiser.goto(`${baseUrl}/organiser/events/${event.id}`);
    await organiser.getByRole('link', { name: 'Utvärdering', exact: true }).click();
    await expectNoAxeViolations(organiser);
    await organiser.getByLabel('Sista svarsdag').fill('2027-01-01');
    await organiser.getByRole('button', { name: 'Spara utvärderingen' }).click();
    await organiser.getByRole('alert').filter({ hasText: 'Sista svarsdag måste vara efter' }).waitFor();
    await expectNoAxeViolations(organiser);
    await organiser.getByLabel('Sista svarsdag').fill('2027-02-18');
    await organiser.getByRole('button', { name: 'Spara utvärderingen' }).click();
    await organiser.getByRole('status').filter({ hasText: 'Utvärderingen är sparad.' }).waitFor();
  });

  it('adds a one-choice question of their own to the standard questions', async () => {
    await organiser.getByRole('link', { name: 'Lägg till en fråga' }).click();
    await organiser.getByLabel('Ett val').check();
    await organiser.getByLabel('Fråga (svenska)').fill('Vilket pass gav dig mest?');
    await organiser.getByLabel('Alternativ 1').fill('Kartläggningen');
    await organiser.getByLabel('Alternativ 2').fill('Panelen');
    await expectNoAxeViolations(organiser);
    await organiser.getByRole('button', { name: 'Spara frågan' }).click();
    await organiser.getByRole('status').filter({ hasText: 'Frågorna är sparade.' }).waitFor();
    await organiser.getByText('Ett val: Kartläggningen / Panelen').waitFor();
    await expectNoAxeViolations(organiser);
  });
});

describe('Åsa, after the conference', () => {
  it('gets the evaluation by mail once the event has ended, answers it, and cannot answer twice', async () => {
    platform.setNow(new Date(Date.parse(event.endsAt) + 3_600_000).toISOString());
    expect(await platform.runJobs()).toMatchObject({ evaluationInvitationsQueued: 5 });
    await platform.deliverOutbox();
    // Her own invitation: the mailbox lists everyone's, newest first.
    const invitation = (await mailTo(platform.mailbox, 'asa@umea.se')).find(({ subject }) =>
      subject?.startsWith('Vad tyckte du om'),
    );
    expect(invitation?.subject).toBe(`Vad tyckte du om ${event.title}?`);
    await participant.goto(await answerLink('asa'));
    await participant.getByRole('heading', { level: 1, name: `Utvärdering: ${event.title}` }).waitFor();
    await expectNoAxeViolations(participant);
    const link = participant.url();
    await participant
      .getByRole('group', { name: /^Hur nöjd är du med dagen som helhet\?/ })
      .getByLabel('5 – I mycket hög grad')
      .check();
    await participant
      .getByRole('group', { name: /^Vilket pass gav dig mest\?/ })
      .getByLabel('Panelen')
      .check();
    await participant.getByLabel('Vad tar du med dig?').fill('Hur Norrtälje gick från strategi till praktik');
    await participant.getByRole('button', { name: 'Skicka svaren' }).click();
    await participant.getByRole('status').filter({ hasText: 'Tack för dina svar!' }).waitFor();
    await expectNoAxeViolations(participant);
    await participant.goto(link);
    await participant.getByText('Du har redan svarat på utvärderingen med den här länken.').waitFor();
  });
});

describe('the organiser, as the answers come in', () => {
  it('sees results only from the fifth answer: a chart and a table per scale, and the free texts', async () => {
    for (const [name, overall] of [
      ['bjorn', '4'],
      ['cecilia', '4'],
      ['dan', '3'],
    ] as const)
      await postForm(platform.app, new URL(await answerLink(name)).pathname, { 'answer.overall': overall });
    await signIn();
    await organiser.goto(`${baseUrl}/organiser/events/${event.id}/evaluation`);
    await organiser.getByText('Resultaten visas när minst 5 har svarat').waitFor();
    await postForm(platform.app, new URL(await answerLink('ebba')).pathname, { 'answer.overall': '5' });
    await organiser.reload();
    await organiser
      .getByRole('img', {
        name: /^Svar på frågan ”Hur nöjd är du med dagen som helhet\?” Antal svar per värde: 1: 0, 2: 0, 3: 1, 4: 2, 5: 2\.$/,
      })
      .waitFor();
    expect(await organiser.getByText('Medelvärde: 4,2').count()).toBe(1);
    expect(await organiser.getByText('Hur Norrtälje gick från strategi till praktik').count()).toBe(1);
    await organiser
      .getByRole('img', {
        name: /^Svar på frågan ”Vilket pass gav dig mest\?” Antal svar per värde: Kartläggningen: 0, Panelen: 1\.$/,
      })
      .waitFor();
    await expectNoAxeViolations(organiser);
  }, 60_000);

  it('sees the attendance figures, whose wide tables scroll on a phone', async () => {
    await organiser
      .getByRole('navigation', { name: 'Evenemangets sidor' })
      .getByRole('link', { name: 'Närvaro', exact: true })
      .click();
    await organiser
      .getByRole('img', { name: /^Anmälningar till .* Anmälda 5, Bekräftade 5, Incheckade 5, Uteblivna 0/ })
      .waitFor();
    await organiser.setViewportSize({ width: 375, height: 800 });
    await expectNoAxeViolations(organiser);
    await organiser.getByRole('link', { name: 'Närvaro på alla evenemang' }).click();
    await organiser
      .getByRole('heading', { level: 1, name: 'Närvaro på organisationens evenemang' })
      .waitFor();
    await expectNoAxeViolations(organiser);
  });
});
