import { afterAll, describe, expect, it } from 'vitest';
import { hashEmail } from '#security/secret-token.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { putOrganiser } from '#store/transactions/organiser-accounts.ts';
import { expectNoAxeViolations, launchBrowser } from '#test/support/browser.ts';
import { signInThroughMail } from '#test/support/browser-sign-in.ts';
import { FIXTURE_TODAY, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { serveOverHttp } from '#test/support/serve-over-http.ts';
import { createTestPlatform } from '#test/support/test-platform.ts';

const ORGANISER = 'programmet@skr.se';

const platform = await createTestPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
afterAll(() => platform.stop());
await putTrygghetsdag(platform.table, 'slot-journey');
await putOrganiser(platform.table, hashEmail(ORGANISER), {
  email: ORGANISER,
  name: 'Greta Berg',
  organisationId: 'skr',
  role: 'editor',
});
const baseUrl = await serveOverHttp(platform);
const browser = await launchBrowser();
const page = await browser.newPage();

const seeHeading = (name: string, level = 1) =>
  page.getByRole('heading', { level, name, exact: true }).waitFor();
/** The titles of the slots in the programme's main track (the one without a name), in order. */
const titles = async () =>
  ((await getEventPage(platform.table, 'slot-journey'))?.slots ?? [])
    .filter(({ track }) => track === undefined)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map(({ title }) => title);

/** The titles of every slot stored, in any track. */
const storedTitles = async () =>
  ((await getEventPage(platform.table, 'slot-journey'))?.slots ?? []).map(({ title }) => title);

describe('an organiser editing the programme slot by slot, in the browser', () => {
  it('adds a session after the form has pointed out what was wrong', async () => {
    await signInThroughMail(page, platform, baseUrl, ORGANISER);
    await page.goto(`${baseUrl}/organiser/events/slot-journey/programme`);
    await page.getByRole('link', { name: 'Lägg till ett pass' }).click();
    await seeHeading('Nytt pass');
    await expectNoAxeViolations(page);

    await page.getByLabel('Börjar').fill('10:05');
    await page.getByLabel('Slutar').fill('10:30');
    await page.getByLabel('Rubrik').fill('Frågestund');
    await page.getByRole('button', { name: 'Lägg till passet' }).click();
    await seeHeading('Passet är inte sparat', 2);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: /^Börjar: Passen ”Öppna drogscener”/ }).click();
    await page.getByLabel('Spår').fill('Sal B');
    await page.getByLabel('Platser i passet').fill('30');
    await page.getByRole('button', { name: 'Lägg till passet' }).click();
    await page.getByText('Passet ”Frågestund” är tillagt.').waitFor();
    await expectNoAxeViolations(page);
  });

  it('moves a slot down and changes it on its own page', async () => {
    await page.getByRole('button', { name: 'Flytta ned ”Öppna drogscener”' }).click();
    await page.getByText('Passet ”Öppna drogscener” är flyttat.').waitFor();
    expect((await titles()).slice(0, 3)).toEqual(['Inledning', 'Paus', 'Öppna drogscener']);

    await page.getByRole('link', { name: 'Ändra eller ta bort ”Öppna drogscener”' }).click();
    await seeHeading('Ändra passet ”Öppna drogscener”');
    await expectNoAxeViolations(page);
    await page.getByLabel('Rubrik').fill('Öppna drogscener i Sverige');
    await page.getByRole('button', { name: 'Spara passet' }).click();
    await page.getByText('Passet ”Öppna drogscener i Sverige” är sparat.').waitFor();
  });

  it('removes a slot only once the confirmation is ticked', async () => {
    await page.getByRole('link', { name: 'Ändra eller ta bort ”Frågestund”' }).click();
    await page.getByRole('button', { name: 'Ta bort passet' }).click();
    await page.waitForLoadState();
    // The box is required: the browser holds the form back until it is ticked, so the server never answers it.
    const confirmation = page.getByLabel(/Jag förstår att passet tas bort/);
    const held = (box: HTMLInputElement) => ({
      invalid: box.matches(':invalid'),
      validated: !box.form?.noValidate,
    });
    expect(await confirmation.evaluate(held)).toEqual({ invalid: true, validated: true });
    expect(await page.getByText('Kryssa i rutan för att bekräfta').count()).toBe(0);
    expect(await storedTitles()).toContain('Frågestund');
    await seeHeading('Ändra passet ”Frågestund”');
    await confirmation.check();
    await page.getByRole('button', { name: 'Ta bort passet' }).click();
    await page.getByText('Passet ”Frågestund” är borttaget.').waitFor();
    expect(await storedTitles()).not.toContain('Frågestund');
  });
});
