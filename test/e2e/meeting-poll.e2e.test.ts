import { afterAll, describe, expect, it } from 'vitest';
import { hashEmail } from '#security/secret-token.ts';
import { putOrganiser } from '#store/transactions/organiser-accounts.ts';
import { expectNoAxeViolations, launchBrowser } from '#test/support/browser.ts';
import { signInThroughMail } from '#test/support/browser-sign-in.ts';
import { FIXTURE_TODAY, putMotorburenProblematik } from '#test/support/conference-fixture.ts';
import { putGroupMembers } from '#test/support/group-member-fixture.ts';
import { inviteIn, mailTo } from '#test/support/read-mail.ts';
import { serveOverHttp } from '#test/support/serve-over-http.ts';
import { createTestPlatform } from '#test/support/test-platform.ts';

const ORGANISER = 'samordnare.poll@lansstyrelsen.se';
const ONLINE_LINK = 'https://meet.example.se/motorburen';
const FIRST_TIME = 'tisdag 13 april 2027, 09.00–12.00 (CEST)';
const SECOND_TIME = 'onsdag 14 april 2027, 13.00–16.00 (CEST)';

const platform = await createTestPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
afterAll(() => platform.stop());
const event = await putMotorburenProblematik(platform.table, 'motorburen-poll', { onlineLink: ONLINE_LINK });
const [member, ...others] = await putGroupMembers(platform.table, event, [
  ['1490', 'Borås'],
  ['1488', 'Trollhättan'],
]);
await putOrganiser(platform.table, hashEmail(ORGANISER), {
  email: ORGANISER,
  name: 'Camilla Samordnare',
  organisationId: 'lansstyrelsen-vg',
  role: 'editor',
});
const baseUrl = await serveOverHttp(platform);
const onThisServer = (url: string) => url.replace('http://traffpunkt.test', baseUrl);

const browser = await launchBrowser();
const page = await browser.newPage();

const seeHeading = (name: string, level = 1) =>
  page.getByRole('heading', { level, name, exact: true }).waitFor();

describe('a date poll for meeting 4 of Motorburen problematik, in the browser', () => {
  it('is proposed by the organiser from the meetings page', async () => {
    await signInThroughMail(page, platform, baseUrl, ORGANISER);

    await page.goto(`${baseUrl}/organiser/events/${event.id}`);
    await page
      .getByRole('navigation', { name: 'Evenemangets sidor' })
      .getByRole('link', { name: 'Träffar' })
      .click();
    await seeHeading(`Träffar: ${event.title}`);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Ändra träff 4' }).click();
    await seeHeading(`Träff 4: ${event.title}`);
    const proposals: [string, string, string][] = [
      ['2027-04-13', '09:00', '12:00'],
      ['2027-04-14', '13:00', '16:00'],
    ];
    for (const [row, [date, start, end]] of proposals.entries()) {
      const fields = page.getByRole('group', { name: `Förslag ${row + 1}`, exact: true });
      await fields.getByLabel('Datum').fill(date);
      await fields.getByLabel('Börjar').fill(start);
      await fields.getByLabel('Slutar').fill(end);
    }
    await page.getByRole('button', { name: 'Skicka datumförslaget' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Datumförslaget är skickat till 4 medlemmar.' })
      .waitFor();
    await expectNoAxeViolations(page);
  });

  it('is answered by a member through the link in their e-mail, after a first try that left a time out', async () => {
    await platform.deliverOutbox();
    const mail = (await mailTo(platform.mailbox, member?.member.email ?? '')).find((message) =>
      message.subject?.endsWith('vilka tider passar för träff 4?'),
    );
    const pollLink = mail?.text?.match(/http:\/\/traffpunkt\.test\/groups\/[\w-]+/)?.[0];
    expect(pollLink, 'the member’s link in the poll e-mail').toBeDefined();
    await page.goto(onThisServer(pollLink ?? ''));
    await seeHeading(`${event.title}: gruppens sida`);
    await expectNoAxeViolations(page);

    await page.getByRole('group', { name: FIRST_TIME }).getByLabel('Ja').check();
    await page.getByRole('button', { name: 'Spara mitt svar' }).click();
    await page.getByRole('alert').filter({ hasText: 'Svaret sparades inte' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('group', { name: FIRST_TIME }).getByLabel('Ja').check();
    await page.getByRole('group', { name: SECOND_TIME }).getByLabel('Nej').check();
    await page.getByRole('button', { name: 'Spara mitt svar' }).click();
    await page.getByRole('status').filter({ hasText: 'Ditt svar är sparat.' }).waitFor();
    expect(await page.getByRole('group', { name: FIRST_TIME }).getByLabel('Ja').isChecked()).toBe(true);
    await expectNoAxeViolations(page);
  });

  it('is closed by the organiser fixing the date, and every member gets the invite', async () => {
    await page.goto(`${baseUrl}/organiser/events/${event.id}/meetings/4`);
    await page.getByRole('table', { name: 'Svar per kommun och föreslagen tid' }).waitFor();
    expect(await page.getByRole('row', { name: /^Borås/ }).textContent()).toContain(
      'Kan (1 ja, 0 om det behövs, 0 nej)',
    );
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: `Fastställ ${FIRST_TIME}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Träff 4 är fastställd till ${FIRST_TIME}.` })
      .waitFor();
    await expectNoAxeViolations(page);

    await platform.deliverOutbox();
    for (const { member: each } of [member, ...others].filter((one) => one !== undefined)) {
      const invite = (await mailTo(platform.mailbox, each.email)).find(
        (message) => message.subject === `${event.title}: träff 4 har fått ett datum`,
      );
      const { method, vevent } = inviteIn(invite);
      expect(method).toBe('REQUEST');
      expect(vevent.getFirstPropertyValue('location')).toBe(ONLINE_LINK);
    }
    await page.goto(`${baseUrl}/groups/${member?.token}`);
    await page.getByText(FIRST_TIME).first().waitFor();
    await expectNoAxeViolations(page);
  });
});
