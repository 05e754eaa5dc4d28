import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from '#test/support/browser.ts';
import { FIXTURE_TODAY, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { serveOverHttp } from '#test/support/serve-over-http.ts';
import { createTestPlatform } from '#test/support/test-platform.ts';

const platform = await createTestPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
afterAll(() => platform.stop());
const event = await putTrygghetsdag(platform.table, 'trygghetsdag-agenda');
const baseUrl = await serveOverHttp(platform);
const onThisServer = (url: string) => url.replace('http://traffpunkt.test', baseUrl);

const browser = await launchBrowser();
const page = await browser.newPage();

describe('a participant building a personal agenda in the browser', () => {
  it('picks two sessions on the manage page, and the feed holds exactly those two beside the event', async () => {
    await page.goto(`${baseUrl}/events/${event.id}/sign-up`);
    await page.getByLabel('Namn', { exact: true }).fill('Katharina Tollin');
    await page.getByLabel('E-postadress', { exact: true }).fill('katharina@bra.se');
    await page.getByLabel('Organisation', { exact: true }).fill('Brottsförebyggande rådet');
    await page
      .getByLabel('Typ av organisation', { exact: true })
      .selectOption({ label: 'Statlig myndighet' });
    await page.getByLabel('Titel eller roll', { exact: true }).fill('utredare');
    await page.getByRole('button', { name: 'Skicka anmälan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Du är anmäld' }).waitFor();
    await platform.deliverOutbox();

    const [confirmation] = await mailTo(platform.mailbox, 'katharina@bra.se');
    const manageUrl =
      confirmation?.text?.match(/http:\/\/traffpunkt\.test\/manage\/[A-Za-z0-9_-]+/)?.[0] ?? '';
    await page.goto(onThisServer(manageUrl));
    await page.getByRole('heading', { level: 2, name: 'Mitt program' }).waitFor();
    await expectNoAxeViolations(page);

    // The sessions also name the choices of the event's question "Vilket pass vill du helst diskutera?".
    const agenda = page.locator('section', { has: page.getByRole('heading', { name: 'Mitt program' }) });
    await agenda.getByLabel(/Öppna drogscener/).check();
    await agenda.getByLabel(/Brås kartläggning om narkotikamarknader/).check();
    await page.getByRole('button', { name: 'Spara mitt program' }).click();
    await page.getByText('Ditt program är sparat.').waitFor();
    expect(await agenda.getByLabel(/Öppna drogscener/).isChecked()).toBe(true);
    await expectNoAxeViolations(page);

    const feedUrl = (await page.locator('code').first().textContent()) ?? '';
    expect(feedUrl).toMatch(/^http:\/\/traffpunkt\.test\/agenda\/[A-Za-z0-9_-]+\.ics$/);
    const feed = await (await fetch(onThisServer(feedUrl))).text();
    const summaries = new ICAL.Component(ICAL.parse(feed))
      .getAllSubcomponents('vevent')
      .map((vevent) => String(vevent.getFirstPropertyValue('summary')));
    expect(summaries.sort()).toEqual(
      ['Brås kartläggning om narkotikamarknader', event.title, 'Öppna drogscener'].sort(),
    );
  });
});
