import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashEmail } from '#security/secret-token.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { putOrganiser } from '#store/transactions/organiser-accounts.ts';
import { expectNoAxeViolations, launchBrowser } from '#test/support/browser.ts';
import { FIXTURE_TODAY, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { postForm } from '#test/support/post-form.ts';
import { PDF_BYTES } from '#test/support/post-upload.ts';
import { servedTestPlatform } from '#test/support/serve-over-http.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';

const { platform, baseUrl } = await servedTestPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
const event = await putTrygghetsdag(platform.table, 'trygghetsdag-presentationer');
const session = (await getEventPage(platform.table, event.id))?.slots.find(
  ({ title }) => title === 'Öppna drogscener',
);
if (!session) throw new Error('the fixture lacks the session on open drug scenes');
await postForm(platform.app, `/events/${event.id}/sign-up`, signUpFields('Örjan Åkesson', 'orjan@lund.se'));
await putOrganiser(platform.table, hashEmail('konferens@skr.se'), {
  email: 'konferens@skr.se',
  name: 'Konferens SKR',
  organisationId: 'skr',
  role: 'editor',
});
const slides = join(tmpdir(), 'oppna-drogscener.pdf');
await writeFile(slides, PDF_BYTES);
const browser = await launchBrowser();
const organiser = await browser.newPage();
const participant = await browser.newPage();

/** Opens the newest mail with this subject in the local mailbox and follows the link in it that matches. */
async function followLinkInMail(page: typeof organiser, subject: RegExp, link: RegExp) {
  await platform.deliverOutbox();
  await page.goto(`${baseUrl}/mailbox`);
  await page.getByRole('link', { name: subject }).first().click();
  await page.getByRole('region', { name: 'Plain text' }).getByRole('link', { name: link }).click();
}

describe('an organiser the day after the conference', () => {
  it("uploads the speaker's PDF to the session, for participants only", async () => {
    platform.setNow(new Date(Date.parse(event.endsAt) + 3_600_000).toISOString());
    await organiser.goto(`${baseUrl}/organiser/sign-in`);
    await organiser.getByLabel('E-postadress').fill('konferens@skr.se');
    await organiser.getByRole('button', { name: 'Skicka inloggningslänk' }).click();
    await followLinkInMail(organiser, /Din inloggningslänk till Träffpunkt/, /\/organiser\/sign-in\//);
    await organiser.getByRole('button', { name: 'Logga in' }).click();
    await organiser.goto(`${baseUrl}/organiser/events/${event.id}/presentations`);
    await organiser.getByRole('link', { name: 'Lägg till fil till Öppna drogscener' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Lägg till fil' }).waitFor();
    await organiser.getByLabel('Rubrik').fill('Öppna drogscener – bilderna');
    await organiser.getByLabel('Bara deltagarna').check();
    await organiser.getByLabel('PDF', { exact: true }).check();
    await expectNoAxeViolations(organiser);
    await organiser.getByRole('button', { name: 'Fortsätt till uppladdningen' }).click();
    await organiser
      .getByRole('heading', { level: 1, name: 'Ladda upp ”Öppna drogscener – bilderna”' })
      .waitFor();
    await expectNoAxeViolations(organiser);
    await organiser.getByLabel('Välj filen (PDF, högst 50 MB)').setInputFiles(slides);
    await organiser.getByRole('button', { name: 'Ladda upp' }).click();
    await organiser
      .getByRole('status')
      .filter({ hasText: '”Öppna drogscener – bilderna” är uppladdad.' })
      .waitFor();
    expect(
      await organiser
        .getByRole('region', { name: 'Öppna drogscener' })
        .getByRole('link', { name: 'Öppna drogscener – bilderna' })
        .count(),
    ).toBe(1);
    await expectNoAxeViolations(organiser);
  });
});

describe('Örjan, who took part', () => {
  it('gets one mail that the presentations are there and downloads the file through its signed address', async () => {
    expect(await platform.runJobs()).toMatchObject({ presentationMailsQueued: 1 });
    expect(await platform.runJobs()).toMatchObject({ presentationMailsQueued: 0 });
    await followLinkInMail(
      participant,
      new RegExp(`Presentationerna från ${event.title} finns nu här`),
      /\/manage\/.+\/presentations$/,
    );
    await participant.getByRole('heading', { level: 1, name: 'Presentationer' }).waitFor();
    await expectNoAxeViolations(participant);
    const [download] = await Promise.all([
      participant.waitForEvent('download'),
      participant.getByRole('link', { name: 'Öppna drogscener – bilderna' }).click(),
    ]);
    // The name keeps å, ä, ö and drops what some systems refuse in a file name (the dash).
    expect(download.suggestedFilename()).toBe('Öppna drogscener bilderna.pdf');
    expect(new Uint8Array(await readFile(await download.path()))).toEqual(PDF_BYTES);
    // The file came from the storage's own address, signed for a few minutes, never from a public one.
    const signed = new URL(download.url());
    expect(signed.origin).toBe(platform.files.uploadOrigin);
    expect(signed.searchParams.get('signature')).toBeTruthy();
    platform.setNow(new Date(platform.context.clock().getTime() + 6 * 60_000).toISOString());
    expect((await fetch(signed)).status).toBe(403);
  });

  it('and nobody without his link gets it from the public page', async () => {
    const anyone = await browser.newPage();
    await anyone.goto(`${baseUrl}/events/${event.id}`);
    expect(await anyone.getByRole('link', { name: 'Öppna drogscener – bilderna' }).count()).toBe(0);
    await anyone.close();
    await browser.close();
  });
});
