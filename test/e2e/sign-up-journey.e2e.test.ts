import { afterAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from '#test/support/browser.ts';
import { FIXTURE_TODAY, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { serveOverHttp } from '#test/support/serve-over-http.ts';
import { createTestPlatform } from '#test/support/test-platform.ts';

const platform = await createTestPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
afterAll(() => platform.stop());
const event = await putTrygghetsdag(platform.table, 'trygghetsdag-one-seat', { capacity: 1 });
const baseUrl = await serveOverHttp(platform);

const browser = await launchBrowser();
const page = await browser.newPage();

/** Fills the sign-up form by its visible labels, as a participant would, and sends it with `submit`. */
async function signUp(name: string, email: string, submit = 'Skicka anmälan') {
  await page.goto(`${baseUrl}/events/${event.id}/sign-up`);
  await page.getByLabel('Namn', { exact: true }).fill(name);
  await page.getByLabel('E-postadress', { exact: true }).fill(email);
  await page.getByLabel('Organisation', { exact: true }).fill('Norrtälje kommun');
  await page.getByLabel('Typ av organisation', { exact: true }).selectOption({ label: 'Kommun' });
  await page.getByLabel('Titel eller roll', { exact: true }).fill('brottsförebyggande strateg');
  await page.getByRole('button', { name: submit }).click();
}

/** Waits for the page whose main heading this is, failing after the default timeout if it never comes. */
const seeHeading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

/** Opens the message with this subject from the mailbox list on screen. */
async function openMail(subject: string) {
  await page.getByRole('link', { name: subject }).click();
  await seeHeading(subject);
}

/** The manage link in the open message's plain-text part, on this server instead of the public one. */
async function manageLinkInMail() {
  const text = await page.getByRole('region', { name: 'Plain text' }).textContent();
  const path = text?.match(/http:\/\/traffpunkt\.test(\/manage\/[A-Za-z0-9_-]+)/)?.[1];
  expect(path, 'a manage link in the message').toBeDefined();
  return `${baseUrl}${path}`;
}

/** What the manage page's list of facts says for a term, such as 'Status'. */
const fact = (term: string) => page.locator(`dt:text-is("${term}") + dd`).textContent();

describe('signing up for a one-seat conference in the browser', () => {
  it('confirms Greta Berg, who signs up first through the form', async () => {
    await page.goto(`${baseUrl}/events/${event.id}`);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Anmäl dig' }).click();
    await seeHeading(`Anmälan: ${event.title}`);
    await expectNoAxeViolations(page);

    await signUp('Greta Berg', 'greta@skr.se');
    await seeHeading('Du är anmäld');
    await expectNoAxeViolations(page);
  });

  it('lists what is missing in an error summary whose links lead to the fields', async () => {
    await page.goto(`${baseUrl}/events/${event.id}/sign-up`);
    // Greta has the one seat: the form now puts whoever sends it on the waiting list.
    await page.getByRole('button', { name: 'Ställ dig i kö' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.getByRole('heading').textContent()).toBe('Anmälan skickades inte. Rätta följande:');
    expect(
      await summary.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    ).toEqual([
      '#field-name',
      '#field-email',
      '#field-organisation',
      '#field-organisationKind',
      '#field-role',
    ]);
    await expectNoAxeViolations(page);

    await summary.getByRole('link').first().click();
    expect(
      await page.getByLabel('Namn', { exact: true }).evaluate((field) => field === document.activeElement),
    ).toBe(true);
  });

  it('tells Oliver Berger before the form that the event is full and how the waiting list moves', async () => {
    await page.goto(`${baseUrl}/events/${event.id}`);
    const explanation =
      'Alla platser är tagna, men du kan ställa dig i kö. Blir en plats ledig, får den som står först i kön den direkt och ett mejl om det.';
    expect(await page.getByText(explanation).count()).toBe(1);
    await page.getByRole('link', { name: 'Ställ dig i kö' }).click();
    await seeHeading(`Anmälan: ${event.title}`);
    expect(await page.getByText(explanation).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('puts Oliver Berger, who comes second, first on the waiting list', async () => {
    await signUp('Oliver Berger', 'oliver@urban.se', 'Ställ dig i kö');
    await seeHeading('Du står på väntelistan');
    expect(await page.getByRole('status').textContent()).toContain('nummer 1');
  });

  it('lets Greta cancel through the link in her confirmation', async () => {
    await platform.deliverOutbox();
    await page.goto(`${baseUrl}/mailbox`);
    await expectNoAxeViolations(page);
    await openMail(`Bekräftelse: ${event.title}`);
    await expectNoAxeViolations(page);

    await page.goto(await manageLinkInMail());
    expect(await fact('Namn')).toBe('Greta Berg');
    expect(await fact('Status')).toBe('Anmäld');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Avboka min plats' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vill du avboka?' }).waitFor();
    expect(await page.getByRole('main').getByRole('paragraph').nth(1).textContent()).toBe(
      'Din plats går till nästa person i kön. Det går inte att ångra.',
    );
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Behåll min plats' }).click();
    expect(await fact('Status')).toBe('Anmäld');

    await page.getByRole('link', { name: 'Avboka min plats' }).click();
    await page.getByRole('button', { name: 'Avboka', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Din anmälan är avbokad.' }).waitFor();
    expect(await fact('Status')).toBe('Avbokad');
  });

  it('gives Oliver the freed seat and tells him by e-mail', async () => {
    await platform.deliverOutbox();
    await page.goto(`${baseUrl}/mailbox`);
    await openMail(`Du har fått en plats: ${event.title}`);

    await page.goto(await manageLinkInMail());
    expect(await fact('Namn')).toBe('Oliver Berger');
    expect(await fact('Status')).toBe('Anmäld');
  });
});
