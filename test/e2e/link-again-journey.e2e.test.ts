import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from '#test/support/browser.ts';
import { FIXTURE_TODAY, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { postForm } from '#test/support/post-form.ts';
import { servedTestPlatform } from '#test/support/serve-over-http.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';

// Served where its mail links point, so a link is followed from the mailbox as a mail client would.
const { platform, baseUrl } = await servedTestPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
const event = await putTrygghetsdag(platform.table, 'trygghetsdag-lost-link');
await postForm(platform.app, `/events/${event.id}/sign-up`, signUpFields('Greta Berg', 'greta@skr.se'));

const browser = await launchBrowser();
const page = await browser.newPage();

const seeHeading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

/** Opens the newest message with this subject in the local mailbox and follows its manage link. */
async function followLinkInMail(subject: string) {
  await platform.deliverOutbox();
  await page.goto(`${baseUrl}/mailbox`);
  await page.getByRole('link', { name: subject }).first().click();
  await seeHeading(subject);
  await page
    .getByRole('region', { name: 'Plain text' })
    .getByRole('link', { name: /\/manage\// })
    .click();
}

const fact = (term: string) => page.locator(`dt:text-is("${term}") + dd`).textContent();

describe('a participant who lost the link to her booking', () => {
  it('finds the link-again page from the event page, with the event chosen', async () => {
    await page.goto(`${baseUrl}/events/${event.id}`);
    await page.getByRole('link', { name: 'Har du tappat bort din länk?' }).click();
    await seeHeading('Skicka min länk igen');
    expect(await page.getByLabel('Evenemang').inputValue()).toBe(event.id);
    await expectNoAxeViolations(page);
  });

  it('is told what is missing, in an error summary that leads to the field', async () => {
    await page.getByRole('button', { name: 'Skicka länken' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.getByRole('link').textContent()).toBe(
      'E-postadress: Skriv en e-postadress i formen namn@exempel.se.',
    );
    await expectNoAxeViolations(page);
    await summary.getByRole('link').click();
    expect(await page.getByLabel('E-postadress').evaluate((field) => field === document.activeElement)).toBe(
      true,
    );
  });

  it('asks for her link, gets it by mail and lands on her booking', async () => {
    await page.getByLabel('E-postadress').fill('greta@skr.se');
    await page.getByRole('button', { name: 'Skicka länken' }).click();
    await page.getByRole('status').filter({ hasText: 'Om greta@skr.se är anmäld' }).waitFor();
    await expectNoAxeViolations(page);

    await followLinkInMail(`Din anmälan till ${event.title}`);
    await seeHeading('Din anmälan');
    expect(await fact('Namn')).toBe('Greta Berg');
    expect(await fact('Status')).toBe('Anmäld');
    await expectNoAxeViolations(page);
  });

  it('replaces a link that leaked: the old one then says so and leads to the link-again page', async () => {
    const leaked = page.url();
    await page.getByRole('button', { name: 'Byt ut min länk' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Vi har skickat en ny länk till greta@skr.se.' })
      .waitFor();

    await page.goto(leaked);
    await seeHeading('Länken har bytts ut');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Skicka min länk igen' }).click();
    await seeHeading('Skicka min länk igen');
    expect(await page.getByLabel('Evenemang').inputValue()).toBe(event.id);

    await followLinkInMail(`Ny länk till din anmälan: ${event.title}`);
    expect(await fact('Namn')).toBe('Greta Berg');
  });
});
