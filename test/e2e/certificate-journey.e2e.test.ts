import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { hashEmail } from '#security/secret-token.ts';
import { putOrganiser } from '#store/transactions/organiser-accounts.ts';
import { expectNoAxeViolations, launchBrowser } from '#test/support/browser.ts';
import { FIXTURE_TODAY, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { pdfText } from '#test/support/pdf-text.ts';
import { postForm } from '#test/support/post-form.ts';
import { readZipBytes } from '#test/support/read-zip.ts';
import { servedTestPlatform } from '#test/support/serve-over-http.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';

const { platform, baseUrl } = await servedTestPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
const event = await putTrygghetsdag(platform.table, 'trygghetsdag-intyg');
await postForm(
  platform.app,
  `/events/${event.id}/sign-up`,
  signUpFields('Åsa Öberg-Ängström', 'asa@umea.se'),
);
await putOrganiser(platform.table, hashEmail('konferens@skr.se'), {
  email: 'konferens@skr.se',
  name: 'Konferens SKR',
  organisationId: 'skr',
  role: 'editor',
});
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

describe('an organiser on the morning of the conference', () => {
  it('checks Åsa in at the door', async () => {
    platform.setNow(new Date(Date.parse(event.startsAt) - 15 * 60_000).toISOString());
    await organiser.goto(`${baseUrl}/organiser/sign-in`);
    await organiser.getByLabel('E-postadress').fill('konferens@skr.se');
    await organiser.getByRole('button', { name: 'Skicka inloggningslänk' }).click();
    await followLinkInMail(organiser, /Din inloggningslänk till Träffpunkt/, /\/organiser\/sign-in\//);
    await organiser.getByRole('button', { name: 'Logga in' }).click();
    await organiser.goto(`${baseUrl}/organiser/events/${event.id}/check-in`);
    await organiser.getByRole('button', { name: 'Checka in Åsa Öberg-Ängström' }).click();
    await organiser.getByRole('status').filter({ hasText: 'Åsa Öberg-Ängström är incheckad.' }).waitFor();
  });

  it('finds her certificate among all of them, in one ZIP', async () => {
    await organiser.getByRole('link', { name: 'Intyg', exact: true }).click();
    await organiser.getByRole('heading', { level: 1, name: `Intyg: ${event.title}` }).waitFor();
    expect(await organiser.getByText('1 deltagare är incheckad.').count()).toBe(1);
    await expectNoAxeViolations(organiser);
    const [zip] = await Promise.all([
      organiser.waitForEvent('download'),
      organiser.getByRole('link', { name: 'Ladda ned alla intyg (ZIP)' }).click(),
    ]);
    expect(zip.suggestedFilename()).toBe('trygghetsdag-intyg-intyg.zip');
    const files = readZipBytes(await readFile(await zip.path()));
    const [[name, pdf] = ['', Buffer.alloc(0)]] = [...files];
    expect(name).toMatch(/^Åsa Öberg-Ängström TP-/);
    expect(await pdfText(pdf)).toContain('Åsa Öberg-Ängström');
  });
});

describe('Åsa, the evening after', () => {
  let checkUrl = '';

  it('downloads her certificate from her booking page, and it reads back with å, ä and ö', async () => {
    platform.setNow(new Date(Date.parse(event.endsAt) + 2 * 3_600_000).toISOString());
    await followLinkInMail(participant, /Trygghetsdag/, /\/manage\//);
    await participant.getByRole('heading', { level: 2, name: 'Intyg om deltagande' }).waitFor();
    await expectNoAxeViolations(participant);
    const [download] = await Promise.all([
      participant.waitForEvent('download'),
      participant.getByRole('link', { name: 'Ladda ned ditt intyg (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Åsa Öberg-Ängström.pdf');
    const text = await pdfText(await readFile(await download.path()));
    const lines = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect(lines.slice(0, 4)).toEqual([
      'Intyg om deltagande',
      'Härmed intygas att',
      'Åsa Öberg-Ängström',
      'har deltagit i',
    ]);
    checkUrl = text.match(/http:\/\/localhost:\d+\/certificates\/TP[-0-9A-Z]+/)?.[0] ?? '';
    expect(checkUrl).not.toBe('');
  });

  it('and whoever she shows it to can check that it is genuine', async () => {
    await participant.goto(checkUrl);
    await participant.getByRole('status').filter({ hasText: 'Intyget är äkta.' }).waitFor();
    expect(await participant.getByText(`Åsa Öberg-Ängström har deltagit i ${event.title}.`).count()).toBe(1);
    await expectNoAxeViolations(participant);
  });
});
